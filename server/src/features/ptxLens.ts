/** Code lenses above PTX functions: instruction count, and ptxas's resource figures once it ran. */
import type { CodeLens } from 'vscode-languageserver';
import type { PtxModel } from '../ptx';
import type { KernelInfo } from '../toolchain/types';
import { costTitle } from './cudaLens';

export function ptxLenses(model: PtxModel, figures: readonly KernelInfo[] | undefined): CodeLens[] {
  const lenses: CodeLens[] = [];
  const byName = new Map((figures ?? []).map((kernel) => [kernel.mangledName, kernel]));
  for (const fn of model.functions) {
    if (fn.bodyStart < 0) continue;
    const known = byName.get(fn.name);
    const title = known ? costTitle({ ...known, instructions: fn.instructionCount }) : `${fn.instructionCount} PTX instructions`;
    const start = model.positionAt(fn.nameStart);
    const end = model.positionAt(fn.nameEnd);
    lenses.push({ range: { start, end }, command: { title, command: '' } });
  }
  return lenses;
}
