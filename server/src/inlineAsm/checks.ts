/**
 * Own checks on inline assembly, as you type and without a toolchain. Each finding names the
 * exact place (inside the string literal, or on the C++ operand), has a code, and a fix where
 * one is obvious. They stay quiet on what the compiler accepts: every check here describes
 * code that fails to compile, or that compiles to something other than what it says.
 */
import { findInstruction, isModifierOf, knownFirstParts, matchOperands, type OperandDoc } from '../knowledge';
import { parseConstraint } from './constraints';
import type { AsmStatement, Span } from './scan';
import { sourceSpan, type AsmAnalysis, type AsmInstruction, type AsmInstructionOperand } from './template';

export interface AsmEdit extends Span {
  newText: string;
}

export interface AsmDiagnostic extends Span {
  severity: 'error' | 'warning' | 'information';
  code: AsmCheckCode;
  message: string;
  fix?: { title: string; edits: AsmEdit[] };
}

export type AsmCheckCode =
  | 'asm-operand-number'
  | 'asm-unused-operand'
  | 'asm-symbolic-operand'
  | 'asm-address-width'
  | 'asm-register-width'
  | 'asm-write-to-input'
  | 'asm-read-before-write'
  | 'asm-unknown-instruction'
  | 'asm-unknown-modifier'
  | 'asm-memory-clobber'
  | 'asm-ptxas';

/** Opcodes that write or order memory: without a `"memory"` clobber the compiler may move C++ loads and stores across them. */
const MEMORY_OPCODES = /^(st|red|atom|cp\.async|cp\.reduce\.async|fence|membar|mbarrier|bar|barrier|tcgen05|wgmma|stmatrix|cp\.async\.bulk|multimem|st\.async|red\.async|elect|griddepcontrol|setmaxnreg|tensormap|prefetch|cvta)\b/;
const NO_MEMORY_EFFECT = /^(elect|cvta|prefetch|setmaxnreg)\b/;

/** State spaces whose addresses fit 32 bits: a `"r"` operand is fine there. */
const SHORT_ADDRESS = /\.(shared(::cta|::cluster)?|param|local|const)\b/;

/** Opcodes whose bracketed operands are addresses in a state space (not tensor-memory or descriptor operands). */
const MEMORY_ADDRESS = /^(ld|ldu|st|atom|red|prefetch|prefetchu|mbarrier|cp|multimem|cvta|isspacep|applypriority|discard|createpolicy)$/;

/** Opcodes whose every register operand has the instruction's type. */
const SAME_WIDTH = /^(add|sub|min|max|and|or|xor|not|neg|abs|mov)$/;
/** Loads and stores: the value operand (first of a load, second of a store) may be wider than the type, never narrower. */
const VALUE_OPERAND: Record<string, number> = { ld: 0, ldu: 0, st: 1 };

/** Own checks on every asm statement of a document. */
export function checkInlineAsm(model: AsmDocument): AsmDiagnostic[] {
  const steps = checkInlineAsmSteps(model);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** What the checks read of a document: its text, its statements and their readings. */
export interface AsmDocument {
  text: string;
  statements: readonly AsmStatement[];
  analyses(statements?: readonly AsmStatement[]): AsmAnalysis[];
}

/** The own checks a few statements at a time, yielding between groups, so a server can answer requests meanwhile. */
export function* checkInlineAsmSteps(model: AsmDocument, group = 8): Generator<void, AsmDiagnostic[]> {
  const out: AsmDiagnostic[] = [];
  for (let k = 0; k < model.statements.length; k += group) {
    const analyses = model.analyses(model.statements.slice(k, k + group));
    yield;
    for (const analysis of analyses) {
      out.push(...checkStatement(model.text, analysis));
      yield;
    }
  }
  return out;
}

export function checkStatement(source: string, analysis: AsmAnalysis): AsmDiagnostic[] {
  const { statement } = analysis;
  const out: AsmDiagnostic[] = [];
  const at = (start: number, end: number) => sourceSpan(source, statement, start, end);
  const visible = statement.hidden.length === 0;

  for (const ref of analysis.refs) {
    if (statement.template[ref.start + 1] === '[') {
      out.push({
        ...at(ref.start, ref.end),
        severity: 'warning',
        code: 'asm-symbolic-operand',
        message: `nvcc does not support symbolic operand names in inline PTX: ${statement.template.slice(ref.start, ref.end)} stops its code generation ("symbolic operand reference not supported"). Write it as %${ref.index >= 0 ? ref.index : 'N'}.`,
        fix: ref.index >= 0 ? { title: `Write %${ref.index}`, edits: [{ ...at(ref.start, ref.end), newText: `%${ref.index}` }] } : undefined,
      });
    }
    if (ref.operand) continue;
    const what = ref.index < 0 ? 'names no operand of this statement' : `is out of range: the statement has ${statement.operands.length} operand${statement.operands.length === 1 ? '' : 's'} (%0 to %${statement.operands.length - 1})`;
    out.push({ ...at(ref.start, ref.end), severity: 'warning', code: 'asm-operand-number', message: `${statement.template.slice(ref.start, ref.end)} ${what}.` });
  }
  if (visible && analysis.instructions.length > 0) {
    const used = new Set(analysis.refs.map((ref) => ref.index));
    for (const operand of statement.operands) {
      if (used.has(operand.index)) continue;
      out.push({ ...operand.span, severity: 'warning', code: 'asm-unused-operand', message: `Operand %${operand.index} (${operand.expression}) is never used in the template.` });
    }
  }

  const written = new Set<number>();
  for (const instruction of analysis.instructions) {
    out.push(...instructionChecks(statement, instruction, written, at));
  }
  const clobber = memoryClobber(statement, analysis.instructions);
  if (clobber) out.push(clobber);
  return out;
}

function instructionChecks(statement: AsmStatement, instruction: AsmInstruction, written: Set<number>, at: (s: number, e: number) => Span): AsmDiagnostic[] {
  const out: AsmDiagnostic[] = [];
  const parts = instruction.mnemonic.split('.');
  if (!knownFirstParts().has(parts[0])) {
    out.push({ ...at(instruction.mnemonicStart, instruction.mnemonicStart + parts[0].length), severity: 'warning', code: 'asm-unknown-instruction', message: `Unknown instruction '${parts[0]}': PTX ISA 9.0 has no instruction of that name.` });
    return out;
  }
  const entry = findInstruction(instruction.mnemonic);
  if (entry) {
    let offset = instruction.mnemonicStart + parts[0].length;
    for (const part of parts.slice(1)) {
      const modifier = `.${part}`;
      if (!isModifierOf(entry, modifier)) {
        out.push({ ...at(offset, offset + modifier.length), severity: 'warning', code: 'asm-unknown-modifier', message: `'${modifier}' is not a modifier of ${entry.opcode}.` });
      }
      offset += modifier.length;
    }
  }
  // An instruction reads its sources before it writes its destination.
  const writes: number[] = [];
  const matches = matchOperands(entry, instruction.mnemonic, instruction.operands.map((o) => o.text));
  const bits = typeBits(parts);
  instruction.operands.forEach((operand, k) => {
    const doc = matches[k]?.doc;
    const places = placesOf(operand);
    operand.refs.forEach((ref, r) => {
      if (!ref.operand) return;
      const { address, index } = places[r];
      const constraint = parseConstraint(ref.operand.constraint);
      const refSpan = () => at(ref.start, ref.end);
      if (address && !index && constraint.info?.bits === 32 && MEMORY_ADDRESS.test(parts[0]) && !SHORT_ADDRESS.test(instruction.mnemonic)) {
        const letter = ref.operand.constraint.indexOf('r');
        out.push({
          ...refSpan(),
          severity: 'warning',
          code: 'asm-address-width',
          message: `${statement.template.slice(ref.start, ref.end)} is a ${instruction.mnemonic.includes('.global') ? 'global' : 'generic'} address of ${instruction.mnemonic}, 64 bits wide, but its constraint "${ref.operand.constraint}" gives a 32-bit register: the pointer is cut to its low half. Use "l".`,
          fix: letter >= 0 ? { title: 'Change the constraint to "l"', edits: [{ start: ref.operand.constraintSpan.start + 1 + letter, end: ref.operand.constraintSpan.start + 2 + letter, newText: 'l' }] } : undefined,
        });
      } else if (!address && bits && constraint.info && constraint.info.bits > 0 && isWrongWidth(parts[0], k, instruction, bits, constraint.info.bits)) {
        out.push({
          ...refSpan(),
          severity: 'warning',
          code: 'asm-register-width',
          message: `${instruction.mnemonic} works on ${bits}-bit values, but "${ref.operand.constraint}" binds ${statement.template.slice(ref.start, ref.end)} to a ${constraint.info.bits}-bit register (ptxas: "Arguments mismatch").${suggestion(bits)}`,
        });
      }
      const role = doc?.role;
      if (role === 'destination' && !address) {
        if (constraint.access === 'read') {
          out.push({ ...refSpan(), severity: 'warning', code: 'asm-write-to-input', message: `${instruction.mnemonic} writes ${statement.template.slice(ref.start, ref.end)}, but "${ref.operand.constraint}" makes it an input: the compiler assumes ${ref.operand.expression} is unchanged. Make it an output ("=${ref.operand.constraint}") or read-write ("+${ref.operand.constraint}").` });
        }
        writes.push(ref.index);
      } else if ((role === 'source' || role === 'address') && constraint.access === 'write' && !written.has(ref.index)) {
        out.push({ ...refSpan(), severity: 'warning', code: 'asm-read-before-write', message: `${statement.template.slice(ref.start, ref.end)} is read here, but "${ref.operand.constraint}" makes it write-only: its value on entry is undefined. Use "+${ref.operand.constraint.replace('=', '')}" if the statement reads it.` });
      }
    });
  });
  for (const index of writes) written.add(index);
  return out;
}

function isWrongWidth(opcode: string, k: number, instruction: AsmInstruction, bits: number, given: number): boolean {
  if (VALUE_OPERAND[opcode] !== undefined) return VALUE_OPERAND[opcode] === k && given < bits;
  if (!SAME_WIDTH.test(opcode)) return false;
  // `mov.b64 d, {lo, hi}` packs narrower registers.
  if (instruction.operands.some((o) => o.text.includes('{'))) return false;
  return given !== bits;
}

function suggestion(bits: number): string {
  const letter = bits === 16 ? 'h' : bits === 32 ? 'r' : bits === 64 ? 'l' : undefined;
  return letter ? ` A ${bits}-bit register is "${letter}"${bits === 32 ? ' (or "f")' : bits === 64 ? ' (or "d")' : ''}.` : '';
}

/** Width in bits of the instruction's type; undefined without one, or with two (`cvt`, `add.f32.bf16`). */
function typeBits(parts: string[]): number | undefined {
  const types = parts.slice(1).filter((p) => /^(?:b|u|s|f|bf|e4m3|e5m2|tf)\d/.test(p));
  const only = types.length === 1 ? /^(?:b|u|s|f)(8|16|32|64|128)$/.exec(types[0]) : null;
  return only ? Number(only[1]) : undefined;
}

/** Where a reference sits in its operand: inside `[ … ]` (an address), and there not as the base (after `{`, `,` or `+`). */
interface RefPlace {
  address: boolean;
  index: boolean;
}

/** The place of each of an operand's references, in one pass over its text. */
function placesOf(operand: AsmInstructionOperand): RefPlace[] {
  const { text, refs } = operand;
  const places: RefPlace[] = [];
  let inBrackets = false;
  let afterBase = false;
  let at = 0;
  for (const ref of refs) {
    const stop = Math.min(text.length, Math.max(0, ref.start - operand.start));
    for (; at < stop; at++) {
      const c = text[at];
      if (c === '[') [inBrackets, afterBase] = [true, false];
      else if (c === ']') inBrackets = false;
      else if (inBrackets && (c === '{' || c === ',' || c === '+')) afterBase = true;
    }
    places.push({ address: inBrackets, index: inBrackets && afterBase });
  }
  return places;
}

/** An information note when a statement that touches memory has no `"memory"` clobber. */
function memoryClobber(statement: AsmStatement, instructions: AsmInstruction[]): AsmDiagnostic | undefined {
  if (statement.clobbers.some((c) => c.text === 'memory')) return undefined;
  const touching = instructions.find((i) => MEMORY_OPCODES.test(i.mnemonic) && !NO_MEMORY_EFFECT.test(i.mnemonic));
  if (!touching) return undefined;
  const keyword = { start: statement.span.start, end: statement.span.start + 3 };
  return {
    ...keyword,
    severity: 'information',
    code: 'asm-memory-clobber',
    message: `${touching.mnemonic} writes or orders memory, but this asm has no "memory" clobber: the compiler may keep values in registers or move loads and stores across it.`,
    fix: { title: 'Add a "memory" clobber', edits: [memoryEdit(statement)] },
  };
}

function memoryEdit(statement: AsmStatement): AsmEdit {
  const close = statement.span.end - 1;
  const last = statement.clobbers[statement.clobbers.length - 1];
  if (last) return { start: last.span.end, end: last.span.end, newText: ', "memory"' };
  const colons = statement.sections >= 3 ? '' : ':'.repeat(3 - statement.sections);
  return { start: close, end: close, newText: `${colons ? ` ${colons}` : ''} "memory"` };
}

export type { OperandDoc };
