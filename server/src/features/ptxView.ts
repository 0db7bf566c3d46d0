/** Turns a compile result into what the Show PTX view and the code lenses need (0-based lines). */
import type { KernelSummary, PtxView } from '../protocol';
import { locationInFile } from '../toolchain/ptxScan';
import type { CompileResult, KernelInfo, LineMap } from '../toolchain/types';

export function kernelSummary(kernel: KernelInfo): KernelSummary {
  return {
    mangledName: kernel.mangledName,
    name: kernel.name,
    isEntry: kernel.isEntry,
    ptxStartLine: kernel.ptxRange.startLine - 1,
    ptxEndLine: kernel.ptxRange.endLine - 1,
    instructions: kernel.instructions,
    resourcesKnown: kernel.resourcesKnown,
    registers: kernel.registers,
    spillStoreBytes: kernel.spillStoreBytes,
    spillLoadBytes: kernel.spillLoadBytes,
    stackBytes: kernel.stackBytes,
    sharedBytes: kernel.sharedBytes,
    constBytes: kernel.constBytes,
    sourcePath: kernel.sourceFile,
    sourceLine: kernel.sourceLine === undefined ? undefined : kernel.sourceLine - 1,
  };
}

/** Both directions of the line map, 0-based, keyed by source path. */
export function zeroBasedMaps(lineMap: LineMap): Pick<PtxView, 'sourceToPtx' | 'ptxToSource'> {
  const sourceToPtx: Record<string, Record<number, number[]>> = {};
  const ptxToSource: Record<string, Record<number, number>> = {};
  for (const [file, lines] of Object.entries(lineMap.bySource)) {
    const forward: Record<number, number[]> = {};
    for (const [line, ptxLines] of Object.entries(lines)) forward[Number(line) - 1] = ptxLines.map((l) => l - 1);
    sourceToPtx[file] = forward;
    const backward: Record<number, number> = {};
    for (const [ptxLine, source] of Object.entries(lineMap.byPtx)) {
      const here = locationInFile(source, file);
      if (here) backward[Number(ptxLine) - 1] = here.line - 1;
    }
    ptxToSource[file] = backward;
  }
  return { sourceToPtx, ptxToSource };
}

export function toPtxView(result: CompileResult, sourceUri: string): PtxView {
  const base = { sourceUri, sourcePath: result.file, durationMs: result.durationMs };
  switch (result.kind) {
    case 'ok':
      return {
        ...base,
        kind: 'ok',
        ptx: result.ptx,
        arch: result.arch,
        nvccVersion: result.nvccVersion,
        fromCache: result.fromCache,
        ...zeroBasedMaps(result.lineMap),
        kernels: result.kernels.map(kernelSummary),
        message: result.ptxasMessage,
      };
    case 'error':
      return { ...base, kind: 'error', message: result.message };
    case 'missing':
      return { ...base, kind: 'missing', message: result.message };
    case 'cancelled':
      return { ...base, kind: 'cancelled', message: 'A newer compile replaced this one.' };
  }
}
