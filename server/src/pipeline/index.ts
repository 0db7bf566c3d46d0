/**
 * Checks of asynchronous pipelines in PTX: the protocol the tensor-core and copy instructions
 * ask of the code around them, read per function. Findings that ptxas accepts (it repairs them
 * at a cost) are notes, not warnings.
 *
 *     wgmmaFenceSteps(model)   // wgmma.mma_async with no wgmma.fence since its accumulator was written (wgmmaFence.ts)
 *     asyncGroupSteps(model)   // cp.async / cp.async.bulk wait_group N that waits for nothing (asyncGroups.ts)
 *     pipelineSummary(model, fn) // "TMA → 10 × mbarrier.init → wgmma · setmaxnreg .dec 40 / .inc 232", for a lens (summary.ts)
 */
export { wgmmaFenceSteps } from './wgmmaFence';
export { asyncGroupSteps } from './asyncGroups';
export { pipelineSummary } from './summary';
