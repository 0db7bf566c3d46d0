/**
 * Occupancy: how many blocks of a kernel an SM holds at once, which resource stops the next
 * one, and what `setmaxnreg` does and does not change. Pure arithmetic over the limits table in
 * `knowledge/archLimits`; no I/O.
 *
 *     occupancy({ target, threadsPerBlock, registersPerThread, sharedBytesPerBlock, carveoutBytes? })
 *         // blocks and warps per SM, occupancy 0..1, every limit that reaches the minimum, the
 *         // block count each limit allows, the register / shared memory / carve-out thresholds
 *         // for one more block; or why not one block fits (occupancy.ts)
 *     explainSetmaxnreg({ launchRegistersPerThread, threadsPerBlock, warpgroups, target? })
 *         // whether per-warpgroup counts fit the launch allocation; occupancy follows the
 *         // launch count (setmaxnreg.ts)
 *
 *     launchBounds(['.maxntid 128, 1, 1'])   // the block size a kernel declares (launch.ts)
 *
 *     blocksByRegisters, blocksBySharedMemory, registersPerWarp, sharedPerBlock,
 *     chooseCarveout, largestSharedFor, smModel   // the formulas, one limit at a time (occupancy.ts)
 */
export {
  occupancy,
  blocksByRegisters,
  blocksBySharedMemory,
  registersPerWarp,
  registersPerBlock,
  sharedPerBlock,
  chooseCarveout,
  largestSharedFor,
  smModel,
  warpsPerBlock,
  formatBytes,
  WARP_SIZE,
  type AllocationRules,
  type CountedLimit,
  type ImpossibleLaunch,
  type KnownLimits,
  type Limit,
  type OccupancyInput,
  type OccupancyReport,
  type OccupancyResult,
  type SmModel,
  type Step,
  type Unavailable,
} from './occupancy';
export {
  explainSetmaxnreg,
  WARPGROUP_THREADS,
  type SetmaxnregInput,
  type SetmaxnregReport,
  type WarpgroupRegisters,
} from './setmaxnreg';
export { launchBounds, type LaunchBounds } from './launch';
