/**
 * Occupancy: the limits table reads as the guide says, blocks per SM follow the Occupancy
 * Calculator's arithmetic, every limiting factor is named, impossible launches say why, each
 * piece of advice is exactly the threshold it claims, and the setmaxnreg helper adds up.
 *
 * The guide gives no allocation granularities, so cases that follow the calculator pass the
 * values of the CUDA 13.0 `cuda_occupancy.h`: registers are handed out 256 at a time, warps that
 * fit by registers are counted per 4 SM sub-partitions, shared memory 128 bytes at a time on
 * 8.x and later.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ARCH_LIMITS, archLimits, KB } from '../../../server/src/knowledge/archLimits';
import {
  explainSetmaxnreg,
  occupancy,
  type OccupancyInput,
  type OccupancyReport,
  type OccupancyResult,
} from '../../../server/src/occupancy';

const CALCULATOR = { registerAllocationUnit: 256, warpAllocationGranularity: 4, sharedAllocationGranularity: 128 };

function ok(result: OccupancyResult): OccupancyReport {
  assert.equal(result.status, 'ok', JSON.stringify(result));
  return result as OccupancyReport;
}

function blocks(input: OccupancyInput): number {
  const result = occupancy(input);
  return result.status === 'ok' ? result.blocksPerSm : 0;
}

describe('limits table', () => {
  it('keys each row by its own target and keeps carve-outs ordered up to the SM maximum', () => {
    for (const [key, row] of Object.entries(ARCH_LIMITS)) {
      assert.equal(row.target, key);
      assert.ok(row.gaps, `${key} says what it lacks`);
      if (row.sharedCarveouts) {
        assert.deepEqual([...row.sharedCarveouts].sort((a, b) => a - b), row.sharedCarveouts, key);
        assert.equal(row.sharedCarveouts.at(-1), row.sharedPerSm, key);
      }
      if (row.sharedPerBlockOptIn !== undefined && row.sharedPerSm !== undefined && row.sharedReservedPerBlock !== undefined) {
        // One block may use the whole carve-out less the system's reserve.
        assert.equal(row.sharedPerBlockOptIn + row.sharedReservedPerBlock, row.sharedPerSm, key);
      }
      if (row.maxWarpsPerSm !== undefined) assert.ok(row.maxWarpsPerSm * 32 >= (row.maxThreadsPerBlock ?? 0), key);
      if (row.registersPerSm !== undefined) {
        // The Occupancy Calculator's rules (cuda_occupancy.h): 256 registers, 4 sub-partitions, 256 or 128 bytes.
        assert.equal(row.registerAllocationUnit, 256, key);
        assert.equal(row.warpAllocationGranularity, 4, key);
        assert.equal(row.sharedAllocationGranularity, row.computeCapability.startsWith('7.') ? 256 : 128, key);
      }
    }
  });

  it('reads Table 27 as the guide prints it', () => {
    // Table 27: 8.0 has 64 warps, 32 blocks, 164 KB per SM and 163 KB per block; 8.9 has 24 blocks.
    assert.equal(archLimits('sm_80')?.maxWarpsPerSm, 64);
    assert.equal(archLimits('sm_80')?.sharedPerBlockOptIn, 163 * KB);
    assert.equal(archLimits('sm_89')?.maxBlocksPerSm, 24);
    // Empty cells continue to the left: 10.0 repeats 9.0, 12.0 repeats 11.0's 48 warps and 24 blocks.
    assert.equal(archLimits('sm_100')?.maxBlocksPerSm, 32);
    assert.equal(archLimits('sm_120')?.maxWarpsPerSm, 48);
    assert.equal(archLimits('sm_120')?.maxBlocksPerSm, 24);
    assert.equal(archLimits('sm_90')?.maxClusterSizePortable, 8);
    assert.equal(archLimits('sm_80')?.threadBlockClusters, false);
  });

  it('maps suffixes and renamed targets to their row, and nothing else', () => {
    assert.equal(archLimits('sm_90a')?.target, 'sm_90');
    assert.equal(archLimits('sm_100f')?.target, 'sm_100');
    assert.equal(archLimits('sm_101a')?.target, 'sm_110');
    assert.equal(archLimits('compute_90'), undefined);
    assert.equal(archLimits('sm_60'), undefined);
  });
});

describe('occupancy', () => {
  it('counts registers per warp in allocation units (hand-computed)', () => {
    // sm_80, 256 threads = 8 warps, 72 registers: 72 × 32 = 2304 per warp (already 9 × 256).
    // 65536 / 2304 = 28.4 → 28 warps (a multiple of 4) → 28 / 8 = 3 blocks → 24 of 64 warps.
    const r = ok(occupancy({ target: 'sm_80', threadsPerBlock: 256, registersPerThread: 72, sharedBytesPerBlock: 0, allocation: CALCULATOR }));
    assert.equal(r.blocksPerSm, 3);
    assert.equal(r.activeWarps, 24);
    assert.equal(r.occupancy, 0.375);
    assert.deepEqual(r.limitedBy, ['registers']);
    assert.equal(r.allocation.registersPerWarp, 2304);
    // Shared memory: 0 + 1 KB reserve = 1024 per block; 164 KB / 1 KB = 164 blocks.
    assert.equal(r.perLimit['shared memory'], 164);
  });

  it('rounds registers up to the unit (hand-computed)', () => {
    // sm_80, 256 threads, 85 registers: 85 × 32 = 2720 → 2816 (11 × 256); 65536 / 2816 = 23.3 → 20
    // warps (multiple of 4) → 2 blocks. Without rounding: 65536 / 2720 = 24 warps → 3 blocks.
    const input = { target: 'sm_80', threadsPerBlock: 256, registersPerThread: 85, sharedBytesPerBlock: 0 };
    assert.equal(ok(occupancy({ ...input, allocation: CALCULATOR })).blocksPerSm, 2);
    assert.equal(ok(occupancy(input)).blocksPerSm, 2, 'the table carries the calculator rules');
    const unrounded = ok(occupancy({ ...input, allocation: { registerAllocationUnit: 1, warpAllocationGranularity: 1, sharedAllocationGranularity: 1 } }));
    assert.equal(unrounded.blocksPerSm, 3);
  });

  it('follows the Occupancy Calculator step by step', () => {
    // cudaOccMaxActiveBlocksPerMultiprocessor for sm_86 (48 warps, 16 blocks, 64 K registers,
    // 100 KB carve-out, 1 KB reserve), 192 threads, 41 registers, 10000 bytes of shared memory:
    //   warps per block          = ceil(192 / 32)                     = 6
    //   registers per warp       = roundUp(41 × 32 = 1312, 256)       = 1536
    //   warps per sub-partition  = floor((65536 / 4) / 1536) = 16384 / 1536 = 10.67 → 10
    //   warps by registers       = 10 × 4                             = 40
    //   blocks by registers      = floor(40 / 6)                      = 6
    //   shared per block         = roundUp(10000 + 1024 = 11024, 128) = 11136
    //   blocks by shared memory  = floor(102400 / 11136)              = 9
    //   blocks by warps          = floor(48 / 6)                      = 8
    //   blocks per SM cap        = 16
    //   → min = 6 blocks, 36 warps, 36 / 48 = 75%, registers limiting.
    // One more block needs ≥ 42 warps by registers → 44 (4 × 11) → ≤ 16384 / 11 = 1489 per
    // warp → 1280 (5 × 256) → ≤ 40 registers; at 40: 16384 / 1280 = 12.8 → 48 warps → 8 blocks.
    const r = ok(occupancy({ target: 'sm_86', threadsPerBlock: 192, registersPerThread: 41, sharedBytesPerBlock: 10000, allocation: CALCULATOR }));
    assert.deepEqual(r.perLimit, { registers: 6, 'shared memory': 9, warps: 8, 'blocks per SM': 16 });
    assert.equal(r.allocation.sharedPerBlock, 11136);
    assert.equal(r.blocksPerSm, 6);
    assert.equal(r.occupancy, 0.75);
    assert.deepEqual(r.advice, ['≤ 40 registers per thread → 8 blocks per SM (100% occupancy)']);
  });

  it('names shared memory when it limits', () => {
    // sm_90a → sm_90: 60 KB + 1 KB reserve = 62464 bytes; 228 KB = 233472 / 62464 = 3.7 → 3 blocks.
    // Four blocks need ≤ 233472 / 4 = 58368 per block, less the 1 KB reserve: 57344 = 56 KB.
    const r = ok(occupancy({ target: 'sm_90a', threadsPerBlock: 128, registersPerThread: 32, sharedBytesPerBlock: 60 * KB, allocation: CALCULATOR }));
    assert.equal(r.blocksPerSm, 3);
    assert.deepEqual(r.limitedBy, ['shared memory']);
    assert.deepEqual(r.advice, ['≤ 56 KB shared memory per block → 4 blocks per SM (25% occupancy)']);
    assert.ok(r.notes.some((n) => n.includes('Limits of sm_90')));
    assert.ok(r.notes.some((n) => n.includes('dynamic shared memory')), 'over 48 KB needs the opt-in');
  });

  it('names warps when warp slots limit', () => {
    // sm_80, 512 threads = 16 warps, 24 registers: 768 per warp → 85 → 84 warps → 5 blocks by
    // registers; warps 64 / 16 = 4 blocks → 100%.
    const r = ok(occupancy({ target: 'sm_80', threadsPerBlock: 512, registersPerThread: 24, sharedBytesPerBlock: 0, allocation: CALCULATOR }));
    assert.equal(r.blocksPerSm, 4);
    assert.deepEqual(r.limitedBy, ['warps']);
    assert.equal(r.occupancy, 1);
    assert.deepEqual(r.advice, []);
  });

  it('says when warp slots stay empty', () => {
    // 640 threads = 20 warps: 64 / 20 = 3 blocks = 60 of 64 warps.
    const r = ok(occupancy({ target: 'sm_80', threadsPerBlock: 640, registersPerThread: 16, sharedBytesPerBlock: 0, allocation: CALCULATOR }));
    assert.equal(r.blocksPerSm, 3);
    assert.equal(r.occupancy, 60 / 64);
    assert.ok(r.notes.some((n) => n.includes('4 of 64 warp slots')));
  });

  it('names the block cap when tiny blocks hit it', () => {
    // 32 threads = 1 warp; sm_80 holds 32 blocks → 32 of 64 warps.
    const r = ok(occupancy({ target: 'sm_80', threadsPerBlock: 32, registersPerThread: 16, sharedBytesPerBlock: 0, allocation: CALCULATOR }));
    assert.equal(r.blocksPerSm, 32);
    assert.deepEqual(r.limitedBy, ['blocks per SM']);
    assert.equal(r.occupancy, 0.5);
    assert.ok(r.notes.some((n) => n.includes('at most 32 blocks')));
  });

  it('lists every factor that reaches the minimum', () => {
    // 1024 threads = 32 warps, 32 registers: 1024 per warp → 64 warps → 2 blocks; warps: 64 / 32 = 2.
    const r = ok(occupancy({ target: 'sm_80', threadsPerBlock: 1024, registersPerThread: 32, sharedBytesPerBlock: 0, allocation: CALCULATOR }));
    assert.deepEqual(r.limitedBy, ['registers', 'warps']);
  });

  it('explains impossible launches', () => {
    const threads = occupancy({ target: 'sm_80', threadsPerBlock: 1025, registersPerThread: 32, sharedBytesPerBlock: 0 });
    assert.equal(threads.status, 'impossible');
    assert.ok(threads.status === 'impossible' && threads.limitedBy.includes('threads per block'));

    // 1024 threads × 72 registers: 2304 per warp × 32 warps = 73728 > 65536 per block.
    const registers = occupancy({ target: 'sm_86', threadsPerBlock: 1024, registersPerThread: 72, sharedBytesPerBlock: 0, allocation: CALCULATOR });
    assert.equal(registers.status, 'impossible');
    assert.ok(registers.status === 'impossible' && registers.explanation.includes('73,728'));

    const tooMany = occupancy({ target: 'sm_80', threadsPerBlock: 128, registersPerThread: 256, sharedBytesPerBlock: 0 });
    assert.ok(tooMany.status === 'impossible' && tooMany.limitedBy.includes('registers'));

    // sm_86 lets a block opt in to 99 KB; 100 KB is one block too many.
    const shared = occupancy({ target: 'sm_86', threadsPerBlock: 128, registersPerThread: 32, sharedBytesPerBlock: 100 * KB, allocation: CALCULATOR });
    assert.ok(shared.status === 'impossible' && shared.limitedBy.includes('shared memory'));
    assert.equal(blocks({ target: 'sm_86', threadsPerBlock: 128, registersPerThread: 32, sharedBytesPerBlock: 99 * KB, allocation: CALCULATOR }), 1);
  });

  it('declines targets the guide gives no limits for', () => {
    for (const target of ['sm_103', 'sm_121', 'sm_70', 'compute_90', 'sm_60']) {
      const r = occupancy({ target, threadsPerBlock: 128, registersPerThread: 32, sharedBytesPerBlock: 0 });
      assert.equal(r.status, 'unavailable', target);
    }
    assert.equal(occupancy({ target: 'sm_80', threadsPerBlock: 0, registersPerThread: 32, sharedBytesPerBlock: 0 }).status, 'unavailable');
  });

  it('rounds a requested carve-out up, and raises it when one block would not fit', () => {
    // 20 KB + 1 KB = 21504 per block. 50 KB rounds up to 64 KB: 65536 / 21504 = 3 blocks.
    const base = { target: 'sm_80', threadsPerBlock: 128, registersPerThread: 32, sharedBytesPerBlock: 20 * KB, allocation: CALCULATOR };
    const r = ok(occupancy({ ...base, carveoutBytes: 50 * KB }));
    assert.equal(r.allocation.carveoutBytes, 64 * KB);
    assert.equal(r.blocksPerSm, 3);
    // 4 blocks: ≤ 65536 / 4 - 1024 = 15 KB, or a 100 KB carve-out (102400 / 21504 = 4).
    assert.deepEqual(r.advice, [
      '≤ 15 KB shared memory per block → 4 blocks per SM (25% occupancy)',
      'a 100 KB carve-out → 4 blocks per SM (25% occupancy)',
    ]);
    assert.equal(blocks({ ...base, carveoutBytes: 100 * KB }), 4);
    // 8 KB cannot hold 21504 bytes: the driver picks 32 KB, one block.
    const raised = ok(occupancy({ ...base, carveoutBytes: 8 * KB }));
    assert.equal(raised.allocation.carveoutBytes, 32 * KB);
    assert.equal(raised.blocksPerSm, 1);
  });

  it('gives thresholds that reach the advised count, and one more register or byte does not', () => {
    const cases: OccupancyInput[] = [
      { target: 'sm_80', threadsPerBlock: 256, registersPerThread: 72, sharedBytesPerBlock: 0, allocation: CALCULATOR },
      { target: 'sm_90', threadsPerBlock: 128, registersPerThread: 32, sharedBytesPerBlock: 60 * KB, allocation: CALCULATOR },
      { target: 'sm_86', threadsPerBlock: 192, registersPerThread: 41, sharedBytesPerBlock: 10000, allocation: CALCULATOR },
      // Both limit at 3: 72 registers, and 50 KB + 1 KB = 52224 → 167936 / 52224 = 3. Four
      // blocks need ≤ 64 registers and ≤ 167936 / 4 - 1024 = 40960 = 40 KB.
      { target: 'sm_80', threadsPerBlock: 256, registersPerThread: 72, sharedBytesPerBlock: 50 * KB, allocation: CALCULATOR },
    ];
    for (const input of cases) {
      const r = ok(occupancy(input));
      const step = r.steps.find((s) => s.carveoutBytes === undefined);
      assert.ok(step, `advice for ${JSON.stringify(input)}`);
      assert.ok(step.blocksPerSm > r.blocksPerSm);
      const applied = { ...input, registersPerThread: step.registersPerThread ?? input.registersPerThread, sharedBytesPerBlock: step.sharedBytesPerBlock ?? input.sharedBytesPerBlock };
      assert.equal(blocks(applied), step.blocksPerSm, step.text);
      if (step.registersPerThread !== undefined) assert.ok(blocks({ ...applied, registersPerThread: step.registersPerThread + 1 }) < step.blocksPerSm, `${step.text}: +1 register`);
      if (step.sharedBytesPerBlock !== undefined) assert.ok(blocks({ ...applied, sharedBytesPerBlock: step.sharedBytesPerBlock + 1 }) < step.blocksPerSm, `${step.text}: +1 byte`);
    }
    const both = ok(occupancy(cases[3]));
    assert.deepEqual(both.limitedBy, ['registers', 'shared memory']);
    assert.deepEqual(both.advice, ['≤ 64 registers per thread and ≤ 40 KB shared memory per block → 4 blocks per SM (50% occupancy)']);
    assert.equal(blocks({ ...cases[3], registersPerThread: 64 }), 3, 'registers alone are not enough');
  });
});

describe('occupancy properties', () => {
  const targets = ['sm_75', 'sm_80', 'sm_86', 'sm_87', 'sm_89', 'sm_90', 'sm_100', 'sm_110', 'sm_120'];
  const launch = fc.record({
    target: fc.constantFrom(...targets),
    threadsPerBlock: fc.integer({ min: 1, max: 1024 }),
    registersPerThread: fc.integer({ min: 1, max: 255 }),
    sharedBytesPerBlock: fc.integer({ min: 0, max: 240 * KB }),
    calculator: fc.boolean(),
  }).map(({ calculator, ...input }): OccupancyInput => (calculator ? { ...input, allocation: CALCULATOR } : input));

  it('stays within 0..1 and never rises when registers or shared memory grow', () => {
    fc.assert(fc.property(launch, fc.integer({ min: 0, max: 64 }), fc.integer({ min: 0, max: 32 * KB }), (input, moreRegisters, moreShared) => {
      const r = occupancy(input);
      assert.notEqual(r.status, 'unavailable');
      if (r.status === 'ok') {
        assert.ok(r.blocksPerSm >= 1 && r.occupancy > 0 && r.occupancy <= 1);
        assert.equal(r.activeWarps, r.blocksPerSm * r.warpsPerBlock);
      }
      const base = blocks(input);
      assert.ok(blocks({ ...input, registersPerThread: Math.min(255, input.registersPerThread + moreRegisters) }) <= base);
      assert.ok(blocks({ ...input, sharedBytesPerBlock: input.sharedBytesPerBlock + moreShared }) <= base);
    }), { numRuns: 500 });
  });

  it('advice always reaches its count at the threshold and not one past it', () => {
    const carveout = fc.option(fc.integer({ min: 0, max: 240 * KB }), { nil: undefined });
    fc.assert(fc.property(launch, carveout, (launchInput, carveoutBytes) => {
      const input = { ...launchInput, carveoutBytes };
      const r = occupancy(input);
      if (r.status !== 'ok') return;
      for (const step of r.steps) {
        const applied = {
          ...input,
          registersPerThread: step.registersPerThread ?? input.registersPerThread,
          sharedBytesPerBlock: step.sharedBytesPerBlock ?? input.sharedBytesPerBlock,
          carveoutBytes: step.carveoutBytes ?? input.carveoutBytes,
        };
        assert.equal(blocks(applied), step.blocksPerSm, step.text);
        // Each threshold is the largest value that works: one more and the count falls back.
        if (step.registersPerThread !== undefined) assert.ok(blocks({ ...applied, registersPerThread: step.registersPerThread + 1 }) <= r.blocksPerSm, `${step.text}: +1 register`);
        if (step.sharedBytesPerBlock !== undefined) assert.ok(blocks({ ...applied, sharedBytesPerBlock: step.sharedBytesPerBlock + 1 }) <= r.blocksPerSm, `${step.text}: +1 byte`);
      }
    }), { numRuns: 1000 });
  });
});

describe('explainSetmaxnreg', () => {
  it('fits the producer / consumer split of a 384-thread block launched at 168 registers', () => {
    // Pool: 168 × 384 = 64512. Producer: 128 × 40 = 5120. Consumers: 256 × 232 = 59392.
    // 5120 + 59392 = 64512: exactly the pool (40 + 2 × 232 = 504 = 3 × 168).
    const r = explainSetmaxnreg({
      launchRegistersPerThread: 168,
      threadsPerBlock: 384,
      warpgroups: [{ role: 'producer', registers: 40 }, { role: 'consumer', registers: 232, warpgroups: 2 }],
      target: 'sm_90a',
    });
    assert.equal(r.fits, true);
    assert.equal(r.poolRegisters, 64512);
    assert.equal(r.requestedRegisters, 64512);
    assert.equal(r.spareRegisters, 0);
    assert.deepEqual(r.problems, []);
    assert.match(r.lines[0], /setmaxnreg\.dec to 40/);
    assert.match(r.lines[1], /setmaxnreg\.inc to 232/);
    assert.ok(r.notes.some((n) => n.startsWith('Occupancy is decided by the launch count')));
    // 168 × 32 = 5376 per warp (21 × 256); 65536 / 5376 = 12.2 → 12 warps → 1 block of 12 warps.
    assert.ok(r.notes.some((n) => n.includes('1 block of 384 threads')));
  });

  it('refuses a split that asks for more than the launch reserved', () => {
    // 128 × 40 + 256 × 240 = 5120 + 61440 = 66560 > 64512: 2048 short.
    const r = explainSetmaxnreg({ launchRegistersPerThread: 168, threadsPerBlock: 384, warpgroups: [{ registers: 40 }, { registers: 240, warpgroups: 2 }] });
    assert.equal(r.fits, false);
    assert.equal(r.spareRegisters, -2048);
  });

  it('counts warps no setmaxnreg reaches at the launch count, and flags counts it does not take', () => {
    // 256 threads at 128: pool 32768. One warpgroup to 96 (12288), the other keeps 128 (16384).
    const r = explainSetmaxnreg({ launchRegistersPerThread: 128, threadsPerBlock: 256, warpgroups: [{ registers: 96 }] });
    assert.equal(r.requestedRegisters, 12288 + 16384);
    assert.equal(r.fits, true);
    const bad = explainSetmaxnreg({ launchRegistersPerThread: 128, threadsPerBlock: 256, warpgroups: [{ registers: 100 }, { registers: 16 }, { registers: 64, warpgroups: 2 }] });
    assert.equal(bad.problems.length, 3, bad.problems.join('\n'));
  });
});
