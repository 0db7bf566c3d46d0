/**
 * PTX Lens's own diagnostics for a PTX document: syntax errors from the parse, what ptxas
 * would also reject (undeclared names, out-of-range registers, duplicates), instructions
 * that PTX ISA 9.0 does not have, and instructions the module's `.version`/`.target` do not
 * offer. Only problems ptxas agrees are problems: nothing it
 * accepts is flagged.
 */
import { gatingSteps, modifierSteps, operandCountSteps, registerWidthSteps } from '../checks';
import { knownFirstParts } from '../knowledge';
import { checkSteps, finish, materializeInstruction, StatementKind, type PtxDiagnostic, type PtxModel } from '../ptx';

/** Instructions looked at between two pauses of `unknownInstructionSteps`. */
const STATEMENTS_PER_STEP = 8192;

export function unknownInstructions(model: PtxModel): PtxDiagnostic[] {
  return finish(unknownInstructionSteps(model));
}

/** Instructions whose opcode PTX ISA 9.0 does not have, pausing every `STATEMENTS_PER_STEP` statements. */
function* unknownInstructionSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const known = knownFirstParts();
  // Verdicts per mnemonic name: a file has few distinct mnemonics and very many instructions.
  const verdicts = new Map<number, boolean>();
  const out: PtxDiagnostic[] = [];
  const kinds = model.stmtKind;
  for (let stmt = 0; stmt < kinds.length; stmt++) {
    if (stmt % STATEMENTS_PER_STEP === STATEMENTS_PER_STEP - 1) yield;
    if (kinds[stmt] !== StatementKind.Instruction) continue;
    const id = model.stmtAux[stmt];
    let ok = verdicts.get(id);
    if (ok === undefined) verdicts.set(id, (ok = known.has(model.names[id].split('.')[0])));
    if (ok) continue;
    const instruction = materializeInstruction(model, stmt);
    if (!instruction) continue;
    const opcode = instruction.mnemonic.split('.')[0];
    out.push({
      range: instruction.opcodeRange,
      start: instruction.start,
      end: instruction.start + opcode.length,
      severity: 'error',
      code: 'ptx-unknown-instruction',
      message: `Unknown instruction '${opcode}': PTX ISA 9.0 has no instruction of that name.`,
    });
  }
  return out;
}

export function ptxDiagnostics(model: PtxModel): PtxDiagnostic[] {
  return finish(ptxDiagnosticSteps(model));
}

/** `ptxDiagnostics` in steps (see `checkSteps`), for a server that answers requests meanwhile. */
export function* ptxDiagnosticSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const semantic = yield* checkSteps(model);
  yield;
  const unknown = yield* unknownInstructionSteps(model);
  const gating = yield* gatingSteps(model);
  const modifiers = yield* modifierSteps(model);
  const operands = yield* operandCountSteps(model);
  const widths = yield* registerWidthSteps(model);
  const syntax = model.diagnostics.map((d) => (d.code ? d : { ...d, code: 'ptx-syntax' }));
  return [...syntax, ...semantic, ...unknown, ...gating, ...modifiers, ...operands, ...widths];
}
