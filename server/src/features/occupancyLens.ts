/**
 * The occupancy lens of a kernel with ptxas's figures: how full its SMs can get at the block
 * size it declares (`.reqntid`/`.maxntid`, from `__launch_bounds__`) or, failing that, the
 * configured one; what limits it, and the first step that would raise it. Shared memory is the
 * static amount ptxas reports (dynamic shared memory is decided at launch).
 */
import { occupancy } from '../occupancy';
import type { KernelInfo } from '../toolchain/types';

export function occupancyTitle(kernel: KernelInfo, target: string | undefined, configuredThreads: number): string | undefined {
  if (!kernel.resourcesKnown || !kernel.isEntry || !target) return undefined;
  const threads = kernel.launch?.threads ?? configuredThreads;
  const result = occupancy({ target, threadsPerBlock: threads, registersPerThread: kernel.registers, sharedBytesPerBlock: kernel.sharedBytes });
  if (result.status === 'unavailable') return undefined;
  const at = `${threads} threads${kernel.launch ? ` (${kernel.launch.directive})` : ''}`;
  if (result.status === 'impossible') return `Cannot launch at ${at} on ${target}: ${result.limitedBy.join(', ')}`;
  const percent = Math.round(result.occupancy * 100);
  const limit = percent === 100 ? '' : `, limited by ${result.limitedBy.join(' and ')}`;
  const step = result.advice[0] ? ` · ${result.advice[0]}` : '';
  return `${percent}% occupancy at ${at} on ${target}${limit}${step}`;
}
