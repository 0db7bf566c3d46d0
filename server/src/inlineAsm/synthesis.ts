/**
 * A PTX module that lets ptxas judge inline assembly without compiling the C++ around it: one
 * `.entry` per asm statement, declaring a register of the constraint's type for each `%N`
 * (`"r"` → `.b32`, `"l"` → `.b64` …) and pasting compile-time constants where they can be read
 * (`"n"(4)`). ptxas's messages come back by line; `mapPtxasMessages` puts each one on the
 * statement's own text inside the string literal.
 */
import { findInstruction } from '../knowledge';
import { CONSTRAINTS, parseConstraint } from './constraints';
import type { AsmDiagnostic } from './checks';
import { sourceSpan, type AsmAnalysis } from './template';

export interface SynthesisedModule {
  text: string;
  /** For each line of `text` (0-based): the analysis it comes from and the view offset of its start; undefined for scaffolding. */
  lines: Array<{ analysis: number; viewOffset: number; guessed: boolean } | undefined>;
  /** Analyses left out, with why (text hidden behind a macro, nothing to assemble). */
  skipped: Array<{ analysis: number; reason: string }>;
}

export interface PtxasMessage {
  /** 1-based line in the synthesised module. */
  line: number;
  severity: 'error' | 'warning' | 'information';
  message: string;
}

/** Whether a statement can be judged on its own (its whole text is visible, it has instructions). */
export function synthesisable(analysis: AsmAnalysis): string | undefined {
  if (analysis.statement.hidden.length > 0) return `its text uses ${analysis.statement.hidden.map((h) => h.name).join(', ')}, defined elsewhere`;
  if (analysis.instructions.length === 0) return 'it has no instructions';
  if (analysis.refs.some((ref) => !ref.operand)) return 'it names an operand that does not exist';
  return undefined;
}

/** What identifies a statement for ptxas: its PTX and its operands' constraints. */
export function statementKey(analysis: AsmAnalysis): string {
  const view = analysis.view;
  return JSON.stringify([view, analysis.statement.operands.map((o) => [o.constraint, o.expression])]);
}

/**
 * The target a statement is assembled for: the configured one, unless the statement's own
 * instructions need another (a header may hold `wgmma` for sm_90a beside `tcgen05` for
 * sm_100a, each behind its own `#if`); then the first target they all run on.
 */
export function statementTarget(analysis: AsmAnalysis, configured: string): string {
  const needs = analysis.instructions.map((i) => findInstruction(i.mnemonic)?.minTarget).filter((t): t is string => !!t && t !== 'all');
  let target = configured;
  for (const need of needs) if (!covers(target, need)) target = need;
  return target;
}

const targetNumber = (target: string) => Number(/sm_(\d+)/.exec(target)?.[1] ?? 0);

/** Whether `target` runs what `need` (a minimum target such as `sm_80` or `sm_90a`) asks for. */
function covers(target: string, need: string): boolean {
  if (/a$/.test(need)) return target === need || (targetNumber(target) === targetNumber(need) && /a$/.test(target));
  return targetNumber(target) >= targetNumber(need);
}

export interface SynthesisOptions {
  target: string;
  version?: string;
  /** A value ptxas accepts for a constant that could not be read (analysis index, operand number). */
  constant?: (analysis: number, operand: number) => string | undefined;
}

export function synthesiseModule(analyses: readonly AsmAnalysis[], options: SynthesisOptions): SynthesisedModule {
  const out: string[] = [`.version ${options.version ?? '9.0'}`, `.target ${options.target}`, '.address_size 64'];
  const lines: SynthesisedModule['lines'] = out.map(() => undefined);
  const skipped: SynthesisedModule['skipped'] = [];
  analyses.forEach((analysis, k) => {
    const why = synthesisable(analysis);
    if (why) {
      skipped.push({ analysis: k, reason: why });
      return;
    }
    const scaffold = (line: string) => {
      out.push(line);
      lines.push(undefined);
    };
    scaffold(`.visible .entry __inline_asm_${k}()`);
    scaffold('{');
    const constants = new Map<number, { text: string; guessed: boolean }>();
    for (const operand of analysis.statement.operands) {
      const { info } = parseConstraint(operand.constraint);
      if (info?.ptxType) scaffold(`.reg ${info.ptxType} %${operand.index};`);
      else if (info === CONSTRAINTS.n || info === CONSTRAINTS.C) {
        const read = info === CONSTRAINTS.n ? integerConstant(operand.expression) : stringConstant(operand.expression);
        const known = read.guessed ? options.constant?.(k, operand.index) : undefined;
        constants.set(operand.index, known !== undefined ? { text: known, guessed: false } : read);
      }
      else scaffold(`.reg .b32 %${operand.index};`);
    }
    const view = analysis.view;
    let offset = 0;
    for (const line of view.split('\n')) {
      let guessed = false;
      const pasted = line.replace(/%(\d+)(?!\d)/g, (whole, n: string) => {
        const constant = constants.get(Number(n));
        if (!constant) return whole;
        guessed ||= constant.guessed;
        return constant.text;
      });
      out.push(pasted);
      lines.push({ analysis: k, viewOffset: offset, guessed });
      offset += line.length + 1;
    }
    scaffold('}');
  });
  return { text: `${out.join('\n')}\n`, lines, skipped };
}

/** A C++ integer literal's value, or a stand-in (0) marked as guessed. */
function integerConstant(expression: string): { text: string; guessed: boolean } {
  const literal = /^\(?\s*(-?(?:0[xX][0-9A-Fa-f']+|0[bB][01']+|\d[\d']*))[uUlL]*\s*\)?$/.exec(expression.trim());
  if (!literal) return { text: '0', guessed: true };
  const digits = literal[1].replace(/'/g, '');
  const value = /^-?0[bB]/.test(digits) ? parseInt(digits.replace(/0[bB]/, ''), 2) * (digits.startsWith('-') ? -1 : 1) : Number(digits);
  return Number.isFinite(value) ? { text: String(value), guessed: false } : { text: '0', guessed: true };
}

function stringConstant(expression: string): { text: string; guessed: boolean } {
  const literal = /^"((?:[^"\\]|\\.)*)"$/.exec(expression.trim());
  return literal ? { text: literal[1], guessed: false } : { text: '', guessed: true };
}

/** A ptxas message about one statement: where in its view, and whether a guessed constant was on that line. */
export interface StatementMessage {
  viewOffset: number;
  guessed: boolean;
  severity: PtxasMessage['severity'];
  message: string;
}

/** ptxas's messages on a synthesised module, sorted by the analysis (statement) they concern. */
export function messagesByStatement(module: SynthesisedModule, messages: readonly PtxasMessage[]): Map<number, StatementMessage[]> {
  const out = new Map<number, StatementMessage[]>();
  for (const message of messages) {
    const line = module.lines[message.line - 1];
    if (!line) continue;
    const list = out.get(line.analysis) ?? [];
    list.push({ viewOffset: line.viewOffset, guessed: line.guessed, severity: message.severity, message: message.message });
    out.set(line.analysis, list);
  }
  return out;
}

/**
 * A statement's ptxas messages placed in the source: on the token a message quotes when it
 * appears on that line (`Unknown modifier '.L1::no_alocate'`), otherwise on the line's text.
 * Messages on lines where a constant had to be guessed are dropped: they may be about the
 * stand-in, not the code. What ptxas rejects is a warning here, not an error: the statement may
 * sit in code its project never instantiates, and the C++ around it still compiles.
 */
export function placePtxasMessages(source: string, analysis: AsmAnalysis, messages: readonly StatementMessage[]): AsmDiagnostic[] {
  const out: AsmDiagnostic[] = [];
  const view = analysis.view;
  for (const message of messages) {
    if (message.guessed) continue;
    const lineEnd = view.indexOf('\n', message.viewOffset);
    const text = view.slice(message.viewOffset, lineEnd < 0 ? view.length : lineEnd);
    const quoted = /'([^']+)'/.exec(message.message)?.[1];
    let from = message.viewOffset + (text.length - text.trimStart().length);
    let to = message.viewOffset + text.trimEnd().length;
    const found = quoted ? text.indexOf(quoted) : -1;
    if (quoted && found >= 0) {
      from = message.viewOffset + found;
      to = from + quoted.length;
    }
    if (to <= from || analysis.viewTemplate.length === 0) continue;
    const start = analysis.viewTemplate[Math.min(from, analysis.viewTemplate.length - 1)];
    const end = analysis.viewTemplate[Math.min(to - 1, analysis.viewTemplate.length - 1)] + 1;
    out.push({ ...sourceSpan(source, analysis.statement, start, end), severity: message.severity === 'error' ? 'warning' : message.severity, code: 'asm-ptxas', message: `ptxas: ${message.message}` });
  }
  return out;
}

/** ptxas findings not already made, at the same place, by PTX Lens's own checks. */
export function newFindings(ptxas: readonly AsmDiagnostic[], own: readonly AsmDiagnostic[]): AsmDiagnostic[] {
  const places = new Set(own.map((d) => `${d.start}:${d.end}`));
  return ptxas.filter((d) => !places.has(`${d.start}:${d.end}`));
}
