/**
 * Checks of asynchronous pipelines in PTX: the protocol the tensor-core and copy instructions
 * ask of the code around them, read per function. Findings that ptxas accepts (it repairs them
 * at a cost) are notes, not warnings.
 *
 *     wgmmaFenceSteps(model)   // wgmma.mma_async with no wgmma.fence since its accumulator was written (wgmmaFence.ts)
 *     asyncGroupSteps(model)   // cp.async / cp.async.bulk wait_group N that waits for nothing (asyncGroups.ts)
 */
export { wgmmaFenceSteps } from './wgmmaFence';
export { asyncGroupSteps } from './asyncGroups';
