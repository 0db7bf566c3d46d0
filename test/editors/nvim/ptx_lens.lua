-- PTX Lens for Neovim 0.7 to 0.10: put this in init.lua (or a file init.lua loads).
-- The server command is `ptx-lens-server --stdio` unless vim.g.ptx_lens_cmd names another, e.g.
--   vim.g.ptx_lens_cmd = { 'node', '/path/to/ptx-lens/dist/server.js', '--stdio' }

-- Neovim has no `ptx` file type: give *.ptx one. (On 0.8 and later
-- `vim.filetype.add({ extension = { ptx = 'ptx' } })` does the same.)
local group = vim.api.nvim_create_augroup('ptx_lens', { clear = true })
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  group = group,
  pattern = '*.ptx',
  command = 'setfiletype ptx',
})

-- The server tells PTX from CUDA by the LSP languageId: `ptx`, and `cuda-cpp` for CUDA
-- (Neovim's file type for .cu/.cuh is `cuda`).
local language_ids = { ptx = 'ptx', cuda = 'cuda-cpp', cpp = 'cpp' }

-- Neovim 0.7 answers the server's workspace/configuration requests from `settings` below but
-- does not announce it (0.8 does): announce it, or the server never asks for its settings.
local capabilities = vim.lsp.protocol.make_client_capabilities()
capabilities.workspace = capabilities.workspace or {}
capabilities.workspace.configuration = true

local client_id = nil
vim.api.nvim_create_autocmd('FileType', {
  group = group,
  pattern = { 'ptx', 'cuda' },
  callback = function(args)
    if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
      client_id = vim.lsp.start_client({
        name = 'ptx-lens',
        cmd = vim.g.ptx_lens_cmd or { 'ptx-lens-server', '--stdio' },
        root_dir = vim.fn.getcwd(),
        capabilities = capabilities,
        get_language_id = function(_, filetype)
          return language_ids[filetype] or filetype
        end,
        -- The `ptxLens.*` settings of the VS Code extension, answered to workspace/configuration.
        settings = { ptxLens = { nvcc = { arch = 'sm_90a' } } },
        -- false for a project you do not trust: the server then runs neither nvcc nor ptxas.
        init_options = { workspaceTrusted = true },
      })
    end
    if client_id ~= nil then
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})
