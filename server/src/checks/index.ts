/**
 * Checks of a PTX module against the knowledge base, with no toolchain: what ptxas would
 * refuse, found as you type, each with a code, an exact range and a fix where one is obvious.
 *
 *     gatingSteps(model)   // instructions the module's .version/.target do not offer; header problems (gating.ts)
 *     modifierSteps(model) // modifiers an instruction does not have (nearest spelling as fix), types it does not take (modifiers.ts)
 *     operandCountSteps(model) // more or fewer operands than any fitting syntax form takes (operands.ts)
 *     registerWidthSteps(model) // registers of the wrong width for the type: arithmetic, setp, mov, ld/st data (widths.ts)
 *     operandClassSteps(model)  // literals, registers and predicates of the wrong kind; mixed-width vectors (classes.ts)
 *     moduleHeader(model)  // where .version and .target are written (header.ts)
 *     quotedTokenSpan(model, line, message) / saidByOwnCheck(own, span)   // ptxas's messages placed and deduplicated (ptxas.ts)
 *
 *     eachInstruction(model, judge, visit) // the walk they share: each instruction with a verdict per mnemonic (walk.ts)
 *
 * In steps (a generator that pauses now and then) so a server answers requests meanwhile; run
 * one to its end with `finish` from `ptx`.
 */
export { gatingSteps } from './gating';
export { modifierSteps } from './modifiers';
export { operandCountSteps, readCount } from './operands';
export { registerWidthSteps } from './widths';
export { operandClassSteps } from './classes';
export { moduleHeader, type HeaderToken, type ModuleHeader } from './header';
export { quotedTokenSpan, saidByOwnCheck, type Span } from './ptxas';
export { eachInstruction } from './walk';
