/**
 * The walk every per-instruction check shares: each instruction statement in text order, with
 * what `judge` said of its mnemonic (asked once per distinct mnemonic: a file has few and very
 * many instructions), pausing every `perStep` statements so a server can answer requests.
 */
import { StatementKind, type PtxModel } from '../ptx';

/**
 * Calls `visit(stmt, verdict, mnemonicStart)` for each instruction whose mnemonic `judge`
 * returned something for (not undefined or null).
 */
export function* eachInstruction<T>(
  model: PtxModel,
  judge: (mnemonic: string) => T | undefined | null,
  visit: (stmt: number, verdict: T, mnemonicStart: number) => void,
  perStep = 8192,
): Generator<void, void> {
  const verdicts = new Map<number, T | undefined | null>();
  const kinds = model.stmtKind;
  for (let stmt = 0; stmt < kinds.length; stmt++) {
    if (stmt % perStep === perStep - 1) yield;
    if (kinds[stmt] !== StatementKind.Instruction) continue;
    const id = model.stmtAux[stmt];
    let verdict = verdicts.get(id);
    if (verdict === undefined && !verdicts.has(id)) verdicts.set(id, (verdict = judge(model.names[id])));
    if (verdict === undefined || verdict === null) continue;
    const start = model.text.indexOf(model.names[id], model.stmtStart[stmt]);
    if (start >= 0) visit(stmt, verdict, start);
  }
}
