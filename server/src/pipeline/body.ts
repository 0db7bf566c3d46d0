/** What the pipeline checks share: a function body's statements, and whether it uses an instruction at all. */
import { StatementKind, type PtxFunction, type PtxModel } from '../ptx';

/** The first and last statement of the function's body; undefined for a declaration. */
export function bodyStatements(model: PtxModel, fn: PtxFunction): { first: number; last: number } | undefined {
  if (fn.bodyStart < 0) return undefined;
  return { first: model.statementIndexAt(fn.bodyStart), last: model.statementIndexAt(Math.max(fn.bodyStart, fn.bodyEnd - 1)) };
}

/** Whether an instruction in statements `first`…`last` has a mnemonic `wanted` accepts (most functions have none of what a check reads). */
export function usesInstruction(model: PtxModel, first: number, last: number, wanted: (mnemonic: string) => boolean): boolean {
  for (let stmt = first; stmt <= last; stmt++) {
    if (model.stmtKind[stmt] === StatementKind.Instruction && wanted(model.names[model.stmtAux[stmt]])) return true;
  }
  return false;
}
