/**
 * Register widths against the instruction type, for the arithmetic and logic instructions whose
 * operands all have the type's width (`add.f64 %fd1, %r1, %r2` with 32-bit `%r`): what ptxas
 * calls "Arguments mismatch", marked on the register at fault.
 */
import { splitIndexedName, StatementKind, type PtxDiagnostic, type PtxFunction, type PtxModel } from '../ptx';

const STATEMENTS_PER_STEP = 4096;

/** Opcodes whose every register operand is as wide as the instruction type (unless `.wide`). */
const SAME_WIDTH = new Set(['add', 'sub', 'min', 'max', 'and', 'or', 'xor', 'not', 'neg', 'abs', 'mul', 'mad', 'fma', 'div', 'rem']);

/** Width in bits of the instruction type of `mnemonic`, or undefined when the rule does not apply to it. */
function instructionBits(mnemonic: string): number | undefined {
  const parts = mnemonic.split('.');
  if (!SAME_WIDTH.has(parts[0]) || parts.includes('wide')) return undefined;
  const types = parts.slice(1).filter((p) => /^[usbf](16|32|64)$|^(f16x2|bf16x2|bf16|u16x2|s16x2)$/.test(p));
  if (types.length !== 1) return undefined;
  const [type] = types;
  if (/x2$/.test(type)) return 32;
  if (type === 'bf16') return 16;
  return Number(type.slice(1));
}

/** Declared width of each register name of a function (`%r` for a `%r<N>` range); null where declarations disagree. */
function registerWidths(fn: PtxFunction): Map<string, number | null> {
  const widths = new Map<string, number | null>();
  for (const d of fn.decls) {
    if (d.space !== 'reg') continue;
    const m = /(\d+)/.exec(d.type);
    const bits = d.type.endsWith('pred') ? 1 : m ? Number(m[1]) : undefined;
    const key = d.count >= 0 ? `${d.name}<>` : d.name;
    if (bits === undefined) widths.set(key, null);
    else if (widths.has(key) && widths.get(key) !== bits) widths.set(key, null);
    else widths.set(key, bits);
  }
  return widths;
}

export function* registerWidthSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const out: PtxDiagnostic[] = [];
  const bitsOf = new Map<number, number | undefined>();
  const text = model.text;
  const kinds = model.stmtKind;
  const fns = model.functions;
  let f = -1;
  let current: PtxFunction | undefined;
  let widths = new Map<string, number | null>();
  for (let stmt = 0; stmt < kinds.length; stmt++) {
    if (stmt % STATEMENTS_PER_STEP === STATEMENTS_PER_STEP - 1) yield;
    if (kinds[stmt] !== StatementKind.Instruction) continue;
    const id = model.stmtAux[stmt];
    if (!bitsOf.has(id)) bitsOf.set(id, instructionBits(model.names[id]));
    const bits = bitsOf.get(id);
    if (bits === undefined) continue;
    const start = model.stmtStart[stmt];
    // Statements come in text order: the function holding this one is found by moving forward.
    while (f + 1 < fns.length && fns[f + 1].start <= start) f++;
    const fn = f >= 0 ? fns[f] : undefined;
    if (!fn || start < fn.bodyStart || start > fn.bodyEnd) continue;
    if (fn !== current) {
      current = fn;
      widths = registerWidths(fn);
    }
    const mnemonic = model.names[id];
    const at = text.indexOf(mnemonic, start);
    if (at < 0) continue;
    for (const operand of plainRegisters(text, at + mnemonic.length, model.stmtEnd[stmt])) {
      const split = splitIndexedName(operand.name);
      const declared = widths.has(operand.name) ? widths.get(operand.name) : split ? widths.get(`${split[0]}<>`) : undefined;
      if (declared == null || declared === bits) continue;
      out.push({
        start: operand.start,
        end: operand.start + operand.name.length,
        range: model.rangeOf(operand.start, operand.start + operand.name.length),
        severity: 'error',
        code: 'ptx-register-width',
        message: `${operand.name} is a ${declared}-bit register; ${mnemonic} needs ${bits}-bit operands.`,
      });
    }
  }
  return out;
}

/** Operands that are a register name alone (`%r1`, not `[%r1]`, `{%r1, %r2}` or `%tid.x`). */
function plainRegisters(text: string, from: number, end: number): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  const semicolon = text.indexOf(';', from);
  const stop = semicolon >= 0 && semicolon < end ? semicolon : end;
  let s = from;
  for (let i = from; i <= stop; i++) {
    if (i === stop || text[i] === ',') {
      const piece = text.slice(s, i);
      const m = /^\s*(%[A-Za-z_$][\w$]*)\s*$/.exec(piece);
      if (m) out.push({ name: m[1], start: s + piece.indexOf(m[1]) });
      s = i + 1;
    }
  }
  return out;
}
