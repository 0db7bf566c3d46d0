/**
 * A real Neovim as the LSP client of `node dist/server.js --stdio`: each test starts
 * `nvim --headless` with the configuration docs/editors.md gives for Neovim 0.7–0.10
 * (nvim/ptx_lens.lua, loaded unchanged as the init file), opens a file, and lets
 * nvim/run_scenario.lua wait for the client, make the requests and write what Neovim got as
 * JSON. Neovim's state lives in a temporary folder, so no user configuration takes part.
 *
 * Needs `nvim` on PATH (`bash test/editors/setup.sh` installs Debian's package), or
 * PTX_LENS_NVIM naming the binary. A missing nvim or server bundle fails every test.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const here = join(root, 'test', 'editors');
const SERVER_JS = join(root, 'dist', 'server.js');
const NVIM = process.env.PTX_LENS_NVIM || 'nvim';
const CONFIG = join(here, 'nvim', 'ptx_lens.lua');
const RUNNER = join(here, 'nvim', 'run_scenario.lua');
/** What the Lua side may spend waiting for the client and the answers. */
const SCENARIO_DEADLINE_MS = 30_000;
/** When Neovim itself is stopped, should the Lua deadline not end it. */
const PROCESS_DEADLINE_MS = SCENARIO_DEADLINE_MS + 15_000;

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
type Step =
  | { kind: 'hover' | 'definition'; line: number; col: number }
  | { kind: 'diagnostics'; min: number; codes: string[] }
  | { kind: 'notification'; method: string; fields: Record<string, unknown> };
interface StepRecord {
  kind: string;
  word?: string;
  position?: Position;
  result?: any;
  window_lines?: string[];
  cursor?: { line: number; col: number };
  cursor_buffer?: string;
  cursor_line_text?: string;
  items?: Array<{ lnum: number; col: number; end_lnum: number; end_col: number; severity: number; message: string; source?: string; code?: string | number }>;
  params?: any;
}
interface Output {
  ok: boolean;
  error?: string;
  nvim: string;
  filetype?: string;
  client?: { name: string; language_id: string; offset_encoding: string };
  steps: StepRecord[];
  elapsed_ms: number;
}

/** 1-based line and 0-based byte column (what nvim_win_set_cursor takes) of `needle`'s
 *  `occurrence`-th appearance in `text`, `nth` bytes into it. */
function cursorAt(text: string, needle: string, nth = 0, occurrence = 1): { line: number; col: number } {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${JSON.stringify(needle)} occurs ${occurrence} times in the fixture`);
  }
  const lines = text.slice(0, offset + nth).split('\n');
  return { line: lines.length, col: Buffer.byteLength(lines[lines.length - 1], 'utf8') };
}

/** 1-based number of the first line of `text` that satisfies `predicate` after line `after`. */
function lineWhere(text: string, predicate: (line: string) => boolean, after = 0): number {
  const index = text.split('\n').findIndex((l, i) => i >= after && predicate(l));
  assert.ok(index >= 0, 'the fixture has the expected line');
  return index + 1;
}

function fixture(...parts: string[]): { path: string; text: string } {
  const path = join(root, ...parts);
  return { path, text: readFileSync(path, 'utf8') };
}

let nvimVersion = '';
before(() => {
  const probe = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `Neovim is not available (${probe.error?.message ?? `\`${NVIM} --version\` exited ${probe.status}: ${probe.stderr}`}).\n` +
        'Install it with `bash test/editors/setup.sh` (Debian\'s neovim package), or set PTX_LENS_NVIM to an nvim binary.',
    );
  }
  nvimVersion = probe.stdout.split('\n')[0].trim();
  if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`npm run build\` first.`);
});

/** Runs one scenario in a fresh headless Neovim and returns what it recorded. */
async function runNeovim(file: string, filetype: string, steps: Step[]): Promise<Output> {
  const scratch = mkdtempSync(join(tmpdir(), 'ptx-lens-nvim-'));
  const xdg = (name: string) => {
    const dir = join(scratch, name);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  };
  const outputPath = join(scratch, 'output.json');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['VIMINIT', 'EXINIT', 'MYVIMRC', 'VIM', 'VIMRUNTIME', 'NVIM', 'NVIM_APPNAME', 'NVIM_LISTEN_ADDRESS', 'NVIM_LOG_FILE']) delete env[name];
  Object.assign(env, {
    HOME: xdg('home'),
    XDG_CONFIG_HOME: xdg('config'),
    XDG_DATA_HOME: xdg('data'),
    XDG_STATE_HOME: xdg('state'),
    XDG_CACHE_HOME: xdg('cache'),
    XDG_RUNTIME_DIR: xdg('run'),
    NVIM_LOG_FILE: join(scratch, 'nvim.log'),
    PTX_LENS_SERVER_CMD: JSON.stringify([process.execPath, SERVER_JS, '--stdio']),
    PTX_LENS_NVIM_RUNNER: RUNNER,
    PTX_LENS_NVIM_INPUT: JSON.stringify({ file, filetype, deadline_ms: SCENARIO_DEADLINE_MS, steps }),
    PTX_LENS_NVIM_OUTPUT: outputPath,
  });
  const args = [
    '--headless',
    '--clean',
    '-n',
    '-i', 'NONE',
    // Before the init file: the server command the documented config reads from g:ptx_lens_cmd.
    '--cmd', 'lua vim.g.ptx_lens_cmd = vim.json.decode(os.getenv("PTX_LENS_SERVER_CMD"))',
    '-u', CONFIG,
    // After startup (filetype detection is on by then). A Lua error here must end Neovim too.
    '-c', 'lua local ok, err = pcall(dofile, os.getenv("PTX_LENS_NVIM_RUNNER")) if not ok then io.stderr:write("run_scenario.lua failed: " .. tostring(err) .. "\\n") vim.cmd("cquit 2") end',
  ];
  const child = spawn(NVIM, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, PROCESS_DEADLINE_MS);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
  }).finally(() => clearTimeout(timer));

  const logs = [join(scratch, 'cache', 'nvim', 'lsp.log'), join(scratch, 'state', 'nvim', 'lsp.log'), join(scratch, 'nvim.log')]
    .filter((path) => existsSync(path))
    .map((path) => `--- ${path}:\n${readFileSync(path, 'utf8').slice(-4000)}`)
    .join('\n');
  const raw = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : undefined;
  rmSync(scratch, { recursive: true, force: true });
  const context = () =>
    `\n${NVIM} ${args.join(' ')}\nexit code ${code}${signal ? `, signal ${signal}` : ''}\n` +
    `--- Neovim stderr:\n${stderr || '(empty)'}\n--- Neovim stdout:\n${stdout || '(empty)'}\n` +
    `--- scenario output:\n${raw ?? '(none written)'}\n${logs}`;

  if (killed) assert.fail(`Neovim did not finish within ${PROCESS_DEADLINE_MS} ms and was killed.${context()}`);
  if (raw === undefined) assert.fail(`Neovim wrote no scenario output.${context()}`);
  const output = JSON.parse(raw) as Output;
  if (!output.ok || code !== 0) assert.fail(`The scenario failed in Neovim: ${output.error ?? '(no error recorded)'}${context()}`);
  output.error = context();
  return output;
}

const hoverText = (record: StepRecord): string => {
  const contents = record.result?.contents;
  return typeof contents === 'string' ? contents : contents?.value ?? '';
};

test('Neovim: hover on a PTX instruction shows its knowledge-base entry', async (t) => {
  const { path, text } = fixture('test/fixtures/workspace/kernel.ptx');
  const at = cursorAt(text, 'ld.global.u32', 1);
  const output = await runNeovim(path, 'ptx', [{ kind: 'hover', ...at }]);
  t.diagnostic(`${nvimVersion}; ${output.elapsed_ms} ms`);
  assert.equal(output.filetype, 'ptx', 'the documented config gives *.ptx the ptx filetype');
  assert.equal(output.client?.language_id, 'ptx');
  const [hover] = output.steps;
  assert.equal(hover.word, 'ld.global.u32', output.error);
  assert.match(hoverText(hover), /^\*\*ld\*\* — Load a value or vector from memory into registers/, output.error);
  assert.match(hoverText(hover), /Reads memory at address `a` and writes the value to `d`/, output.error);
  assert.deepEqual(hover.result.range, { start: { line: at.line - 1, character: 1 }, end: { line: at.line - 1, character: 3 } }, 'the range covers the mnemonic');
  const shown = (hover.window_lines ?? []).join('\n');
  assert.match(shown, /Load a value or vector from memory into registers/, `the hover window shows the entry:\n${shown}`);
  assert.match(shown, /`\.global` \| Global memory/, `the hover window shows the modifier table:\n${shown}`);
});

test('Neovim: the settings in the config reach the server through workspace/configuration', async (t) => {
  // ptx_lens.lua sets ptxLens.nvcc.arch = 'sm_90a' (the default is sm_90); the server reports the
  // arch it uses in its ptxLens/toolchainStatus notification.
  const { path } = fixture('test/fixtures/workspace/kernel.ptx');
  const output = await runNeovim(path, 'ptx', [{ kind: 'notification', method: 'ptxLens/toolchainStatus', fields: { arch: 'sm_90a' } }]);
  t.diagnostic(`${nvimVersion}; ${output.elapsed_ms} ms`);
  assert.equal(output.steps[0].params?.arch, 'sm_90a', output.error);
});

test('Neovim: a broken PTX file gets its diagnostics, on the right lines', async (t) => {
  const { path, text } = fixture('test/editors/fixtures/broken.ptx');
  const output = await runNeovim(path, 'ptx', [{ kind: 'diagnostics', min: 2, codes: ['ptx-operand-count', 'ptx-needs-target'] }]);
  t.diagnostic(`${nvimVersion}; ${output.elapsed_ms} ms`);
  const items = output.steps[0].items ?? [];
  const described = items.map((d) => `${d.lnum}:${d.col} [${d.code}] ${d.message}`).join('\n');
  const mad = cursorAt(text, 'mad.lo.s32');
  const operands = items.find((d) => d.code === 'ptx-operand-count');
  assert.ok(operands, `an operand-count error for mad.lo.s32 among:\n${described}${output.error}`);
  assert.equal(operands.lnum, mad.line - 1, `on the mad.lo.s32 line:\n${described}`);
  assert.match(operands.message, /mad\.lo\.s32 takes 4 operands \(d, a, b, c\); 3 are written/);
  assert.equal(operands.severity, 1, 'an error (vim.diagnostic.severity.ERROR)');
  const setmaxnreg = cursorAt(text, 'setmaxnreg');
  const target = items.find((d) => d.code === 'ptx-needs-target');
  assert.ok(target, `a needs-target error for setmaxnreg among:\n${described}${output.error}`);
  assert.deepEqual([target.lnum, target.col, target.end_col], [setmaxnreg.line - 1, setmaxnreg.col, setmaxnreg.col + 'setmaxnreg'.length], `on the opcode:\n${described}`);
  assert.match(target.message, /setmaxnreg needs \.target sm_90a/);
});

test('Neovim: go to definition of a register lands on its .reg line', async (t) => {
  const { path, text } = fixture('test/fixtures/workspace/kernel.ptx');
  const at = cursorAt(text, '[%rd2];', 2);
  const output = await runNeovim(path, 'ptx', [{ kind: 'definition', ...at }]);
  t.diagnostic(`${nvimVersion}; ${output.elapsed_ms} ms`);
  const [definition] = output.steps;
  const expected = lineWhere(text, (l) => /^\s*\.reg \.b64\s+%rd<4>;/.test(l));
  assert.equal(definition.cursor?.line, expected, `the cursor moved to the .reg .b64 line${output.error}`);
  assert.equal(definition.cursor_buffer, path);
  assert.match(definition.cursor_line_text ?? '', /\.reg \.b64/);
  assert.equal(definition.result?.length, 1, JSON.stringify(definition.result));
});

test('Neovim: go to definition of a label picks the one in the same function', async (t) => {
  // hopper.ptx has a WAIT: label in two kernels; the second `bra WAIT` must go to the second.
  const { path, text } = fixture('test/fixtures/workspace/hopper.ptx');
  const at = cursorAt(text, 'bra WAIT;', 'bra '.length + 1, 2);
  const output = await runNeovim(path, 'ptx', [{ kind: 'definition', ...at }]);
  t.diagnostic(`${nvimVersion}; ${output.elapsed_ms} ms`);
  const [definition] = output.steps;
  const first = lineWhere(text, (l) => l === 'WAIT:');
  const second = lineWhere(text, (l) => l === 'WAIT:', first);
  assert.ok(second > first && second < at.line);
  assert.equal(definition.word, 'WAIT;');
  assert.equal(definition.cursor?.line, second, `the cursor moved to the WAIT: of the same kernel (line ${second}, not ${first})${output.error}`);
  assert.equal(definition.cursor_line_text, 'WAIT:');
});

test('Neovim: hover on a mnemonic inside inline asm in a .cu file', async (t) => {
  const { path, text } = fixture('test/fixtures/cuda/inline_asm.cu');
  const exp2 = cursorAt(text, 'ex2.approx.ftz.f32', 1);
  const store = cursorAt(text, 'st.relaxed.gpu.global.b32', 1);
  const output = await runNeovim(path, 'cuda', [
    { kind: 'hover', ...exp2 },
    { kind: 'hover', ...store },
  ]);
  t.diagnostic(`${nvimVersion}; ${output.elapsed_ms} ms`);
  assert.equal(output.filetype, 'cuda', "Neovim's own filetype for .cu");
  assert.equal(output.client?.language_id, 'cuda-cpp', 'the config maps filetype cuda to languageId cuda-cpp');
  const [ex2, st] = output.steps;
  assert.match(hoverText(ex2), /^\*\*ex2\*\* — Fast approximate power of two/, `ex2 hover${output.error}`);
  assert.match((ex2.window_lines ?? []).join('\n'), /Fast approximate power of two/);
  assert.match(hoverText(st), /^\*\*st\*\*/, `st hover${output.error}`);
  assert.match(hoverText(st), /`\.relaxed`/, 'the modifiers of the hovered instruction are explained');
});
