/**
 * Inline PTX in CUDA C++ (`asm volatile("…" : outputs : inputs : clobbers)`), read once per
 * document version:
 *
 *     const asm = inlineAsmModel(text);
 *     asm.statements                      // every asm statement: template, operands, clobbers (scan.ts)
 *     asm.analysis(statement)             // its %N references and PTX instructions (template.ts)
 *     asm.analyses(statements?)           // many statements' at once, read together (faster than one by one)
 *     checkInlineAsm(asm)                 // own checks: operand numbers, widths, roles, clobbers (checks.ts)
 *     synthesiseModule(analyses, options) // a small PTX module ptxas can judge the statements by (synthesis.ts)
 *     judgeStatements(analyses, target, assemble) // ptxas's verdict on each, target by target (judge.ts)
 *     describeConstraint('=r')            // what a constraint means (constraints.ts)
 *
 * Offsets are source offsets unless a name says "template".
 */
import { findAsmStatements, type AsmStatement } from './scan';
import { analyseStatement, analyseStatements, type AsmAnalysis, type ParsedView } from './template';

export * from './scan';
export * from './template';
export * from './constraints';
export * from './checks';
export * from './synthesis';
export * from './judge';

export interface InlineAsmModel {
  text: string;
  statements: AsmStatement[];
  /** A statement's PTX reading, made on first request. */
  analysis(statement: AsmStatement): AsmAnalysis;
  /** The readings of `statements` (all by default), in order; those not yet read are read in one batch. */
  analyses(statements?: readonly AsmStatement[]): AsmAnalysis[];
}

export function inlineAsmModel(text: string): InlineAsmModel {
  const statements = findAsmStatements(text);
  const analyses = new Map<AsmStatement, AsmAnalysis>();
  const parsedViews = new Map<string, ParsedView>();
  return {
    text,
    statements,
    analysis(statement) {
      let analysis = analyses.get(statement);
      if (!analysis) analyses.set(statement, (analysis = analyseStatement(statement)));
      return analysis;
    },
    analyses(wanted = statements) {
      const missing = wanted.filter((statement) => !analyses.has(statement));
      analyseStatements(missing, parsedViews).forEach((analysis, k) => analyses.set(missing[k], analysis));
      return wanted.map((statement) => analyses.get(statement)!);
    },
  };
}
