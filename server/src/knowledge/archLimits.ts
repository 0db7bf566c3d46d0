/**
 * Per-architecture limits that decide how many blocks an SM holds at once: threads, warps,
 * blocks, registers, shared memory and its carve-outs, thread block clusters.
 *
 *     archLimits('sm_90a')   // the row of compute capability 9.0 (suffixes and renamed targets mapped)
 *     ARCH_LIMITS            // every row, keyed by the target name PTX writes (`sm_80`, `sm_110` …)
 *     KB                     // 1024: the guide's KB is a KiB
 *
 * Source: NVIDIA CUDA C++ Programming Guide, edition shipped with CUDA 13.1 (the legacy guide,
 * frozen since CUDA 13.0). Sections used:
 * - 20.2 "Features and Technical Specifications", Table 26 (feature support: thread block
 *   clusters) and Table 27 (technical specifications: blocks, warps, registers, shared memory
 *   per SM and per block). Table 27 has columns 7.5, 8.0, 8.6, 8.7, 8.9, 9.0, 10.0, 11.0 and
 *   12.0; an empty cell continues the value to its left (the HTML merges those cells), and its
 *   footnote 27 says a block needs dynamic shared memory to go beyond 48 KB.
 * - 20.6.1 / 20.6.4 "Compute Capability 7.x": Architecture, Shared Memory.
 * - 20.7.1 / 20.7.3 "Compute Capability 8.x": Architecture, Shared Memory.
 * - 20.8.1 / 20.8.3 "Compute Capability 9.0": Architecture, Shared Memory.
 * - 20.9.1 / 20.9.3 "Compute Capability 10.0": Architecture, Shared Memory.
 * - 20.10.1 / 20.10.3 "Compute Capability 12.0": Architecture, Shared Memory.
 * - 20.1.3 "Feature Set Compiler Targets", Table 25: 10.3 and 12.1 appear only as members of the
 *   `100f` and `120f` families, with no limits of their own.
 * - 5.2 "Thread Hierarchy": a block holds at most 1024 threads on current GPUs.
 * - 5.2.1 "Thread Block Clusters": 8 blocks is the portable cluster size; anything larger is
 *   architecture-specific and only discoverable at run time (`cudaOccupancyMaxPotentialClusterSize`).
 * - 7.2 "Hardware Multithreading": warps per block = threads rounded up to whole warps; how many
 *   registers and how much shared memory a block is actually given is left to the CUDA
 *   Occupancy Calculator.
 *
 * The register, warp and shared-memory allocation granularities, which 7.2 defers to the
 * Occupancy Calculator, come from the calculator's own source (see `CALCULATOR` below).
 *
 * Left undefined, because neither gives them:
 * - the non-portable maximum cluster size (5.2.1: architecture-specific, query it), on every row;
 * - everything but the per-block and shared memory facts of 7.0 and 7.2: this edition's Table 27
 *   starts at 7.5, and 7.2 is named nowhere;
 * - the carve-out list, cache size and per-block reserve of 11.0, which has no section of its own;
 * - every SM limit of 10.3 and 12.1 (see Table 25 above).
 *
 * PTX names compute capability 11.0 `sm_110`; PTX ISA 9.0 renamed `sm_101` to it, so `sm_101`
 * finds the 11.0 row.
 */
import { parseTarget } from './targets';

/** The guide's KB: 1024 bytes. */
export const KB = 1024;

/** Occupancy-relevant limits of one compute capability; sizes in bytes, counts per SM unless named otherwise. */
export interface ArchLimits {
  /** PTX target name of the row: `sm_90`. */
  target: string;
  /** `9.0`. */
  computeCapability: string;
  maxThreadsPerBlock?: number;
  maxWarpsPerSm?: number;
  maxBlocksPerSm?: number;
  /** 32-bit registers in one SM's register file. */
  registersPerSm?: number;
  maxRegistersPerThread?: number;
  maxRegistersPerBlock?: number;
  /** Registers are handed to a warp in multiples of this many (from the Occupancy Calculator). */
  registerAllocationUnit?: number;
  /** Warps that fit by registers are counted in multiples of this many (from the Occupancy Calculator). */
  warpAllocationGranularity?: number;
  /** The largest shared memory carve-out of an SM. */
  sharedPerSm?: number;
  /** What a block may use without opting in (beyond it: dynamic shared memory only). */
  sharedPerBlockDefault?: number;
  /** What a block may use after `cudaFuncAttributeMaxDynamicSharedMemorySize`. */
  sharedPerBlockOptIn?: number;
  /** The shared memory capacities the SM can be configured to, smallest first. */
  sharedCarveouts?: readonly number[];
  /** The unified L1 data cache and shared memory, of which the carve-out is a part. */
  unifiedCacheBytes?: number;
  /** A block's shared memory is given in multiples of this many bytes (from the Occupancy Calculator). */
  sharedAllocationGranularity?: number;
  /** Shared memory the system keeps for itself in every resident block. */
  sharedReservedPerBlock?: number;
  /** Whether blocks can be grouped into clusters (Table 26). */
  threadBlockClusters?: boolean;
  /** Cluster size every device of the architecture accepts. */
  maxClusterSizePortable?: number;
  /** Largest cluster size with the non-portable opt-in. Not in the guide. */
  maxClusterSizeNonPortable?: number;
  /** Facts this row lacks, and why, for readers of the table and of results built on it. */
  gaps?: string;
}

const kb = (n: number): number => n * KB;

/** Carve-outs of 8.0 and 8.7 (20.7.3); 9.0 and 10.0 add 196 and 228 (20.8.3, 20.9.3). */
const AMPERE_LARGE = [0, 8, 16, 32, 64, 100, 132, 164].map(kb);
/** Carve-outs of 8.6, 8.9 (20.7.3) and 12.0 (20.10.3). */
const AMPERE_SMALL = [0, 8, 16, 32, 64, 100].map(kb);
const HOPPER = [...AMPERE_LARGE, kb(196), kb(228)];

/** Facts Table 27 gives once for all its columns. */
const TABLE_27_COMMON = {
  maxThreadsPerBlock: 1024,
  registersPerSm: 64 * 1024,
  maxRegistersPerBlock: 64 * 1024,
  maxRegistersPerThread: 255,
  sharedPerBlockDefault: kb(48),
} as const;

/** Clusters arrive with 9.0 (Table 26); 8 is portable (5.2.1). */
const CLUSTERS = { threadBlockClusters: true, maxClusterSizePortable: 8 } as const;
const NO_CLUSTERS = { threadBlockClusters: false } as const;

/**
 * The allocation rules the guide leaves to the Occupancy Calculator (7.2), taken from NVIDIA's
 * calculator itself, `cuda_occupancy.h` as shipped with CUDA 13.0 (cudaOccRegAllocationGranularity,
 * cudaOccSubPartitionsPerMultiprocessor, cudaOccSMemAllocationGranularity): registers go to a
 * warp 256 at a time, warps are counted per each of the SM's 4 sub-partitions, and shared
 * memory is given 256 bytes at a time on 7.x, 128 bytes from 8.0 on.
 */
const CALCULATOR_7X = { registerAllocationUnit: 256, warpAllocationGranularity: 4, sharedAllocationGranularity: 256 } as const;
const CALCULATOR = { registerAllocationUnit: 256, warpAllocationGranularity: 4, sharedAllocationGranularity: 128 } as const;

export const ARCH_LIMITS: Readonly<Record<string, ArchLimits>> = {
  // 7.0 (Volta): 20.6.1 gives the 128 KB unified cache, 20.6.4 the carve-outs and that one
  // block may address all 96 KB (so nothing is held back per block), opting in above 48 KB.
  // 1024 threads per block is 5.2's statement for current GPUs.
  sm_70: {
    target: 'sm_70', computeCapability: '7.0', ...CALCULATOR_7X,
    maxThreadsPerBlock: 1024,
    sharedPerSm: kb(96), sharedPerBlockDefault: kb(48), sharedPerBlockOptIn: kb(96),
    sharedCarveouts: [0, 8, 16, 32, 64, 96].map(kb), unifiedCacheBytes: kb(128),
    sharedReservedPerBlock: 0,
    ...NO_CLUSTERS,
    gaps: "warps, blocks and registers per SM: this edition's Table 27 starts at 7.5",
  },
  // 7.2: named nowhere in the guide; 20.6.4's statements about all of 7.x still apply (opt-in
  // above 48 KB, one block may use the SM's whole capacity).
  sm_72: {
    target: 'sm_72', computeCapability: '7.2',
    maxThreadsPerBlock: 1024,
    sharedPerBlockDefault: kb(48),
    sharedReservedPerBlock: 0,
    ...NO_CLUSTERS,
    gaps: 'every SM limit: the guide has no column or section for 7.2',
  },
  // 7.5 (Turing): Table 27; 20.6.1 unified cache 96 KB; 20.6.4 carve-outs 32 or 64 KB, and one
  // block may address all 64 KB.
  sm_75: {
    target: 'sm_75', computeCapability: '7.5', ...TABLE_27_COMMON, ...CALCULATOR_7X,
    maxWarpsPerSm: 32, maxBlocksPerSm: 16,
    sharedPerSm: kb(64), sharedPerBlockOptIn: kb(64),
    sharedCarveouts: [32, 64].map(kb), unifiedCacheBytes: kb(96),
    sharedReservedPerBlock: 0,
    ...NO_CLUSTERS,
    gaps: 'the non-portable cluster size (no clusters before 9.0)',
  },
  // 8.0: Table 27; 20.7.1 unified cache 192 KB; 20.7.3 carve-outs, 163 KB per block,
  // 1 KB per block kept for the system.
  sm_80: {
    target: 'sm_80', computeCapability: '8.0', ...TABLE_27_COMMON, ...CALCULATOR,
    maxWarpsPerSm: 64, maxBlocksPerSm: 32,
    sharedPerSm: kb(164), sharedPerBlockOptIn: kb(163),
    sharedCarveouts: AMPERE_LARGE, unifiedCacheBytes: kb(192),
    sharedReservedPerBlock: kb(1),
    ...NO_CLUSTERS,
    gaps: 'the non-portable cluster size (no clusters before 9.0)',
  },
  // 8.6: Table 27; 20.7.1 unified cache 128 KB; 20.7.3 carve-outs up to 100 KB, 99 KB per block.
  sm_86: {
    target: 'sm_86', computeCapability: '8.6', ...TABLE_27_COMMON, ...CALCULATOR,
    maxWarpsPerSm: 48, maxBlocksPerSm: 16,
    sharedPerSm: kb(100), sharedPerBlockOptIn: kb(99),
    sharedCarveouts: AMPERE_SMALL, unifiedCacheBytes: kb(128),
    sharedReservedPerBlock: kb(1),
    ...NO_CLUSTERS,
    gaps: 'the non-portable cluster size (no clusters before 9.0)',
  },
  // 8.7: Table 27 (blocks and warps merged with 8.6); 20.7.1 / 20.7.3 group it with 8.0 for
  // shared memory.
  sm_87: {
    target: 'sm_87', computeCapability: '8.7', ...TABLE_27_COMMON, ...CALCULATOR,
    maxWarpsPerSm: 48, maxBlocksPerSm: 16,
    sharedPerSm: kb(164), sharedPerBlockOptIn: kb(163),
    sharedCarveouts: AMPERE_LARGE, unifiedCacheBytes: kb(192),
    sharedReservedPerBlock: kb(1),
    ...NO_CLUSTERS,
    gaps: 'the non-portable cluster size (no clusters before 9.0)',
  },
  // 8.9: Table 27; 20.7.1 / 20.7.3 group it with 8.6 for shared memory.
  sm_89: {
    target: 'sm_89', computeCapability: '8.9', ...TABLE_27_COMMON, ...CALCULATOR,
    maxWarpsPerSm: 48, maxBlocksPerSm: 24,
    sharedPerSm: kb(100), sharedPerBlockOptIn: kb(99),
    sharedCarveouts: AMPERE_SMALL, unifiedCacheBytes: kb(128),
    sharedReservedPerBlock: kb(1),
    ...NO_CLUSTERS,
    gaps: 'the non-portable cluster size (no clusters before 9.0)',
  },
  // 9.0: Table 27; 20.8.1 unified cache 256 KB; 20.8.3 carve-outs up to 228 KB,
  // 227 KB per block, 1 KB per block kept for the system.
  sm_90: {
    target: 'sm_90', computeCapability: '9.0', ...TABLE_27_COMMON, ...CALCULATOR,
    maxWarpsPerSm: 64, maxBlocksPerSm: 32,
    sharedPerSm: kb(228), sharedPerBlockOptIn: kb(227),
    sharedCarveouts: HOPPER, unifiedCacheBytes: kb(256),
    sharedReservedPerBlock: kb(1),
    ...CLUSTERS,
    gaps: 'the non-portable cluster size',
  },
  // 10.0: Table 27 (merged with 9.0); 20.9.1 / 20.9.3 repeat 9.0's shared memory.
  sm_100: {
    target: 'sm_100', computeCapability: '10.0', ...TABLE_27_COMMON, ...CALCULATOR,
    maxWarpsPerSm: 64, maxBlocksPerSm: 32,
    sharedPerSm: kb(228), sharedPerBlockOptIn: kb(227),
    sharedCarveouts: HOPPER, unifiedCacheBytes: kb(256),
    sharedReservedPerBlock: kb(1),
    ...CLUSTERS,
    gaps: 'the non-portable cluster size',
  },
  // 10.3: only a member of the 100f family (Table 25); no limits of its own.
  sm_103: {
    target: 'sm_103', computeCapability: '10.3',
    maxThreadsPerBlock: 1024,
    gaps: 'every SM limit: the guide names 10.3 only as a member of the 100f family',
  },
  // 11.0 (formerly 10.1): Table 27 only. Its 228 KB per SM and 227 KB per block suggest the
  // same 1 KB reserve, but no section says so, and none lists its carve-outs.
  sm_110: {
    target: 'sm_110', computeCapability: '11.0', ...TABLE_27_COMMON, ...CALCULATOR,
    maxWarpsPerSm: 48, maxBlocksPerSm: 24,
    sharedPerSm: kb(228), sharedPerBlockOptIn: kb(227),
    ...CLUSTERS,
    gaps: 'carve-outs, unified cache size and per-block reserve: 11.0 has no section of its own; the non-portable cluster size',
  },
  // 12.0: Table 27 (blocks and warps merged with 11.0); 20.10.3 carve-outs up to 100 KB, 99 KB
  // per block, 1 KB per block kept for the system. 20.10.1 gives the unified cache as 100 KB,
  // the same as the largest carve-out; recorded as written.
  sm_120: {
    target: 'sm_120', computeCapability: '12.0', ...TABLE_27_COMMON, ...CALCULATOR,
    maxWarpsPerSm: 48, maxBlocksPerSm: 24,
    sharedPerSm: kb(100), sharedPerBlockOptIn: kb(99),
    sharedCarveouts: AMPERE_SMALL, unifiedCacheBytes: kb(100),
    sharedReservedPerBlock: kb(1),
    ...CLUSTERS,
    gaps: 'the non-portable cluster size',
  },
  // 12.1: only a member of the 120f family (Table 25); no limits of its own.
  sm_121: {
    target: 'sm_121', computeCapability: '12.1',
    maxThreadsPerBlock: 1024,
    gaps: 'every SM limit: the guide names 12.1 only as a member of the 120f family',
  },
};

/** Targets PTX has renamed: the old number finds the new row. */
const RENAMED: Readonly<Record<number, number>> = { 101: 110 };

/**
 * The limits row of a target as PTX writes it: `sm_90`, `sm_90a`, `sm_100f`, `sm_101a` (found as
 * 11.0); undefined for anything else (`compute_90`, an architecture not in the table).
 */
export function archLimits(target: string): ArchLimits | undefined {
  const parsed = parseTarget(target);
  if (!parsed) return undefined;
  const sm = RENAMED[parsed.sm] ?? parsed.sm;
  return ARCH_LIMITS[`sm_${sm}`];
}
