/**
 * Operand kinds against the instruction type — the other half of what ptxas calls "Arguments
 * mismatch" (widths.ts has the widths). Each rule was put to ptxas 13, which refuses:
 *
 * - an integer literal where the type is floating-point (`add.f32 %f1, %f2, 1`), a float
 *   literal (`0f…`, `0d…`) where it is a signed or unsigned integer, or one with a 16-bit type
 *   (bit-size types of 32 and 64 bits take float literals);
 * - in `cvt`, a floating-point register for an integer type and an integer-typed (`.u32`,
 *   `.s32`) register for a floating-point one (bit-size registers go with any type);
 * - packed halves (`.f16x2`, `.bf16x2`) in anything but bit-size registers;
 * - a `.pred` register where the instruction takes data, and anything else where it takes a
 *   predicate (`setp`'s destinations and `c`, `selp`'s `c`, logic on `.pred`, the result of an
 *   `mbarrier` wait);
 * - a vector of data whose elements differ in width (`{%rd1, %f2}` in `ld`, `st`, `atom`, `red`,
 *   `multimem`, `mov`);
 * - `cvta` with a register not of the address width.
 */
import type { PtxDiagnostic, PtxModel } from '../ptx';
import { eachInstruction } from './walk';
import { registersInOrder, type Declared, type DeclaredRegisters } from './widths';

type TypeClass = 'f' | 's' | 'u' | 'b' | 'p';

interface ClassRule {
  /** Class and width of the instruction type (of `cvt`'s destination type). */
  cls?: TypeClass;
  bits?: number;
  packed?: boolean;
  /** Operands holding data of the type (-1: the last); their literals and registers are checked. */
  data: number[];
  /** Operands that must be predicates. */
  predicates: number[];
  /** `cvt`'s source type. */
  source?: { cls: TypeClass; bits: number };
  /** `cvta`: registers of exactly this width. */
  addressBits?: number;
}

const ARITHMETIC = new Set(['add', 'sub', 'mul', 'mad', 'fma', 'min', 'max', 'neg', 'abs', 'div', 'rem', 'and', 'or', 'xor', 'not', 'copysign', 'sin', 'cos', 'ex2', 'lg2', 'rcp', 'sqrt', 'rsqrt', 'tanh']);

/** `f32` → f/32, `f16x2` → f/32 packed, `pred` → p/1, `u8` → u/8. */
function typeOf(part: string): { cls: TypeClass; bits: number; packed?: boolean } | undefined {
  if (part === 'pred') return { cls: 'p', bits: 1 };
  if (/^(f16|bf16)x2$/.test(part)) return { cls: 'f', bits: 32, packed: true };
  if (part === 'bf16') return { cls: 'f', bits: 16 };
  const m = /^([fsub])(8|16|32|64)$/.exec(part);
  return m ? { cls: m[1] as TypeClass, bits: Number(m[2]) } : undefined;
}

/** Instructions that move vectors of data still have their vectors checked without a rule of their own. */
const VECTORS_ONLY: ClassRule = { data: [], predicates: [] };
const VECTOR_DATA = new Set(['ld', 'st', 'atom', 'red', 'multimem', 'mov', 'ldu', 'st.async', 'red.async']);

function classRuleOf(mnemonic: string): ClassRule | undefined {
  return typedRuleOf(mnemonic) ?? (VECTOR_DATA.has(mnemonic.split('.')[0]) ? VECTORS_ONLY : undefined);
}

function typedRuleOf(mnemonic: string): ClassRule | undefined {
  const parts = mnemonic.split('.');
  const op = parts[0];
  const types = parts.slice(1).map(typeOf).filter((t) => t !== undefined);
  if (op === 'mbarrier' && (parts[1] === 'test_wait' || parts[1] === 'try_wait')) return { data: [], predicates: [0] };
  if (op === 'cvta') {
    const bits = types.length === 1 ? types[0].bits : undefined;
    return bits === 32 || bits === 64 ? { data: [], predicates: [], addressBits: bits } : undefined;
  }
  if (op === 'cvt') {
    if (types.length !== 2 || types.some((t) => t.packed || t.cls === 'p')) return undefined;
    return { cls: types[0].cls, bits: types[0].bits, data: [0], predicates: [], source: types[1] };
  }
  if (types.length !== 1) return undefined;
  const [type] = types;
  const base = { cls: type.cls, bits: type.bits, packed: type.packed };
  if (op === 'setp') return { ...base, data: [1, 2], predicates: parts.some((p) => /^(and|or|xor)$/.test(p)) ? [0, 3] : [0] };
  if (op === 'selp') return { ...base, data: [0, 1, 2], predicates: [3] };
  if (op === 'mov') return { ...base, data: [0, 1], predicates: [] };
  if (op === 'st' && !mnemonic.includes('::')) return { ...base, data: [-1], predicates: [] };
  if (ARITHMETIC.has(op) && !parts.includes('wide')) return type.cls === 'p' ? { ...base, data: [], predicates: [0, 1, 2] } : { ...base, data: [0, 1, 2, 3], predicates: [] };
  return undefined;
}

interface Piece {
  text: string;
  start: number;
}

/** The operands after the mnemonic, split at top-level commas. */
function operandPieces(text: string, from: number, end: number): Piece[] {
  const semicolon = text.indexOf(';', from);
  const stop = semicolon >= 0 && semicolon < end ? semicolon : end;
  const pieces: Piece[] = [];
  let depth = 0;
  let s = from;
  for (let i = from; i <= stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123 || c === 40) depth++; // [ { (
    else if (c === 93 || c === 125 || c === 41) depth--; // ] } )
    if (i === stop || (c === 44 && depth === 0)) {
      pieces.push({ text: text.slice(s, i), start: s });
      s = i + 1;
    }
  }
  return pieces;
}

const REGISTER = /^\s*!?(%[A-Za-z_$][\w$]*)\s*$/;

/** Registers written alone in a piece, `!` and `|` pairs allowed (`%p1|%p2`, `!%p1`); not `[%rd1]`, `%tid.x`, vectors. */
function plainRegisters(piece: Piece): Piece[] {
  const out: Piece[] = [];
  let offset = piece.start;
  for (const part of piece.text.includes('|') ? piece.text.split('|') : [piece.text]) {
    const m = REGISTER.exec(part);
    if (m) out.push({ text: m[1], start: offset + part.indexOf(m[1]) });
    offset += part.length + 1;
  }
  return out;
}

const INTEGER_LITERAL = /^\s*-?(0[xX][0-9A-Fa-f]+|0[bB][01]+|0[0-7]*|[1-9]\d*)U?\s*$/;
const FLOAT_LITERAL = /^\s*-?0[fFdD][0-9A-Fa-f]+\s*$/;

export function* operandClassSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const out: PtxDiagnostic[] = [];
  const text = model.text;
  const registersOf = registersInOrder(model);
  let declared: DeclaredRegisters | undefined;
  let nextBrace = -1;
  const declaredOf = (name: string) => declared?.of(name);
  const mark = (at: Piece, message: string) =>
    out.push({ start: at.start + (at.text.length - at.text.trimStart().length), end: at.start + at.text.trimEnd().length, range: model.rangeOf(at.start + (at.text.length - at.text.trimStart().length), at.start + at.text.trimEnd().length), severity: 'error', code: 'ptx-operand-class', message });
  yield* eachInstruction(model, classRuleOf, (stmt, rule, at) => {
    const registers = registersOf(stmt);
    if (!registers) return;
    declared = registers;
    const mnemonic = model.names[model.stmtAux[stmt]];
    const end = model.stmtEnd[stmt];
    if (rule === VECTORS_ONLY) {
      // Most instructions have no vector: nothing to read. (Statements come in text order, so
      // the next brace is searched for once per stretch of text, not once per statement.)
      if (nextBrace < at) nextBrace = text.indexOf('{', at) >>> 0;
      if (nextBrace >= end) return;
    }
    const pieces = operandPieces(text, at + mnemonic.length, end);
    const pick = (k: number) => pieces[k < 0 ? pieces.length + k : k];
    for (const k of rule.predicates) {
      for (const register of pick(k) ? plainRegisters(pick(k)) : []) {
        const d = declaredOf(register.text);
        if (d && d.cls !== 'p') mark(register, `${register.text} is a ${d.type} register; ${mnemonic} takes a predicate there.`);
      }
    }
    if (rule.addressBits) {
      for (const piece of pieces.slice(0, 2)) {
        for (const register of plainRegisters(piece)) {
          const d = declaredOf(register.text);
          if (d && d.bits !== rule.addressBits) mark(register, `${register.text} is a ${d.type} register; ${mnemonic} takes ${rule.addressBits}-bit addresses.`);
        }
      }
    }
    for (const k of rule.data) {
      if (pick(k)) checkData(pick(k), rule, rule, mnemonic, declaredOf, mark, rule.source ? 'destination' : undefined);
    }
    if (rule.source && pick(1)) checkData(pick(1), rule.source, rule, mnemonic, declaredOf, mark, 'source');
    for (const piece of pieces) if (piece.text.includes('{')) vectorWidths(piece, mnemonic, declaredOf, mark);
  }, 4096);
  return out;
}

function checkData(
  piece: Piece,
  type: { cls?: TypeClass; bits?: number },
  rule: ClassRule,
  mnemonic: string,
  declaredOf: (name: string) => Declared | null | undefined,
  mark: (at: Piece, message: string) => void,
  side?: 'destination' | 'source',
): void {
  // Only literals and registers are read: skip everything else at its first character.
  const t = piece.text;
  let i = 0;
  while (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9) i++;
  const first = t.charCodeAt(i);
  const literal = (first >= 48 && first <= 57) || first === 45;
  if (!literal && first !== 37 && first !== 33) return;
  const what = side ? `the ${side} type of ${mnemonic}` : mnemonic;
  if (literal) {
    checkLiteral(piece, type, rule, what, mark);
    return;
  }
  checkRegisters(piece, type, rule, what, declaredOf, mark, side);
}

function checkLiteral(piece: Piece, type: { cls?: TypeClass; bits?: number }, rule: ClassRule, what: string, mark: (at: Piece, message: string) => void): void {
  if (!rule.source && INTEGER_LITERAL.test(piece.text) && type.cls === 'f') mark(piece, `${piece.text.trim()} is an integer literal; ${what} takes floating-point values (write it as 0f… or 0d…).`);
  if (!rule.source && FLOAT_LITERAL.test(piece.text) && (type.cls === 's' || type.cls === 'u' || type.bits === 16)) {
    mark(piece, `${piece.text.trim()} is a floating-point literal; ${what} takes ${type.bits === 16 ? '16-bit' : 'integer'} values.`);
  }
}

function checkRegisters(
  piece: Piece,
  type: { cls?: TypeClass; bits?: number },
  rule: ClassRule,
  what: string,
  declaredOf: (name: string) => Declared | null | undefined,
  mark: (at: Piece, message: string) => void,
  side?: 'destination' | 'source',
): void {
  for (const register of plainRegisters(piece)) {
    const d = declaredOf(register.text);
    if (!d) continue;
    if (d.cls === 'p' && type.cls !== 'p') mark(register, `${register.text} is a predicate; ${what} takes data there.`);
    else if (rule.packed && !side && d.cls !== 'b') mark(register, `${register.text} is a ${d.type} register; packed halves go in bit-size (.b32) registers.`);
    else if (side && d.cls === 'f' && (type.cls === 's' || type.cls === 'u')) mark(register, `${register.text} is a ${d.type} register; ${what} is an integer type.`);
    else if (side && (d.cls === 's' || d.cls === 'u') && type.cls === 'f') mark(register, `${register.text} is a ${d.type} register; ${what} is a floating-point type.`);
  }
}

/** A vector's elements must be of one width. */
function vectorWidths(piece: Piece, mnemonic: string, declaredOf: (name: string) => Declared | null | undefined, mark: (at: Piece, message: string) => void): void {
  for (const m of piece.text.matchAll(/\{([^{}]*)\}/g)) {
    let first: Declared | undefined;
    let offset = piece.start + m.index! + 1;
    for (const element of m[1].split(',')) {
      const name = /^\s*(%[A-Za-z_$][\w$]*)\s*$/.exec(element)?.[1];
      const d = name ? declaredOf(name) : undefined;
      if (d && !first) first = d;
      else if (d && first && d.bits !== first.bits) {
        mark({ text: name!, start: offset + element.indexOf(name!) }, `${name} is ${d.bits}-bit, the vector's first element ${first.bits}-bit: the elements of a vector in ${mnemonic} must be of one width.`);
        return;
      }
      offset += element.length + 1;
    }
  }
}
