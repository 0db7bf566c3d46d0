/** Shared bits of the toolchain tests: fixture paths, real-nvcc detection, waiting for a condition. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { locateNvcc } from '../../../server/src/toolchain/discovery';
import { DEFAULT_SETTINGS, type ToolchainSettings } from '../../../server/src/toolchain/types';

export const FIXTURES = resolve(__dirname, '../../fixtures');
export const CUDA = join(FIXTURES, 'cuda');
export const CAPTURED = join(CUDA, 'captured');
export const FAKES = join(FIXTURES, 'fake-compilers');

export function captured(name: string): string {
  return readFileSync(join(CAPTURED, name), 'utf8');
}

export function settings(over: Partial<ToolchainSettings> = {}): ToolchainSettings {
  return { ...DEFAULT_SETTINGS, ...over };
}

/** The real toolchain, or undefined (tests then skip loudly). */
export const realToolchain = locateNvcc({ nvccPath: '', trusted: true });
export const NO_NVCC = realToolchain ? false : 'nvcc not installed';
if (!realToolchain) console.error('\n*** nvcc not installed: the real-toolchain tests are SKIPPED ***\n');

/**
 * Resolves once `condition()` holds, polled every 10 ms. The cap on polls only turns a hang
 * into a failure naming what never happened; no test asserts on how long the wait took.
 */
export async function waitFor(what: string, condition: () => boolean, maxPolls = 6000): Promise<void> {
  for (let polls = 0; !condition(); polls++) {
    if (polls >= maxPolls) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Whether a process is still running (a zombie waiting to be reaped counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc: the signal test above is all there is
  }
}
