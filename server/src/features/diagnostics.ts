/**
 * PTX Lens's own diagnostics for a PTX document: syntax errors from the parse, what ptxas
 * would also reject (undeclared names, out-of-range registers, duplicates), and instructions
 * that PTX ISA 9.0 does not have. Only problems ptxas agrees are problems: nothing it
 * accepts is flagged.
 */
import { knownFirstParts } from '../knowledge';
import { checkSteps, finish, forEachInstruction, materializeInstruction, type PtxDiagnostic, type PtxModel } from '../ptx';

export function unknownInstructions(model: PtxModel): PtxDiagnostic[] {
  const known = knownFirstParts();
  const out: PtxDiagnostic[] = [];
  forEachInstruction(model, (stmt, mnemonic) => {
    const opcode = mnemonic.split('.')[0];
    if (known.has(opcode)) return;
    const instruction = materializeInstruction(model, stmt);
    if (!instruction) return;
    out.push({
      range: instruction.opcodeRange,
      start: instruction.start,
      end: instruction.start + opcode.length,
      severity: 'error',
      message: `Unknown instruction '${opcode}': PTX ISA 9.0 has no instruction of that name.`,
    });
  });
  return out;
}

export function ptxDiagnostics(model: PtxModel): PtxDiagnostic[] {
  return finish(ptxDiagnosticSteps(model));
}

/** `ptxDiagnostics` in steps (see `checkSteps`), for a server that answers requests meanwhile. */
export function* ptxDiagnosticSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const semantic = yield* checkSteps(model);
  yield;
  return [...model.diagnostics, ...semantic, ...unknownInstructions(model)];
}
