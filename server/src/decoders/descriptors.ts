/**
 * The descriptors tensor-core instructions take in registers, field by field: the 64-bit
 * shared-memory matrix descriptor of `wgmma.mma_async` (PTX ISA 9.7.15.5.1.2.2, "Matrix
 * Descriptor Format") and of `tcgen05.mma` (9.7.16.4.1, "Shared memory descriptor"), and the
 * 32-bit instruction descriptor of `tcgen05.mma` (9.7.16.4.2, "Instruction descriptor"), whose
 * layout depends on the `.kind`. Values are bigints (64-bit); pure.
 */

export interface Field {
  name: string;
  /** Bit range as `29–16` (or `13` for one bit). */
  bits: string;
  raw: number;
  /** What the raw value means here (`128-byte swizzle`, `1024 bytes`). */
  meaning: string;
  /** The value breaks a rule of the layout (a fixed field with another value, a reserved one set). */
  wrong?: boolean;
}

const field = (value: bigint, lo: number, width: number) => Number((value >> BigInt(lo)) & ((1n << BigInt(width)) - 1n));
const span = (lo: number, width: number) => (width === 1 ? `${lo}` : `${lo + width - 1}–${lo}`);
const bytes = (encoded: number) => `${encoded << 4} bytes (${encoded} × 16)`;

/** `wgmma.mma_async`'s 64-bit matrix descriptor. */
export function wgmmaDescriptor(value: bigint): Field[] {
  const f = (name: string, lo: number, width: number, meaning: (raw: number) => string): Field => {
    const raw = field(value, lo, width);
    return { name, bits: span(lo, width), raw, meaning: meaning(raw) };
  };
  return [
    f('start address', 0, 14, (raw) => `shared offset ${bytes(raw)}`),
    f('leading-dimension byte offset', 16, 14, bytes),
    f('stride-dimension byte offset', 32, 14, bytes),
    f('base offset', 49, 3, (raw) => (raw === 0 ? '0: the swizzle pattern starts on its boundary' : `${raw}: the pattern starts ${raw} × 128 bytes past its boundary`)),
    f('swizzle', 62, 2, (raw) => ['no swizzle', '128-byte swizzle', '64-byte swizzle', '32-byte swizzle'][raw]),
  ];
}

/** `tcgen05.mma`'s 64-bit shared-memory descriptor. */
export function tcgen05SmemDescriptor(value: bigint): Field[] {
  const absolute = field(value, 52, 1) === 1;
  const f = (name: string, lo: number, width: number, meaning: (raw: number) => string, valid: (raw: number) => boolean = () => true): Field => {
    const raw = field(value, lo, width);
    return { name, bits: span(lo, width), raw, meaning: meaning(raw), ...(valid(raw) ? {} : { wrong: true }) };
  };
  return [
    f('start address', 0, 14, (raw) => `shared offset ${bytes(raw)}`),
    f(absolute ? 'leading-dimension byte address' : 'leading-dimension byte offset', 16, 14, bytes),
    f('stride-dimension byte offset', 32, 14, bytes),
    f('fixed 0b001', 46, 3, (raw) => (raw === 1 ? 'as required' : `must be 0b001, is ${raw.toString(2).padStart(3, '0')}`), (raw) => raw === 1),
    f('base offset', 49, 3, (raw) => (raw === 0 ? '0: the swizzle pattern starts on its boundary' : `${raw}: the pattern starts ${raw} × 128 bytes past its boundary`)),
    f('leading-dimension mode', 52, 1, (raw) => (raw ? 'absolute byte address' : 'byte offset, relative')),
    f('fixed 0', 53, 8, (raw) => (raw === 0 ? 'as required' : `must be 0, is ${raw}`), (raw) => raw === 0),
    f('swizzle', 61, 3, (raw) => TCGEN05_SWIZZLE[raw] ?? `${raw}: not a valid mode`, (raw) => raw in TCGEN05_SWIZZLE),
  ];
}

const TCGEN05_SWIZZLE: Record<number, string> = { 0: 'no swizzle', 1: '128-byte swizzle with 32-byte atoms', 2: '128-byte swizzle', 4: '64-byte swizzle', 6: '32-byte swizzle' };

/** The `.kind` families whose instruction descriptors share a layout. */
export type DescriptorKind = 'tf32' | 'f16' | 'f8f6f4' | 'i8' | 'mxf8f6f4' | 'mxf4' | 'mxf4nvf4';

const D_TYPES: Record<string, Record<number, string>> = { tf32: { 1: 'f32' }, f16: { 0: 'f16', 1: 'f32' }, f8f6f4: { 0: 'f16', 1: 'f32' }, i8: { 2: 's32' } };
const AB_TYPES: Record<string, Record<number, string>> = {
  tf32: { 2: 'tf32' },
  f16: { 0: 'f16', 1: 'bf16' },
  f8f6f4: { 0: 'e4m3', 1: 'e5m2', 3: 'e2m3', 4: 'e3m2', 5: 'e2m1' },
  i8: { 0: 'u8', 1: 's8' },
  mxf8f6f4: { 0: 'e4m3', 1: 'e5m2', 3: 'e2m3', 4: 'e3m2', 5: 'e2m1' },
  mxf4: { 1: 'e2m1' },
  mxf4nvf4: { 1: 'e2m1' },
};

/** `tcgen05.mma`'s 32-bit instruction descriptor for the mnemonic's `.kind::…`. */
export function tcgen05InstructionDescriptor(value: number, kind: DescriptorKind): Field[] {
  const v = BigInt(value >>> 0);
  const out: Field[] = [];
  const f = (name: string, lo: number, width: number, meaning: (raw: number) => string, valid: (raw: number) => boolean = () => true) => {
    const raw = field(v, lo, width);
    out.push({ name, bits: span(lo, width), raw, meaning: meaning(raw), ...(valid(raw) ? {} : { wrong: true }) });
  };
  const reserved = (lo: number, width: number) => f('reserved', lo, width, (raw) => (raw === 0 ? '0' : `must be 0, is ${raw}`), (raw) => raw === 0);
  const typeOf = (table: Record<number, string> | undefined) => (raw: number) => table?.[raw] ?? `${raw}: not a type of this kind`;
  const valid = (table: Record<number, string> | undefined) => (raw: number) => table?.[raw] !== undefined;
  const scaled = kind.startsWith('mx');
  if (!scaled) f('sparsity selector', 0, 2, (raw) => `${raw} (used when sparse)`);
  else reserved(0, 2);
  f('sparsity', 2, 1, (raw) => (raw ? 'sparse' : 'dense'));
  if (kind === 'i8') f('saturate', 3, 1, (raw) => (raw ? 'saturate' : 'no saturation'));
  else reserved(3, 1);
  if (scaled) f('B scale-factor data id', 4, 2, (raw) => `${raw}`);
  else f('D type', 4, 2, typeOf(D_TYPES[kind]), valid(D_TYPES[kind]));
  reserved(6, 1);
  f('A type', 7, 3, typeOf(AB_TYPES[kind]), valid(AB_TYPES[kind]));
  if (kind === 'mxf4' || kind === 'mxf4nvf4') {
    f('B type', 10, 2, typeOf(AB_TYPES[kind]), valid(AB_TYPES[kind]));
    reserved(12, 1);
  } else f('B type', 10, 3, typeOf(AB_TYPES[kind]), valid(AB_TYPES[kind]));
  f('negate A', 13, 1, (raw) => (raw ? 'negated' : 'as is'));
  f('negate B', 14, 1, (raw) => (raw ? 'negated' : 'as is'));
  f('transpose A', 15, 1, (raw) => (raw ? 'transposed' : 'as is'));
  f('transpose B', 16, 1, (raw) => (raw ? 'transposed' : 'as is'));
  f('N', 17, 6, (raw) => `N = ${raw << 3}`);
  if (scaled) f('scale type', 23, 1, (raw) => (kind === 'mxf4nvf4' ? (raw ? 'ue8m0' : 'ue4m3') : raw ? 'ue8m0' : `${raw}: ue8m0 (1) expected`), (raw) => kind === 'mxf4nvf4' || raw === 1);
  else reserved(23, 1);
  if (scaled) {
    reserved(24, 3);
    f('M', 27, 2, (raw) => `M = ${raw << 7}`);
    f('A scale-factor data id', 29, 2, (raw) => `${raw}`);
    if (kind === 'mxf8f6f4') reserved(31, 1);
    else f('K', 31, 1, (raw) => (raw ? 'K = 96 (dense)' : 'K = 64 dense / 128 sparse'));
  } else {
    f('M', 24, 5, (raw) => `M = ${raw << 4}`);
    reserved(29, 1);
    f('maximum B-reuse shift (.ws)', 30, 2, (raw) => ['no shift', '8', '16', '32'][raw]);
  }
  return out;
}

/** The descriptor family of a `tcgen05.mma` mnemonic's `.kind::…`, if it names one. */
export function descriptorKind(mnemonic: string): DescriptorKind | undefined {
  const kind = /\.kind::(\w+)/.exec(mnemonic)?.[1];
  return kind && ['tf32', 'f16', 'f8f6f4', 'i8', 'mxf8f6f4', 'mxf4', 'mxf4nvf4'].includes(kind) ? (kind as DescriptorKind) : undefined;
}
