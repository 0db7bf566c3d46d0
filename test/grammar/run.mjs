// The grammar tier: checks the generated grammar and test files are current, then runs
// vscode-tmgrammar-test on every case. The CUDA case needs VS Code's own cuda-cpp grammar,
// taken from the code-server test host when it is installed; otherwise a minimal stand-in
// is used and that is said out loud.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✔' : '✖'} ${name}${ok || !detail ? '' : `\n${detail}`}`);
}

function isCurrent(script, files) {
  const before = files.map((file) => readFileSync(file, 'utf8'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
  const after = files.map((file) => readFileSync(file, 'utf8'));
  return run.status === 0 && before.every((text, i) => text === after[i]);
}

const grammarFiles = ['ptx.tmLanguage.json', 'ptx-inline-asm.tmLanguage.json'].map((f) => join(root, 'syntaxes', f));
check('syntaxes/*.tmLanguage.json are generated from syntaxes/build-grammar.mjs', isCurrent(join(root, 'syntaxes', 'build-grammar.mjs'), grammarFiles),
  'run `node --import tsx syntaxes/build-grammar.mjs` and commit the result');
const caseFiles = readdirSync(join(here, 'cases')).map((f) => join(here, 'cases', f));
check('test/grammar/cases are generated from specs.mjs', isCurrent(join(here, 'write-cases.mjs'), caseFiles),
  'run `node test/grammar/write-cases.mjs`');

function findCudaGrammar() {
  const hostRoot = join(root, '.test-host');
  const stack = existsSync(hostRoot) ? [hostRoot] : [];
  while (stack.length > 0) {
    const dir = stack.pop();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isFile() && entry.name === 'cuda-cpp.tmLanguage.json' && path.includes(join('extensions', 'cpp', 'syntaxes'))) return path;
      if (entry.isDirectory() && !entry.isSymbolicLink() && entry.name !== '.bin') stack.push(path);
    }
  }
  return undefined;
}

const cudaGrammar = findCudaGrammar();
if (!cudaGrammar) {
  console.error('NOTE: VS Code\'s cuda-cpp grammar was not found (run `npm run setup` to install the test host);');
  console.error('      the inline-asm case runs against a minimal stand-in host grammar instead.');
}
const tool = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const grammars = [...grammarFiles, cudaGrammar ?? join(here, 'cuda-cpp.standin.tmLanguage.json')];
for (const file of caseFiles) {
  const run = spawnSync(process.execPath, [tool, '--config', join(root, 'package.json'), ...grammars.flatMap((g) => ['-g', g]), file], {
    encoding: 'utf8',
    cwd: root,
  });
  check(`grammar cases in ${relative(root, file)}`, run.status === 0 && !/failed/.test(run.stdout), `${run.stdout}${run.stderr}`);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
