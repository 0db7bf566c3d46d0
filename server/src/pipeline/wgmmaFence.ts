/**
 * `wgmma.mma_async` reads its accumulator registers asynchronously: a `wgmma.fence` must come
 * between any other instruction's write to them and the `wgmma.mma_async` (PTX ISA, "wgmma.fence"),
 * and before the first `wgmma.mma_async` of a warpgroup. Where it is missing, ptxas inserts
 * one itself (its info C7519, "warpgroup.arrive is injected") and the warpgroup waits there: a
 * note, not a warning, since ptxas accepts the code.
 *
 * Writes by `mov` are not counted: ptxas resolves constants and copies in register allocation
 * and injects no fence for them (nvcc itself places the accumulators' zeroing after the fence).
 * Read in text order within each function that has a `wgmma.mma_async`: a write and a fence
 * reached only along other paths are not told apart (a loop body's last write and the next
 * iteration's `wgmma` are not seen).
 */
import { firstAtOrAfter, OCC_WRITE, StatementKind, type PtxDiagnostic, type PtxModel } from '../ptx';
import { bodyStatements, usesInstruction } from './body';

const FENCE = 'wgmma.fence.sync.aligned;';

export function* wgmmaFenceSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const out: PtxDiagnostic[] = [];
  const { names, stmtAux, stmtKind, stmtStart, stmtEnd, occOffset, occName, occFlags } = model;
  for (const fn of model.functions) {
    const body = bodyStatements(model, fn);
    if (!body || !usesInstruction(model, body.first, body.last, (m) => m.startsWith('wgmma.mma_async'))) continue;
    const { first, last } = body;
    let fenced = false;
    /** Registers written since the last fence → where. */
    const written = new Map<number, number>();
    let occ = firstAtOrAfter(occOffset, stmtStart[first]);
    for (let stmt = first; stmt <= last; stmt++) {
      const start = stmtStart[stmt];
      const end = stmtEnd[stmt];
      while (occ < occOffset.length && occOffset[occ] < start) occ++;
      if (stmtKind[stmt] !== StatementKind.Instruction) continue;
      const mnemonic = names[stmtAux[stmt]];
      if (mnemonic.startsWith('wgmma.fence')) {
        fenced = true;
        written.clear();
        continue;
      }
      const writes: number[] = [];
      for (let k = occ; k < occOffset.length && occOffset[k] < end; k++) if (occFlags[k] & OCC_WRITE) writes.push(k);
      if (!mnemonic.startsWith('wgmma.mma_async')) {
        // A `mov` (a constant, a copy) is resolved by ptxas's register allocation: it needs no fence.
        if (!mnemonic.startsWith('mov.')) for (const k of writes) written.set(occName[k], occOffset[k]);
        continue;
      }
      const at = model.text.indexOf(mnemonic, start);
      const flag = (message: string) =>
        out.push({ start: at, end: at + mnemonic.length, range: model.rangeOf(at, at + mnemonic.length), severity: 'information', code: 'ptx-wgmma-fence', message, fix: insertFence(model, start) });
      if (!fenced) {
        flag(`No wgmma.fence before this first wgmma.mma_async of ${fn.name}: ptxas inserts one and the warpgroup waits there.`);
        // As ptxas does: from here on the code reads as if fenced.
        fenced = true;
        written.clear();
        continue;
      }
      const stale = writes.map((k) => occName[k]).filter((id) => written.has(id));
      if (stale.length > 0) {
        const line = model.positionAt(written.get(stale[0])!).line + 1;
        flag(`${names[stale[0]]}${stale.length > 1 ? ` and ${stale.length - 1} more accumulator register${stale.length > 2 ? 's' : ''}` : ''} written on line ${line} with no wgmma.fence since: ptxas inserts one before this wgmma.mma_async and the warpgroup waits there.`);
        written.clear();
      }
    }
    yield;
  }
  return out;
}

/** Inserts the fence on its own line before the statement, with the statement's indentation. */
function insertFence(model: PtxModel, stmtStart: number): PtxDiagnostic['fix'] {
  const lineStart = model.offsetAt({ line: model.positionAt(stmtStart).line, character: 0 });
  const indent = /^[ \t]*/.exec(model.text.slice(lineStart, stmtStart))![0];
  return { title: 'Insert wgmma.fence.sync.aligned before it', edits: [{ start: lineStart, end: lineStart, newText: `${indent}${FENCE}\n` }] };
}
