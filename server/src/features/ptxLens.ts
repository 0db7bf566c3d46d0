/**
 * Code lenses above PTX functions: instruction count, ptxas's resource figures and the occupancy
 * they allow once it ran, and the asynchronous machinery the function uses.
 */
import type { CodeLens } from 'vscode-languageserver';
import type { PtxModel } from '../ptx';
import type { KernelInfo } from '../toolchain/types';
import { costTitle } from './cudaLens';
import { occupancyTitle } from './occupancyLens';
import { launchBounds } from '../occupancy';
import { pipelineSummary } from '../pipeline';

export function ptxLenses(model: PtxModel, figures: readonly KernelInfo[] | undefined, blockSize = 256): CodeLens[] {
  const target = model.target?.split(/[\s,]+/)[0];
  const lenses: CodeLens[] = [];
  const byName = new Map((figures ?? []).map((kernel) => [kernel.mangledName, kernel]));
  for (const fn of model.functions) {
    if (fn.bodyStart < 0) continue;
    const known = byName.get(fn.name);
    const title = known ? costTitle({ ...known, instructions: fn.instructionCount }) : `${fn.instructionCount} PTX instructions`;
    const start = model.positionAt(fn.nameStart);
    const end = model.positionAt(fn.nameEnd);
    lenses.push({ range: { start, end }, command: { title, command: '' } });
    const occupancy = known ? occupancyTitle({ ...known, launch: known.launch ?? launchBounds(fn.directives.map((stmt) => model.statementText(stmt))) }, target, blockSize) : undefined;
    if (occupancy) lenses.push({ range: { start, end }, command: { title: occupancy, command: '' } });
    const pipeline = pipelineSummary(model, fn);
    if (pipeline) lenses.push({ range: { start, end }, command: { title: pipeline, command: '' } });
  }
  return lenses;
}
