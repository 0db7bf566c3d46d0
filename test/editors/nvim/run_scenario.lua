-- Runs one editor-test scenario inside Neovim, after the init file (ptx_lens.lua) has set up the
-- PTX Lens client. Input: JSON in $PTX_LENS_NVIM_INPUT:
--   { file, filetype, deadline_ms, steps = [ { kind = 'hover' | 'definition', line, col } |
--                                            { kind = 'diagnostics', min, codes } |
--                                            { kind = 'notification', method, fields } ] }
-- with `line` 1-based and `col` a 0-based byte column, as nvim_win_set_cursor takes them.
-- Output: JSON written to $PTX_LENS_NVIM_OUTPUT, { ok, error, nvim, filetype, client, steps }.
-- Neovim exits 0 when every step got an answer before the deadline, else 1 (the JSON says why).
-- Waiting is always vim.wait(remaining time, predicate): no fixed sleeps.

local started = vim.loop.hrtime()
local out = { ok = false, steps = {} }
local v = vim.version()
out.nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch)

local function write_output()
  local path = os.getenv('PTX_LENS_NVIM_OUTPUT')
  local handle = assert(io.open(path, 'w'))
  handle:write(vim.json.encode(out))
  handle:close()
end

local function finish(ok, message)
  out.ok = ok
  out.error = message
  out.elapsed_ms = math.floor((vim.loop.hrtime() - started) / 1e6)
  local wrote, werr = pcall(write_output)
  if not wrote then
    io.stderr:write('run_scenario.lua: could not write the output: ' .. tostring(werr) .. '\n')
  end
  if ok and wrote then
    vim.cmd('qall!')
  else
    vim.cmd('cquit 1')
  end
end

local input_text = os.getenv('PTX_LENS_NVIM_INPUT')
if input_text == nil then
  finish(false, 'PTX_LENS_NVIM_INPUT is not set')
  return
end
local input = vim.json.decode(input_text)
local deadline = vim.loop.now() + (input.deadline_ms or 20000)

local function remaining()
  return math.max(0, deadline - vim.loop.now())
end

--- Waits until `predicate` returns a truthy value; fails the scenario naming `what` if the
--- deadline passes first.
local function wait_for(what, predicate)
  local value
  local ok = vim.wait(remaining(), function()
    value = predicate()
    return value ~= nil and value ~= false
  end, 10)
  if not ok then
    error(string.format('timed out after %d ms waiting for %s', input.deadline_ms or 20000, what), 0)
  end
  return value
end

local function clients_of(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr })
  end
  return vim.tbl_values(vim.lsp.buf_get_clients(bufnr))
end

local function ptx_lens_client(bufnr)
  for _, client in ipairs(clients_of(bufnr)) do
    if client.name == 'ptx-lens' and client.initialized then
      return client
    end
  end
  return nil
end

--- The text of every floating window, or nil when there is none.
local function floating_lines()
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      local lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false)
      if #lines > 0 and table.concat(lines, '') ~= '' then
        return { win = win, lines = lines }
      end
    end
  end
  return nil
end

local function close_floats()
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      vim.api.nvim_win_close(win, true)
    end
  end
end

--- One request the way a plugin makes it, answered by the ptx-lens client.
local function request(bufnr, client, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, math.max(1, remaining()))
  if responses == nil then
    error(string.format('%s: no response (%s)', method, tostring(err)), 0)
  end
  local response = responses[client.id]
  if response == nil then
    error(method .. ': the ptx-lens client did not answer', 0)
  end
  if response.err ~= nil then
    error(method .. ': the server answered with an error: ' .. vim.json.encode(response.err), 0)
  end
  return response.result
end

local steps = {}

--- Notifications of the methods that `notification` steps wait for, as they arrive.
local notifications = {}

local function matches(params, fields)
  for key, value in pairs(fields or {}) do
    if type(params) ~= 'table' or params[key] ~= value then
      return false
    end
  end
  return true
end

function steps.notification(_, _, step, record)
  local found = wait_for(string.format('a %s notification matching %s', step.method, vim.json.encode(step.fields or {})), function()
    for _, params in ipairs(notifications[step.method] or {}) do
      if matches(params, step.fields) then
        return params
      end
    end
    return nil
  end)
  record.params = found
  record.seen = notifications[step.method]
end

function steps.hover(bufnr, client, step, record)
  vim.api.nvim_win_set_cursor(0, { step.line, step.col })
  record.word = vim.fn.expand('<cWORD>')
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  record.position = params.position
  record.result = request(bufnr, client, 'textDocument/hover', params)
  if record.result == nil or record.result == vim.NIL then
    error(string.format('the server has no hover at line %d, column %d (%s)', step.line, step.col, record.word), 0)
  end
  -- What the user sees: the float vim.lsp.buf.hover() opens.
  close_floats()
  vim.lsp.buf.hover()
  local float = wait_for('the hover window', floating_lines)
  record.window_lines = float.lines
  close_floats()
end

function steps.definition(bufnr, client, step, record)
  vim.api.nvim_win_set_cursor(0, { step.line, step.col })
  record.word = vim.fn.expand('<cWORD>')
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  record.position = params.position
  record.result = request(bufnr, client, 'textDocument/definition', params)
  if record.result == nil or record.result == vim.NIL or vim.tbl_isempty(record.result) then
    error(string.format('the server has no definition at line %d, column %d (%s)', step.line, step.col, record.word), 0)
  end
  -- What the user sees: vim.lsp.buf.definition() moves the cursor to the definition.
  vim.lsp.buf.definition()
  local cursor = wait_for('the cursor to move to the definition', function()
    local now = vim.api.nvim_win_get_cursor(0)
    if now[1] ~= step.line or now[2] ~= step.col then
      return now
    end
    return nil
  end)
  record.cursor = { line = cursor[1], col = cursor[2] }
  record.cursor_buffer = vim.api.nvim_buf_get_name(0)
  record.cursor_line_text = vim.api.nvim_get_current_line()
  -- Back to the scenario's file for the next step.
  if vim.api.nvim_get_current_buf() ~= bufnr then
    vim.api.nvim_set_current_buf(bufnr)
  end
end

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

function steps.diagnostics(bufnr, _, step, record)
  local min = step.min or 1
  local codes = step.codes or {}
  local what = string.format('at least %d diagnostics, with the codes %s', min, table.concat(codes, ', '))
  local items = wait_for(what, function()
    local found = vim.diagnostic.get(bufnr)
    if #found < min then
      return nil
    end
    for _, code in ipairs(codes) do
      if not vim.tbl_contains(vim.tbl_map(code_of, found), code) then
        return nil
      end
    end
    return found
  end)
  record.items = {}
  for _, d in ipairs(items) do
    table.insert(record.items, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      message = d.message,
      source = d.source,
      code = code_of(d),
    })
  end
end

local ok, err = xpcall(function()
  -- Record the notifications a step waits for from the start: they may come before the step.
  for _, step in ipairs(input.steps) do
    if step.kind == 'notification' and notifications[step.method] == nil then
      notifications[step.method] = {}
      vim.lsp.handlers[step.method] = function(_, params)
        table.insert(notifications[step.method], params)
      end
    end
  end
  vim.cmd('edit ' .. vim.fn.fnameescape(input.file))
  local bufnr = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[bufnr].filetype
  if input.filetype and out.filetype ~= input.filetype then
    error(string.format("the file's filetype is '%s', expected '%s'", out.filetype, tostring(input.filetype)), 0)
  end
  local client = wait_for('the ptx-lens client to attach and initialize', function()
    return ptx_lens_client(bufnr)
  end)
  out.client = {
    name = client.name,
    language_id = client.config.get_language_id(bufnr, out.filetype),
    server_name = client.server_info and client.server_info.name or nil,
    offset_encoding = client.offset_encoding,
  }
  for index, step in ipairs(input.steps) do
    local run = steps[step.kind]
    if run == nil then
      error('unknown step kind ' .. tostring(step.kind), 0)
    end
    local record = { kind = step.kind }
    out.steps[index] = record
    run(bufnr, client, step, record)
  end
end, function(e)
  return debug.traceback(tostring(e), 2)
end)

if ok then
  finish(true, nil)
else
  finish(false, err)
end
