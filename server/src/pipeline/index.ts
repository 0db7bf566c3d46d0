/**
 * Checks of asynchronous pipelines in PTX: the protocol the tensor-core and copy instructions
 * ask of the code around them, read per function. Findings that ptxas accepts (it repairs them
 * at a cost) are notes, not warnings.
 *
 *     wgmmaFenceSteps(model)   // wgmma.mma_async with no wgmma.fence since its accumulator was written (wgmmaFence.ts)
 */
export { wgmmaFenceSteps } from './wgmmaFence';
