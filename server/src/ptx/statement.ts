/**
 * Lazy materialization of one statement: a small lexer over the statement's text and the rich
 * instruction object (guard, opcode, modifiers, operands) that hover and navigation use. Only
 * ever called for the statement under the cursor (or a few), never for the whole file.
 */
import { isSpecialRegisterName } from '../knowledge';
import type { PtxModel } from './model';
import * as scan from './scan';
import * as types from './types';
import type { Range } from './types';

const { CLS, C_NAME, C_NAME_START, C_OPCODE } = scan;
const SK = types.StatementKind;

export type RawTokenKind = 'dotted' | 'name' | 'number' | 'string' | 'punct' | 'comment';

/** One lexical token of a statement; offsets are into the document text. */
export interface RawToken {
  kind: RawTokenKind;
  start: number;
  end: number;
  text: string;
}

/** End of the line or block comment at `p` (clipped to `end`); `p` when none starts there. */
function commentEnd(text: string, p: number, end: number): number {
  if (text.charCodeAt(p) !== 47) return p;
  const next = text.charCodeAt(p + 1);
  if (next === 47) {
    const e = text.indexOf('\n', p);
    return e < 0 || e > end ? end : e;
  }
  if (next === 42) {
    const e = text.indexOf('*/', p + 2);
    return e < 0 || e + 2 > end ? end : e + 2;
  }
  return p;
}

/** Splits [start, end) of the text into tokens. `%tid.x` stays one name token. */
export function lexRange(text: string, start: number, end: number): RawToken[] {
  const out: RawToken[] = [];
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    const s = p;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) {
      p++;
      continue;
    }
    const comment = commentEnd(text, p, end);
    if (comment > p) {
      p = comment;
      out.push({ kind: 'comment', start: s, end: p, text: text.slice(s, p) });
      continue;
    }
    if (c === 34) {
      const e = text.indexOf('"', p + 1);
      p = e < 0 || e >= end ? end : e + 1;
      out.push({ kind: 'string', start: s, end: p, text: text.slice(s, p) });
      continue;
    }
    if (c === 46 && p + 1 < end && isName(text.charCodeAt(p + 1))) {
      p = scanWhile(text, p + 1, end, C_NAME);
      // `.shared::cluster` and friends are one qualifier.
      while (text.charCodeAt(p) === 58 && text.charCodeAt(p + 1) === 58) p = scanWhile(text, p + 2, end, C_NAME);
      out.push({ kind: 'dotted', start: s, end: p, text: text.slice(s, p) });
      continue;
    }
    if (c < 128 && (CLS[c] & C_NAME_START) !== 0) {
      p = scanWhile(text, p + 1, end, C_NAME);
      if (c === 37 && text.charCodeAt(p) === 46 && p + 1 < end && isName(text.charCodeAt(p + 1))) p = scanWhile(text, p + 1, end, C_NAME);
      out.push({ kind: 'name', start: s, end: p, text: text.slice(s, p) });
      continue;
    }
    if (c >= 48 && c <= 57) {
      p++;
      while (p < end) {
        const d = text.charCodeAt(p);
        if (isName(d) || d === 46) p++;
        else break;
      }
      out.push({ kind: 'number', start: s, end: p, text: text.slice(s, p) });
      continue;
    }
    p++;
    out.push({ kind: 'punct', start: s, end: p, text: text.slice(s, p) });
  }
  return out;
}

function isName(c: number): boolean {
  return c < 128 && (CLS[c] & C_NAME) !== 0;
}

function scanWhile(text: string, p: number, end: number, cls: number): number {
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c < 128 && (CLS[c] & cls) !== 0) p++;
    else break;
  }
  return p;
}

export type OperandKind =
  | 'register'
  | 'special-register'
  | 'vector'
  | 'address'
  | 'immediate'
  | 'label'
  | 'symbol'
  | 'list'
  | 'predicate-pair'
  | 'other';

/** A name inside an operand (a register, symbol or label), with its offsets. */
export interface OperandName {
  text: string;
  /** Without a component suffix: `%tid` for `%tid.x`. */
  name: string;
  component?: string;
  start: number;
  end: number;
  range: Range;
}

export interface PtxOperand {
  /** 0-based operand index; a call's `(ret), func, (args)` count as three operands. */
  index: number;
  text: string;
  kind: OperandKind;
  start: number;
  end: number;
  range: Range;
  names: OperandName[];
}

export interface PtxModifier {
  /** With its leading dot: `.global`, `.shared::cluster`. */
  text: string;
  /** 0-based among the modifiers (the opcode itself is not counted). */
  index: number;
  start: number;
  end: number;
  range: Range;
}

export interface PtxGuard {
  negated: boolean;
  register: string;
  start: number;
  end: number;
  range: Range;
}

/** An instruction statement, built on request. */
export interface PtxInstruction {
  stmt: number;
  line: number;
  start: number;
  end: number;
  range: Range;
  /** The statement text as written. */
  text: string;
  guard?: PtxGuard;
  /** First part of the mnemonic: `ld` for `ld.global.f32`. */
  opcode: string;
  opcodeRange: Range;
  /** The whole mnemonic with modifiers: `ld.global.f32`. */
  mnemonic: string;
  mnemonicStart: number;
  mnemonicEnd: number;
  mnemonicRange: Range;
  modifiers: PtxModifier[];
  operands: PtxOperand[];
  /** False for a partial line (`wgmma.mma_async.sync` while typing). */
  hasSemicolon: boolean;
  /** Index of the enclosing function, or -1. */
  func: number;
}

/** True for PTX special registers (`%tid`, `%clock64`, `%envreg3`, `%pm5_64` …), without component. */
export const isSpecialRegister: (name: string) => boolean = isSpecialRegisterName;

/** Builds the instruction object for statement `stmt` (which must be an instruction). */
export function materializeInstruction(model: PtxModel, stmt: number): PtxInstruction | undefined {
  if (stmt < 0 || stmt >= model.statementCount || model.stmtKind[stmt] !== SK.Instruction) return undefined;
  const text = model.text;
  const start = model.stmtStart[stmt];
  const end = model.stmtEnd[stmt];
  const head = readHead(text, start, end);
  const guard: PtxGuard | undefined = head.guard && { ...head.guard, range: model.rangeOf(head.guard.start, head.guard.end) };
  const ms = head.mnemonicStart;
  const me = head.mnemonicEnd;
  const mnemonic = text.slice(ms, me);
  const modifiers: PtxModifier[] = [];
  let dot = mnemonic.indexOf('.');
  const opcode = dot < 0 ? mnemonic : mnemonic.slice(0, dot);
  while (dot >= 0) {
    const next = mnemonic.indexOf('.', dot + 1);
    const e = next < 0 ? mnemonic.length : next;
    modifiers.push({ text: mnemonic.slice(dot, e), index: modifiers.length, start: ms + dot, end: ms + e, range: model.rangeOf(ms + dot, ms + e) });
    dot = next;
  }
  const hasSemicolon = text.charCodeAt(end - 1) === 59;
  const operands = splitOperands(model, lexRange(text, me, hasSemicolon ? end - 1 : end));
  return {
    stmt,
    line: model.stmtLineOf(stmt),
    start,
    end,
    range: model.rangeOf(start, end),
    text: text.slice(start, end),
    guard,
    opcode,
    opcodeRange: model.rangeOf(ms, ms + opcode.length),
    mnemonic,
    mnemonicStart: ms,
    mnemonicEnd: me,
    mnemonicRange: model.rangeOf(ms, me),
    modifiers,
    operands,
    hasSemicolon,
    func: model.stmtFuncOf(stmt),
  };
}

/** The tokens of each operand: split at the commas outside brackets, braces and parentheses. */
function operandGroups(tokens: RawToken[]): RawToken[][] {
  const groups: RawToken[][] = [];
  let cur: RawToken[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'comment') continue;
    if (t.kind === 'punct') {
      const c = t.text;
      if (c === '(' || c === '[' || c === '{') depth++;
      else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
      else if (c === ',' && depth === 0) {
        groups.push(cur);
        cur = [];
        continue;
      }
    }
    cur.push(t);
  }
  if (cur.length > 0 || groups.length > 0) groups.push(cur);
  return groups;
}

/** An instruction's outline: where its guard, mnemonic and operands are, without positions or name resolution. */
export interface InstructionOutline {
  start: number;
  end: number;
  guard?: { negated: boolean; register: string };
  mnemonic: string;
  mnemonicStart: number;
  mnemonicEnd: number;
  operands: Array<{ text: string; start: number; end: number }>;
}

/** The outline of an instruction statement: a cheaper read than `materializeInstruction` for callers that need offsets only. */
export function instructionOutline(model: PtxModel, stmt: number): InstructionOutline | undefined {
  if (stmt < 0 || stmt >= model.statementCount || model.stmtKind[stmt] !== SK.Instruction) return undefined;
  const text = model.text;
  const start = model.stmtStart[stmt];
  const end = model.stmtEnd[stmt];
  const head = readHead(text, start, end);
  const operands = operandSpans(text, head.mnemonicEnd, text.charCodeAt(end - 1) === 59 ? end - 1 : end);
  return { start, end, guard: head.guard, mnemonic: text.slice(head.mnemonicStart, head.mnemonicEnd), mnemonicStart: head.mnemonicStart, mnemonicEnd: head.mnemonicEnd, operands };
}

/**
 * The operands of [start, end) as `operandGroups` would split the tokens, read off the
 * characters: commas outside brackets, braces and parentheses separate them; comments are
 * space; each operand runs from its first to its last non-space character.
 */
function operandSpans(text: string, start: number, end: number): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let depth = 0;
  let first = -1;
  let last = -1;
  let any = false;
  const close = () => out.push(first < 0 ? { text: '', start: 0, end: 0 } : { text: text.slice(first, last), start: first, end: last });
  for (let p = start; p < end; ) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) {
      p++;
      continue;
    }
    const comment = commentEnd(text, p, end);
    if (comment > p) {
      p = comment;
      continue;
    }
    let q = p + 1;
    if (c === 34) {
      const e = text.indexOf('"', p + 1);
      q = e < 0 || e >= end ? end : e + 1;
    } else if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
    else if (c === 44 && depth === 0) {
      close();
      first = last = -1;
      any = true;
      p = q;
      continue;
    }
    if (first < 0) first = p;
    last = q;
    p = q;
  }
  if (first >= 0 || any) close();
  return out;
}

/** The guard (`@p`, `@!p`) and the mnemonic at the start of an instruction statement. */
function readHead(text: string, start: number, end: number): { guard?: { negated: boolean; register: string; start: number; end: number }; mnemonicStart: number; mnemonicEnd: number } {
  let p = start;
  let guard: { negated: boolean; register: string; start: number; end: number } | undefined;
  if (text.charCodeAt(p) === 64) {
    const gs = p;
    p++;
    const negated = text.charCodeAt(p) === 33;
    if (negated) p++;
    const ns = p;
    p = scanWhile(text, p, end, C_NAME | C_NAME_START);
    guard = { negated, register: text.slice(ns, p), start: gs, end: p };
    while (p < end && /\s/.test(text[p])) p++;
  }
  const mnemonicStart = p;
  return { guard, mnemonicStart, mnemonicEnd: scanWhile(text, p, end, C_OPCODE) };
}

function splitOperands(model: PtxModel, tokens: RawToken[]): PtxOperand[] {
  const groups = operandGroups(tokens);
  const text = model.text;
  return groups.map((g, index) => {
    if (g.length === 0) return { index, text: '', kind: 'other' as OperandKind, start: 0, end: 0, range: model.rangeOf(0, 0), names: [] };
    const s = g[0].start;
    const e = g[g.length - 1].end;
    const names: OperandName[] = g
      .filter((t) => t.kind === 'name')
      .map((t) => {
        const dotAt = t.text.startsWith('%') ? t.text.indexOf('.') : -1;
        const name = dotAt > 0 ? t.text.slice(0, dotAt) : t.text;
        const n: OperandName = { text: t.text, name, start: t.start, end: t.end, range: model.rangeOf(t.start, t.end) };
        if (dotAt > 0) n.component = t.text.slice(dotAt + 1);
        return n;
      });
    return { index, text: text.slice(s, e), kind: operandKind(model, g, names), start: s, end: e, range: model.rangeOf(s, e), names };
  });
}

function operandKind(model: PtxModel, g: RawToken[], names: OperandName[]): OperandKind {
  const first = g[0];
  if (first.kind === 'punct') {
    if (first.text === '[') return 'address';
    if (first.text === '{') return 'vector';
    if (first.text === '(') return 'list';
    if (first.text === '-' || first.text === '!') {
      if (g.length === 2 && g[1].kind === 'number') return 'immediate';
    }
  }
  if (g.every((t) => t.kind === 'number' || (t.kind === 'punct' && /^[-+*/()~]$/.test(t.text)))) return 'immediate';
  if (names.length === 2 && g.some((t) => t.text === '|')) return 'predicate-pair';
  if (names.length >= 1) {
    const n = names[0];
    if (n.name.startsWith('%')) {
      if (isSpecialRegister(n.name) && !isDeclaredRegister(model, n.name, n.start)) return 'special-register';
      return 'register';
    }
    const fn = model.functionAt(n.start);
    const id = model.nameId(n.name);
    const labels = model.labelsByName.get(id);
    if (labels && fn && labels.some((i) => model.labels[i].func === fn.index)) return 'label';
    return 'symbol';
  }
  return 'other';
}

function isDeclaredRegister(model: PtxModel, name: string, offset: number): boolean {
  const fn = model.functionAt(offset);
  return fn ? fn.decls.some((d) => d.name === name) : false;
}

/** Tokens of any statement (used for declarations, directives, headers). */
export function statementTokens(model: PtxModel, stmt: number): RawToken[] {
  return lexRange(model.text, model.stmtStart[stmt], model.stmtEnd[stmt]);
}

/** The full text of the line(s) a statement starts on, trimmed (for hover "declared as"). */
export function statementLineText(model: PtxModel, stmt: number): string {
  const text = model.text;
  const s = model.stmtStart[stmt];
  const e = model.stmtEnd[stmt];
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}

/**
 * Splits a full mnemonic at the longest prefix the caller knows as an instruction, e.g. with a
 * knowledge base that has `cp.async.bulk.tensor`: `cp.async.bulk.tensor.2d.shared::cluster…`
 * → opcode `cp.async.bulk.tensor`, modifiers `['.2d', '.shared::cluster', …]`. Falls back to
 * the first part when no prefix is known.
 */
export function matchMnemonic(mnemonic: string, isKnown: (opcode: string) => boolean): { opcode: string; modifiers: string[] } {
  const parts = mnemonic.split('.');
  for (let n = parts.length; n >= 1; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (isKnown(candidate)) return { opcode: candidate, modifiers: parts.slice(n).map((p) => `.${p}`) };
  }
  return { opcode: parts[0], modifiers: parts.slice(1).map((p) => `.${p}`) };
}
