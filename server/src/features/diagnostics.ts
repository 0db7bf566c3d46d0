/**
 * PTX Lens's own diagnostics for a PTX document: syntax errors from the parse, what ptxas
 * would also reject (undeclared names, out-of-range registers, duplicates), instructions that
 * PTX ISA 9.0 does not have, and the knowledge-base checks of `checks/` (version and target
 * gating, modifiers and types, operand counts, register widths and operand kinds), and notes on
 * asynchronous pipelines (`pipeline/`). Only problems ptxas agrees
 * are problems: nothing it accepts is flagged.
 */
import { eachInstruction, gatingSteps, modifierSteps, operandClassSteps, operandCountSteps, registerWidthSteps } from '../checks';
import { knownFirstParts } from '../knowledge';
import { asyncGroupSteps, wgmmaFenceSteps } from '../pipeline';
import { checkSteps, finish, type PtxDiagnostic, type PtxModel } from '../ptx';

/** Instructions whose opcode PTX ISA 9.0 does not have. */
function* unknownInstructionSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const known = knownFirstParts();
  const out: PtxDiagnostic[] = [];
  const judge = (mnemonic: string) => {
    const opcode = mnemonic.split('.')[0];
    return known.has(opcode) ? undefined : opcode;
  };
  yield* eachInstruction(model, judge, (_stmt, opcode, start) => {
    out.push({
      range: model.rangeOf(start, start + opcode.length),
      start,
      end: start + opcode.length,
      severity: 'error',
      code: 'ptx-unknown-instruction',
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
  // The model's own indexes first: the checks use them, and so do the user's first requests.
  yield* model.indexSteps();
  const semantic = yield* checkSteps(model);
  yield;
  const unknown = yield* unknownInstructionSteps(model);
  const gating = yield* gatingSteps(model);
  const modifiers = yield* modifierSteps(model);
  const operands = yield* operandCountSteps(model);
  const widths = yield* registerWidthSteps(model);
  const classes = yield* operandClassSteps(model);
  const pipeline = [...(yield* wgmmaFenceSteps(model)), ...(yield* asyncGroupSteps(model))];
  const syntax = model.diagnostics.map((d) => (d.code ? d : { ...d, code: 'ptx-syntax' }));
  return [...syntax, ...semantic, ...unknown, ...gating, ...modifiers, ...operands, ...widths, ...classes, ...pipeline];
}
