/**
 * The constant value an operand holds where it is used: an immediate as written, or a
 * register followed back through its only write in the function when that write is a `mov` of
 * an immediate, a packing `mov` of constant halves, or `add`/`or`/`xor`/`and`/`shl`/`cvt` of
 * constants. Undefined as soon as anything is not constant (a value read from memory, a
 * register written twice, a loop).
 */
import { findOccurrences, materializeInstruction, resolveName, type PtxInstruction, type PtxModel } from '../ptx';

/** How many writes back a value is followed. */
const MAX_DEPTH = 6;

/** An integer immediate as PTX writes it (`0x40004040`, `-1`, `0b101`, `017`, `42U`), or undefined. */
export function integerLiteral(text: string): bigint | undefined {
  const m = /^(-?)(0[xX][0-9A-Fa-f]+|0[bB][01]+|0[0-7]+|[1-9]\d*|0)[uU]?$/.exec(text.trim());
  if (!m) return undefined;
  const digits = m[2].replace(/^0(?=[0-7])/, '0o');
  const value = BigInt(digits);
  return m[1] ? -value : value;
}

/** The operand's value as an unsigned number of `bits` bits, or undefined when it is not a constant here. */
export function constantOperand(model: PtxModel, instruction: PtxInstruction, operandIndex: number, bits: number): bigint | undefined {
  const operand = instruction.operands[operandIndex];
  if (!operand) return undefined;
  const value = valueOf(model, operand.text, operand.start, 0);
  return value === undefined ? undefined : BigInt.asUintN(bits, value);
}

function valueOf(model: PtxModel, text: string, at: number, depth: number): bigint | undefined {
  const literal = integerLiteral(text);
  if (literal !== undefined) return literal;
  if (depth >= MAX_DEPTH || !/^%[\w$]+$/.test(text)) return undefined;
  const writes = findOccurrences(model, resolveName(model, text, at)).filter((o) => o.isWrite && !o.isDefinition);
  if (writes.length !== 1 || writes[0].start >= at) return undefined;
  const writer = materializeInstruction(model, model.statementIndexAt(writes[0].start));
  if (!writer || writer.guard) return undefined;
  return computed(model, writer, depth + 1);
}

/** What the instruction writes, when its inputs are constants. */
function computed(model: PtxModel, writer: PtxInstruction, depth: number): bigint | undefined {
  const inputs = writer.operands.slice(1);
  const input = (k: number) => (inputs[k] ? valueOf(model, inputs[k].text, inputs[k].start, depth) : undefined);
  const bits = widthOf(writer.mnemonic);
  switch (writer.opcode) {
    case 'mov': {
      const packed = /^\{\s*([^,{}]+?)\s*,\s*([^,{}]+?)\s*\}$/.exec(inputs[0]?.text ?? '');
      if (!packed) return input(0);
      // `mov.b64 %rd, {lo, hi}`: the halves, low first.
      const half = bits / 2;
      const lo = valueOf(model, packed[1], inputs[0].start, depth);
      const hi = valueOf(model, packed[2], inputs[0].start, depth);
      return lo === undefined || hi === undefined ? undefined : (BigInt.asUintN(half, hi) << BigInt(half)) | BigInt.asUintN(half, lo);
    }
    case 'cvt':
      return input(0);
    case 'add':
    case 'or':
    case 'xor':
    case 'and':
    case 'shl': {
      const a = input(0);
      const b = a === undefined ? undefined : input(1);
      if (a === undefined || b === undefined) return undefined;
      const result = { add: a + b, or: a | b, xor: a ^ b, and: a & b, shl: a << b }[writer.opcode];
      return BigInt.asUintN(bits, result);
    }
    default:
      return undefined;
  }
}

/** Bits of the instruction's type (`.b64` → 64); 32 when none is written. */
function widthOf(mnemonic: string): number {
  const m = /\.[bsu](8|16|32|64)\b/.exec(mnemonic);
  return m ? Number(m[1]) : 32;
}
