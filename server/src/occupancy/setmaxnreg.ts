/**
 * Whether a warp-specialised kernel's `setmaxnreg` plan fits the registers its block was
 * launched with.
 *
 * Source: PTX ISA 9.1, "Miscellaneous Instructions: setmaxnreg". A block owns a pool of
 * registers; `.dec` returns a warp's surplus to it and `.inc` takes from it, waiting until enough
 * is free. All four warps of a warpgroup (128 threads) execute the same `setmaxnreg`; the count
 * is 24 to 256 and a multiple of 8; the kernel needs a register count fixed at compile time
 * (`.maxnreg`, `__launch_bounds__`, `-maxrregcount`) for the instruction to act.
 *
 * The pool is what the launch reserved: launch registers per thread × threads per block. A plan
 * fits when Σ over warps of (per-thread count × 32) stays within it; warps no `setmaxnreg`
 * reaches keep the launch count. Occupancy is decided at launch from the launch count; moving
 * registers between warpgroups afterwards changes neither the pool nor the blocks per SM.
 */
import { blocksByRegisters, smModel, WARP_SIZE } from './occupancy';

export const WARPGROUP_THREADS = 128;
export const SETMAXNREG_MIN = 24;
export const SETMAXNREG_MAX = 256;

/** One or more warpgroups that set the same per-thread count. */
export interface WarpgroupRegisters {
  /** Per-thread count after `setmaxnreg`. */
  registers: number;
  /** How many warpgroups take this count; 1 unless said. */
  warpgroups?: number;
  /** What the warpgroups do: "producer", "consumer". */
  role?: string;
}

export interface SetmaxnregInput {
  launchRegistersPerThread: number;
  threadsPerBlock: number;
  warpgroups: readonly WarpgroupRegisters[];
  /** When given, the notes say how many blocks per SM the launch count allows there. */
  target?: string;
}

export interface SetmaxnregReport {
  /** The redistributed counts stay within the launch allocation. */
  fits: boolean;
  /** launch registers × threads per block. */
  poolRegisters: number;
  /** Σ over warps of per-thread count × 32, untouched warps at the launch count. */
  requestedRegisters: number;
  /** poolRegisters − requestedRegisters; negative when the plan asks for more. */
  spareRegisters: number;
  /** One line per warpgroup entry (and one for warps left at the launch count). */
  lines: string[];
  /** Counts or shapes `setmaxnreg` does not accept. */
  problems: string[];
  notes: string[];
  summary: string;
}

const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Checks a `setmaxnreg` plan against the block's launch allocation and says what decides occupancy. */
export function explainSetmaxnreg(input: SetmaxnregInput): SetmaxnregReport {
  const launch = input.launchRegistersPerThread;
  const threads = input.threadsPerBlock;
  const problems: string[] = [];
  const notes: string[] = [];
  const lines: string[] = [];

  if (!Number.isInteger(launch) || launch < 1) problems.push(`The launch register count must be a whole number of at least 1 (got ${launch}).`);
  if (!Number.isInteger(threads) || threads < 1) problems.push(`Threads per block must be a whole number of at least 1 (got ${threads}).`);
  if (threads % WARPGROUP_THREADS !== 0) {
    problems.push(`${threads} threads are not whole warpgroups of ${WARPGROUP_THREADS}: every warp of a warpgroup must execute the same setmaxnreg.`);
  }

  let requested = 0;
  let covered = 0;
  for (const group of input.warpgroups) {
    const n = group.warpgroups ?? 1;
    const who = `${group.role ?? 'warpgroup'} (${plural(n, 'warpgroup')}, ${count(n * WARPGROUP_THREADS)} threads)`;
    if (!Number.isInteger(n) || n < 1) problems.push(`${who}: the number of warpgroups must be a whole number of at least 1.`);
    const r = group.registers;
    if (!Number.isInteger(r) || r < SETMAXNREG_MIN || r > SETMAXNREG_MAX || r % 8 !== 0) {
      problems.push(`${who}: setmaxnreg takes ${SETMAXNREG_MIN} to ${SETMAXNREG_MAX} registers in steps of 8, not ${r}.`);
    }
    const registers = n * WARPGROUP_THREADS * r;
    requested += registers;
    covered += n * WARPGROUP_THREADS;
    const action = r < launch ? `setmaxnreg.dec to ${r}` : r > launch ? `setmaxnreg.inc to ${r}` : `keeps ${r} (no setmaxnreg needed)`;
    lines.push(`${who}: ${action} → ${count(registers)} registers`);
  }
  if (covered > threads) {
    problems.push(`The warpgroups hold ${count(covered)} threads; the block has ${count(threads)}.`);
  } else if (covered < threads) {
    const rest = threads - covered;
    requested += rest * launch;
    lines.push(`the other ${count(rest)} threads keep ${launch} → ${count(rest * launch)} registers`);
  }

  const pool = launch * threads;
  const spare = pool - requested;
  const fits = spare >= 0;
  const perWarp = (r: number): number => r * WARP_SIZE;
  notes.push(
    `Occupancy is decided by the launch count (${launch} registers per thread, ${count(perWarp(launch))} per warp), not by setmaxnreg: ` +
    'the block reserves its whole pool at launch, however it is later shared out.',
  );
  if (!fits) {
    notes.push('A setmaxnreg.inc that the pool cannot satisfy waits for registers that never come free.');
  }
  if (input.target !== undefined) notes.push(...launchOccupancy(input.target, threads, launch));

  const verdict = fits
    ? `fits: ${count(requested)} of the ${count(pool)} launch registers (${count(spare)} spare)`
    : `does not fit: ${count(requested)} registers asked for, the launch reserved ${count(pool)} (${count(-spare)} short)`;
  const summary = `${count(threads)} threads × ${launch} registers; the setmaxnreg plan ${verdict}.${problems.length > 0 ? ` ${problems.length} problem(s) besides.` : ''}`;
  return { fits, poolRegisters: pool, requestedRegisters: requested, spareRegisters: spare, lines, problems, notes, summary };
}

/** What the launch count allows on a target, by registers alone. */
function launchOccupancy(target: string, threads: number, launch: number): string[] {
  const resolved = smModel(target);
  if ('explanation' in resolved) return [resolved.explanation];
  const blocks = blocksByRegisters(threads, launch, resolved.sm);
  return [`On ${target}, ${launch} registers per thread let registers hold ${plural(blocks, 'block')} of ${count(threads)} threads per SM.`];
}
