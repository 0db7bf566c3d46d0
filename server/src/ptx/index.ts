/**
 * Public entry of the PTX document model: parse once per document version, then query.
 *
 *     const model = cache.get(uri, version, () => document.getText()); // PtxModelCache → parsePtx
 *     model.diagnostics                       // syntax errors (range + message), from the parse
 *     checkModel(model) / checkSteps(model)   // semantic errors ptxas would also report (in steps: between requests)
 *     tokenAt(model, position)                // what is under the cursor, for hover
 *     model.functions / model.globals / model.files / model.sections
 *     forEachLoc(model, cb) / locInfo(model, i) / locIndexForLine(model, line)   // source ↔ PTX
 *     forEachInstruction(model, cb) / materializeInstruction(model, stmt)
 *
 * Navigation, symbols and folding live in `features/` and take the model.
 */
export { parsePtx, parseOutline, computeLineStarts } from './parser';
export { firstAtOrAfter, lastAtOrBefore } from './scan';
export { PtxModel } from './model';
export { ModelCache, PtxModelCache } from './cache';
export { checkModel, checkSteps, finish } from './checks';
export type { PtxModelData } from './model';
export * from './types';
export {
  isSpecialRegister,
  matchMnemonic,
  instructionOutline,
  materializeInstruction,
  statementLineText,
  type InstructionOutline,
  type OperandKind,
  type OperandName,
  type PtxGuard,
  type PtxInstruction,
  type PtxModifier,
  type PtxOperand,
} from './statement';
export {
  debugString,
  definitionSpan,
  findOccurrences,
  forEachInstruction,
  forEachLoc,
  functionDefinition,
  functionInfo,
  labelInfo,
  locIndexForLine,
  locInfo,
  nameAt,
  rangeElementIds,
  resolveName,
  symbolAt,
  type SymbolAt,
  splitIndexedName,
  tokenAt,
  type FunctionInfo,
  type LabelInfo,
  type LocInfo,
  type Occurrence,
  type PtxTokenInfo,
  type RegisterInfo,
  type Resolution,
} from './query';
