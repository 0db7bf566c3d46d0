/**
 * Decoders: what the numbers handed to an instruction mean. For an operand of an instruction,
 * the decoder its role calls for —
 *
 *     decodeOperand(model, instruction, index)   // → { title, rows } or a layout to fill in
 *
 * `lop3`'s look-up table as an expression (lop3.ts); `prmt` selectors, `shfl.sync`'s clamp and
 * segment mask, the lane masks of `.sync` instructions (bits.ts); the matrix descriptors of
 * `wgmma` and `tcgen05.mma` and `tcgen05`'s instruction descriptor (descriptors.ts). The value
 * is read where it is an immediate or traced to constants within the function (trace.ts); where
 * it is not constant, the layout the value must follow is given instead.
 */
import { findInstruction, matchOperands } from '../knowledge';
import type { PtxInstruction, PtxModel } from '../ptx';
import { laneList, prmtBytes, prmtSourceName, shflControl } from './bits';
import { descriptorKind, tcgen05InstructionDescriptor, tcgen05SmemDescriptor, wgmmaDescriptor, type Field } from './descriptors';
import { lop3Expression, lop3Name } from './lop3';
import { constantOperand } from './trace';

export { lop3Expression, lop3Name, lop3Rows } from './lop3';
export { laneList, prmtBytes, shflControl } from './bits';
export { tcgen05InstructionDescriptor, tcgen05SmemDescriptor, wgmmaDescriptor, type Field } from './descriptors';
export { constantOperand, integerLiteral } from './trace';

export interface Decoded {
  /** One line: what the value is (`0x96: a ^ b ^ c`). */
  title: string;
  /** Further lines, or a table of fields. */
  lines?: string[];
  fields?: Field[];
  /** The value is not a constant here: `fields` show the layout only (raw 0). */
  layoutOnly?: boolean;
}

type Decoder = (value: bigint | undefined, instruction: PtxInstruction) => Decoded | undefined;

const hex = (value: bigint) => `0x${value.toString(16)}`;

/** Decoders by operand role (the knowledge base's operand names), for the opcodes that use them. */
function decoderFor(opcode: string, role: string): { bits: number; decode: Decoder } | undefined {
  if (opcode === 'lop3' && role === 'immLut') return { bits: 8, decode: lop3 };
  if (opcode === 'prmt' && role === 'c') return { bits: 32, decode: prmt };
  if (opcode === 'shfl' && role === 'c') return { bits: 32, decode: shfl };
  if (role === 'membermask') return { bits: 32, decode: lanes };
  if (opcode === 'wgmma' && (role === 'a-desc' || role === 'b-desc')) return { bits: 64, decode: descriptor(wgmmaDescriptor, 'wgmma matrix descriptor') };
  if (opcode === 'tcgen05' && (role === 'a-desc' || role === 'b-desc')) return { bits: 64, decode: descriptor(tcgen05SmemDescriptor, 'tcgen05 shared-memory descriptor') };
  if (opcode === 'tcgen05' && role === 'idesc') return { bits: 32, decode: instructionDescriptor };
  return undefined;
}

/**
 * What operand `index` of `instruction` holds, decoded, when its role has a decoder. `known`:
 * the value when the caller knows it (an inline-asm operand bound to a C++ constant); else it
 * is read from the model.
 */
export function decodeOperand(model: PtxModel, instruction: PtxInstruction, index: number, known?: bigint): Decoded | undefined {
  const match = matchOperands(findInstruction(instruction.mnemonic), instruction.mnemonic, instruction.operands.map((o) => o.text))[index];
  const role = match?.doc?.name;
  const decoder = role ? decoderFor(instruction.opcode, role) : undefined;
  if (!decoder) return undefined;
  const value = known !== undefined ? BigInt.asUintN(decoder.bits, known) : constantOperand(model, instruction, index, decoder.bits);
  return decoder.decode(value, instruction);
}

/** A C++ integer literal (`0x96`, `150u`, `0b1010`, `1'000`, `64ull`), or undefined. */
export function cxxIntegerLiteral(text: string): bigint | undefined {
  const m = /^\(?\s*(-?)\s*(0[xX][0-9A-Fa-f']+|0[bB][01']+|0[0-7']*|[1-9][\d']*)(?:[uU](?:ll|LL|l|L)?|(?:ll|LL|l|L)[uU]?)?\s*\)?$/.exec(text.trim());
  if (!m) return undefined;
  const digits = m[2].replace(/'/g, '');
  const value = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits);
  return m[1] ? -value : value;
}

const lop3: Decoder = (value) => {
  if (value === undefined) return { title: 'look-up table: an 8-bit constant; bit i is the result where a, b, c are bit i of 0xF0, 0xCC, 0xAA' };
  const name = lop3Name(Number(value));
  return { title: `${hex(value)}: d = ${lop3Expression(Number(value))}`, lines: name ? [name] : undefined };
};

const prmt: Decoder = (value, instruction) => {
  const mode = instruction.modifiers.map((m) => m.text).find((m) => /^\.(f4e|b4e|rc8|ecl|ecr|rc16)$/.test(m));
  if (value === undefined) {
    return { title: mode ? `selector: bits 1–0 pick one row of the ${mode} table` : 'selector: four 4-bit fields, d.b0 from bits 3–0 up to d.b3 from bits 15–12; in each, bits 2–0 pick a byte of {b, a} and bit 3 replicates its sign' };
  }
  const picked = prmtBytes(Number(value), mode)!;
  const lines = picked.map((p) => `d.b${p.target} ← ${prmtSourceName(p.source)}${p.signReplicated ? ' (its sign bit, repeated)' : ''}`);
  return { title: `${hex(value)}${mode ? ` with ${mode}` : ''}: bytes of {b, a}, a holding bytes 0–3`, lines: lines.reverse() };
};

const shfl: Decoder = (value) => {
  if (value === undefined) return { title: 'c: clamp lane in bits 4–0, segment mask in bits 12–8' };
  const c = shflControl(Number(value));
  const segments = c.segmentWidth ? `segments of ${c.segmentWidth} lanes` : `segment mask 0b${c.segmentMask.toString(2).padStart(5, '0')}`;
  return { title: `${hex(value)}: clamp lane ${c.clamp}, ${segments}`, lines: c.unusedBits ? [`bits ${hex(BigInt(c.unusedBits))} are set but not read`] : undefined };
};

const lanes: Decoder = (value) => {
  if (value === undefined) return { title: 'member mask: bit i set when lane i takes part' };
  const list = laneList(Number(value));
  return { title: `${hex(value)}: ${list.text}${list.count > 0 && list.count < 32 ? ` (${list.count} lanes)` : ''}` };
};

function descriptor(read: (value: bigint) => Field[], what: string): Decoder {
  return (value) => (value === undefined ? { title: `${what}: a 64-bit value, laid out as below`, fields: read(0n), layoutOnly: true } : { title: `${hex(value)}: ${what}`, fields: read(value) });
}

const instructionDescriptor: Decoder = (value, instruction) => {
  const kind = descriptorKind(instruction.mnemonic);
  if (!kind) return undefined;
  const what = `tcgen05 instruction descriptor (.kind::${kind})`;
  if (value === undefined) return { title: `${what}: a 32-bit value, laid out as below`, fields: tcgen05InstructionDescriptor(0, kind), layoutOnly: true };
  return { title: `${hex(value)}: ${what}`, fields: tcgen05InstructionDescriptor(Number(value), kind) };
};
