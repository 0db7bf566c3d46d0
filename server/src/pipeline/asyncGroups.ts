/**
 * Waits on asynchronous copy groups that wait for nothing: `cp.async.wait_group N` (and
 * `cp.async.bulk.wait_group N`) lets the most recent N committed groups stay pending, so with N
 * at least the number of groups committed before it the wait returns at once and the data it
 * was meant to guard may not have arrived (PTX ISA, "cp.async.wait_group" and
 * "cp.async.bulk.wait_group"). ptxas accepts it: a note.
 *
 * Read in text order per function, and only along the straight stretch from the function's start
 * up to its first label or branch: past those, the groups committed before a wait are those of
 * paths the text does not show in order (a loop, a warp-specialised epilogue).
 */
import { StatementKind, type PtxDiagnostic, type PtxModel } from '../ptx';
import { bodyStatements, usesInstruction } from './body';

export function* asyncGroupSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const out: PtxDiagnostic[] = [];
  const { names, stmtAux, stmtKind, stmtStart, stmtEnd, text } = model;
  for (const fn of model.functions) {
    const body = bodyStatements(model, fn);
    if (!body || !usesInstruction(model, body.first, body.last, (m) => /^cp\.async\.(bulk\.)?wait_group\b/.test(m))) continue;
    const { first, last } = body;
    const committed = { plain: 0, bulk: 0 };
    for (let stmt = first; stmt <= last; stmt++) {
      // A label (control may arrive from elsewhere), a branch, a call or an early exit ends the
      // stretch the text tells in order.
      if (stmtKind[stmt] === StatementKind.Label) break;
      if (stmtKind[stmt] !== StatementKind.Instruction) continue;
      const mnemonic = names[stmtAux[stmt]];
      if (/^(bra|brx|call|ret|exit)(\.|$)/.test(mnemonic)) break;
      const kind = mnemonic.startsWith('cp.async.bulk.') ? 'bulk' : mnemonic.startsWith('cp.async.') ? 'plain' : undefined;
      if (!kind) continue;
      // A guarded commit may not happen: the count is no longer known.
      const guarded = text.charCodeAt(stmtStart[stmt]) === 64;
      if (/\.commit_group\b/.test(mnemonic)) {
        if (guarded) break;
        committed[kind]++;
      }
      if (!/\.wait_group\b/.test(mnemonic) || guarded) continue;
      const start = stmtStart[stmt];
      const operand = /wait_group(?:\.read)?\s+(\d+)\s*;?/.exec(text.slice(start, stmtEnd[stmt]));
      if (!operand) continue;
      const pending = Number(operand[1]);
      if (pending < committed[kind]) continue;
      const at = start + text.slice(start, stmtEnd[stmt]).indexOf(operand[1], operand.index + 'wait_group'.length);
      const groups = committed[kind] === 0 ? 'no group was committed before it' : `only ${committed[kind]} group${committed[kind] === 1 ? ' was' : 's were'} committed before it`;
      out.push({
        start: at,
        end: at + operand[1].length,
        range: model.rangeOf(at, at + operand[1].length),
        severity: 'information',
        code: 'ptx-wait-for-nothing',
        message: `${mnemonic} ${pending} ${pending === 0 ? 'waits for every committed group' : `leaves the latest ${pending} group${pending === 1 ? '' : 's'} pending`}, and ${groups}: it waits for nothing.`,
      });
    }
    yield;
  }
  return out;
}
