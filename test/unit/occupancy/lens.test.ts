/**
 * The occupancy lens and the block size a kernel declares: read from `.reqntid`/`.maxntid`
 * (as nvcc writes `__launch_bounds__`), else the configured size; the lens names what limits
 * occupancy and the step that would raise it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBounds } from '../../../server/src/occupancy';
import { occupancyTitle } from '../../../server/src/features/occupancyLens';
import { ptxLenses } from '../../../server/src/features/ptxLens';
import { parsePtx } from '../../../server/src/ptx';
import { scanModel } from '../../../server/src/toolchain/ptxScan';
import { readSettings } from '../../../server/src/settings';
import type { KernelInfo } from '../../../server/src/toolchain/types';

const kernel = (over: Partial<KernelInfo>): KernelInfo => ({
  mangledName: 'k', name: 'k', baseName: 'k', isEntry: true, ptxRange: { startLine: 1, endLine: 2 }, instructions: 10,
  resourcesKnown: true, registers: 41, spillStoreBytes: 0, spillLoadBytes: 0, stackBytes: 0, sharedBytes: 10000, constBytes: 0, barriers: 0, ...over,
});

test('launch bounds: .reqntid wins over .maxntid, dimensions multiply', () => {
  assert.deepEqual(launchBounds(['.maxntid 128, 1, 1']), { threads: 128, directive: '.maxntid' });
  assert.deepEqual(launchBounds(['.maxntid 1024', '.reqntid 16, 16']), { threads: 256, directive: '.reqntid' });
  assert.equal(launchBounds(['.minnctapersm 2', '.maxnreg 64']), undefined);
});

test('the lens: occupancy at the declared size, what limits it, the next step', () => {
  // sm_86, 192 threads, 41 registers, 10000 B: registers allow 6 blocks = 36 of 48 warps (worked out in occupancy.test.ts).
  const title = occupancyTitle(kernel({ launch: { threads: 192, directive: '.maxntid' } }), 'sm_86', 256);
  assert.match(title ?? '', /^75% occupancy at 192 threads \(\.maxntid\) on sm_86, limited by registers · .*40 registers/);
  assert.match(occupancyTitle(kernel({}), 'sm_86', 128) ?? '', /at 128 threads on sm_86/, 'the configured size when none is declared');
  assert.match(occupancyTitle(kernel({ registers: 255 }), 'sm_90a', 1024) ?? '', /^Cannot launch at 1024 threads on sm_90a: registers/);
  assert.equal(occupancyTitle(kernel({ resourcesKnown: false }), 'sm_86', 256), undefined, 'no figures, no lens');
  assert.equal(occupancyTitle(kernel({ isEntry: false }), 'sm_86', 256), undefined, 'device functions are not launched');
  assert.equal(occupancyTitle(kernel({}), 'sm_103', 256), undefined, 'no limits known for the target');
});

const PTX = `.version 8.5\n.target sm_90a\n.address_size 64\n\n.visible .entry bounded(.param .u64 p)\n.maxntid 128, 1, 1\n{\n\tret;\n}\n`;

test('the scan of compiled PTX carries the declared size, and the PTX lens shows occupancy once ptxas has figures', () => {
  const scan = scanModel(parsePtx(PTX), { functionsOnly: true });
  assert.deepEqual(scan.functions[0].launch, { threads: 128, directive: '.maxntid' });
  const lenses = ptxLenses(parsePtx(PTX), [kernel({ mangledName: 'bounded', registers: 168, sharedBytes: 0 })]);
  // 168 registers × 32 = 5376 per warp; 16384 / 5376 → 3 warps per sub-partition → 12 warps → 3 blocks of 4 warps: 12 / 64.
  assert.match(lenses.map((l) => l.command?.title).join('\n'), /19% occupancy at 128 threads \(\.maxntid\) on sm_90a, limited by registers/);
  assert.equal(ptxLenses(parsePtx(PTX), undefined).length, 1, 'before ptxas: the instruction count only');
});

test('the configured block size is read, rounded and bounded', () => {
  assert.equal(readSettings({ occupancy: { blockSize: 96 } }, true).occupancyBlockSize, 96);
  assert.equal(readSettings({ occupancy: { blockSize: 5000 } }, true).occupancyBlockSize, 1024);
  assert.equal(readSettings({ occupancy: { blockSize: -3 } }, true).occupancyBlockSize, 256);
  assert.equal(readSettings(null, true).occupancyBlockSize, 256);
});
