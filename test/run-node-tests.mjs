// Runs every `*.test.ts` file under the given folders with node's test runner (tsx loads the
// TypeScript). Node 20's runner takes no glob, so the files are listed here.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function testsUnder(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testsUnder(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const folders = process.argv.slice(2);
const files = folders.flatMap(testsUnder);
if (files.length === 0) {
  console.error(`No test files under ${folders.join(', ')}`);
  process.exit(1);
}
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
