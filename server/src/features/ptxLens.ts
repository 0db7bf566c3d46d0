/** Code lenses above PTX functions: instruction count, and ptxas's resource figures when known. */
import type { CodeLens } from 'vscode-languageserver';
import type { PtxModel } from '../ptx';
import type { FunctionResources } from '../toolchain/ptxasInfo';
import { formatBytes } from './cudaLens';

export function ptxLenses(model: PtxModel, resources: ReadonlyMap<string, FunctionResources> | undefined): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const fn of model.functions) {
    if (fn.bodyStart < 0) continue;
    const parts = [`${fn.instructionCount} PTX instructions`];
    const used = resources?.get(fn.name);
    if (used?.hasUsage) {
      parts.push(`${used.registers} registers`);
      parts.push(`${formatBytes(used.spillStoreBytes + used.spillLoadBytes)} spilled`);
      parts.push(`${formatBytes(used.sharedBytes)} smem`);
      if (used.stackBytes > 0) parts.push(`${formatBytes(used.stackBytes)} stack`);
    }
    const start = model.positionAt(fn.nameStart);
    const end = model.positionAt(fn.nameEnd);
    lenses.push({ range: { start, end }, command: { title: parts.join(' · '), command: '' } });
  }
  return lenses;
}
