/** Helpers shared by the tests that check worked examples: wrapping and assembling them. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkedExample } from '../../server/src/knowledge/schema';

/** The module the example stands in: a header for its target, then its own code. */
export function wrapExample(example: WorkedExample): string {
  return `.version ${example.ptxVersion ?? '9.0'}\n.target ${example.target}\n.address_size 64\n\n${example.code.trim()}\n`;
}

/** Finds ptxas the same way a user's shell would; undefined when it is not installed. */
export function findPtxas(): string | undefined {
  const probe = spawnSync('ptxas', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? 'ptxas' : undefined;
}

export interface AssembleResult {
  ok: boolean;
  output: string;
}

/** Assembles one module with ptxas for its target; the output is ptxas's stderr and stdout. */
export async function assemble(ptxas: string, ptx: string, target: string): Promise<AssembleResult> {
  const dir = await mkdtemp(join(tmpdir(), 'ptx-lens-example-'));
  try {
    const file = join(dir, 'example.ptx');
    await writeFile(file, ptx);
    return await new Promise<AssembleResult>((resolve) => {
      const child = spawn(ptxas, ['-arch', target, '-o', join(dir, 'example.cubin'), file], { timeout: 60_000 });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', (error) => resolve({ ok: false, output: String(error) }));
      child.on('close', (code) => resolve({ ok: code === 0, output: output.trim() }));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The newest PTX ISA version this ptxas accepts, found by asking it (e.g. "9.0" for CUDA 13.0). */
export async function newestPtxVersion(ptxas: string): Promise<string> {
  for (const version of ['9.3', '9.2', '9.1', '9.0', '8.8', '8.7']) {
    const probe = await assemble(ptxas, `.version ${version}\n.target sm_90\n.address_size 64\n`, 'sm_90');
    if (probe.ok) return version;
  }
  return '0.0';
}

export function versionNumber(version: string): number {
  const [major, minor] = version.split('.').map(Number);
  return major * 100 + minor;
}

/** Mnemonics of the instructions written in a piece of PTX (a light scan, for tests only). */
export function mnemonicsIn(code: string): string[] {
  const found: string[] = [];
  const uncommented = code.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  for (const raw of uncommented.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    for (const statement of line.split(';')) {
      const match = /^(?:[$\w]+:\s*)?(?:@!?%?\w+\s+)?([a-z][a-z0-9_]*(?:\.[A-Za-z0-9_:]+)*)(?=\s|$)/.exec(statement.trim());
      if (match) found.push(match[1]);
    }
  }
  return found;
}
