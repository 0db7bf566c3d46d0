/**
 * How many blocks of a kernel fit on one SM, what stops the next one, and how far registers or
 * shared memory would have to fall for it to fit.
 *
 * The arithmetic is the CUDA Occupancy Calculator's (`cuda_occupancy.h`, which the CUDA C++
 * Programming Guide names in 7.2 "Hardware Multithreading" and 8.2.3.1 "Occupancy Calculator"):
 * - a warp's registers are its threads' count × 32, rounded up to the allocation unit;
 * - warps that fit by registers = registers per SM ÷ registers per warp, rounded down to the warp
 *   allocation granularity; blocks = that ÷ warps per block;
 * - a block's shared memory = static + dynamic + the system's per-block reserve, rounded up to
 *   the allocation granularity; blocks = carve-out ÷ that;
 * - blocks by warps = warps per SM ÷ warps per block; and the SM's own cap on resident blocks.
 * The limits come from `knowledge/archLimits`. Where the guide gives no allocation granularity
 * (it leaves them to the calculator) the caller may supply one; otherwise nothing is rounded and
 * a note says the count may be optimistic.
 */
import { archLimits, KB, type ArchLimits } from '../knowledge/archLimits';

export const WARP_SIZE = 32;

/** A resource that caps the number of resident blocks. */
export type Limit = 'registers' | 'shared memory' | 'warps' | 'blocks per SM' | 'threads per block';
/** The limits that give a block count; 'threads per block' only ever makes a launch impossible. */
export type CountedLimit = Exclude<Limit, 'threads per block'>;

/** How registers and shared memory are handed out; the guide defers these to the calculator. */
export interface AllocationRules {
  /** Registers per warp are a multiple of this. */
  registerAllocationUnit: number;
  /** Warps that fit by registers are counted in multiples of this. */
  warpAllocationGranularity: number;
  /** A block's shared memory is a multiple of this many bytes. */
  sharedAllocationGranularity: number;
  /** Bytes the system keeps in every block. */
  sharedReservedPerBlock: number;
}

export interface OccupancyInput {
  /** As PTX writes it: `sm_80`, `sm_90a`, `sm_100f`. */
  target: string;
  threadsPerBlock: number;
  registersPerThread: number;
  /** Static plus dynamic shared memory of one block, in bytes. */
  sharedBytesPerBlock: number;
  /** The shared memory the SM is configured for; default: its largest carve-out, as the driver picks. */
  carveoutBytes?: number;
  /** Allocation rules to use instead of the table's (which the guide leaves undefined). */
  allocation?: Partial<AllocationRules>;
}

/** One way to fit one more block; the thresholds are the largest values that still do. */
export interface Step {
  blocksPerSm: number;
  occupancy: number;
  registersPerThread?: number;
  sharedBytesPerBlock?: number;
  carveoutBytes?: number;
  text: string;
}

export interface OccupancyReport {
  status: 'ok';
  target: string;
  /** The table row used (`sm_90` for `sm_90a`). */
  limits: ArchLimits;
  warpsPerBlock: number;
  blocksPerSm: number;
  activeWarps: number;
  maxWarps: number;
  /** activeWarps ÷ maxWarps, 0..1. */
  occupancy: number;
  /** Every limit that allows no more than blocksPerSm. */
  limitedBy: CountedLimit[];
  /** Blocks each limit allows alone (Infinity: the kernel uses none of that resource). */
  perLimit: Record<CountedLimit, number>;
  allocation: { registersPerWarp: number; registersPerBlock: number; sharedPerBlock: number; carveoutBytes: number };
  advice: string[];
  steps: Step[];
  notes: string[];
}

export interface ImpossibleLaunch {
  status: 'impossible';
  target: string;
  limits: ArchLimits;
  limitedBy: Limit[];
  /** One sentence per resource one block already exceeds. */
  reasons: string[];
  explanation: string;
  notes: string[];
}

/** The table has no (or not enough) limits for the target, or the input is not a launch. */
export interface Unavailable {
  status: 'unavailable';
  target: string;
  explanation: string;
}

export type OccupancyResult = OccupancyReport | ImpossibleLaunch | Unavailable;

/** A row with every limit the arithmetic needs. */
export type KnownLimits = ArchLimits & Required<Pick<ArchLimits,
  'maxThreadsPerBlock' | 'maxWarpsPerSm' | 'maxBlocksPerSm' | 'registersPerSm' | 'maxRegistersPerThread' |
  'maxRegistersPerBlock' | 'sharedPerSm' | 'sharedPerBlockDefault' | 'sharedPerBlockOptIn'>>;

const REQUIRED = [
  'maxThreadsPerBlock', 'maxWarpsPerSm', 'maxBlocksPerSm', 'registersPerSm', 'maxRegistersPerThread',
  'maxRegistersPerBlock', 'sharedPerSm', 'sharedPerBlockDefault', 'sharedPerBlockOptIn',
] as const;

/** Everything the formulas need: the limits and the allocation rules, resolved. */
export interface SmModel {
  limits: KnownLimits;
  rules: AllocationRules;
}

export const roundUp = (x: number, unit: number): number => Math.ceil(x / unit) * unit;
export const roundDown = (x: number, unit: number): number => Math.floor(x / unit) * unit;

export function warpsPerBlock(threads: number): number {
  return Math.ceil(threads / WARP_SIZE);
}

/** Registers one warp is given. */
export function registersPerWarp(registersPerThread: number, rules: AllocationRules): number {
  return roundUp(registersPerThread * WARP_SIZE, rules.registerAllocationUnit);
}

/** Registers the launch check charges a block: its warps rounded up to the warp granularity. */
export function registersPerBlock(threads: number, registersPerThread: number, rules: AllocationRules): number {
  return registersPerWarp(registersPerThread, rules) * roundUp(warpsPerBlock(threads), rules.warpAllocationGranularity);
}

/** Blocks the register file holds. */
export function blocksByRegisters(threads: number, registersPerThread: number, sm: SmModel): number {
  const perWarp = registersPerWarp(registersPerThread, sm.rules);
  if (perWarp === 0) return Number.POSITIVE_INFINITY;
  const warps = roundDown(Math.floor(sm.limits.registersPerSm / perWarp), sm.rules.warpAllocationGranularity);
  return Math.floor(warps / warpsPerBlock(threads));
}

/** Shared memory one block is given, reserve included. */
export function sharedPerBlock(sharedBytes: number, rules: AllocationRules): number {
  return roundUp(sharedBytes + rules.sharedReservedPerBlock, rules.sharedAllocationGranularity);
}

/** Blocks a carve-out holds. */
export function blocksBySharedMemory(sharedBytes: number, carveoutBytes: number, rules: AllocationRules): number {
  const perBlock = sharedPerBlock(sharedBytes, rules);
  return perBlock === 0 ? Number.POSITIVE_INFINITY : Math.floor(carveoutBytes / perBlock);
}

/** `51200` → "50 KB"; `54912` → "54912 bytes (53.6 KB)". */
export function formatBytes(bytes: number): string {
  if (bytes % KB === 0) return `${bytes / KB} KB`;
  return `${bytes} bytes (${(bytes / KB).toFixed(1)} KB)`;
}

const count = (n: number): string => n.toLocaleString('en-US');
const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The limits of a target with the allocation rules resolved (the caller's first, then the
 * table's, then none), or why there are none. `missing` names the rules that fell back to none.
 */
export function smModel(target: string, allocation: Partial<AllocationRules> = {}):
  { sm: SmModel; missing: (keyof AllocationRules)[] } | { explanation: string } {
  const limits = archLimits(target);
  if (!limits) return { explanation: `No limits are known for \`${target}\`.` };
  const absent = REQUIRED.filter((key) => limits[key] === undefined);
  if (absent.length > 0) {
    return { explanation: `The CUDA C++ Programming Guide does not give the ${limits.computeCapability} limits occupancy needs (${limits.gaps ?? absent.join(', ')}).` };
  }
  const missing: (keyof AllocationRules)[] = [];
  const rule = (key: keyof AllocationRules, none: number): number => {
    const value = allocation[key] ?? limits[key];
    if (value !== undefined) return value;
    missing.push(key);
    return none;
  };
  const rules: AllocationRules = {
    registerAllocationUnit: rule('registerAllocationUnit', 1),
    warpAllocationGranularity: rule('warpAllocationGranularity', 1),
    sharedAllocationGranularity: rule('sharedAllocationGranularity', 1),
    sharedReservedPerBlock: rule('sharedReservedPerBlock', 0),
  };
  return { sm: { limits: limits as KnownLimits, rules }, missing };
}

/**
 * The carve-out the SM runs the kernel with: the requested size rounded up to a supported
 * capacity (the guide's rule for a preferred carve-out), raised further if one block would not
 * fit (the preference is only a hint); the largest capacity when none is requested.
 */
export function chooseCarveout(limits: KnownLimits, blockShared: number, requested: number | undefined):
  { bytes: number; note?: string } {
  const capacities = limits.sharedCarveouts ?? [limits.sharedPerSm];
  const largest = limits.sharedPerSm;
  if (requested === undefined) return { bytes: largest };
  if (!limits.sharedCarveouts) {
    const bytes = Math.max(Math.min(requested, largest), blockShared);
    return { bytes, note: `The guide lists no carve-outs for ${limits.computeCapability}; ${formatBytes(bytes)} is taken as configured.` };
  }
  let bytes = capacities.find((c) => c >= requested) ?? largest;
  const notes: string[] = [];
  if (requested > largest) notes.push(`${formatBytes(requested)} is more than the largest carve-out; ${formatBytes(largest)} is used.`);
  else if (bytes !== requested) notes.push(`A carve-out of ${formatBytes(requested)} is rounded up to the next supported capacity, ${formatBytes(bytes)}.`);
  if (bytes < blockShared) {
    bytes = capacities.find((c) => c >= blockShared) ?? largest;
    notes.push(`One block needs ${formatBytes(blockShared)}, so the driver configures ${formatBytes(bytes)} instead (the carve-out is a preference).`);
  }
  return notes.length > 0 ? { bytes, note: notes.join(' ') } : { bytes };
}

function validInput(input: OccupancyInput): string | undefined {
  const { threadsPerBlock: t, registersPerThread: r, sharedBytesPerBlock: s, carveoutBytes: c } = input;
  if (!Number.isInteger(t) || t < 1) return `Threads per block must be a whole number of at least 1 (got ${t}).`;
  if (!Number.isInteger(r) || r < 0) return `Registers per thread must be a whole number (got ${r}).`;
  if (!Number.isInteger(s) || s < 0) return `Shared memory per block must be a whole number of bytes (got ${s}).`;
  if (c !== undefined && (!Number.isInteger(c) || c < 0)) return `The carve-out must be a whole number of bytes (got ${c}).`;
  return undefined;
}

/** Why one block cannot be resident, one sentence per resource it exceeds. */
function impossibilities(input: OccupancyInput, sm: SmModel): { limit: Limit; reason: string }[] {
  const { limits, rules } = sm;
  const cc = limits.computeCapability;
  const found: { limit: Limit; reason: string }[] = [];
  if (input.threadsPerBlock > limits.maxThreadsPerBlock) {
    found.push({ limit: 'threads per block', reason: `${count(input.threadsPerBlock)} threads exceed the ${count(limits.maxThreadsPerBlock)} a block may have on ${cc}.` });
  }
  if (input.registersPerThread > limits.maxRegistersPerThread) {
    found.push({ limit: 'registers', reason: `${input.registersPerThread} registers per thread exceed the ${limits.maxRegistersPerThread} a thread may have.` });
  } else {
    const perBlock = registersPerBlock(input.threadsPerBlock, input.registersPerThread, rules);
    if (perBlock > limits.maxRegistersPerBlock) {
      found.push({ limit: 'registers', reason: `${count(input.threadsPerBlock)} threads × ${input.registersPerThread} registers need ${count(perBlock)} registers per block; ${cc} allows ${count(limits.maxRegistersPerBlock)}.` });
    }
  }
  const blockShared = sharedPerBlock(input.sharedBytesPerBlock, rules);
  if (blockShared > limits.sharedPerBlockOptIn + rules.sharedReservedPerBlock) {
    found.push({ limit: 'shared memory', reason: `${formatBytes(input.sharedBytesPerBlock)} of shared memory exceed the ${formatBytes(limits.sharedPerBlockOptIn)} a block may use on ${cc}, even opted in.` });
  }
  return found;
}

/** Blocks per SM for a kernel and a launch, the limits that set it, and what would raise it. */
export function occupancy(input: OccupancyInput): OccupancyResult {
  const target = input.target;
  const invalid = validInput(input);
  if (invalid) return { status: 'unavailable', target, explanation: invalid };
  const resolved = smModel(target, input.allocation);
  if ('explanation' in resolved) return { status: 'unavailable', target, explanation: resolved.explanation };
  const { sm, missing } = resolved;
  const { limits, rules } = sm;
  const notes = inputNotes(input, sm, missing);

  const blocked = impossibilities(input, sm);
  if (blocked.length > 0) {
    const limitedBy = [...new Set(blocked.map((b) => b.limit))];
    const reasons = blocked.map((b) => b.reason);
    return { status: 'impossible', target, limits, limitedBy, reasons, explanation: `Not one block fits on an SM: ${reasons.join(' ')}`, notes };
  }

  const threads = input.threadsPerBlock;
  const warps = warpsPerBlock(threads);
  const { perLimit, blocks: blocksPerSm, carveout } = perLimitCounts(threads, input.registersPerThread, input.sharedBytesPerBlock, input.carveoutBytes, sm);
  if (carveout.note) notes.push(carveout.note);
  const limitedBy = (Object.keys(perLimit) as CountedLimit[]).filter((k) => perLimit[k] === blocksPerSm);
  const activeWarps = blocksPerSm * warps;
  const steps = nextSteps(input, sm, perLimit, blocksPerSm, carveout.bytes);
  notes.push(...slotNotes(limits, limitedBy, warps, activeWarps));

  return {
    status: 'ok', target, limits, warpsPerBlock: warps, blocksPerSm, activeWarps, maxWarps: limits.maxWarpsPerSm,
    occupancy: activeWarps / limits.maxWarpsPerSm, limitedBy, perLimit,
    allocation: {
      registersPerWarp: registersPerWarp(input.registersPerThread, rules),
      registersPerBlock: registersPerWarp(input.registersPerThread, rules) * warps,
      sharedPerBlock: sharedPerBlock(input.sharedBytesPerBlock, rules),
      carveoutBytes: carveout.bytes,
    },
    advice: steps.map((step) => step.text), steps, notes,
  };
}

/** The block count each limit allows for one launch, their minimum, and the carve-out used. */
function perLimitCounts(threads: number, registers: number, shared: number, requestedCarveout: number | undefined, sm: SmModel):
  { perLimit: Record<CountedLimit, number>; blocks: number; carveout: { bytes: number; note?: string } } {
  const carveout = chooseCarveout(sm.limits, sharedPerBlock(shared, sm.rules), requestedCarveout);
  const perLimit: Record<CountedLimit, number> = {
    registers: blocksByRegisters(threads, registers, sm),
    'shared memory': blocksBySharedMemory(shared, carveout.bytes, sm.rules),
    warps: Math.floor(sm.limits.maxWarpsPerSm / warpsPerBlock(threads)),
    'blocks per SM': sm.limits.maxBlocksPerSm,
  };
  return { perLimit, blocks: Math.min(...Object.values(perLimit)), carveout };
}

/**
 * The ways to fit more than blocksPerSm: the largest register count and the largest shared
 * memory that allow one more block (together, when both limit), and a larger carve-out when the
 * configured one limits. Each step reports the count its values really reach, which can be more
 * than one block higher. None when warps or the block cap already stop at blocksPerSm.
 */
function nextSteps(input: OccupancyInput, sm: SmModel, perLimit: Record<CountedLimit, number>, blocks: number, carveout: number): Step[] {
  const next = blocks + 1;
  if (Math.min(perLimit.warps, perLimit['blocks per SM']) < next) return [];
  const { limits, rules } = sm;
  const threads = input.threadsPerBlock;
  const step = (registers: number | undefined, shared: number | undefined, carveoutBytes: number | undefined): Step => {
    const reached = perLimitCounts(threads, registers ?? input.registersPerThread, shared ?? input.sharedBytesPerBlock, carveoutBytes ?? input.carveoutBytes, sm).blocks;
    const occupancy = (reached * warpsPerBlock(threads)) / limits.maxWarpsPerSm;
    const parts = [
      ...(carveoutBytes !== undefined ? [`a ${formatBytes(carveoutBytes)} carve-out`] : []),
      ...(registers !== undefined ? [`≤ ${registers} registers per thread`] : []),
      ...(shared !== undefined ? [`≤ ${formatBytes(shared)} shared memory per block`] : []),
    ];
    const text = `${parts.join(' and ')} → ${plural(reached, 'block')} per SM (${percent(occupancy)} occupancy)`;
    return { blocksPerSm: reached, occupancy, registersPerThread: registers, sharedBytesPerBlock: shared, carveoutBytes, text };
  };

  let registers: number | undefined;
  if (perLimit.registers < next) {
    for (let r = input.registersPerThread - 1; r >= 1 && registers === undefined; r--) {
      if (blocksByRegisters(threads, r, sm) >= next) registers = r;
    }
    if (registers === undefined) return [];
  }
  // Only registers stop the next block: warps and the block cap allow it (checked above).
  if (perLimit['shared memory'] >= next) return [step(registers, undefined, undefined)];

  const steps: Step[] = [];
  const shared = largestSharedFor(next, input.carveoutBytes, sm);
  if (shared !== undefined) steps.push(step(registers, shared, undefined));
  const blockShared = sharedPerBlock(input.sharedBytesPerBlock, rules);
  const bigger = (limits.sharedCarveouts ?? []).find((c) => c > carveout && Math.floor(c / blockShared) >= next);
  if (bigger !== undefined) steps.push(step(registers, undefined, bigger));
  return steps;
}

/**
 * The most shared memory per block that lets `blocks` blocks share an SM, the carve-out chosen
 * as `occupancy` chooses it. For each capacity c the best candidate is the largest allocation
 * ≤ c ÷ blocks; it counts only if that allocation would really run with capacity c.
 */
export function largestSharedFor(blocks: number, requestedCarveout: number | undefined, sm: SmModel): number | undefined {
  const { limits, rules } = sm;
  const capacities = new Set([...(limits.sharedCarveouts ?? []), limits.sharedPerSm]);
  if (requestedCarveout !== undefined) capacities.add(Math.min(requestedCarveout, limits.sharedPerSm));
  let best: number | undefined;
  for (const c of capacities) {
    const candidate = roundDown(Math.floor(c / blocks), rules.sharedAllocationGranularity) - rules.sharedReservedPerBlock;
    if (candidate < 0 || candidate > limits.sharedPerBlockOptIn || (best !== undefined && candidate <= best)) continue;
    const carveout = chooseCarveout(limits, sharedPerBlock(candidate, rules), requestedCarveout).bytes;
    if (blocksBySharedMemory(candidate, carveout, rules) >= blocks) best = candidate;
  }
  return best;
}

/** Notes on the inputs: rules the guide does not give, opt-in shared memory, partial warps. */
function inputNotes(input: OccupancyInput, sm: SmModel, missing: (keyof AllocationRules)[]): string[] {
  const { limits } = sm;
  const notes: string[] = [];
  const row = limits.target;
  if (input.target.trim() !== row) notes.push(`Limits of ${row} (compute capability ${limits.computeCapability}) are used for ${input.target}.`);
  const roundings = missing.filter((k) => k !== 'sharedReservedPerBlock');
  if (roundings.length > 0) {
    const names: Record<keyof AllocationRules, string> = {
      registerAllocationUnit: 'register allocation unit',
      warpAllocationGranularity: 'warp allocation granularity',
      sharedAllocationGranularity: 'shared memory allocation granularity',
      sharedReservedPerBlock: 'per-block shared memory reserve',
    };
    notes.push(`Counted without rounding for the ${roundings.map((k) => names[k]).join(', ')}: the CUDA C++ Programming Guide leaves ${roundings.length === 1 ? 'it' : 'them'} to the Occupancy Calculator, so the block count may be higher than the hardware's.`);
  }
  if (missing.includes('sharedReservedPerBlock')) notes.push(`No per-block shared memory reserve is counted: the guide gives none for ${limits.computeCapability}.`);
  if (input.sharedBytesPerBlock > limits.sharedPerBlockDefault && input.sharedBytesPerBlock <= limits.sharedPerBlockOptIn) {
    notes.push(`More than ${formatBytes(limits.sharedPerBlockDefault)} of shared memory per block: it must be dynamic shared memory, with cudaFuncAttributeMaxDynamicSharedMemorySize set.`);
  }
  if (input.threadsPerBlock % WARP_SIZE !== 0) {
    notes.push(`${input.threadsPerBlock} threads are not a multiple of ${WARP_SIZE}: the last warp is partly empty but counts in full.`);
  }
  return notes;
}

/** Notes when warp slots or the block cap, not registers or shared memory, set the count. */
function slotNotes(limits: KnownLimits, limitedBy: CountedLimit[], warps: number, activeWarps: number): string[] {
  const notes: string[] = [];
  if (limitedBy.includes('blocks per SM') && activeWarps < limits.maxWarpsPerSm) {
    notes.push(`An SM of ${limits.computeCapability} holds at most ${limits.maxBlocksPerSm} blocks; with ${plural(warps, 'warp')} per block, larger blocks would fill more of its ${limits.maxWarpsPerSm} warp slots.`);
  }
  if (limitedBy.includes('warps') && activeWarps < limits.maxWarpsPerSm) {
    notes.push(`Blocks of ${plural(warps, 'warp')} leave ${limits.maxWarpsPerSm - activeWarps} of ${limits.maxWarpsPerSm} warp slots empty; a block size dividing ${limits.maxWarpsPerSm} warps would fill them.`);
  }
  return notes;
}
