/**
 * Register widths against the instruction type: what ptxas calls "Arguments mismatch", marked
 * on the register at fault. Rules per opcode, from the ISA's operand-size rules:
 *
 * - arithmetic, logic and the float functions (`add.f64 %fd1, %r1, %r2`, `sin.approx.f32`): every
 *   register exactly as wide as the type (unless `.wide`);
 * - `setp`: the two compared sources; `mov`, `shl`, `shr`: destination and source; `suq`: its result;
 * - video instructions (`vadd`, `vset2` …): 32-bit registers; `mbarrier.test_wait`/`try_wait`: a
 *   64-bit state, or a 32-bit phase parity;
 * - `ld` / `st`: the data register (each element of a vector) at least as wide as the type
 *   (wider is allowed for loads and stores), and of its kind (no integer data in a float register).
 */
import { splitIndexedName, type PtxDiagnostic, type PtxFunction, type PtxModel } from '../ptx';
import { eachInstruction } from './walk';

/** Opcodes whose every register operand is as wide as the instruction type (unless `.wide`). */
const SAME_WIDTH = new Set(['add', 'sub', 'min', 'max', 'and', 'or', 'xor', 'not', 'neg', 'abs', 'mul', 'mad', 'fma', 'div', 'rem', 'copysign', 'sin', 'cos', 'ex2', 'lg2', 'rcp', 'sqrt', 'rsqrt', 'tanh']);

interface Rule {
  bits: number;
  /** Operand indices checked (-1: the last one); undefined: every operand. */
  operands?: number[];
  /** `exact`: the register's width must equal `bits`; `atLeast`: it may be wider. */
  mode: 'exact' | 'atLeast';
  /** For loads and stores: the type's class (`u`, `s`, `b`, `f`), held against the register's. */
  cls?: 'u' | 's' | 'b' | 'f';
}

/** Width in bits of a type part (`f64` → 64, `f16x2` → 32), or undefined. */
function typeBits(part: string): number | undefined {
  if (/^[usbf](16|32|64)$/.test(part)) return Number(part.slice(1));
  if (/^(f16x2|bf16x2|u16x2|s16x2)$/.test(part)) return 32;
  if (part === 'bf16') return 16;
  return undefined;
}

/** The width rule for `mnemonic`, or undefined when none applies. */
function ruleOf(mnemonic: string): Rule | undefined {
  const parts = mnemonic.split('.');
  const op = parts[0];
  // Video instructions work on 32-bit registers whatever their types; the mbarrier waits take a
  // 64-bit state, or a 32-bit phase parity.
  if (/^v(add|sub|absdiff|min|max|shl|shr|mad|set)[24]?$/.test(op)) return { bits: 32, mode: 'exact' };
  if (op === 'mbarrier' && (parts[1] === 'test_wait' || parts[1] === 'try_wait')) return { bits: parts.includes('parity') ? 32 : 64, operands: [2], mode: 'exact' };
  const types = parts.slice(1).map((p) => typeBits(p) ?? (/^[usb]8$/.test(p) ? 8 : undefined)).filter((b): b is number => b !== undefined);
  const typeParts = parts.slice(1).filter((p) => typeBits(p) !== undefined || /^[usbf]8$|^b128$|^pred$|^[a-z]+\d*x\d$/.test(p));
  if (types.length !== 1 || typeParts.length !== 1) return undefined;
  const [bits] = types;
  // No register is 8 bits wide: an 8-bit type only makes sense where wider registers are allowed.
  if (bits === 8 && op !== 'ld' && op !== 'st') return undefined;
  if (SAME_WIDTH.has(op)) return parts.includes('wide') ? undefined : { bits, mode: 'exact' };
  if (op === 'setp') return { bits, operands: [1, 2], mode: 'exact' };
  if (op === 'mov') return { bits, operands: [0, 1], mode: 'exact' };
  if (op === 'shl' || op === 'shr') return { bits, operands: [0, 1], mode: 'exact' };
  if (op === 'suq') return { bits, operands: [0], mode: 'exact' };
  const cls = typeParts[0][0] as Rule['cls'];
  if (op === 'ld' && !mnemonic.includes('::')) return { bits, operands: [0], mode: 'atLeast', cls };
  if (op === 'st' && !mnemonic.includes('::')) return { bits, operands: [-1], mode: 'atLeast', cls };
  return undefined;
}

/** What a function declares of each register name: `of('%r12')` (a `%r<N>` range answers for its members); null where declarations disagree. */
export interface DeclaredRegisters {
  of(name: string): Declared | null | undefined;
}

/**
 * For statements asked in text order: the declared registers of the function whose body holds
 * each (undefined outside function bodies), read once per function; each name is looked up once.
 */
export function registersInOrder(model: PtxModel): (stmt: number) => DeclaredRegisters | undefined {
  const fns = model.functions;
  let f = -1;
  let current: PtxFunction | undefined;
  let lookup: DeclaredRegisters | undefined;
  // Functions share their register names: each is taken apart once.
  const splits = new Map<string, [string, number] | undefined>();
  const split = (name: string) => {
    let parts = splits.get(name);
    if (parts === undefined && !splits.has(name)) splits.set(name, (parts = splitIndexedName(name)));
    return parts;
  };
  return (stmt) => {
    const start = model.stmtStart[stmt];
    // Statements come in text order: the function holding this one is found by moving forward.
    while (f + 1 < fns.length && fns[f + 1].start <= start) f++;
    const fn = f >= 0 ? fns[f] : undefined;
    if (!fn || start < fn.bodyStart || start > fn.bodyEnd) return undefined;
    if (fn !== current) {
      current = fn;
      lookup = declaredRegisters(registerWidths(fn), split);
    }
    return lookup;
  };
}

function declaredRegisters(widths: Map<string, Declared | null>, split: (name: string) => [string, number] | undefined): DeclaredRegisters {
  const seen = new Map<string, Declared | null | undefined>();
  return {
    of(name) {
      let found = seen.get(name);
      if (found === undefined && !seen.has(name)) {
        const parts = widths.has(name) ? undefined : split(name);
        found = widths.has(name) ? widths.get(name) : parts ? widths.get(`${parts[0]}<>`) : undefined;
        seen.set(name, found);
      }
      return found;
    },
  };
}

/** Declared width of each register name of a function (`%r` for a `%r<N>` range); null where declarations disagree. */
function registerWidths(fn: PtxFunction): Map<string, Declared | null> {
  const widths = new Map<string, Declared | null>();
  for (const d of fn.decls) {
    if (d.space !== 'reg') continue;
    const m = /^\.?([usbf])(\d+)$/.exec(d.type);
    const declared: Declared | undefined = d.type.endsWith('pred') ? { bits: 1, cls: 'p', type: d.type } : m ? { bits: Number(m[2]), cls: m[1] as Declared['cls'], type: d.type } : undefined;
    const key = d.count >= 0 ? `${d.name}<>` : d.name;
    const before = widths.get(key);
    if (!declared) widths.set(key, null);
    else if (widths.has(key) && (before === null || before?.bits !== declared.bits || before.cls !== declared.cls)) widths.set(key, null);
    else widths.set(key, declared);
  }
  return widths;
}

/** A register's declared width and class (`u`, `s`, `b`, `f`, `p` for `.pred`). */
export interface Declared {
  bits: number;
  cls: 'u' | 's' | 'b' | 'f' | 'p';
  type: string;
}

/**
 * Integer data in a float register or float data in an integer one: ptxas refuses both for
 * loads and stores (bit-size types and registers go with anything).
 */
function classClash(rule: Rule, declared: Declared): boolean {
  if (!rule.cls || rule.cls === 'b' || declared.cls === 'b' || declared.cls === 'p') return false;
  return (rule.cls === 'f') !== (declared.cls === 'f');
}

export function* registerWidthSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const out: PtxDiagnostic[] = [];
  const text = model.text;
  const registersOf = registersInOrder(model);
  yield* eachInstruction(model, ruleOf, (stmt, rule, at) => {
    const registers = registersOf(stmt);
    if (!registers) return;
    const mnemonic = model.names[model.stmtAux[stmt]];
    for (const operand of registerOperands(text, at + mnemonic.length, model.stmtEnd[stmt], rule.operands, rule.mode === 'atLeast')) {
      const declared = registers.of(operand.name);
      if (!declared) continue;
      const clash = classClash(rule, declared);
      if (!clash && (declared.bits === rule.bits || (rule.mode === 'atLeast' && declared.bits > rule.bits))) continue;
      out.push({
        start: operand.start,
        end: operand.start + operand.name.length,
        range: model.rangeOf(operand.start, operand.start + operand.name.length),
        severity: 'error',
        code: 'ptx-register-width',
        message: clash
          ? `${operand.name} is a ${declared.type} register; ${mnemonic} needs ${rule.cls === 'f' ? 'a floating-point or bit-size' : 'an integer or bit-size'} register there.`
          : `${operand.name} is a ${declared.bits}-bit register; ${mnemonic} needs ${rule.mode === 'exact' ? '' : 'at least '}${rule.bits} bits there.`,
      });
    }
  }, 4096);
  return out;
}

/**
 * Registers written alone as the chosen operands (`%r1`, or with `vectors` each element of `{%r1, %r2}`; not
 * `[%r1]`, `%tid.x` or an immediate). `which`: operand indices, -1 for the last; all when absent.
 */
function registerOperands(text: string, from: number, end: number, which: number[] | undefined, vectors: boolean): Array<{ name: string; start: number }> {
  const semicolon = text.indexOf(';', from);
  const stop = semicolon >= 0 && semicolon < end ? semicolon : end;
  const pieces: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let s = from;
  for (let i = from; i <= stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) depth++; // [ {
    else if (c === 93 || c === 125) depth--; // ] }
    if (i === stop || (c === 44 && depth === 0)) {
      pieces.push({ start: s, end: i });
      s = i + 1;
    }
  }
  const chosen = which ? which.map((k) => pieces[k < 0 ? pieces.length + k : k]).filter((p) => p !== undefined) : pieces;
  const out: Array<{ name: string; start: number }> = [];
  pieces: for (const piece of chosen) {
    let first = skipBlanks(text, piece.start, piece.end);
    let last = trimBlanks(text, first, piece.end);
    if (vectors && text.charCodeAt(first) === 123 && text.charCodeAt(last - 1) === 125) {
      // `{%r1, %r2}`: each element alone (nested braces or brackets are not plain registers).
      first++;
      last--;
      for (let k = first; k < last; k++) {
        const c = text.charCodeAt(k);
        if (c === 123 || c === 125) continue pieces;
      }
      for (let s = first; s <= last; ) {
        let e = text.indexOf(',', s);
        if (e < 0 || e > last) e = last;
        pushRegister(text, s, e, out);
        s = e + 1;
      }
    } else {
      pushRegister(text, first, last, out);
    }
  }
  return out;
}

/** `%name` alone (blanks around it allowed) in `[start, end)`: added to `out`. */
function pushRegister(text: string, start: number, end: number, out: Array<{ name: string; start: number }>): void {
  const s = skipBlanks(text, start, end);
  const e = trimBlanks(text, s, end);
  if (e - s < 2 || text.charCodeAt(s) !== 37 || !isNameStart(text.charCodeAt(s + 1))) return;
  for (let k = s + 2; k < e; k++) if (!isNameChar(text.charCodeAt(k))) return;
  out.push({ name: text.slice(s, e), start: s });
}

function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

function trimBlanks(text: string, start: number, end: number): number {
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** `[A-Za-z_$]` */
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

/** `[A-Za-z0-9_$]` */
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}
