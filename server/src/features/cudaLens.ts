/** Code lenses above CUDA kernels: what each compiles to, and a way to open its PTX. */
import type { CodeLens } from 'vscode-languageserver';
import { findCudaFunctions, matchCompiled, type CudaFunction } from '../cuda/kernels';
import type { CompileResult, KernelInfo } from '../toolchain/types';
import { NVCC_MISSING_MESSAGE } from '../toolchain/types';
import { occupancyTitle } from './occupancyLens';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
}

/** "N PTX instructions · R registers · S B spilled · SMEM B" for one compiled function. */
export function costTitle(kernel: KernelInfo): string {
  const parts = [`${kernel.instructions} PTX instructions`];
  if (kernel.resourcesKnown) {
    parts.push(`${kernel.registers} registers`);
    parts.push(`${formatBytes(kernel.spillStoreBytes + kernel.spillLoadBytes)} spilled`);
    parts.push(`${formatBytes(kernel.sharedBytes)} smem`);
    if (kernel.stackBytes > 0) parts.push(`${formatBytes(kernel.stackBytes)} stack`);
  }
  return parts.join(' · ');
}

function lens(fn: CudaFunction, title: string, command = '', args: unknown[] = []): CodeLens {
  return { range: fn.nameRange, command: { title, command, arguments: args } };
}

/**
 * Lenses for every kernel (and `__device__` function with its own PTX function) in a CUDA
 * file, from its latest compile. Template kernels get one lens per instantiation.
 */
export function cudaLenses(text: string, path: string, uri: string, result: CompileResult | undefined, trusted = true, blockSize = 256): CodeLens[] {
  const functions = findCudaFunctions(text).filter((fn) => fn.hasBody);
  const lenses: CodeLens[] = [];
  for (const fn of functions) {
    if (!trusted) {
      if (fn.kind === 'global') lenses.push(lens(fn, 'Workspace not trusted — PTX Lens does not run nvcc here', 'workbench.trust.manage'));
      continue;
    }
    if (!result) {
      if (fn.kind === 'global') lenses.push(lens(fn, 'Show PTX', 'ptxLens.showPtx', [uri]));
      continue;
    }
    if (result.kind === 'missing') {
      if (fn.kind === 'global') lenses.push(lens(fn, NVCC_MISSING_MESSAGE, 'workbench.action.openSettings', ['ptxLens.nvcc.path']));
      continue;
    }
    if (result.kind === 'error') {
      if (fn.kind === 'global') lenses.push(lens(fn, `nvcc failed: ${result.message.split('\n')[0]}`, 'ptxLens.showPtx', [uri]));
      continue;
    }
    if (result.kind === 'cancelled') continue;
    const compiled = matchCompiled(fn, result.kernels, path).filter((k) => fn.kind !== 'global' || k.isEntry);
    for (const kernel of compiled) {
      const label = compiled.length > 1 ? `${kernel.name}: ` : '';
      lenses.push(lens(fn, `${label}${costTitle(kernel)}`, 'ptxLens.showPtx', [uri, kernel.mangledName]));
      const occupancy = occupancyTitle(kernel, result.arch, blockSize);
      if (occupancy) lenses.push(lens(fn, `${label}${occupancy}`));
    }
    if (compiled.length > 0 || fn.kind === 'global') lenses.push(lens(fn, 'Show PTX', 'ptxLens.showPtx', [uri, compiled[0]?.mangledName]));
  }
  return lenses;
}
