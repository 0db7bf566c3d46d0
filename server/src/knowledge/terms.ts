/**
 * Types, state spaces and modifiers whose meaning is the same wherever they appear
 * (.f32, .e4m3, .shared::cta, .rn, .relaxed, .gpu, .L1::evict_last …).
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapters 5, 8 and 9); descriptions are our own.
 */
import type { TermDoc } from './schema';

const FT = 'fundamental-types';
const ALT = 'alternate-floating-point-data-formats';
const PACKED_F = 'packed-floating-point-data-types';
const PACKED_I = 'packed-integer-data-types';
const MMA_TYPES = 'warp-level-matrix-data-types';

/** Signed, unsigned and untyped integers of one width. */
function intTerms(bits: number): TermDoc[] {
  return [
    {
      name: `.s${bits}`,
      kind: 'type',
      summary: `Signed ${bits}-bit integer`,
      description:
        `A two's-complement integer of ${bits} bits, range -2^${bits - 1} … 2^${bits - 1}-1. ` +
        'Signed types change what comparisons, shifts, division, min/max and widening conversions do: ' +
        'values are sign-extended and ordered as negative/positive numbers.' +
        (bits === 8 ? ' Instructions with an 8-bit type are limited to `ld`, `st` and `cvt`; the value lives in a wider register.' : ''),
      anchor: FT,
    },
    {
      name: `.u${bits}`,
      kind: 'type',
      summary: `Unsigned ${bits}-bit integer`,
      description:
        `A non-negative integer of ${bits} bits, range 0 … 2^${bits}-1. ` +
        'Unsigned types make comparisons, right shifts, division and widening conversions treat the bits as a plain magnitude (zero-extension).' +
        (bits === 8 ? ' Instructions with an 8-bit type are limited to `ld`, `st` and `cvt`; the value lives in a wider register.' : ''),
      anchor: FT,
    },
    {
      name: `.b${bits}`,
      kind: 'type',
      summary: `Untyped ${bits}-bit value (raw bits)`,
      description:
        `${bits} bits with no numeric meaning attached. A \`.b${bits}\` register can hold any ${bits}-bit type ` +
        '(integer, float, packed data), and bit-size instruction types are used for moves, loads, stores and logic where only the bits matter. ' +
        'Only equality comparisons are defined on bit types.',
      anchor: FT,
    },
  ];
}

function scope(name: string, summary: string, who: string): TermDoc {
  return {
    name,
    kind: 'scope',
    summary,
    description:
      `Names the set of threads this operation synchronizes with directly: ${who}. ` +
      'A strong memory operation or fence only orders and publishes data with respect to threads inside its scope; ' +
      'a wider scope reaches more threads but usually costs more.',
    anchor: 'scope',
  };
}

function cmp(name: string, summary: string, detail: string): TermDoc {
  return { name, kind: 'other', summary, description: detail, anchor: 'floating-point-comparisons' };
}

function icmp(name: string, summary: string, detail: string): TermDoc {
  return { name, kind: 'other', summary, description: detail, anchor: 'integer-and-bit-size-comparisons' };
}

export const terms: TermDoc[] = [
  // ---------------------------------------------------------------- integer and bit types
  ...intTerms(8),
  ...intTerms(16),
  ...intTerms(32),
  ...intTerms(64),
  {
    name: '.b128',
    kind: 'type',
    summary: 'Untyped 128-bit value',
    description:
      'A 128-bit chunk of raw bits. It is accepted by a handful of instructions (`ld`, `st`, `ld.global.nc`, `ldu`, `mov`, `atom` and a few others) ' +
      'to move or atomically exchange 16 bytes at once. Arithmetic is not defined on it; split it with `mov` into two `.b64` halves to work on the data.',
    introduced: '8.3',
    minTarget: 'sm_70',
    anchor: FT,
  },
  {
    name: '.pred',
    kind: 'type',
    summary: 'One-bit predicate (true/false)',
    description:
      'A predicate register holds a single true/false value. Comparisons such as `setp` write predicates, and any instruction can be guarded by one ' +
      '(`@p bra L;`, `@!p st.global.u32 …`). Predicates cannot be loaded or stored directly; convert them with `selp` or `set` first.',
    anchor: FT,
  },
  {
    name: '.b1',
    kind: 'type',
    summary: 'Single-bit integer elements (MMA only)',
    description:
      'Matrix elements of one bit each, used by the single-bit `mma`/`wmma` forms (with `.xor.popc` or `.and.popc`) that count matching bits into `.s32` accumulators. ' +
      'Many elements are packed into each 32-bit register.',
    introduced: '6.3',
    anchor: MMA_TYPES,
  },
  {
    name: '.u4',
    kind: 'type',
    summary: 'Unsigned 4-bit integer elements (MMA only)',
    description:
      'Sub-byte unsigned integers (0 … 15) used as matrix elements by the integer `mma`/`wmma` forms. Eight of them are packed into a 32-bit register; results accumulate in `.s32`.',
    introduced: '6.3',
    anchor: MMA_TYPES,
  },
  {
    name: '.s4',
    kind: 'type',
    summary: 'Signed 4-bit integer elements (MMA only)',
    description:
      "Sub-byte two's-complement integers (-8 … 7) used as matrix elements by the integer `mma`/`wmma` forms. Eight of them are packed into a 32-bit register; results accumulate in `.s32`.",
    introduced: '6.3',
    anchor: MMA_TYPES,
  },
  // ---------------------------------------------------------------- floating-point types
  {
    name: '.f16',
    kind: 'type',
    summary: 'IEEE half precision (16-bit float)',
    description:
      'A 16-bit float with 1 sign bit, 5 exponent bits and 10 mantissa bits (about 3 decimal digits, max 65504). ' +
      'It is used by conversions, half-precision arithmetic, texture fetches and tensor-core inputs; a `.f16` value is usually kept in a `.b16` register.',
    anchor: FT,
  },
  {
    name: '.f16x2',
    kind: 'type',
    summary: 'Two half-precision floats packed in 32 bits',
    description:
      'Two `.f16` values side by side in one 32-bit register. Packed half-precision instructions work on both halves at once, ' +
      'which doubles throughput compared with scalar `.f16`. Declare the register as `.b32` (or `.f16x2`).',
    anchor: PACKED_F,
  },
  {
    name: '.bf16',
    kind: 'type',
    summary: 'bfloat16 (16-bit float with the range of f32)',
    description:
      'A 16-bit float with 8 exponent bits and 7 mantissa bits: the same range as `.f32` but far less precision. ' +
      'Popular for deep learning. It is an alternate format, so registers holding it are declared `.b16`.',
    introduced: '7.0',
    minTarget: 'sm_80',
    anchor: ALT,
  },
  {
    name: '.bf16x2',
    kind: 'type',
    summary: 'Two bfloat16 values packed in 32 bits',
    description: 'Two `.bf16` values in one `.b32` register, processed lane by lane by packed instructions (`fma`, `add`, `cvt`, `min`, …).',
    introduced: '7.0',
    minTarget: 'sm_80',
    anchor: PACKED_F,
  },
  {
    name: '.f32',
    kind: 'type',
    summary: 'IEEE single precision (32-bit float)',
    description:
      'The standard 32-bit float: 1 sign bit, 8 exponent bits, 23 mantissa bits (about 7 decimal digits). ' +
      'It is the everyday floating-point type of GPU code (`float` in CUDA). Subnormals are supported unless `.ftz` is used.',
    anchor: FT,
  },
  {
    name: '.f64',
    kind: 'type',
    summary: 'IEEE double precision (64-bit float)',
    description:
      'The standard 64-bit float: 11 exponent bits and 52 mantissa bits (about 16 decimal digits); `double` in CUDA. ' +
      'Subnormals are always supported. Throughput is much lower than `.f32` on most consumer GPUs.',
    anchor: FT,
  },
  {
    name: '.f32x2',
    kind: 'type',
    summary: 'Two single-precision floats packed in 64 bits',
    description:
      'Two `.f32` values held together in one `.b64` register. `add`, `sub`, `mul` and `fma` accept this packed type on recent targets and operate on both lanes at once.',
    introduced: '8.6',
    minTarget: 'sm_100',
    anchor: PACKED_F,
  },
  {
    name: '.tf32',
    kind: 'type',
    summary: 'TensorFloat-32 (f32 range, reduced precision) for tensor cores',
    description:
      'A 32-bit container holding a float with the exponent range of `.f32` but only about 10 bits of mantissa. ' +
      'Tensor-core instructions accept it as an input type; `cvt.rna.tf32.f32` (and other rounding forms) produce it from `.f32`. Registers holding it are `.b32`.',
    introduced: '7.0',
    minTarget: 'sm_80',
    anchor: ALT,
  },
  {
    name: '.e4m3',
    kind: 'type',
    summary: 'FP8 with 4 exponent and 3 mantissa bits',
    description:
      'An 8-bit float (sign, 4 exponent bits, 3 mantissa bits). It has more precision and less range than `.e5m2` (largest finite value 448), ' +
      'has no infinity, and only the all-ones patterns `0x7f`/`0xff` are NaN. Used as a tensor-core input and conversion target; stored in bit-typed registers.\n\n' +
      'History: PTX 7.8 added the format together with `cvt` to/from `.e4m3x2` for `sm_90`; PTX 8.1 allowed those `cvt` forms on `sm_89`; `mma` accepts it from PTX 8.4 on `sm_89` (`wgmma` from PTX 8.0 on `sm_90a`).',
    introduced: '7.8',
    minTarget: 'sm_89',
    anchor: ALT,
  },
  {
    name: '.e5m2',
    kind: 'type',
    summary: 'FP8 with 5 exponent and 2 mantissa bits',
    description:
      'An 8-bit float (sign, 5 exponent bits, 2 mantissa bits) with the wider range of the two FP8 formats and IEEE-style infinities and NaNs. ' +
      'Used as a tensor-core input and conversion target; stored in bit-typed registers.\n\n' +
      'History: PTX 7.8 added the format together with `cvt` to/from `.e5m2x2` for `sm_90`; PTX 8.1 allowed those `cvt` forms on `sm_89`; `mma` accepts it from PTX 8.4 on `sm_89` (`wgmma` from PTX 8.0 on `sm_90a`).',
    introduced: '7.8',
    minTarget: 'sm_89',
    anchor: ALT,
  },
  {
    name: '.e2m1',
    kind: 'type',
    summary: 'FP4 with 2 exponent bits and 1 mantissa bit',
    description:
      'A 4-bit float (sign, 2 exponent bits, 1 mantissa bit) that can represent only a handful of values (±0, 0.5, 1, 1.5, 2, 3, 4, 6). ' +
      'It has no infinity or NaN. Outside tensor-core operands it always travels in pairs (`.e2m1x2`, one byte).\n\n' +
      'Targets: the `cvt` forms (PTX 8.6) need `sm_100a`, `sm_110a` or `sm_120a`, or from PTX 8.8 a family target (`sm_100f`, `sm_110f`, `sm_120f`); `tcgen05.mma` (PTX 8.6) needs `sm_100a`/`sm_110a`; warp-level `mma` (PTX 8.7) needs `sm_120a`.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: ALT,
  },
  {
    name: '.e2m3',
    kind: 'type',
    summary: 'FP6 with 2 exponent and 3 mantissa bits',
    description:
      'A 6-bit float (sign, 2 exponent bits, 3 mantissa bits) without infinity or NaN. When stored, each value occupies a byte whose two top bits are zero; ' +
      'pairs are written as `.e2m3x2` in a `.b16` register.\n\n' +
      'Targets: the `cvt` forms (PTX 8.6) need `sm_100a`, `sm_110a` or `sm_120a`, or from PTX 8.8 a family target (`sm_100f`, `sm_110f`, `sm_120f`); `tcgen05.mma` (PTX 8.6) needs `sm_100a`/`sm_110a`; warp-level `mma` (PTX 8.7) needs `sm_120a`.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: ALT,
  },
  {
    name: '.e3m2',
    kind: 'type',
    summary: 'FP6 with 3 exponent and 2 mantissa bits',
    description:
      'A 6-bit float (sign, 3 exponent bits, 2 mantissa bits) without infinity or NaN; more range and less precision than `.e2m3`. ' +
      'Each value sits in a byte with two zero top bits; pairs are written as `.e3m2x2` in a `.b16` register.\n\n' +
      'Targets: the `cvt` forms (PTX 8.6) need `sm_100a`, `sm_110a` or `sm_120a`, or from PTX 8.8 a family target (`sm_100f`, `sm_110f`, `sm_120f`); `tcgen05.mma` (PTX 8.6) needs `sm_100a`/`sm_110a`; warp-level `mma` (PTX 8.7) needs `sm_120a`.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: ALT,
  },
  {
    name: '.ue8m0',
    kind: 'type',
    summary: 'Unsigned 8-bit power-of-two scale factor',
    description:
      'An 8-bit format made only of an exponent: each value is a power of two, with no sign and no mantissa. `0xff` is NaN and there is no infinity. ' +
      'It is the per-block scale factor of MX (microscaling) formats used by block-scaled tensor-core instructions.\n\n' +
      'Targets: `cvt` to/from `.ue8m0x2` (PTX 8.6) needs `sm_100a`, `sm_110a` or `sm_120a` (family targets from PTX 8.8); block-scaled `tcgen05.mma` (PTX 8.6) needs `sm_100a`/`sm_110a`; block-scaled `mma` (PTX 8.7) needs `sm_120a`.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: ALT,
  },
  {
    name: '.ue4m3',
    kind: 'type',
    summary: 'Unsigned 7-bit scale factor with 4 exponent and 3 mantissa bits',
    description:
      'An unsigned float of 7 bits (4 exponent, 3 mantissa), stored in a byte whose top bit is zero. `0x7f` is NaN and there is no infinity. ' +
      'It serves as the block scale factor for FP4 (`.e2m1`) data in block-scaled MMA (the NVFP4 scheme), only with `.kind::mxf4nvf4` and a scale vector of 4 (`.scale_vec::4X`).\n\n' +
      'It arrived in PTX 8.7 with that kind: in `tcgen05.mma` on `sm_100a`, `sm_103a` and `sm_110a`, and as the `.stype` of warp-level `mma` on `sm_120a` (`sm_120f` from PTX 8.8).',
    introduced: '8.7',
    minTarget: 'sm_100a',
    anchor: ALT,
  },
  {
    name: '.s2f6',
    kind: 'type',
    summary: 'Signed 8-bit fixed point with 6 fraction bits',
    description:
      "An 8-bit two's-complement number read as value × 2^-6, so it covers -2.0 … 1.984375 in steps of 1/64. It has no infinity or NaN and is used in packed form (`.s2f6x2`) by `cvt`, " +
      'which accepts it only on arch-specific targets: `sm_100a`/`sm_103a`/`sm_110a`, and also `sm_120a`/`sm_121a`.',
    introduced: '9.1',
    minTarget: 'sm_100a',
    anchor: 'fixed-point-data-formats',
  },
  // ---------------------------------------------------------------- packed types
  {
    name: '.e4m3x2',
    kind: 'type',
    summary: 'Two e4m3 FP8 values packed in 16 bits',
    description: 'Two `.e4m3` values side by side in a `.b16` register, the usual form in which `cvt` produces or consumes FP8 data.',
    introduced: '7.8',
    minTarget: 'sm_89',
    anchor: PACKED_F,
  },
  {
    name: '.e5m2x2',
    kind: 'type',
    summary: 'Two e5m2 FP8 values packed in 16 bits',
    description: 'Two `.e5m2` values side by side in a `.b16` register, the usual form in which `cvt` produces or consumes FP8 data.',
    introduced: '7.8',
    minTarget: 'sm_89',
    anchor: PACKED_F,
  },
  {
    name: '.e2m1x2',
    kind: 'type',
    summary: 'Two e2m1 FP4 values packed in one byte',
    description: 'Two 4-bit `.e2m1` floats in a single `.b8` register: the smallest unit in which FP4 data is converted and stored.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: PACKED_F,
  },
  {
    name: '.e2m3x2',
    kind: 'type',
    summary: 'Two e2m3 FP6 values packed in 16 bits',
    description: 'Two `.e2m3` values in a `.b16` register, one per byte, each byte padded with two zero bits at the top.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: PACKED_F,
  },
  {
    name: '.e3m2x2',
    kind: 'type',
    summary: 'Two e3m2 FP6 values packed in 16 bits',
    description: 'Two `.e3m2` values in a `.b16` register, one per byte, each byte padded with two zero bits at the top.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: PACKED_F,
  },
  {
    name: '.ue8m0x2',
    kind: 'type',
    summary: 'Two ue8m0 scale factors packed in 16 bits',
    description: 'Two `.ue8m0` power-of-two scale factors in a `.b16` register, as produced by `cvt` when computing MX block scales.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: PACKED_F,
  },
  {
    name: '.s2f6x2',
    kind: 'type',
    summary: 'Two s2f6 fixed-point values packed in 16 bits',
    description: 'Two `.s2f6` fixed-point numbers in a `.b16` register; an instruction type of `cvt` only.',
    introduced: '9.1',
    minTarget: 'sm_100a',
    anchor: 'packed-fixed-point-data-types',
  },
  {
    name: '.e4m3x4 / .e5m2x4 / .e2m3x4 / .e3m2x4 / .e2m1x4',
    pattern: '\\.(e4m3|e5m2|e2m3|e3m2|e2m1)x4',
    kind: 'type',
    summary: 'Four narrow floats packed together',
    description:
      'Four FP8 or FP6 values in a `.b32` register (or four FP4 values in a `.b16` register). `cvt` with stochastic rounding (`.rs`) produces these four-wide packs (PTX 8.7, `sm_100a`/`sm_103a`). ' +
      '`.e4m3x4` and `.e5m2x4` appeared earlier, in PTX 8.6, as element types of the `multimem` reductions.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: PACKED_F,
  },
  {
    name: '.u16x2',
    kind: 'type',
    summary: 'Two unsigned 16-bit integers packed in 32 bits',
    description: 'Two `.u16` lanes in one `.b32` register. Instructions such as `add`, `min` and `max` with this type work on each lane independently.',
    anchor: PACKED_I,
  },
  {
    name: '.s16x2',
    kind: 'type',
    summary: 'Two signed 16-bit integers packed in 32 bits',
    description: 'Two `.s16` lanes in one `.b32` register. Instructions such as `add`, `min` and `max` with this type work on each lane independently.',
    anchor: PACKED_I,
  },
  {
    name: '.u8x4',
    kind: 'type',
    summary: 'Four unsigned bytes packed in 32 bits',
    description: 'Four unsigned 8-bit lanes in a 32-bit register, as used by byte-wise SIMD forms (for example `dp4a` inputs or video-style instructions).',
    anchor: 'packed-data-types',
  },
  {
    name: '.s8x4',
    kind: 'type',
    summary: 'Four signed bytes packed in 32 bits',
    description: 'Four signed 8-bit lanes in a 32-bit register, as used by byte-wise SIMD forms (for example `dp4a` inputs).',
    anchor: 'packed-data-types',
  },
  // ---------------------------------------------------------------- opaque types
  {
    name: '.texref',
    kind: 'type',
    summary: 'Opaque texture handle type',
    description:
      'A texture descriptor whose layout is hidden from PTX. It can be declared at module scope or as a kernel parameter, and is used only by `tex`, `tld4` and `txq` ' +
      '(or turned into a 64-bit handle with `mov`). In unified texture mode it also carries the sampling settings. Modern CUDA texture objects arrive as plain `.u64` handles instead.',
    anchor: 'texture-sampler-and-surface-types',
  },
  {
    name: '.samplerref',
    kind: 'type',
    summary: 'Opaque sampler handle type',
    description: 'Describes how a texture is sampled (filtering, addressing/wrap mode, normalized coordinates). Used in independent texture mode, where texture and sampler are separate handles combined in the `tex` instruction.',
    anchor: 'texture-sampler-and-surface-types',
  },
  {
    name: '.surfref',
    kind: 'type',
    summary: 'Opaque surface handle type',
    description: 'A surface descriptor, used by the surface instructions `suld`, `sust`, `sured` and `suq` to read and write image data with formatted or raw access.',
    anchor: 'texture-sampler-and-surface-types',
  },
  {
    name: '.managed',
    kind: 'other',
    summary: 'Attribute: variable lives in unified (managed) memory',
    description: 'Used as `.attribute(.managed)` on a `.global` variable: it is allocated in managed memory that the host and other devices can access directly. CUDA `__managed__` variables produce it.',
    introduced: '4.0',
    minTarget: 'sm_30',
    anchor: 'variable-and-function-attribute-directive-attribute',
  },
  // ---------------------------------------------------------------- vectors
  {
    name: '.v2',
    kind: 'vector',
    summary: 'Vector of two elements',
    description:
      'The operand is a brace list of two registers, e.g. `{%r1, %r2}`, moved as one access. The memory address must be aligned to the size of the whole vector (2 × element size).',
    anchor: 'vectors',
  },
  {
    name: '.v4',
    kind: 'vector',
    summary: 'Vector of four elements',
    description:
      'The operand is a brace list of four registers, e.g. `{%f1, %f2, %f3, %f4}`, moved as one wide access (up to 16 bytes, or 32 bytes for 64-bit elements on the newest targets). The address must be aligned to the whole vector size.',
    anchor: 'vectors',
  },
  {
    name: '.v8',
    kind: 'vector',
    summary: 'Vector of eight elements',
    description:
      'A brace list of eight registers handled by one instruction. The vector `atom`/`red` forms and `multimem` use it with 16-bit floats such as `.v8.f16` or `.v8.bf16` (PTX 8.1, `sm_90`). ' +
      '`ld`, `st` and `ld.global.nc` accept `.v8` with 32-bit elements on global memory, a single 32-byte access (PTX 8.8, `sm_100`); the address must then be 32-byte aligned.',
    introduced: '8.1',
    minTarget: 'sm_90',
    anchor: 'vectors',
  },
  // ---------------------------------------------------------------- state spaces
  {
    name: '.reg',
    kind: 'state-space',
    summary: 'Registers: fast, private to each thread',
    description:
      'Per-thread storage with no address. Every instruction operand ultimately lives here. If a kernel needs more registers than the hardware gives a thread, ptxas spills some to local memory, which is slower.',
    anchor: 'register-state-space',
  },
  {
    name: '.sreg',
    kind: 'state-space',
    summary: 'Special registers: predefined and read-only',
    description:
      'The space holding built-in values such as `%tid`, `%ctaid`, `%laneid` and `%clock64`. They cannot be declared or written; read them with `mov`.',
    anchor: 'special-register-state-space',
  },
  {
    name: '.const',
    kind: 'state-space',
    summary: 'Constant memory: small, read-only, cached',
    description:
      'Read-only memory set up by the host (64 KB for module variables). Reads are cached and are fastest when all threads of a warp read the same address. Access it with `ld.const`.',
    anchor: 'constant-state-space',
  },
  {
    name: '.global',
    kind: 'state-space',
    summary: 'Global memory: device memory visible to every thread',
    description:
      'The large device memory shared by all threads of all grids in a context; what `cudaMalloc` returns. It is how blocks and kernels exchange data. Module-level `.global` variables start at zero unless initialized.',
    anchor: 'global-state-space',
  },
  {
    name: '.local',
    kind: 'state-space',
    summary: 'Local memory: private per-thread memory',
    description:
      'Addressable memory that belongs to one thread, used for stack frames, arrays indexed at run time and register spills. Despite the name it resides in device memory (cached), so it is much slower than registers.',
    anchor: 'local-state-space',
  },
  {
    name: '.param',
    kind: 'state-space',
    summary: 'Parameter space: kernel arguments and function call arguments',
    description:
      'Holds the arguments of a kernel (read-only, shared by the whole grid) and the arguments and return values of device functions (per thread). ' +
      'Without a sub-qualifier the instruction picks `::entry` or `::func` from context.',
    anchor: 'parameter-state-space',
  },
  {
    name: '.param::entry',
    kind: 'state-space',
    summary: 'Kernel parameter space',
    description: 'Explicitly addresses a kernel (`.entry`) parameter. These values come from the launch and are read-only for every thread of the grid.',
    introduced: '8.3',
    anchor: 'kernel-function-parameters',
  },
  {
    name: '.param::func',
    kind: 'state-space',
    summary: 'Device-function parameter space',
    description: 'Explicitly addresses a device-function (`.func`) parameter or a call argument/return slot. Each thread has its own copy; the caller writes arguments and reads return values.',
    introduced: '8.3',
    anchor: 'device-function-parameters',
  },
  {
    name: '.shared',
    kind: 'state-space',
    summary: 'Shared memory: fast on-chip memory of a CTA',
    description:
      'On-chip memory allocated per thread block (CTA) and shared by its threads; `__shared__` in CUDA. Without a sub-qualifier, instructions treat it as `.shared::cta`. ' +
      'On `sm_90`+ the shared memory of other CTAs of the same cluster can also be reached through `.shared::cluster`.',
    anchor: 'shared-state-space',
  },
  {
    name: '.shared::cta',
    kind: 'state-space',
    summary: "The executing CTA's own shared-memory window",
    description: 'The address must point into the shared memory of the block running this instruction. Plain `.shared` means the same thing.',
    introduced: '7.8',
    anchor: 'shared-state-space',
  },
  {
    name: '.shared::cluster',
    kind: 'state-space',
    summary: 'Shared memory of any CTA in the cluster (distributed shared memory)',
    description:
      "The address may point into the shared memory of any block of the same thread-block cluster, including this one. `mapa` turns a local shared address into the matching address in another CTA's window.",
    introduced: '7.8',
    minTarget: 'sm_90',
    anchor: 'shared-state-space',
  },
  {
    name: '.tex',
    kind: 'state-space',
    summary: 'Texture state space (deprecated)',
    description:
      'A legacy way to declare texture references at module scope. Modern PTX declares `.texref` variables in `.global` instead (or uses bindless texture objects); `.tex` is kept only for old code.',
    anchor: 'texture-state-space-deprecated',
  },
  // ---------------------------------------------------------------- memory orders
  {
    name: '.weak',
    kind: 'memory-order',
    summary: 'Ordinary memory access with no synchronization',
    description:
      'The default for `ld` and `st`. The access may be reordered, combined or cached freely, and by itself it does not synchronize with other threads; another mechanism (a barrier, fence, or acquire/release pair) must publish the data.',
    introduced: '6.0',
    minTarget: 'sm_70',
    anchor: 'operation-types',
  },
  {
    name: '.relaxed',
    kind: 'memory-order',
    summary: 'Strong access without ordering of surrounding accesses',
    description:
      'The access itself is atomic with respect to threads in the given scope (no tearing, no stale private copies), but it imposes no order on other loads and stores. ' +
      'Use it for flags and counters; combine it with fences to build synchronization.',
    introduced: '6.0',
    minTarget: 'sm_70',
    anchor: 'operation-types',
  },
  {
    name: '.acquire',
    kind: 'memory-order',
    summary: 'Later accesses cannot move before this one',
    description:
      'An acquire operation reads a value and makes everything the writing thread published (with a matching release) visible to the memory operations that follow it in this thread. ' +
      'It is the reading half of a release/acquire hand-off.',
    introduced: '6.0',
    minTarget: 'sm_70',
    anchor: 'release-acquire-patterns',
  },
  {
    name: '.release',
    kind: 'memory-order',
    summary: 'Earlier accesses cannot move after this one',
    description:
      'A release operation makes all memory operations that came before it in this thread visible to any thread that later observes the released value with an acquire. ' +
      'It is the writing half of a release/acquire hand-off.',
    introduced: '6.0',
    minTarget: 'sm_70',
    anchor: 'release-acquire-patterns',
  },
  {
    name: '.acq_rel',
    kind: 'memory-order',
    summary: 'Both acquire and release',
    description:
      'Combines the two: earlier accesses are published before it and later accesses see what others published. Typical for read-modify-write atomics and for `fence.acq_rel`, the light-weight default fence.',
    introduced: '6.0',
    minTarget: 'sm_70',
    anchor: 'release-acquire-patterns',
  },
  {
    name: '.sc',
    kind: 'memory-order',
    summary: 'Sequentially consistent fence',
    description:
      'Used with `fence`: a stronger and slower fence than `.acq_rel`. All `fence.sc` operations of sufficient scope fall into one global order, which restores sequential consistency when placed between accesses. `membar` behaves like `fence.sc` on `sm_70`+.',
    introduced: '6.0',
    minTarget: 'sm_70',
    anchor: 'fence-sc-order',
  },
  {
    name: '.volatile',
    kind: 'memory-order',
    summary: 'Volatile access: never elided, behaves like relaxed at system scope',
    description:
      'Every volatile instruction is executed (the compiler may not drop or merge instructions), and volatile instructions stay in order relative to each other. ' +
      'The access behaves like `.relaxed.sys`. It is how CUDA `volatile` variables are compiled; prefer `.relaxed`/`.acquire` for real synchronization and `.mmio` for device registers.',
    introduced: '1.1',
    anchor: 'volatile-operation',
  },
  {
    name: '.mmio',
    kind: 'memory-order',
    summary: 'Memory-mapped I/O access: performed exactly once, uncached',
    description:
      'For locations backed by device control registers. Each read and write is really performed, exactly as often as written, and never served from or merged in a cache. ' +
      'It must be combined with `.relaxed.sys` and works only on global memory.',
    introduced: '8.2',
    minTarget: 'sm_70',
    anchor: 'mmio-operation',
  },
  // ---------------------------------------------------------------- scopes
  scope('.cta', 'Scope: the threads of this thread block', 'all threads of the same CTA (thread block). It is the narrowest scope and the cheapest to synchronize'),
  scope('.cluster', 'Scope: the threads of this thread-block cluster', 'all threads of all CTAs in the same cluster (`sm_90` and newer)'),
  scope('.gpu', 'Scope: every thread on this GPU', 'every thread of the program running on the same device, including other grids launched on it'),
  scope('.sys', 'Scope: the whole system (all GPUs and the host)', 'every thread of the program on every device plus the host CPU threads, e.g. for memory shared with the CPU or peer GPUs'),
  // ---------------------------------------------------------------- proxies
  {
    name: '.proxy',
    kind: 'proxy',
    summary: 'Cross-proxy ordering (fence.proxy / membar.proxy)',
    description:
      'A proxy is a path through which memory is accessed: normal loads/stores use the generic proxy, while TMA/bulk copies, tensor cores, textures and surfaces use other proxies. ' +
      'Accesses through different proxies are not ordered automatically; a proxy fence orders them.',
    introduced: '7.5',
    anchor: 'proxies',
  },
  {
    name: '.alias',
    kind: 'proxy',
    summary: 'Proxy kind: accesses through aliased virtual addresses',
    description:
      'Used with `fence.proxy`: orders accesses made to the same physical memory through different virtual addresses (aliases), which otherwise behave as if they went through different proxies.',
    introduced: '7.5',
    anchor: 'proxies',
  },
  {
    name: '.async',
    kind: 'proxy',
    summary: 'The async proxy (bulk/TMA copies, tensor-core operands)',
    description:
      'Names the asynchronous proxy used by `cp.async.bulk*`, TMA and `wgmma`/`tcgen05` operand reads. `fence.proxy.async` orders ordinary (generic) accesses against async-proxy accesses, ' +
      'e.g. after writing shared memory with `st.shared` and before a TMA store reads it.',
    introduced: '8.0',
    minTarget: 'sm_90',
    anchor: 'async-proxy',
  },
  {
    name: '.tensormap::generic',
    kind: 'proxy',
    summary: 'One-way ordering from generic writes to tensor-map reads',
    description:
      'A uni-directional proxy fence: generic-proxy writes that modify a tensor map (TMA descriptor) in memory are made visible to later reads of that descriptor through the tensor-map proxy. ' +
      'Use the `.release` form after updating the descriptor and the `.acquire` form (with an address and size 128) before using it.',
    introduced: '8.3',
    minTarget: 'sm_90',
    anchor: 'parallel-synchronization-and-communication-instructions-membar',
  },
  // ---------------------------------------------------------------- rounding
  {
    name: '.rn',
    kind: 'rounding',
    summary: 'Round to nearest, ties to even',
    description:
      'The IEEE default: the result is the representable value closest to the exact one; on a tie the value with an even last bit wins. When written explicitly it also forbids the compiler from fusing a multiply and an add into an `fma`.',
    anchor: 'rounding-modifiers',
  },
  {
    name: '.rna',
    kind: 'rounding',
    summary: 'Round to nearest, ties away from zero',
    description: 'Picks the closest representable value; on an exact tie it chooses the one with the larger magnitude. Used by some conversions such as `cvt.rna.tf32.f32`.',
    anchor: 'rounding-modifiers',
  },
  {
    name: '.rz',
    kind: 'rounding',
    summary: 'Round toward zero (truncate)',
    description: 'Drops the bits that do not fit, so the result never has a larger magnitude than the exact value.',
    anchor: 'rounding-modifiers',
  },
  {
    name: '.rm',
    kind: 'rounding',
    summary: 'Round toward minus infinity (down)',
    description: 'Always rounds to the representable value at or below the exact result. Useful for interval arithmetic lower bounds.',
    anchor: 'rounding-modifiers',
  },
  {
    name: '.rp',
    kind: 'rounding',
    summary: 'Round toward plus infinity (up)',
    description: 'Always rounds to the representable value at or above the exact result. Useful for interval arithmetic upper bounds.',
    anchor: 'rounding-modifiers',
  },
  {
    name: '.rs',
    kind: 'rounding',
    summary: 'Stochastic rounding using supplied random bits',
    description:
      'Rounds up or down at random, with a probability that follows how close the exact value is to each neighbour: the discarded bits are added to random bits supplied in an extra operand and the carry decides. ' +
      'On average the rounding error cancels out, which helps low-precision training.',
    introduced: '8.7',
    minTarget: 'sm_100a',
    anchor: 'rounding-modifiers',
  },
  {
    name: '.rni',
    kind: 'rounding',
    summary: 'Round to nearest integer, ties to even',
    description: 'Produces a whole number: the nearest one, or the even one on a tie (2.5 → 2, 3.5 → 4). Used by float-to-integer and float-to-float-integer conversions.',
    anchor: 'rounding-modifiers',
  },
  {
    name: '.rzi',
    kind: 'rounding',
    summary: 'Round to integer toward zero',
    description: 'Produces a whole number by cutting off the fraction (2.7 → 2, -2.7 → -2); what a C cast from float to int does.',
    anchor: 'rounding-modifiers',
  },
  {
    name: '.rmi',
    kind: 'rounding',
    summary: 'Round to integer toward minus infinity (floor)',
    description: 'Produces the largest whole number not above the value (2.7 → 2, -2.3 → -3), like `floorf`.',
    anchor: 'rounding-modifiers',
  },
  {
    name: '.rpi',
    kind: 'rounding',
    summary: 'Round to integer toward plus infinity (ceiling)',
    description: 'Produces the smallest whole number not below the value (2.3 → 3, -2.7 → -2), like `ceilf`.',
    anchor: 'rounding-modifiers',
  },
  // ---------------------------------------------------------------- saturation and float modes
  {
    name: '.sat',
    kind: 'other',
    summary: 'Saturate: clamp the result instead of overflowing',
    description:
      'For integer instructions, a result outside the type range is clamped to the minimum or maximum value instead of wrapping. ' +
      'For floating-point instructions, the result is clamped to [0.0, 1.0] and NaN becomes 0.',
    anchor: 'floating-point-instructions',
  },
  {
    name: '.satfinite',
    kind: 'other',
    summary: 'Clamp out-of-range results to the largest finite value',
    description:
      'Instead of producing infinity, a result too large for the destination format becomes the largest finite value with the same sign. ' +
      'NaN inputs stay NaN where the format has NaN; for formats without NaN they become the largest positive value. ' +
      'On integer matrix-multiply instructions (`mma`, `wmma` with `.s32` accumulators) it clamps an overflowing sum to the signed 32-bit range instead of wrapping.',
    anchor: 'data-movement-and-conversion-instructions-cvt',
  },
  {
    name: '.ftz',
    kind: 'other',
    summary: 'Flush subnormal inputs and results to zero',
    description:
      'Very small (subnormal) `.f32` inputs and results are replaced by zero of the same sign. This can be faster and matches `-ftz=true` / `--use_fast_math` in nvcc; without it single precision keeps subnormals.',
    anchor: 'floating-point-instructions',
  },
  {
    name: '.approx',
    kind: 'other',
    summary: 'Fast approximation, not correctly rounded',
    description:
      'The hardware computes a quick approximation (typically a few ULP of error, documented per instruction) instead of the IEEE-rounded result. ' +
      'CUDA fast-math intrinsics such as `__sinf`, `__expf` and `__fdividef` compile to `.approx` forms.',
    anchor: 'floating-point-instructions',
  },
  {
    name: '.full',
    kind: 'other',
    summary: 'Full-range approximate division',
    description: 'Used by `div.full.f32`: an approximate division (about 2 ULP) that, unlike `div.approx.f32`, stays accurate over the full range of divisors.',
    anchor: 'floating-point-instructions-div',
  },
  {
    name: '.relu',
    kind: 'other',
    summary: 'Clamp negative results to zero (ReLU)',
    description: 'Applies the ReLU activation on the way out: a negative result becomes +0. A NaN result is passed through as a canonical NaN.',
    introduced: '7.0',
    minTarget: 'sm_80',
    anchor: 'half-precision-floating-point-instructions-fma',
  },
  {
    name: '.NaN',
    kind: 'other',
    summary: 'Propagate NaN inputs',
    description:
      'Changes `min`/`max` so that a NaN in any input makes the result a canonical NaN. Without it, NaN inputs are ignored in favour of the numeric input.',
    anchor: 'floating-point-instructions-min',
  },
  {
    name: '.xorsign',
    kind: 'other',
    summary: 'Result sign = XOR of the input signs (with .abs)',
    description:
      'Written as `.xorsign.abs` on `min`/`max`: the comparison is done on absolute values and the sign of the result is set to the XOR of the two input signs.',
    anchor: 'floating-point-instructions-min',
  },
  {
    name: '.abs',
    kind: 'other',
    summary: 'Use absolute values',
    description:
      'The instruction works on magnitudes: for `min`/`max` with `.xorsign` the inputs are compared by absolute value; in other instructions the result or operand is taken as its absolute value.',
    anchor: 'floating-point-instructions-min',
  },
  {
    name: '.oob',
    kind: 'other',
    summary: 'Treat out-of-bounds NaN inputs as zero',
    description:
      'TMA loads can fill elements outside a tensor with a special "OOB NaN" pattern. With `.oob`, an `fma` whose operand is that pattern yields 0 instead of NaN, so padded tiles do not poison results.',
    introduced: '8.1',
    minTarget: 'sm_90',
    anchor: 'half-precision-floating-point-instructions-fma',
  },
  // ---------------------------------------------------------------- cache operators
  {
    name: '.ca',
    kind: 'cache',
    summary: 'Cache in all levels (L1 and L2)',
    description:
      'The default load behaviour: lines are allocated in L1 and L2 with normal priority. L1 caches of different SMs are not kept coherent for global data, so use a stronger load to see other blocks\' recent writes.',
    introduced: '2.0',
    anchor: 'cache-operators',
  },
  {
    name: '.cg',
    kind: 'cache',
    summary: 'Cache in L2 only, bypass L1',
    description: 'The access is cached at the global (L2) level but not in L1. For loads this avoids stale L1 data; for stores it writes through to L2.',
    introduced: '2.0',
    anchor: 'cache-operators',
  },
  {
    name: '.cs',
    kind: 'cache',
    summary: 'Streaming: likely accessed once',
    description: 'Lines are allocated with evict-first priority so data touched only once or twice does not push more useful data out of the caches.',
    introduced: '2.0',
    anchor: 'cache-operators',
  },
  {
    name: '.lu',
    kind: 'cache',
    summary: 'Last use of the data',
    description: 'Hints that the line will not be needed again, e.g. when reloading spilled registers, so needless write-backs can be avoided. On global addresses it acts like `.cs`.',
    introduced: '2.0',
    anchor: 'cache-operators',
  },
  {
    name: '.cv',
    kind: 'cache',
    summary: "Don't cache: fetch again",
    description: 'Treats any cached copy as stale and re-reads memory on every load (for global system memory the matching L2 line is dropped first). Useful for data another agent keeps changing.',
    introduced: '2.0',
    anchor: 'cache-operators',
  },
  {
    name: '.wb',
    kind: 'cache',
    summary: 'Write-back (default store behaviour)',
    description: 'Stores are written back through the coherent cache levels with normal eviction priority. This is what a plain `st` does.',
    introduced: '2.0',
    anchor: 'cache-operators',
  },
  {
    name: '.wt',
    kind: 'cache',
    summary: 'Write-through to system memory',
    description: 'For stores to global addresses in system (host) memory, the data is written through the L2 cache to memory.',
    introduced: '2.0',
    anchor: 'cache-operators',
  },
  {
    name: '.nc',
    kind: 'cache',
    summary: 'Non-coherent read-only load path',
    description:
      'Used with `ld.global.nc`: the load goes through the read-only (texture) data cache. It is only safe for data that no thread changes during the kernel. `__ldg` and `const __restrict__` pointers produce it.',
    introduced: '3.1',
    minTarget: 'sm_32',
    anchor: 'data-movement-and-conversion-instructions-ld-global-nc',
  },
  // ---------------------------------------------------------------- eviction priorities
  {
    name: '.L1::evict_normal',
    kind: 'cache',
    summary: 'L1: normal eviction priority',
    description: 'Keeps the default L1 replacement priority for this access.',
    introduced: '7.4',
    minTarget: 'sm_70',
    anchor: 'cache-eviction-priority-hints',
  },
  {
    name: '.L1::evict_unchanged',
    kind: 'cache',
    summary: 'L1: leave eviction priority as it is',
    description: 'This access does not change the L1 eviction priority of the line it touches.',
    introduced: '7.4',
    minTarget: 'sm_70',
    anchor: 'cache-eviction-priority-hints',
  },
  {
    name: '.L1::evict_first',
    kind: 'cache',
    summary: 'L1: evict this data first',
    description: 'Marks the line as the first candidate for eviction from L1; good for streaming data read once.',
    introduced: '7.4',
    minTarget: 'sm_70',
    anchor: 'cache-eviction-priority-hints',
  },
  {
    name: '.L1::evict_last',
    kind: 'cache',
    summary: 'L1: keep this data as long as possible',
    description: 'Marks the line to be evicted only after normal and evict-first data; good for data reused many times.',
    introduced: '7.4',
    minTarget: 'sm_70',
    anchor: 'cache-eviction-priority-hints',
  },
  {
    name: '.L1::no_allocate',
    kind: 'cache',
    summary: 'L1: do not allocate a line',
    description: 'The data is not placed in L1 at all, leaving L1 for other data; suited to streaming accesses.',
    introduced: '7.4',
    minTarget: 'sm_70',
    anchor: 'cache-eviction-priority-hints',
  },
  {
    name: '.L2::evict_normal',
    kind: 'cache',
    summary: 'L2: normal eviction priority',
    description: 'Keeps the default L2 replacement priority for this access.',
    introduced: '7.4',
    minTarget: 'sm_70',
    anchor: 'cache-eviction-priority-hints',
  },
  {
    name: '.L2::evict_first',
    kind: 'cache',
    summary: 'L2: evict this data first',
    description: 'Marks the L2 line as the first candidate for eviction; good for data that streams through once.',
    introduced: '7.4',
    minTarget: 'sm_70',
    anchor: 'cache-eviction-priority-hints',
  },
  {
    name: '.L2::evict_last',
    kind: 'cache',
    summary: 'L2: keep this data as long as possible',
    description: 'Marks the L2 line to be evicted after other data; good for a working set reused by many blocks.',
    introduced: '7.4',
    minTarget: 'sm_70',
    anchor: 'cache-eviction-priority-hints',
  },
  {
    name: '.L2::64B',
    kind: 'cache',
    summary: 'Also prefetch 64 bytes into L2',
    description: 'A performance hint: along with the access, bring a 64-byte block around the address into L2. Global memory only.',
    introduced: '7.4',
    minTarget: 'sm_75',
    anchor: 'data-movement-and-conversion-instructions-ld',
  },
  {
    name: '.L2::128B',
    kind: 'cache',
    summary: 'Also prefetch 128 bytes into L2',
    description: 'A performance hint: along with the access, bring a 128-byte block around the address into L2. Global memory only.',
    introduced: '7.4',
    minTarget: 'sm_75',
    anchor: 'data-movement-and-conversion-instructions-ld',
  },
  {
    name: '.L2::256B',
    kind: 'cache',
    summary: 'Also prefetch 256 bytes into L2',
    description: 'A performance hint: along with the access, bring a 256-byte block around the address into L2. Global memory only.',
    introduced: '7.4',
    minTarget: 'sm_80',
    anchor: 'data-movement-and-conversion-instructions-ld',
  },
  {
    name: '.L2::cache_hint',
    kind: 'cache',
    summary: 'Apply the L2 cache policy given in the extra operand',
    description:
      'Tells the instruction to take a 64-bit `cache-policy` operand (usually made by `createpolicy`) describing how L2 should treat the accessed lines, e.g. evict-last for a fraction of them. It is a hint only and does not change memory semantics.',
    introduced: '7.4',
    minTarget: 'sm_80',
    anchor: 'data-movement-and-conversion-instructions-ld',
  },
  {
    name: '.unified',
    kind: 'other',
    summary: 'Same address on host and device (.unified attribute / address qualifier)',
    description:
      'As `.attribute(.unified(uuid1, uuid2))` on a device function or `.global` variable, it gives the symbol the same address on the host and on every device, identified by a 128-bit id. ' +
      'Written after a load address (`ld.global.u32 %r, [a].unified;`), it marks that the address refers to such a variable; these variables are read-only.',
    introduced: '8.0',
    minTarget: 'sm_90',
    anchor: 'data-movement-and-conversion-instructions-ld',
  },
  // ---------------------------------------------------------------- collective execution
  {
    name: '.sync',
    kind: 'other',
    summary: 'Waits for / converges with the other participating threads',
    description:
      'The instruction is collective: the participating threads (named by a member mask, the warp, the CTA, …) all execute it, and each waits until the others reach it before continuing. ' +
      'For warp instructions like `shfl.sync` and `vote.sync` this is what makes them safe under independent thread scheduling.',
    anchor: 'parallel-synchronization-and-communication-instructions-bar',
  },
  {
    name: '.aligned',
    kind: 'other',
    summary: 'Every thread executes this very same instruction',
    description:
      'A promise from the programmer: all threads of the warp (or CTA, for barriers) reach this exact instruction together, not from different branches. ' +
      'It lets the hardware use a faster implementation. Use it in conditional code only when every thread takes the same path; otherwise behaviour is undefined.',
    anchor: 'parallel-synchronization-and-communication-instructions-bar',
  },
  // ---------------------------------------------------------------- comparison operators
  icmp('.eq', 'Compare: equal', 'True when `a == b`. For floats, false if either operand is NaN.'),
  icmp('.ne', 'Compare: not equal', 'True when `a != b`. For floats this is the ordered form: false if either operand is NaN (use `.neu` to get true for NaN).'),
  icmp('.lt', 'Compare: less than', 'True when `a < b`. The ISA lists it as the signed and float operator (`.lo` is the unsigned one), but with a `.u` type, as nvcc often writes, ptxas compares unsigned. For floats, false if either is NaN.'),
  icmp('.le', 'Compare: less than or equal', 'True when `a <= b`. The ISA lists it as the signed and float operator (`.ls` is the unsigned one), but with a `.u` type, as nvcc often writes, ptxas compares unsigned. For floats, false if either is NaN.'),
  icmp('.gt', 'Compare: greater than', 'True when `a > b`. The ISA lists it as the signed and float operator (`.hi` is the unsigned one), but with a `.u` type, as nvcc often writes, ptxas compares unsigned. For floats, false if either is NaN.'),
  icmp('.ge', 'Compare: greater than or equal', 'True when `a >= b`. The ISA lists it as the signed and float operator (`.hs` is the unsigned one), but with a `.u` type, as nvcc often writes, ptxas compares unsigned. For floats, false if either is NaN.'),
  {
    name: '.lo',
    kind: 'other',
    summary: 'Lower: unsigned "<" compare, or the low half of a product',
    description:
      'In a comparison (`setp.lo.u32`), true when `a < b` as unsigned numbers. In `mul`/`mad`, keep the low half of the double-width product (the same width as the inputs), which is ordinary C multiplication.',
    anchor: 'integer-and-bit-size-comparisons',
  },
  icmp('.ls', 'Compare: unsigned lower or same', 'True when `a <= b` as unsigned numbers.'),
  {
    name: '.hi',
    kind: 'other',
    summary: 'Higher: unsigned ">" compare, or the high half of a product',
    description:
      'In a comparison (`setp.hi.u32`), true when `a > b` as unsigned numbers. In `mul`/`mad`, keep the upper half of the double-width product (what `__umulhi`/`__mulhi` return).',
    anchor: 'integer-and-bit-size-comparisons',
  },
  icmp('.hs', 'Compare: unsigned higher or same', 'True when `a >= b` as unsigned numbers.'),
  cmp('.equ', 'Compare: equal or unordered', 'True when `a == b` or either operand is NaN.'),
  cmp('.neu', 'Compare: not equal or unordered', 'True when `a != b` or either operand is NaN (this is what C `!=` on floats means).'),
  cmp('.ltu', 'Compare: less than or unordered', 'True when `a < b` or either operand is NaN.'),
  cmp('.leu', 'Compare: less or equal, or unordered', 'True when `a <= b` or either operand is NaN.'),
  cmp('.gtu', 'Compare: greater than or unordered', 'True when `a > b` or either operand is NaN.'),
  cmp('.geu', 'Compare: greater or equal, or unordered', 'True when `a >= b` or either operand is NaN.'),
  cmp('.num', 'Compare: both are numbers', 'True when neither operand is NaN.'),
  cmp('.nan', 'Compare: either is NaN', 'True when at least one operand is NaN (an `isnan` test when both operands are the same register).'),
  // ---------------------------------------------------------------- boolean operators
  {
    name: '.and',
    kind: 'other',
    summary: 'Bitwise / logical AND',
    description: 'Combines values with AND: in `setp`/`set` it joins the comparison with a predicate operand, in `atom`/`red`/`redux.sync`/`bar.red` it is the reduction operation.',
    anchor: 'comparison-and-selection-instructions-setp',
  },
  {
    name: '.or',
    kind: 'other',
    summary: 'Bitwise / logical OR',
    description: 'Combines values with OR: in `setp`/`set` it joins the comparison with a predicate operand, in `atom`/`red`/`redux.sync`/`bar.red` it is the reduction operation.',
    anchor: 'comparison-and-selection-instructions-setp',
  },
  {
    name: '.xor',
    kind: 'other',
    summary: 'Bitwise / logical exclusive OR',
    description: 'Combines values with XOR: in `setp`/`set` it joins the comparison with a predicate operand, in `atom`/`red`/`redux.sync` it is the reduction operation.',
    anchor: 'comparison-and-selection-instructions-setp',
  },
  {
    name: '.wide',
    kind: 'other',
    summary: 'Keep the full double-width product',
    description: 'In `mul`/`mad`, the result is twice as wide as the inputs (e.g. 32 × 32 → 64 bits), so nothing is lost to overflow. Only for 16- and 32-bit inputs.',
    anchor: 'integer-arithmetic-instructions-mul',
  },
  // ---------------------------------------------------------------- async / cluster
  {
    name: '.cta_group::1',
    kind: 'other',
    summary: 'Tensor-core work issued by one CTA',
    description:
      'The `tcgen05` operation involves only the Tensor Memory and threads of the issuing CTA. All `tcgen05` instructions of a kernel must use the same `.cta_group` value.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: 'tcgen05-cta-pair',
  },
  {
    name: '.cta_group::2',
    kind: 'other',
    summary: 'Tensor-core work shared by a CTA pair',
    description:
      'The operation spans a CTA pair: two CTAs of a cluster whose `%cluster_ctarank` differs only in the last bit. The Tensor Memory of both is used, which lets one MMA cover a tile twice as large. ' +
      'All `tcgen05` instructions of a kernel must use the same `.cta_group` value.',
    introduced: '8.6',
    minTarget: 'sm_100a',
    anchor: 'tcgen05-cta-pair',
  },
  {
    name: '.multicast::cluster',
    kind: 'other',
    summary: 'Deliver the data to several CTAs of the cluster',
    description:
      'The copy writes the same data into the shared memory of every CTA selected by a 16-bit `ctaMask` operand, at the same offset in each, and signals each CTA\'s mbarrier at the same offset too. ' +
      'It saves global-memory bandwidth when several blocks need the same tile. Fastest on the `a`/`f` arch-specific targets.',
    introduced: '8.0',
    minTarget: 'sm_90',
    anchor: 'data-movement-and-conversion-instructions-cp-async-bulk',
  },
  {
    name: '.mbarrier::complete_tx::bytes',
    kind: 'other',
    summary: 'Report completion to an mbarrier by byte count',
    description:
      'The asynchronous copy is tracked by an mbarrier: as data lands, a complete-tx operation lowers the barrier\'s pending transaction count by the number of bytes delivered. ' +
      'Threads wait on the barrier phase (after `mbarrier.arrive.expect_tx` set the expected byte count).',
    introduced: '8.0',
    minTarget: 'sm_90',
    anchor: 'data-movement-and-conversion-instructions-asynchronous-copy-completion-mechanisms-mbarrier',
  },
  {
    name: '.bulk_group',
    kind: 'other',
    summary: 'Track completion with bulk async-groups',
    description:
      'The asynchronous bulk operation is tracked per thread: `cp.async.bulk.commit_group` closes a group of such operations and `cp.async.bulk.wait_group N` waits until at most N groups are still pending.',
    introduced: '8.0',
    minTarget: 'sm_90',
    anchor: 'data-movement-and-conversion-instructions-asynchronous-copy-completion-mechanisms-async-group',
  },
];
