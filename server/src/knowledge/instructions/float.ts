/**
 * PTX instructions: floating-point, half-precision and mixed-precision arithmetic.
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc } from '../schema';

// ---------------------------------------------------------------- selection
// One opcode (`add`, `fma`, `min` …) has entries in several families. These regular expressions
// look at the type suffixes of the written mnemonic:
//   mixed precision:  `.f32.f16` / `.f32.bf16`          e.g. add.rn.f32.bf16
//   half precision:   `.f16`, `.f16x2`, `.bf16`, `.bf16x2` (and not mixed)
//   single/double:    `.f32`, `.f64`, `.f32x2` (and no 16-bit float type)
const END = '(\\.|$)';
const selFloat = (op: string) => `^${op}(?!.*\\.b?f16(x2)?${END}).*\\.f(32|64|32x2)${END}`;
const selHalf = (op: string) => `^${op}(?!.*\\.f32\\.b?f16${END}).*\\.b?f16(x2)?${END}`;
const selMixed = (op: string) => `^${op}.*\\.f32\\.b?f16${END}`;

// ---------------------------------------------------------------- shared modifier texts
function rounding(defaultRn: boolean): ModifierDoc[] {
  const note = defaultRn
    ? ' This is also the default; writing it explicitly stops the compiler from fusing the operation into an FMA.'
    : '';
  return [
    { name: '.rn', description: `Round the exact result to the nearest representable value; on a tie, pick the one with an even last bit.${note}` },
    { name: '.rz', description: 'Round toward zero (truncate the extra bits).' },
    { name: '.rm', description: 'Round toward negative infinity (down).' },
    { name: '.rp', description: 'Round toward positive infinity (up).' },
  ];
}
const rnOnly = (defaultRn: boolean): ModifierDoc => ({
  name: '.rn',
  description:
    'Round to nearest, ties to even — the only rounding mode for 16-bit float arithmetic.' +
    (defaultRn ? ' It is the default; writing it explicitly stops the compiler from fusing the operation into an FMA.' : ''),
});
const ftz = (scope = '`.f32`'): ModifierDoc => ({
  name: '.ftz',
  description: `Flush to zero: subnormal inputs and results are replaced by zero of the same sign. Only for ${scope}. Without it subnormals are handled exactly.`,
});
const sat = (scope = '`.f32`'): ModifierDoc => ({
  name: '.sat',
  description: `Saturate: clamp the result to the range [0.0, 1.0]; a NaN result becomes +0.0. Only for ${scope}.`,
});
const satMixed: ModifierDoc = {
  name: '.sat',
  description: 'Saturate: clamp the `.f32` result to the range [0.0, 1.0]; a NaN result becomes +0.0.',
};
const approx = (what: string): ModifierDoc => ({
  name: '.approx',
  description: `Use the fast hardware approximation of ${what} (not correctly rounded). Required: the instruction has no exact form.`,
});
const f32x2: ModifierDoc = {
  name: '.f32x2',
  description: 'Two `.f32` values packed in one 64-bit (`.b64`) register; the operation is applied to both halves independently. Needs sm_100 or newer.',
};
const f16x2: ModifierDoc = { name: '.f16x2', description: 'Two `.f16` values packed in a 32-bit register, processed lane by lane.' };
const bf16x2: ModifierDoc = { name: '.bf16x2', description: 'Two `.bf16` values packed in a 32-bit register, processed lane by lane.' };
const nanMod: ModifierDoc = { name: '.NaN', description: 'If any input is NaN, the result is the canonical NaN. Without it, a NaN input is ignored and the other value is returned.' };
const xorsignAbs = (which: string): ModifierDoc[] => [
  { name: '.abs', description: `Compare magnitudes: the ${which} of the absolute values is returned.` },
  { name: '.xorsign', description: 'The sign of the result is the XOR of the two input signs (taken before `.abs`). Must be written together with `.abs`; ignored when the result is NaN.' },
];

const halfLanes = 'For the packed `x2` types each 32-bit register holds two 16-bit values, and the operation is done on both lanes at once.';

export const floatInstructions: InstructionDoc[] = [
  // ================================================================ floating-point (.f32 / .f64)
  {
    opcode: 'testp',
    family: 'floating-point',
    summary: 'Test a floating-point value for a class such as NaN, infinity or subnormal',
    description:
      'Checks which kind of number `a` is and writes true or false to predicate `p`. The property is named by the modifier: finite, infinite, ' +
      'a number, not a number, normal or subnormal.\n\n' +
      'Zero (of either sign) counts as a normal number for `.normal`.',
    syntax: ['testp.op.type  p, a;', '.op   = { .finite, .infinite, .number, .notanumber, .normal, .subnormal };', '.type = { .f32, .f64 };'],
    operands: [
      { name: 'p', role: 'predicate', description: 'Predicate set to true when `a` has the tested property.' },
      { name: 'a', role: 'source', description: 'The `.f32` or `.f64` value to test.' },
    ],
    modifiers: [
      { name: '.finite', description: 'True unless `a` is infinite or NaN.' },
      { name: '.infinite', description: 'True when `a` is +∞ or −∞.' },
      { name: '.number', description: 'True unless `a` is NaN.' },
      { name: '.notanumber', description: 'True when `a` is NaN.' },
      { name: '.normal', description: 'True when `a` is a normal number; zero also counts as normal here.' },
      { name: '.subnormal', description: 'True when `a` is a subnormal (denormal) number.' },
    ],
    semantics: 'p = has_property(a, .op);',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: 'Mostly inline asm. nvcc implements `isnan`/`isinf`/`isfinite` with `setp` and `abs` instead of `testp`.',
    example: {
      target: 'sm_75',
      caption: 'Replaces non-finite inputs with zero before further processing.',
      code: `.visible .entry testp_sanitize(.param .u64 data) {
  .reg .pred %p1;
  .reg .f32 %f<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.f32 %f1, [%rd1];
  testp.finite.f32 %p1, %f1;
  selp.f32 %f2, %f1, 0f00000000, %p1;
  st.global.f32 [%rd1], %f2;
}`,
    },
    anchor: 'floating-point-instructions-testp',
  },
  {
    opcode: 'copysign',
    family: 'floating-point',
    summary: 'Combine the magnitude of one value with the sign of another',
    description:
      'Returns the value of `b` with its sign bit replaced by the sign bit of `a`. Note the order: the sign comes from the first source, ' +
      'the magnitude from the second (the reverse of C\'s `copysign(x, y)` argument order).',
    syntax: ['copysign.type  d, a, b;', '.type = { .f32, .f64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives |b| with the sign of `a`.' },
      { name: 'a', role: 'source', description: 'Supplies the sign bit.' },
      { name: 'b', role: 'source', description: 'Supplies the magnitude (exponent and mantissa).' },
    ],
    modifiers: [],
    semantics: 'd = b with sign(d) = sign(a);',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: '`copysignf(x, y)` and `copysign(x, y)` (nvcc passes `y` as `a` and `x` as `b`); also appears inside libdevice math functions.',
    example: {
      target: 'sm_75',
      caption: 'Gives a magnitude the sign of a direction value.',
      code: `.visible .entry copysign_dir(.param .f32 mag, .param .f32 dir, .param .u64 out) {
  .reg .f32 %f<4>;
  .reg .b64 %rd<2>;
  ld.param.f32 %f1, [mag];
  ld.param.f32 %f2, [dir];
  copysign.f32 %f3, %f2, %f1;
  ld.param.u64 %rd1, [out];
  st.global.f32 [%rd1], %f3;
}`,
    },
    anchor: 'floating-point-instructions-copysign',
  },
  {
    opcode: 'add',
    select: selFloat('add'),
    family: 'floating-point',
    summary: 'Add two single- or double-precision floating-point values',
    description:
      'Computes `a + b` in `.f32`, `.f64`, or two `.f32` lanes at once (`.f32x2`). The rounding modifier chooses how the exact sum is rounded; ' +
      'without one, round-to-nearest-even is used and the compiler is free to fuse a neighbouring multiply into an FMA.\n\n' +
      '`.ftz` flushes single-precision subnormals to zero and `.sat` clamps a single-precision result to [0, 1].',
    syntax: ['add{.rnd}{.ftz}{.sat}.f32  d, a, b;', 'add{.rnd}{.ftz}.f32x2      d, a, b;', 'add{.rnd}.f64              d, a, b;', '.rnd = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the rounded sum (a `.b64` register for `.f32x2`).' },
      { name: 'a', role: 'source', description: 'First addend: a register or a float immediate such as `0f3F800000`.' },
      { name: 'b', role: 'source', description: 'Second addend.' },
    ],
    modifiers: [...rounding(true), ftz('`.f32` and `.f32x2`'), sat(), f32x2],
    semantics: 'd = round(a + b);            // .f32x2: each 32-bit half separately',
    introduced: '1.0',
    versionNotes: [{ version: '8.6', change: '`.f32x2` packed form.' }],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`.f64`' },
      { target: 'sm_20', requirement: '`.rm` and `.rp` with `.f32`' },
      { target: 'sm_100', requirement: '`.f32x2`' },
    ],
    cuda: 'The `+` operator on `float`/`double`; `__fadd_rn`, `__fadd_rz`, `__fadd_rd`, `__fadd_ru` (and `__dadd_*`) for explicit rounding; `__fadd2_rn` on `float2` for `.f32x2`.',
    example: {
      target: 'sm_75',
      caption: 'Adds a bias to a value with explicit round-to-nearest and again with saturation.',
      code: `.visible .entry fadd_bias(.param .u64 data, .param .f32 bias) {
  .reg .f32 %f<5>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.param.f32 %f1, [bias];
  ld.global.f32 %f2, [%rd1];
  add.rn.f32 %f3, %f2, %f1;
  add.sat.f32 %f4, %f3, 0f3F000000;
  st.global.f32 [%rd1], %f4;
}`,
    },
    anchor: 'floating-point-instructions-add',
  },
  {
    opcode: 'sub',
    select: selFloat('sub'),
    family: 'floating-point',
    summary: 'Subtract two single- or double-precision floating-point values',
    description:
      'Computes `a - b` in `.f32`, `.f64` or two packed `.f32` lanes (`.f32x2`). With no rounding modifier it rounds to nearest even and may be ' +
      'fused with a multiply into an FMA; an explicit modifier keeps it a separate, exactly specified subtraction.\n\n' +
      '`.ftz` and `.sat` work as for `add` and apply only to single precision.',
    syntax: ['sub{.rnd}{.ftz}{.sat}.f32  d, a, b;', 'sub{.rnd}{.ftz}.f32x2      d, a, b;', 'sub{.rnd}.f64              d, a, b;', '.rnd = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the rounded difference.' },
      { name: 'a', role: 'source', description: 'The value subtracted from.' },
      { name: 'b', role: 'source', description: 'The value subtracted.' },
    ],
    modifiers: [...rounding(true), ftz('`.f32` and `.f32x2`'), sat(), f32x2],
    semantics: 'd = round(a - b);            // .f32x2: each 32-bit half separately',
    introduced: '1.0',
    versionNotes: [{ version: '8.6', change: '`.f32x2` packed form.' }],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`.f64`' },
      { target: 'sm_20', requirement: '`.rm` and `.rp` with `.f32`' },
      { target: 'sm_100', requirement: '`.f32x2`' },
    ],
    cuda: 'The binary `-` operator on `float`/`double`; `__fsub_rn`, `__fsub_rz`, `__fsub_rd`, `__fsub_ru` and the `__dsub_*` versions for explicit rounding.',
    example: {
      target: 'sm_75',
      caption: 'Computes the difference of two doubles with round-toward-zero.',
      code: `.visible .entry fsub_delta(.param .u64 data) {
  .reg .f64 %fd<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.f64 {%fd1, %fd2}, [%rd1];
  sub.rz.f64 %fd3, %fd2, %fd1;
  st.global.f64 [%rd1+16], %fd3;
}`,
    },
    anchor: 'floating-point-instructions-sub',
  },
  {
    opcode: 'mul',
    select: selFloat('mul'),
    family: 'floating-point',
    summary: 'Multiply two single- or double-precision floating-point values',
    description:
      'Computes `a * b` in `.f32`, `.f64` or two packed `.f32` lanes. All operands have the same size (there is no widening float multiply). ' +
      'Without a rounding modifier, a `mul` followed by an `add`/`sub` may be fused into one FMA by the compiler.\n\n' +
      '`.ftz` and `.sat` apply to single precision only.',
    syntax: ['mul{.rnd}{.ftz}{.sat}.f32  d, a, b;', 'mul{.rnd}{.ftz}.f32x2      d, a, b;', 'mul{.rnd}.f64              d, a, b;', '.rnd = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the rounded product.' },
      { name: 'a', role: 'source', description: 'First factor.' },
      { name: 'b', role: 'source', description: 'Second factor.' },
    ],
    modifiers: [...rounding(true), ftz('`.f32` and `.f32x2`'), sat(), f32x2],
    semantics: 'd = round(a * b);            // .f32x2: each 32-bit half separately',
    introduced: '1.0',
    versionNotes: [{ version: '8.6', change: '`.f32x2` packed form.' }],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`.f64`' },
      { target: 'sm_20', requirement: '`.rm` and `.rp` with `.f32`' },
      { target: 'sm_100', requirement: '`.f32x2`' },
    ],
    cuda: 'The `*` operator on `float`/`double`; `__fmul_rn`/`_rz`/`_rd`/`_ru` and `__dmul_*` for explicit rounding; `__fmul2_rn` on `float2` for `.f32x2`.',
    example: {
      target: 'sm_100',
      caption: 'Scales a value, then multiplies two packed float pairs at once.',
      code: `.visible .entry fmul_scale(.param .u64 data, .param .f32 s) {
  .reg .f32 %f<4>;
  .reg .b64 %rd<5>;
  ld.param.u64 %rd1, [data];
  ld.param.f32 %f1, [s];
  ld.global.f32 %f2, [%rd1];
  mul.rn.f32 %f3, %f2, %f1;
  st.global.f32 [%rd1], %f3;
  ld.global.b64 %rd2, [%rd1+8];
  ld.global.b64 %rd3, [%rd1+16];
  mul.rn.f32x2 %rd4, %rd2, %rd3;
  st.global.b64 [%rd1+8], %rd4;
}`,
    },
    anchor: 'floating-point-instructions-mul',
  },
  {
    opcode: 'fma',
    family: 'floating-point',
    summary: 'Fused multiply-add of single- or double-precision values with one rounding',
    description:
      'Computes `a * b + c` as if with infinite precision and rounds only once at the end. That makes it both faster and more accurate ' +
      'than a separate multiply and add. A rounding modifier is required.\n\n' +
      '`.f32x2` does two independent single-precision FMAs on packed pairs. `.ftz` and `.sat` apply to single precision only.',
    syntax: ['fma.rnd{.ftz}{.sat}.f32  d, a, b, c;', 'fma.rnd{.ftz}.f32x2      d, a, b, c;', 'fma.rnd.f64              d, a, b, c;', '.rnd = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the rounded result.' },
      { name: 'a', role: 'source', description: 'First factor.' },
      { name: 'b', role: 'source', description: 'Second factor.' },
      { name: 'c', role: 'source', description: 'Addend.' },
    ],
    modifiers: [...rounding(false), ftz('`.f32` and `.f32x2`'), sat(), f32x2],
    semantics: 'd = round(a * b + c);        // product and sum exact, one rounding',
    introduced: '1.4',
    versionNotes: [
      { version: '2.0', change: '`fma.f32`.' },
      { version: '8.6', change: '`.f32x2` packed form.' },
    ],
    minTarget: 'sm_13',
    targetNotes: [
      { target: 'sm_20', requirement: '`fma.f32`' },
      { target: 'sm_100', requirement: '`.f32x2`' },
    ],
    cuda: '`fmaf`/`fma`, `__fmaf_rn`/`_rz`/`_rd`/`_ru`, `__fma_rn` …; nvcc also contracts `a * b + c` into `fma.rn` by default (`-fmad=true`). `__ffma2_rn` on `float2` gives `.f32x2`.',
    example: {
      target: 'sm_75',
      caption: 'One step of a polynomial evaluated with Horner\'s rule.',
      code: `.visible .entry fma_horner(.param .u64 data) {
  .reg .f32 %f<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.f32 %f1, [%rd1];
  fma.rn.f32 %f2, %f1, 0f3E2AAAAB, 0f3F000000;
  fma.rn.f32 %f3, %f2, %f1, 0f3F800000;
  st.global.f32 [%rd1], %f3;
}`,
    },
    anchor: 'floating-point-instructions-fma',
  },
  {
    opcode: 'mad',
    select: selFloat('mad'),
    family: 'floating-point',
    summary: 'Multiply-add of floating-point values (the same as fma on current targets)',
    description:
      'Computes `a * b + c`. On sm_20 and newer `mad.f32` and `mad.f64` behave exactly like `fma`: the product and sum are exact and ' +
      'rounded once, and a rounding modifier is required.\n\n' +
      'Only sm_1x targets had a different, non-fused `mad.f32` without a rounding modifier; new code normally writes `fma` instead.',
    syntax: ['mad{.ftz}{.sat}.f32      d, a, b, c;    // sm_1x only', 'mad.rnd{.ftz}{.sat}.f32  d, a, b, c;', 'mad.rnd.f64              d, a, b, c;', '.rnd = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the result.' },
      { name: 'a', role: 'source', description: 'First factor.' },
      { name: 'b', role: 'source', description: 'Second factor.' },
      { name: 'c', role: 'source', description: 'Addend.' },
    ],
    modifiers: [...rounding(false), ftz(), sat()],
    semantics: 'd = round(a * b + c);        // fused on sm_20 and newer',
    introduced: '1.0',
    versionNotes: [
      { version: '1.4', change: 'A rounding modifier became required for `mad.f64`.' },
      { version: '2.0', change: 'A rounding modifier became required for `mad.f32` on sm_20 and newer (enforced by ptxas from PTX ISA 3.2).' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`.f64`' },
      { target: 'sm_20', requirement: 'rounding modifiers with `.f32`' },
    ],
    cuda: 'Not emitted by current nvcc, which writes `fma.rn` instead; available through inline asm.',
    example: {
      target: 'sm_75',
      caption: 'Linear interpolation written with mad, which behaves like fma here.',
      code: `.visible .entry fmad_lerp(.param .f32 a, .param .f32 b, .param .f32 t, .param .u64 out) {
  .reg .f32 %f<6>;
  .reg .b64 %rd<2>;
  ld.param.f32 %f1, [a];
  ld.param.f32 %f2, [b];
  ld.param.f32 %f3, [t];
  sub.f32 %f4, %f2, %f1;
  mad.rn.f32 %f5, %f4, %f3, %f1;
  ld.param.u64 %rd1, [out];
  st.global.f32 [%rd1], %f5;
}`,
    },
    anchor: 'floating-point-instructions-mad',
  },
  {
    opcode: 'div',
    select: selFloat('div'),
    family: 'floating-point',
    summary: 'Divide floating-point values, approximately or with IEEE rounding',
    description:
      'Computes `a / b`. Single precision offers three flavours: `.approx` (fast, computed as `a * (1/b)`, up to 2 ulp error, ' +
      'and wrong for very large `|b|`), `.full` (still approximate with up to 2 ulp, but correct across the whole range) and an IEEE-rounded ' +
      'form chosen with `.rn`/`.rz`/`.rm`/`.rp`. Double precision only has the IEEE-rounded form.\n\n' +
      'One of `.approx`, `.full` or a rounding mode must be written. The IEEE forms are not single hardware instructions; ptxas expands them into a sequence.',
    syntax: ['div.approx{.ftz}.f32  d, a, b;', 'div.full{.ftz}.f32    d, a, b;', 'div.rnd{.ftz}.f32     d, a, b;', 'div.rnd.f64           d, a, b;', '.rnd = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the quotient.' },
      { name: 'a', role: 'source', description: 'Dividend.' },
      { name: 'b', role: 'source', description: 'Divisor.' },
    ],
    modifiers: [
      { name: '.approx', description: 'Fast approximation `a * (1/b)`: at most 2 ulp error for |b| in [2^-126, 2^126]. For 2^126 < |b| < 2^128 it returns a zero of the right sign (NaN if `a` is infinite).' },
      { name: '.full', description: 'Full-range approximation that rescales the operands first: at most 2 ulp error for all inputs, but not IEEE-rounded.' },
      ...rounding(false),
      ftz(),
    ],
    semantics: 'd = a / b;',
    introduced: '1.0',
    versionNotes: [{ version: '1.4', change: 'Explicit `.approx`, `.full`, `.ftz` and rounding modifiers; one of `.approx`, `.full` or a rounding mode became required.' }],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`div.rn.f64`' },
      { target: 'sm_20', requirement: '`div.rnd.f32` and `div.{rz,rm,rp}.f64`' },
    ],
    cuda: '`/` on `float` gives `div.rn.f32` by default, `div.full.f32` with `-prec-div=false` and `div.approx.ftz.f32` with `-use_fast_math`; `__fdividef(x, y)` gives `div.approx.f32`; `__fdiv_rn` etc. and `/` on `double` give the IEEE forms.',
    example: {
      target: 'sm_75',
      caption: 'Normalises a value by a total, once exactly and once with the fast approximation.',
      code: `.visible .entry fdiv_normalise(.param .u64 data, .param .f32 total) {
  .reg .f32 %f<5>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.param.f32 %f1, [total];
  ld.global.f32 %f2, [%rd1];
  div.rn.f32 %f3, %f2, %f1;
  div.approx.ftz.f32 %f4, %f2, %f1;
  st.global.v2.f32 [%rd1], {%f3, %f4};
}`,
    },
    anchor: 'floating-point-instructions-div',
  },
  {
    opcode: 'abs',
    select: selFloat('abs'),
    family: 'floating-point',
    summary: 'Absolute value of a single- or double-precision value',
    description:
      'Clears the sign of `a` and writes `|a|` to `d`. `.ftz` flushes a single-precision subnormal to zero first.\n\n' +
      'For `.f32` a NaN input gives an unspecified NaN; for `.f64` the NaN passes through unchanged.',
    syntax: ['abs{.ftz}.f32  d, a;', 'abs.f64        d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the absolute value.' },
      { name: 'a', role: 'source', description: 'Input value.' },
    ],
    modifiers: [ftz()],
    semantics: 'd = |a|;',
    introduced: '1.0',
    minTarget: 'all',
    targetNotes: [{ target: 'sm_13', requirement: '`.f64`' }],
    cuda: '`fabsf(x)` and `fabs(x)`; nvcc also uses it inside `isinf`/`isfinite` checks.',
    example: {
      target: 'sm_75',
      caption: 'Computes the absolute error between a result and a reference.',
      code: `.visible .entry fabs_error(.param .u64 data) {
  .reg .f32 %f<5>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.f32 {%f1, %f2}, [%rd1];
  sub.f32 %f3, %f1, %f2;
  abs.f32 %f4, %f3;
  st.global.f32 [%rd1+8], %f4;
}`,
    },
    anchor: 'floating-point-instructions-abs',
  },
  {
    opcode: 'neg',
    select: selFloat('neg'),
    family: 'floating-point',
    summary: 'Flip the sign of a single- or double-precision value',
    description: 'Writes `-a` to `d`. `.ftz` flushes a single-precision subnormal input or result to zero (keeping the sign). A NaN input gives an unspecified NaN.',
    syntax: ['neg{.ftz}.f32  d, a;', 'neg.f64        d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the negated value.' },
      { name: 'a', role: 'source', description: 'Input value.' },
    ],
    modifiers: [ftz()],
    semantics: 'd = -a;',
    introduced: '1.0',
    minTarget: 'all',
    targetNotes: [{ target: 'sm_13', requirement: '`.f64`' }],
    cuda: 'Unary `-` on `float`/`double` (often folded into a neighbouring instruction\'s operand by ptxas).',
    example: {
      target: 'sm_75',
      caption: 'Negates a double before storing it.',
      code: `.visible .entry fneg_flip(.param .u64 data) {
  .reg .f64 %fd<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.f64 %fd1, [%rd1];
  neg.f64 %fd2, %fd1;
  st.global.f64 [%rd1], %fd2;
}`,
    },
    anchor: 'floating-point-instructions-neg',
  },
  {
    opcode: 'min',
    select: selFloat('min'),
    family: 'floating-point',
    summary: 'Smaller of two or three single- or double-precision values',
    description:
      'Returns the smallest input. By default NaN inputs are ignored: if only one input is NaN the other is returned. With `.NaN`, any NaN input makes the ' +
      'result the canonical NaN. −0.0 counts as smaller than +0.0.\n\n' +
      '`.abs` compares magnitudes, and `.xorsign.abs` additionally gives the result the XOR of the input signs. Single precision also has a three-input form.',
    syntax: ['min{.ftz}{.NaN}{.xorsign.abs}.f32  d, a, b;', 'min{.ftz}{.NaN}{.abs}.f32          d, a, b, c;', 'min.f64                            d, a, b;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the minimum.' },
      { name: 'a', role: 'source', description: 'First value.' },
      { name: 'b', role: 'source', description: 'Second value.' },
      { name: 'c', role: 'source', description: 'Optional third value (three-input `.f32` form only).' },
    ],
    modifiers: [ftz(), nanMod, ...xorsignAbs('smaller')],
    semantics: 'd = smaller of a, b (and c);  // NaNs skipped unless .NaN; -0.0 < +0.0',
    introduced: '1.0',
    versionNotes: [
      { version: '7.0', change: '`.NaN`.' },
      { version: '7.2', change: '`.xorsign.abs`.' },
      { version: '8.8', change: 'Three-input form.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`.f64`' },
      { target: 'sm_80', requirement: '`.NaN`' },
      { target: 'sm_86', requirement: '`.xorsign.abs`' },
      { target: 'sm_100', requirement: 'three inputs' },
    ],
    cuda: '`fminf(x, y)` and `fmin(x, y)` (which, like this instruction, ignore a single NaN input). The `.NaN`, `.xorsign.abs` and three-input forms are mostly reached through inline asm.',
    example: {
      target: 'sm_80',
      caption: 'Clamps a value from above, letting a NaN input propagate.',
      code: `.visible .entry fmin_clamp(.param .u64 data, .param .f32 hi) {
  .reg .f32 %f<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.param.f32 %f1, [hi];
  ld.global.f32 %f2, [%rd1];
  min.NaN.f32 %f3, %f2, %f1;
  st.global.f32 [%rd1], %f3;
}`,
    },
    anchor: 'floating-point-instructions-min',
  },
  {
    opcode: 'max',
    select: selFloat('max'),
    family: 'floating-point',
    summary: 'Larger of two or three single- or double-precision values',
    description:
      'Returns the largest input. By default a NaN input is ignored in favour of the other value; with `.NaN` any NaN input gives the canonical NaN. ' +
      '+0.0 counts as larger than −0.0.\n\n' +
      '`.abs` compares magnitudes and `.xorsign.abs` also sets the result\'s sign to the XOR of the input signs. Single precision has a three-input form too.',
    syntax: ['max{.ftz}{.NaN}{.xorsign.abs}.f32  d, a, b;', 'max{.ftz}{.NaN}{.abs}.f32          d, a, b, c;', 'max.f64                            d, a, b;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the maximum.' },
      { name: 'a', role: 'source', description: 'First value.' },
      { name: 'b', role: 'source', description: 'Second value.' },
      { name: 'c', role: 'source', description: 'Optional third value (three-input `.f32` form only).' },
    ],
    modifiers: [ftz(), nanMod, ...xorsignAbs('larger')],
    semantics: 'd = larger of a, b (and c);   // NaNs skipped unless .NaN; +0.0 > -0.0',
    introduced: '1.0',
    versionNotes: [
      { version: '7.0', change: '`.NaN`.' },
      { version: '7.2', change: '`.xorsign.abs`.' },
      { version: '8.8', change: 'Three-input form.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`.f64`' },
      { target: 'sm_80', requirement: '`.NaN`' },
      { target: 'sm_86', requirement: '`.xorsign.abs`' },
      { target: 'sm_100', requirement: 'three inputs' },
    ],
    cuda: '`fmaxf(x, y)` and `fmax(x, y)`; a ReLU written as `fmaxf(x, 0.0f)`. The `.NaN`, `.xorsign.abs` and three-input forms need inline asm.',
    example: {
      target: 'sm_100',
      caption: 'Finds the largest of three values in one instruction, then applies a ReLU.',
      code: `.visible .entry fmax_three(.param .u64 data) {
  .reg .f32 %f<6>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.f32 {%f1, %f2}, [%rd1];
  ld.global.f32 %f3, [%rd1+8];
  max.f32 %f4, %f1, %f2, %f3;
  max.f32 %f5, %f4, 0f00000000;
  st.global.f32 [%rd1], %f5;
}`,
    },
    anchor: 'floating-point-instructions-max',
  },
  {
    opcode: 'rcp',
    family: 'floating-point',
    summary: 'Reciprocal 1/a, approximate or IEEE-rounded',
    description:
      'Computes `1 / a`. `rcp.approx.f32` is a fast hardware approximation with at most 1 ulp error; the `.rn`/`.rz`/`.rm`/`.rp` forms are correctly rounded ' +
      '(and expanded by ptxas into a short sequence). Double precision has only the rounded forms here; see `rcp.approx.ftz.f64` for a quick double estimate.\n\n' +
      'Either `.approx` or a rounding mode must be written.',
    syntax: ['rcp.approx{.ftz}.f32  d, a;', 'rcp.rnd{.ftz}.f32     d, a;', 'rcp.rnd.f64           d, a;', '.rnd = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the reciprocal.' },
      { name: 'a', role: 'source', description: 'Input value; ±0 gives ±∞ and ±∞ gives ±0.' },
    ],
    modifiers: [approx('1/a (at most 1 ulp error)'), ...rounding(false), ftz()],
    semantics: 'd = 1 / a;',
    introduced: '1.0',
    versionNotes: [
      { version: '1.4', change: '`rcp.rn.f64` and explicit `.approx` and `.ftz`; `.approx` or a rounding mode became required.' },
      { version: '2.0', change: 'The other rounding modes.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`rcp.rn.f64`' },
      { target: 'sm_20', requirement: '`rcp.rnd.f32` and `rcp.{rz,rm,rp}.f64`' },
    ],
    cuda: '`__frcp_rn`/`_rz`/`_rd`/`_ru` and `__drcp_rn` …; `1.0f / x` gives `rcp.rn.f32` (or `rcp.approx.ftz.f32` with `-use_fast_math`).',
    example: {
      target: 'sm_75',
      caption: 'Computes an inverse scale once so later code can multiply instead of divide.',
      code: `.visible .entry rcp_inverse(.param .f32 scale, .param .u64 out) {
  .reg .f32 %f<4>;
  .reg .b64 %rd<2>;
  ld.param.f32 %f1, [scale];
  rcp.rn.f32 %f2, %f1;
  rcp.approx.ftz.f32 %f3, %f1;
  ld.param.u64 %rd1, [out];
  st.global.v2.f32 [%rd1], {%f2, %f3};
}`,
    },
    anchor: 'floating-point-instructions-rcp',
  },
  {
    opcode: 'rcp.approx.ftz.f64',
    family: 'floating-point',
    summary: 'Rough double-precision reciprocal from the upper 32 bits of the input',
    description:
      'A very fast but coarse estimate of `1 / a` for doubles. It looks only at the upper 32 bits of `a` (sign, exponent and 20 mantissa bits), ' +
      'produces the upper 32 bits of the result the same way, and sets the lower 32 bits of `d` to zero.\n\n' +
      'Subnormal inputs and results are flushed to zero and NaN inputs give the canonical NaN `0x7fffffff00000000`. It is meant as the seed for a few Newton–Raphson steps.',
    syntax: ['rcp.approx.ftz.f64  d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the estimate; its low 32 bits are zero.' },
      { name: 'a', role: 'source', description: 'Input double; only its upper 32 bits are read.' },
    ],
    modifiers: [
      { name: '.approx', description: 'Marks this as the coarse hardware estimate, computed from only the top 20 mantissa bits of the input.' },
      { name: '.ftz', description: 'Subnormal inputs and results become zero of the same sign (always, for this instruction).' },
    ],
    semantics: 'x = a with its low 32 bits ignored;\nd = { upper word: coarse estimate of 1/x, lower word: 0 };',
    introduced: '2.1',
    minTarget: 'sm_20',
    cuda: 'Inline asm; libraries use it as the starting guess for double-precision division and reciprocal refinement.',
    example: {
      target: 'sm_75',
      caption: 'Refines the coarse double reciprocal with one Newton–Raphson step.',
      code: `.visible .entry rcp64_seed(.param .f64 x, .param .u64 out) {
  .reg .f64 %fd<5>;
  .reg .b64 %rd<2>;
  ld.param.f64 %fd1, [x];
  rcp.approx.ftz.f64 %fd2, %fd1;
  neg.f64 %fd3, %fd1;
  fma.rn.f64 %fd4, %fd3, %fd2, 0d3FF0000000000000;
  fma.rn.f64 %fd4, %fd2, %fd4, %fd2;
  ld.param.u64 %rd1, [out];
  st.global.f64 [%rd1], %fd4;
}`,
    },
    anchor: 'floating-point-instructions-rcp-approx-ftz-f64',
  },
  {
    opcode: 'sqrt',
    family: 'floating-point',
    summary: 'Square root, approximate or IEEE-rounded',
    description:
      'Computes the square root of `a`. `sqrt.approx.f32` is a fast approximation (relative error about 2^-23); the `.rn`/`.rz`/`.rm`/`.rp` forms are ' +
      'correctly rounded. Negative inputs give NaN, and −0.0 gives −0.0.\n\n' +
      'Either `.approx` or a rounding mode must be written; doubles only have the rounded forms.',
    syntax: ['sqrt.approx{.ftz}.f32  d, a;', 'sqrt.rnd{.ftz}.f32     d, a;', 'sqrt.rnd.f64           d, a;', '.rnd = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the square root.' },
      { name: 'a', role: 'source', description: 'Input value.' },
    ],
    modifiers: [approx('the square root'), ...rounding(false), ftz()],
    semantics: 'd = sqrt(a);',
    introduced: '1.0',
    versionNotes: [
      { version: '1.4', change: '`sqrt.rn.f64` and explicit `.approx` and `.ftz`; `.approx` or a rounding mode became required.' },
      { version: '2.0', change: 'The other rounding modes.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`sqrt.rn.f64`' },
      { target: 'sm_20', requirement: '`sqrt.rnd.f32` and `sqrt.{rz,rm,rp}.f64`' },
    ],
    cuda: '`sqrtf(x)` gives `sqrt.rn.f32` (`sqrt.approx.f32` with `-prec-sqrt=false`, `sqrt.approx.ftz.f32` with `-use_fast_math`); `sqrt(double)` gives `sqrt.rn.f64`; `__fsqrt_rn` etc. pick a rounding.',
    example: {
      target: 'sm_75',
      caption: 'Computes the length of a 2-D vector.',
      code: `.visible .entry sqrt_length(.param .u64 data) {
  .reg .f32 %f<5>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.f32 {%f1, %f2}, [%rd1];
  mul.f32 %f3, %f1, %f1;
  fma.rn.f32 %f3, %f2, %f2, %f3;
  sqrt.rn.f32 %f4, %f3;
  st.global.f32 [%rd1+8], %f4;
}`,
    },
    anchor: 'floating-point-instructions-sqrt',
  },
  {
    opcode: 'rsqrt',
    family: 'floating-point',
    summary: 'Approximate reciprocal square root 1/sqrt(a)',
    description:
      'Computes an approximation of `1 / sqrt(a)`; there is no correctly rounded form. For `.f32` the relative error is about 2^-22.9. ' +
      '+0.0 gives +∞, negative numbers give NaN.\n\n' +
      'The `.f64` version is emulated in software and relatively slow; `rsqrt.approx.ftz.f64` is the quick coarse alternative.',
    syntax: ['rsqrt.approx{.ftz}.f32  d, a;', 'rsqrt.approx.f64        d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the reciprocal square root.' },
      { name: 'a', role: 'source', description: 'Input value.' },
    ],
    modifiers: [approx('1/sqrt(a)'), ftz()],
    semantics: 'd = 1 / sqrt(a);',
    introduced: '1.0',
    versionNotes: [{ version: '1.4', change: 'Explicit `.approx` and `.ftz`; `.approx` became required.' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_13', requirement: '`.f64`' }],
    cuda: '`rsqrtf(x)` gives `rsqrt.approx.f32` (`.ftz` with `-use_fast_math`); `rsqrt(double)` gives `rsqrt.approx.f64`.',
    example: {
      target: 'sm_75',
      caption: 'Normalises a 2-D vector by multiplying with the reciprocal of its length.',
      code: `.visible .entry rsqrt_normalise(.param .u64 data) {
  .reg .f32 %f<6>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.f32 {%f1, %f2}, [%rd1];
  mul.f32 %f3, %f1, %f1;
  fma.rn.f32 %f3, %f2, %f2, %f3;
  rsqrt.approx.f32 %f4, %f3;
  mul.f32 %f5, %f1, %f4;
  mul.f32 %f4, %f2, %f4;
  st.global.v2.f32 [%rd1], {%f5, %f4};
}`,
    },
    anchor: 'floating-point-instructions-rsqrt',
  },
  {
    opcode: 'rsqrt.approx.ftz.f64',
    family: 'floating-point',
    summary: 'Rough double-precision reciprocal square root from the upper 32 bits',
    description:
      'A fast, coarse estimate of `1 / sqrt(a)` for doubles. Only the upper 32 bits of `a` are used, and the lower 32 bits of the result are zero.\n\n' +
      'Subnormals are flushed to zero (so ±subnormal gives ±∞), negative numbers and −∞ give NaN, and NaN inputs give the canonical NaN `0x7fffffff00000000`. ' +
      'Use it as a starting point for Newton–Raphson refinement.',
    syntax: ['rsqrt.approx.ftz.f64 d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the estimate; its low 32 bits are zero.' },
      { name: 'a', role: 'source', description: 'Input double; only its upper 32 bits are read.' },
    ],
    modifiers: [
      { name: '.approx', description: 'Marks this as the coarse hardware estimate.' },
      { name: '.ftz', description: 'Subnormal inputs and results become zero of the same sign (always, for this instruction).' },
    ],
    semantics: 'x = a with its low 32 bits ignored;\nd = { upper word: coarse estimate of 1/sqrt(x), lower word: 0 };',
    introduced: '4.0',
    minTarget: 'sm_20',
    cuda: 'Inline asm; math libraries use it to seed double-precision `rsqrt`/`sqrt` refinement.',
    example: {
      target: 'sm_75',
      caption: 'Gets a coarse double-precision 1/sqrt(x) estimate.',
      code: `.visible .entry rsqrt64_seed(.param .f64 x, .param .u64 out) {
  .reg .f64 %fd<3>;
  .reg .b64 %rd<2>;
  ld.param.f64 %fd1, [x];
  rsqrt.approx.ftz.f64 %fd2, %fd1;
  ld.param.u64 %rd1, [out];
  st.global.f64 [%rd1], %fd2;
}`,
    },
    anchor: 'floating-point-instructions-rsqrt-approx-ftz-f64',
  },
  {
    opcode: 'sin',
    family: 'floating-point',
    summary: 'Fast approximate sine of an angle in radians',
    description:
      'Computes an approximation of `sin(a)` for `.f32`. The absolute error is about 2^-20.5 for angles in [−2π, 2π] and 2^-14.7 within [−100π, 100π]; ' +
      'beyond that there is no error guarantee. Infinite inputs give NaN.',
    syntax: ['sin.approx{.ftz}.f32  d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the sine.' },
      { name: 'a', role: 'source', description: 'Angle in radians.' },
    ],
    modifiers: [approx('sine'), ftz()],
    semantics: 'd = sin(a);',
    introduced: '1.0',
    versionNotes: [{ version: '1.4', change: 'Explicit `.approx` and `.ftz`; `.approx` became required.' }],
    minTarget: 'all',
    cuda: '`__sinf(x)`, and `sinf(x)` when compiled with `-use_fast_math` (the accurate `sinf` is a software routine).',
    example: {
      target: 'sm_75',
      caption: 'Evaluates a wave at a phase given per thread.',
      code: `.visible .entry sin_wave(.param .u64 data) {
  .reg .f32 %f<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.f32 %f1, [%rd1];
  sin.approx.ftz.f32 %f2, %f1;
  st.global.f32 [%rd1], %f2;
}`,
    },
    anchor: 'floating-point-instructions-sin',
  },
  {
    opcode: 'cos',
    family: 'floating-point',
    summary: 'Fast approximate cosine of an angle in radians',
    description:
      'Computes an approximation of `cos(a)` for `.f32`, with the same error bounds as `sin.approx`: about 2^-20.5 absolute error in [−2π, 2π], ' +
      '2^-14.7 in [−100π, 100π], and best effort outside. ±0 gives 1.0 and infinite inputs give NaN.',
    syntax: ['cos.approx{.ftz}.f32  d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the cosine.' },
      { name: 'a', role: 'source', description: 'Angle in radians.' },
    ],
    modifiers: [approx('cosine'), ftz()],
    semantics: 'd = cos(a);',
    introduced: '1.0',
    versionNotes: [{ version: '1.4', change: 'Explicit `.approx` and `.ftz`; `.approx` became required.' }],
    minTarget: 'all',
    cuda: '`__cosf(x)`, and `cosf(x)` with `-use_fast_math`; `__sincosf` produces a `sin.approx`/`cos.approx` pair.',
    example: {
      target: 'sm_75',
      caption: 'Rotates a 2-D point clockwise by an angle using sine and cosine.',
      code: `.visible .entry cos_rotate(.param .u64 data, .param .f32 angle) {
  .reg .f32 %f<8>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.param.f32 %f1, [angle];
  cos.approx.f32 %f2, %f1;
  sin.approx.f32 %f3, %f1;
  ld.global.v2.f32 {%f4, %f5}, [%rd1];
  mul.f32 %f6, %f5, %f3;
  fma.rn.f32 %f6, %f4, %f2, %f6;
  neg.f32 %f7, %f4;
  mul.f32 %f7, %f7, %f3;
  fma.rn.f32 %f7, %f5, %f2, %f7;
  st.global.v2.f32 [%rd1], {%f6, %f7};
}`,
    },
    anchor: 'floating-point-instructions-cos',
  },
  {
    opcode: 'lg2',
    family: 'floating-point',
    summary: 'Fast approximate base-2 logarithm',
    description:
      'Computes an approximation of `log2(a)` for `.f32`. The absolute error is about 2^-22 for inputs in (0.5, 2) and the relative error about 2^-22 elsewhere. ' +
      'Zero gives −∞ and negative numbers give NaN.\n\n' +
      'Natural and base-10 logarithms are built from it by multiplying with a constant.',
    syntax: ['lg2.approx{.ftz}.f32  d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives log2(a).' },
      { name: 'a', role: 'source', description: 'Input value.' },
    ],
    modifiers: [approx('log2'), ftz()],
    semantics: 'd = log2(a);',
    introduced: '1.0',
    versionNotes: [{ version: '1.4', change: 'Explicit `.approx` and `.ftz`; `.approx` became required.' }],
    minTarget: 'all',
    cuda: '`__log2f(x)`; `__logf`/`__log10f` (a `lg2.approx` times a constant); `log2f`/`logf` with `-use_fast_math`.',
    example: {
      target: 'sm_75',
      caption: 'Computes a natural logarithm as log2(x) * ln(2).',
      code: `.visible .entry lg2_ln(.param .u64 data) {
  .reg .f32 %f<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.f32 %f1, [%rd1];
  lg2.approx.ftz.f32 %f2, %f1;
  mul.ftz.f32 %f3, %f2, 0f3F317218;
  st.global.f32 [%rd1], %f3;
}`,
    },
    anchor: 'floating-point-instructions-lg2',
  },
  {
    opcode: 'ex2',
    family: 'floating-point',
    summary: 'Fast approximate power of two, 2^a',
    description:
      'Computes an approximation of `2^a` for `.f32`, within 2 ulp of the correctly rounded result over the full input range. ' +
      '−∞ gives +0.0 and ±0 gives 1.0.\n\n' +
      'It is the basis of fast `exp`: `e^x = 2^(x * log2(e))`, which is how softmax kernels usually compute exponentials.',
    syntax: ['ex2.approx{.ftz}.f32  d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives 2^a.' },
      { name: 'a', role: 'source', description: 'The exponent.' },
    ],
    modifiers: [approx('2^a (within 2 ulp)'), ftz()],
    semantics: 'd = 2 ^ a;',
    introduced: '1.0',
    versionNotes: [{ version: '1.4', change: 'Explicit `.approx` and `.ftz`; `.approx` became required.' }],
    minTarget: 'all',
    cuda: '`exp2f(x)` gives `ex2.approx.f32`; `__expf(x)` gives a multiply by log2(e) followed by `ex2.approx.f32` (both become `ex2.approx.ftz.f32` under `-use_fast_math`, which also routes `expf` this way).',
    example: {
      target: 'sm_75',
      caption: 'Computes e^x for a softmax numerator via 2^(x·log2 e).',
      code: `.visible .entry ex2_exp(.param .u64 data, .param .f32 rowmax) {
  .reg .f32 %f<5>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.param.f32 %f1, [rowmax];
  ld.global.f32 %f2, [%rd1];
  sub.f32 %f3, %f2, %f1;
  mul.f32 %f3, %f3, 0f3FB8AA3B;
  ex2.approx.ftz.f32 %f4, %f3;
  st.global.f32 [%rd1], %f4;
}`,
    },
    anchor: 'floating-point-instructions-ex2',
  },
  {
    opcode: 'tanh',
    family: 'floating-point',
    summary: 'Fast approximate hyperbolic tangent of a single-precision value',
    description:
      'Computes an approximation of `tanh(a)` for `.f32` with a maximum relative error of about 2^-11. ±∞ gives ±1.0.\n\n' +
      'Subnormal inputs are handled (they pass through, since tanh(x) ≈ x near zero), so there is no `.ftz`. It is popular for activation functions such as GELU.',
    syntax: ['tanh.approx.f32 d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives tanh(a).' },
      { name: 'a', role: 'source', description: 'Input value.' },
    ],
    modifiers: [approx('tanh (relative error about 2^-11)')],
    semantics: 'd = tanh(a);',
    introduced: '7.0',
    minTarget: 'sm_75',
    cuda: '`__tanhf(x)`, or `tanhf(x)` compiled with `-use_fast_math` on sm_75+ (the default `tanhf` is a software sequence).',
    example: {
      target: 'sm_75',
      caption: 'Applies a tanh activation to one element.',
      code: `.visible .entry tanh_act(.param .u64 data) {
  .reg .f32 %f<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.f32 %f1, [%rd1];
  tanh.approx.f32 %f2, %f1;
  st.global.f32 [%rd1], %f2;
}`,
    },
    anchor: 'floating-point-instructions-tanh',
  },

  // ================================================================ half precision (.f16 / .bf16)
  {
    opcode: 'add',
    select: selHalf('add'),
    family: 'half-precision',
    summary: 'Add half-precision (f16 or bf16) values, scalar or packed pairs',
    description:
      'Computes `a + b` on `.f16`, `.bf16`, or two of them packed in a 32-bit register (`.f16x2`, `.bf16x2`). ' + halfLanes + '\n\n' +
      'Rounding is always to nearest even; writing `.rn` explicitly keeps the compiler from fusing the add with a multiply. ' +
      '`.ftz` and `.sat` exist only for the `.f16` types.',
    syntax: ['add{.rnd}{.ftz}{.sat}.f16   d, a, b;', 'add{.rnd}{.ftz}{.sat}.f16x2 d, a, b;', 'add{.rnd}.bf16   d, a, b;', 'add{.rnd}.bf16x2 d, a, b;', '.rnd = { .rn };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the sum: a 16-bit register for scalars, 32-bit for packed pairs.' },
      { name: 'a', role: 'source', description: 'First addend.' },
      { name: 'b', role: 'source', description: 'Second addend.' },
    ],
    modifiers: [rnOnly(true), ftz('`.f16` and `.f16x2`'), sat('`.f16` and `.f16x2`'), f16x2, bf16x2],
    semantics: 'd = round(a + b);    // x2 types: d.lo = a.lo + b.lo; d.hi = a.hi + b.hi',
    introduced: '4.2',
    versionNotes: [{ version: '7.8', change: '`.bf16` and `.bf16x2`.' }],
    minTarget: 'sm_53',
    targetNotes: [{ target: 'sm_90', requirement: '`.bf16` and `.bf16x2`' }],
    cuda: '`__hadd`, `__hadd2`, `__hadd_sat`, `__hadd2_sat` and the `+` operator on `__half`/`__half2`/`__nv_bfloat16`/`__nv_bfloat162` (cuda_fp16.h / cuda_bf16.h emit them via inline asm).',
    example: {
      target: 'sm_75',
      caption: 'Adds two pairs of half-precision values with one packed instruction.',
      code: `.visible .entry hadd2_pairs(.param .u64 data) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.b32 {%r1, %r2}, [%rd1];
  add.rn.f16x2 %r3, %r1, %r2;
  st.global.b32 [%rd1+8], %r3;
}`,
    },
    anchor: 'half-precision-floating-point-instructions-add',
  },
  {
    opcode: 'sub',
    select: selHalf('sub'),
    family: 'half-precision',
    summary: 'Subtract half-precision (f16 or bf16) values, scalar or packed pairs',
    description:
      'Computes `a - b` on `.f16`, `.bf16`, `.f16x2` or `.bf16x2` data. ' + halfLanes + '\n\n' +
      'Rounding is to nearest even; an explicit `.rn` blocks fusion with a multiply. `.ftz` and `.sat` are available only for the `.f16` types.',
    syntax: ['sub{.rnd}{.ftz}{.sat}.f16   d, a, b;', 'sub{.rnd}{.ftz}{.sat}.f16x2 d, a, b;', 'sub{.rnd}.bf16   d, a, b;', 'sub{.rnd}.bf16x2 d, a, b;', '.rnd = { .rn };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the difference.' },
      { name: 'a', role: 'source', description: 'The value subtracted from.' },
      { name: 'b', role: 'source', description: 'The value subtracted.' },
    ],
    modifiers: [rnOnly(true), ftz('`.f16` and `.f16x2`'), sat('`.f16` and `.f16x2`'), f16x2, bf16x2],
    semantics: 'd = round(a - b);    // x2 types: per 16-bit lane',
    introduced: '4.2',
    versionNotes: [{ version: '7.8', change: '`.bf16` and `.bf16x2`.' }],
    minTarget: 'sm_53',
    targetNotes: [{ target: 'sm_90', requirement: '`.bf16` and `.bf16x2`' }],
    cuda: '`__hsub`, `__hsub2`, `__hsub_sat` and the `-` operator on the CUDA half and bfloat16 types.',
    example: {
      target: 'sm_90',
      caption: 'Subtracts packed bfloat16 pairs.',
      code: `.visible .entry hsub2_bf16(.param .u64 data) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.b32 {%r1, %r2}, [%rd1];
  sub.bf16x2 %r3, %r1, %r2;
  st.global.b32 [%rd1+8], %r3;
}`,
    },
    anchor: 'half-precision-floating-point-instructions-sub',
  },
  {
    opcode: 'mul',
    select: selHalf('mul'),
    family: 'half-precision',
    summary: 'Multiply half-precision (f16 or bf16) values, scalar or packed pairs',
    description:
      'Computes `a * b` on `.f16`, `.bf16`, `.f16x2` or `.bf16x2` data. ' + halfLanes + '\n\n' +
      'Rounding is to nearest even; without an explicit `.rn`, a multiply followed by an add may be fused. `.ftz` and `.sat` are for the `.f16` types only.',
    syntax: ['mul{.rnd}{.ftz}{.sat}.f16   d, a, b;', 'mul{.rnd}{.ftz}{.sat}.f16x2 d, a, b;', 'mul{.rnd}.bf16   d, a, b;', 'mul{.rnd}.bf16x2 d, a, b;', '.rnd = { .rn };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the product.' },
      { name: 'a', role: 'source', description: 'First factor.' },
      { name: 'b', role: 'source', description: 'Second factor.' },
    ],
    modifiers: [rnOnly(true), ftz('`.f16` and `.f16x2`'), sat('`.f16` and `.f16x2`'), f16x2, bf16x2],
    semantics: 'd = round(a * b);    // x2 types: per 16-bit lane',
    introduced: '4.2',
    versionNotes: [{ version: '7.8', change: '`.bf16` and `.bf16x2`.' }],
    minTarget: 'sm_53',
    targetNotes: [{ target: 'sm_90', requirement: '`.bf16` and `.bf16x2`' }],
    cuda: '`__hmul`, `__hmul2`, `__hmul_sat` and the `*` operator on the CUDA half and bfloat16 types.',
    example: {
      target: 'sm_75',
      caption: 'Scales a half value by a half factor.',
      code: `.visible .entry hmul_scale(.param .u64 data) {
  .reg .b16 %h<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.b16 %h1, [%rd1];
  mov.b16 %h2, 0x3800;
  mul.rn.f16 %h3, %h1, %h2;
  st.global.b16 [%rd1], %h3;
}`,
    },
    anchor: 'half-precision-floating-point-instructions-mul',
  },
  {
    opcode: 'fma',
    select: selHalf('fma'),
    family: 'half-precision',
    summary: 'Fused multiply-add of half-precision (f16 or bf16) values',
    description:
      'Computes `a * b + c` with a single rounding at the end, on `.f16`, `.bf16` or packed pairs. ' + halfLanes + '\n\n' +
      '`.relu` turns negative results into zero (useful right after a layer\'s multiply-add), `.sat` clamps `.f16` results to [0, 1], and `.oob` forces the ' +
      'result to zero when an input is the special out-of-bounds NaN produced by tensor loads.',
    syntax: [
      'fma.rnd{.ftz}{.sat}.f16     d, a, b, c;',
      'fma.rnd{.ftz}{.sat}.f16x2   d, a, b, c;',
      'fma.rnd{.ftz}.relu.f16      d, a, b, c;',
      'fma.rnd{.ftz}.relu.f16x2    d, a, b, c;',
      'fma.rnd{.relu}.bf16         d, a, b, c;',
      'fma.rnd{.relu}.bf16x2       d, a, b, c;',
      'fma.rnd.oob{.relu}.type     d, a, b, c;',
      '.rnd = { .rn };',
      '.type = { .f16, .f16x2, .bf16, .bf16x2 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the result.' },
      { name: 'a', role: 'source', description: 'First factor.' },
      { name: 'b', role: 'source', description: 'Second factor.' },
      { name: 'c', role: 'source', description: 'Addend.' },
    ],
    modifiers: [
      rnOnly(false),
      ftz('`.f16` and `.f16x2`'),
      sat('`.f16` and `.f16x2`'),
      { name: '.relu', description: 'Clamps a negative result to 0; a NaN result becomes the canonical NaN.' },
      { name: '.oob', description: 'If any input is the out-of-bounds NaN that tensor loads use to mark padding, the result is +0.0 instead (checked per lane).' },
      f16x2,
      bf16x2,
    ],
    semantics: 'd = round(a * b + c);   // per lane for x2\nif (.relu && d < 0) d = 0;\nif (.oob && any input is OOB-NaN) d = +0.0;',
    introduced: '4.2',
    versionNotes: [
      { version: '7.0', change: '`.relu` for `.f16`/`.f16x2`, and the `.bf16`/`.bf16x2` forms.' },
      { version: '8.1', change: '`.oob`.' },
    ],
    minTarget: 'sm_53',
    targetNotes: [
      { target: 'sm_80', requirement: '`.relu` and the `.bf16`/`.bf16x2` forms' },
      { target: 'sm_90', requirement: '`.oob`' },
    ],
    cuda: '`__hfma`, `__hfma2`, `__hfma_sat`, `__hfma2_sat`, `__hfma_relu`, `__hfma2_relu` on `__half`/`__half2` and the bfloat16 types. `.oob` needs inline asm.',
    example: {
      target: 'sm_80',
      caption: 'A packed half-precision multiply-add followed by ReLU, as in a small dense layer.',
      code: `.visible .entry hfma2_relu(.param .u64 data) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.b32 {%r1, %r2}, [%rd1];
  ld.global.b32 %r3, [%rd1+8];
  fma.rn.relu.f16x2 %r4, %r1, %r2, %r3;
  st.global.b32 [%rd1+12], %r4;
}`,
    },
    anchor: 'half-precision-floating-point-instructions-fma',
  },
  {
    opcode: 'neg',
    select: selHalf('neg'),
    family: 'half-precision',
    summary: 'Flip the sign of half-precision (f16 or bf16) values',
    description:
      'Writes `-a` to `d` for `.f16`, `.bf16` or packed pairs. ' + halfLanes + ' `.ftz` (for the `.f16` types) flushes subnormals to zero; a NaN input gives an unspecified NaN.',
    syntax: ['neg{.ftz}.f16    d, a;', 'neg{.ftz}.f16x2  d, a;', 'neg.bf16         d, a;', 'neg.bf16x2       d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the negated value(s).' },
      { name: 'a', role: 'source', description: 'Input value(s).' },
    ],
    modifiers: [ftz('`.f16` and `.f16x2`'), f16x2, bf16x2],
    semantics: 'd = -a;    // per lane for x2',
    introduced: '6.0',
    versionNotes: [{ version: '7.0', change: '`.bf16` and `.bf16x2`.' }],
    minTarget: 'sm_53',
    targetNotes: [{ target: 'sm_80', requirement: '`.bf16` and `.bf16x2`' }],
    cuda: '`__hneg`, `__hneg2` and unary `-` on the CUDA half and bfloat16 types.',
    example: {
      target: 'sm_80',
      caption: 'Negates a packed pair of bfloat16 values.',
      code: `.visible .entry hneg2_bf16(.param .u64 data) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.b32 %r1, [%rd1];
  neg.bf16x2 %r2, %r1;
  st.global.b32 [%rd1], %r2;
}`,
    },
    anchor: 'half-precision-floating-point-instructions-neg',
  },
  {
    opcode: 'abs',
    select: selHalf('abs'),
    family: 'half-precision',
    summary: 'Absolute value of half-precision (f16 or bf16) values',
    description:
      'Clears the sign bit of `.f16`, `.bf16` or each lane of a packed pair. `.ftz` (only for the `.f16` types) flushes subnormals to zero. A NaN input gives an unspecified NaN.',
    syntax: ['abs{.ftz}.f16    d, a;', 'abs{.ftz}.f16x2  d, a;', 'abs.bf16         d, a;', 'abs.bf16x2       d, a;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the absolute value(s).' },
      { name: 'a', role: 'source', description: 'Input value(s).' },
    ],
    modifiers: [ftz('`.f16` and `.f16x2`'), f16x2, bf16x2],
    semantics: 'd = |a|;    // per lane for x2',
    introduced: '6.5',
    versionNotes: [{ version: '7.0', change: '`.bf16` and `.bf16x2`.' }],
    minTarget: 'sm_53',
    targetNotes: [{ target: 'sm_80', requirement: '`.bf16` and `.bf16x2`' }],
    cuda: '`__habs` and `__habs2` on `__half`/`__half2` and the bfloat16 types.',
    example: {
      target: 'sm_75',
      caption: 'Takes the magnitude of two packed half values.',
      code: `.visible .entry habs2_pair(.param .u64 data) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.b32 %r1, [%rd1];
  abs.f16x2 %r2, %r1;
  st.global.b32 [%rd1], %r2;
}`,
    },
    anchor: 'half-precision-floating-point-instructions-abs',
  },
  {
    opcode: 'min',
    select: selHalf('min'),
    family: 'half-precision',
    summary: 'Smaller of two half-precision (f16 or bf16) values',
    description:
      'Returns the smaller of `a` and `b` for `.f16`, `.bf16` or each lane of a packed pair. A single NaN input is ignored unless `.NaN` is given, ' +
      'in which case the result is the canonical NaN. −0.0 is treated as smaller than +0.0.\n\n' +
      '`.xorsign.abs` compares magnitudes and gives the result the XOR of the input signs.',
    syntax: ['min{.ftz}{.NaN}{.xorsign.abs}.f16      d, a, b;', 'min{.ftz}{.NaN}{.xorsign.abs}.f16x2    d, a, b;', 'min{.NaN}{.xorsign.abs}.bf16           d, a, b;', 'min{.NaN}{.xorsign.abs}.bf16x2         d, a, b;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the minimum (per lane).' },
      { name: 'a', role: 'source', description: 'First value(s).' },
      { name: 'b', role: 'source', description: 'Second value(s).' },
    ],
    modifiers: [ftz('`.f16` and `.f16x2`'), nanMod, ...xorsignAbs('smaller'), f16x2, bf16x2],
    semantics: 'd = smaller(a, b);   // per lane; NaN skipped unless .NaN',
    introduced: '7.0',
    versionNotes: [{ version: '7.2', change: '`.xorsign.abs`.' }],
    minTarget: 'sm_80',
    targetNotes: [{ target: 'sm_86', requirement: '`.xorsign.abs`' }],
    cuda: '`__hmin`, `__hmin2`, `__hmin_nan`, `__hmin2_nan` for `__half`/`__half2` and the bfloat16 types.',
    example: {
      target: 'sm_80',
      caption: 'Takes the lane-wise minimum of two packed half pairs, propagating NaN.',
      code: `.visible .entry hmin2_nan(.param .u64 data) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.b32 {%r1, %r2}, [%rd1];
  min.NaN.f16x2 %r3, %r1, %r2;
  st.global.b32 [%rd1+8], %r3;
}`,
    },
    anchor: 'half-precision-floating-point-instructions-min',
  },
  {
    opcode: 'max',
    select: selHalf('max'),
    family: 'half-precision',
    summary: 'Larger of two half-precision (f16 or bf16) values',
    description:
      'Returns the larger of `a` and `b` for `.f16`, `.bf16` or each lane of a packed pair. A single NaN input is ignored unless `.NaN` is given. ' +
      '+0.0 is treated as larger than −0.0.\n\n' +
      '`.xorsign.abs` compares magnitudes and sets the result\'s sign to the XOR of the input signs.',
    syntax: ['max{.ftz}{.NaN}{.xorsign.abs}.f16      d, a, b;', 'max{.ftz}{.NaN}{.xorsign.abs}.f16x2    d, a, b;', 'max{.NaN}{.xorsign.abs}.bf16           d, a, b;', 'max{.NaN}{.xorsign.abs}.bf16x2         d, a, b;'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the maximum (per lane).' },
      { name: 'a', role: 'source', description: 'First value(s).' },
      { name: 'b', role: 'source', description: 'Second value(s).' },
    ],
    modifiers: [ftz('`.f16` and `.f16x2`'), nanMod, ...xorsignAbs('larger'), f16x2, bf16x2],
    semantics: 'd = larger(a, b);    // per lane; NaN skipped unless .NaN',
    introduced: '7.0',
    versionNotes: [{ version: '7.2', change: '`.xorsign.abs`.' }],
    minTarget: 'sm_80',
    targetNotes: [{ target: 'sm_86', requirement: '`.xorsign.abs`' }],
    cuda: '`__hmax`, `__hmax2`, `__hmax_nan`, `__hmax2_nan` for `__half`/`__half2` and the bfloat16 types.',
    example: {
      target: 'sm_80',
      caption: 'Applies a ReLU to two packed bfloat16 values by taking the maximum with zero.',
      code: `.visible .entry hmax2_relu(.param .u64 data) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.b32 %r1, [%rd1];
  mov.b32 %r3, 0;
  max.bf16x2 %r2, %r1, %r3;
  st.global.b32 [%rd1], %r2;
}`,
    },
    anchor: 'half-precision-floating-point-instructions-max',
  },
  {
    opcode: 'tanh',
    select: selHalf('tanh'),
    family: 'half-precision',
    summary: 'Fast approximate hyperbolic tangent of half-precision values',
    description:
      'Computes an approximate `tanh` directly in `.f16`, `.bf16` or packed pairs. The maximum absolute error is about 2^-10.987 for `.f16` and 2^-8 for `.bf16`. ' +
      'Subnormals are supported.',
    syntax: ['tanh.approx.type d, a;', '.type = { .f16, .f16x2, .bf16, .bf16x2 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives tanh(a) (per lane).' },
      { name: 'a', role: 'source', description: 'Input value(s).' },
    ],
    modifiers: [approx('tanh in 16-bit precision'), f16x2, bf16x2],
    semantics: 'd = tanh(a);    // per lane for x2',
    introduced: '7.0',
    versionNotes: [{ version: '7.8', change: '`.bf16` and `.bf16x2`.' }],
    minTarget: 'sm_75',
    targetNotes: [{ target: 'sm_90', requirement: '`.bf16` and `.bf16x2`' }],
    cuda: '`htanh_approx` and `h2tanh_approx` for `__half`/`__half2` and `__nv_bfloat16`/`__nv_bfloat162`.',
    example: {
      target: 'sm_75',
      caption: 'Applies tanh to two packed half values.',
      code: `.visible .entry htanh2_act(.param .u64 data) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.b32 %r1, [%rd1];
  tanh.approx.f16x2 %r2, %r1;
  st.global.b32 [%rd1], %r2;
}`,
    },
    anchor: 'half-precision-floating-point-instructions-tanh',
  },
  {
    opcode: 'ex2',
    select: selHalf('ex2'),
    family: 'half-precision',
    summary: 'Fast approximate 2^a in half precision',
    description:
      'Computes an approximation of `2^a` in `.f16`, `.bf16` or packed pairs. The maximum relative error is about 2^-9.9 for `.f16` and 2^-7 for `.bf16`.\n\n' +
      'The `.f16` forms keep subnormal inputs; the `.bf16` forms must be written with `.ftz` and flush subnormals to zero (so they give 1.0).',
    syntax: ['ex2.approx.atype     d, a;', 'ex2.approx.ftz.btype d, a;', '.atype = { .f16, .f16x2 };', '.btype = { .bf16, .bf16x2 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives 2^a (per lane).' },
      { name: 'a', role: 'source', description: 'The exponent(s).' },
    ],
    modifiers: [approx('2^a in 16-bit precision'), { name: '.ftz', description: 'Flushes subnormal inputs and results to zero of the same sign. Required for the `.bf16` types.' }, f16x2, bf16x2],
    semantics: 'd = 2 ^ a;    // per lane for x2',
    introduced: '7.0',
    versionNotes: [{ version: '7.8', change: '`ex2.approx.ftz.bf16` and `.bf16x2`.' }],
    minTarget: 'sm_75',
    targetNotes: [{ target: 'sm_90', requirement: '`.bf16` and `.bf16x2`' }],
    cuda: 'Inline asm. The CUDA `hexp2`/`h2exp2` functions currently go through `ex2.approx` in `.f32` instead.',
    example: {
      target: 'sm_75',
      caption: 'Raises 2 to two packed half-precision exponents.',
      code: `.visible .entry hex2_pair(.param .u64 data) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.b32 %r1, [%rd1];
  ex2.approx.f16x2 %r2, %r1;
  st.global.b32 [%rd1], %r2;
}`,
    },
    anchor: 'half-precision-floating-point-instructions-ex2',
  },

  // ================================================================ mixed precision (.f32 with .f16/.bf16 input)
  {
    opcode: 'add',
    select: selMixed('add'),
    family: 'mixed-precision',
    summary: 'Add a half-precision value to a single-precision value, producing single precision',
    description:
      'Converts `a` from `.f16` or `.bf16` to `.f32` and adds the `.f32` value `c`; the result is `.f32`. This saves a separate `cvt` when accumulating 16-bit data in 32-bit.\n\n' +
      'The rounding mode applies to the final addition (default round-to-nearest-even, which may be fused with a multiply). `.sat` clamps to [0, 1].',
    syntax: ['add{.rnd}{.sat}.f32.atype  d, a, c;', '.atype = { .f16, .bf16 };', '.rnd   = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'The `.f32` result.' },
      { name: 'a', role: 'source', description: 'A 16-bit register holding an `.f16` or `.bf16` value, widened to `.f32` first.' },
      { name: 'c', role: 'source', description: 'The `.f32` addend.' },
    ],
    modifiers: [...rounding(true), satMixed],
    semantics: 'd = round(f32(a) + c);',
    introduced: '8.6',
    minTarget: 'sm_100',
    cuda: 'No dedicated intrinsic; use inline asm. nvcc currently emits a `cvt.f32.f16` followed by an ordinary `add.f32` for `f + __half2float(h)`.',
    example: {
      target: 'sm_100',
      caption: 'Accumulates a bfloat16 input into a float running sum without a separate conversion.',
      code: `.visible .entry mixed_add_acc(.param .u64 x, .param .u64 acc) {
  .reg .b16 %h1;
  .reg .f32 %f<3>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [x];
  ld.param.u64 %rd2, [acc];
  ld.global.b16 %h1, [%rd1];
  ld.global.f32 %f1, [%rd2];
  add.rn.f32.bf16 %f2, %h1, %f1;
  st.global.f32 [%rd2], %f2;
}`,
    },
    anchor: 'mixed-precision-floating-point-instructions-add',
  },
  {
    opcode: 'sub',
    select: selMixed('sub'),
    family: 'mixed-precision',
    summary: 'Subtract a single-precision value from a widened half-precision value',
    description:
      'Converts `a` from `.f16` or `.bf16` to `.f32`, then computes `f32(a) - c` with `c` and the result in `.f32`.\n\n' +
      'The rounding mode applies to the subtraction (default round-to-nearest-even). `.sat` clamps the result to [0, 1].',
    syntax: ['sub{.rnd}{.sat}.f32.atype  d, a, c;', '.atype = { .f16, .bf16 };', '.rnd   = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'The `.f32` result.' },
      { name: 'a', role: 'source', description: 'A 16-bit `.f16` or `.bf16` value, widened to `.f32` first.' },
      { name: 'c', role: 'source', description: 'The `.f32` value subtracted.' },
    ],
    modifiers: [...rounding(true), satMixed],
    semantics: 'd = round(f32(a) - c);',
    introduced: '8.6',
    minTarget: 'sm_100',
    cuda: 'No dedicated intrinsic; inline asm (nvcc otherwise emits `cvt.f32.f16` and `sub.f32`).',
    example: {
      target: 'sm_100',
      caption: 'Subtracts a float mean from a half-precision sample.',
      code: `.visible .entry mixed_sub_center(.param .u64 x, .param .f32 mean, .param .u64 out) {
  .reg .b16 %h1;
  .reg .f32 %f<3>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [x];
  ld.param.f32 %f1, [mean];
  ld.global.b16 %h1, [%rd1];
  sub.rn.f32.f16 %f2, %h1, %f1;
  ld.param.u64 %rd2, [out];
  st.global.f32 [%rd2], %f2;
}`,
    },
    anchor: 'mixed-precision-floating-point-instructions-sub',
  },
  {
    opcode: 'fma',
    select: selMixed('fma'),
    family: 'mixed-precision',
    summary: 'Fused multiply-add of two half-precision factors into a single-precision accumulator',
    description:
      'Widens `a` and `b` from `.f16` or `.bf16` to `.f32`, multiplies them and adds the `.f32` accumulator `c`, rounding only once. ' +
      'Both factors have the same 16-bit type.\n\n' +
      'A rounding mode is required; `.sat` clamps the result to [0, 1].',
    syntax: ['fma.rnd{.sat}.f32.abtype  d, a, b, c;', '.abtype = { .f16, .bf16 };', '.rnd    = { .rn, .rz, .rm, .rp };'],
    operands: [
      { name: 'd', role: 'destination', description: 'The `.f32` result.' },
      { name: 'a', role: 'source', description: 'First factor, a 16-bit `.f16` or `.bf16` value.' },
      { name: 'b', role: 'source', description: 'Second factor, the same 16-bit type.' },
      { name: 'c', role: 'source', description: 'The `.f32` accumulator.' },
    ],
    modifiers: [...rounding(false), satMixed],
    semantics: 'd = round(f32(a) * f32(b) + c);   // one rounding',
    introduced: '8.6',
    minTarget: 'sm_100',
    cuda: 'No dedicated intrinsic; inline asm (plain CUDA code gets two `cvt.f32.f16` and an `fma.rn.f32`).',
    example: {
      target: 'sm_100',
      caption: 'Accumulates a product of two half-precision values into a float dot-product sum.',
      code: `.visible .entry mixed_fma_dot(.param .u64 x, .param .u64 acc) {
  .reg .b16 %h<3>;
  .reg .f32 %f<3>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [x];
  ld.param.u64 %rd2, [acc];
  ld.global.v2.b16 {%h1, %h2}, [%rd1];
  ld.global.f32 %f1, [%rd2];
  fma.rn.f32.f16 %f2, %h1, %h2, %f1;
  st.global.f32 [%rd2], %f2;
}`,
    },
    anchor: 'mixed-precision-floating-point-instructions-fma',
  },
];
