/** Shared bits of the toolchain tests: fixture paths, real-nvcc detection, deadline waits. */
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
