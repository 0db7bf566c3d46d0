/**
 * PTX instructions: integer and extended-precision integer arithmetic.
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc } from '../schema';

/** `.hi` / `.lo` / `.wide` for the multiplying instructions. */
function mulModes(op: string, addend: boolean): ModifierDoc[] {
  const plus = addend ? ', then adds `c`' : '';
  return [
    { name: '.lo', description: `Keeps the low half of the double-width product${plus}. The result has the same width as the inputs; this is the ordinary C-style \`${op}\` that wraps on overflow.` },
    { name: '.hi', description: `Keeps the high half of the double-width product${plus}. Useful for fixed-point math and for division by a constant.` },
    { name: '.wide', description: `Keeps the whole double-width product${plus}: \`d\`${addend ? ' and `c`' : ''} use double the width of the inputs. Allowed with 16- and 32-bit input types only (e.g. \`.s32\` inputs give a 64-bit result).` },
  ];
}

const ccModifier: ModifierDoc = {
  name: '.cc',
  description: 'Writes the carry (or borrow) out of this operation into the hidden carry flag `CC.CF`, so a following `addc`/`subc`/`madc` can consume it.',
};

const wideTypes = '{ .u32, .s32, .u64, .s64 }';

export const integerInstructions: InstructionDoc[] = [
  {
    opcode: 'add',
    family: 'integer',
    summary: 'Add two integers',
    description:
      'Computes `a + b` and writes the sum to `d`. Without `.sat` the result wraps around modulo 2^n, ' +
      'so signed and unsigned addition produce the same bits.\n\n' +
      'The packed types `.u16x2` and `.s16x2` treat each 32-bit register as two 16-bit lanes and add the ' +
      'lanes independently.',
    syntax: ['add.type       d, a, b;', 'add{.sat}.s32  d, a, b;', '.type = { .u16, .u32, .u64, .s16, .s32, .s64, .u16x2, .s16x2 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the sum.' },
      { name: 'a', role: 'source', description: 'First addend: a register or an immediate.' },
      { name: 'b', role: 'source', description: 'Second addend: a register or an immediate.' },
    ],
    modifiers: [
      { name: '.sat', description: 'Clamps the result to the `.s32` range instead of wrapping; only valid with `.s32`.' },
      { name: '.u16x2', description: 'Two unsigned 16-bit lanes packed in a 32-bit register, added lane by lane.' },
      { name: '.s16x2', description: 'Two signed 16-bit lanes packed in a 32-bit register, added lane by lane.' },
    ],
    semantics: 'd = a + b;             // scalar types\nd.lo = a.lo + b.lo;    // .u16x2 / .s16x2: each half separately\nd.hi = a.hi + b.hi;',
    introduced: '1.0',
    versionNotes: [{ version: '8.0', change: 'Packed `.u16x2` and `.s16x2` forms.' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_90', requirement: '`.u16x2` and `.s16x2`' }],
    cuda: 'The `+` operator on `int`, `unsigned`, `long long` and friends; pointer arithmetic after scaling; `__vadd2` for the packed form.',
    example: {
      target: 'sm_90',
      caption: 'Adds a constant to a kernel parameter, then adds two packed 16-bit pairs.',
      code: `.visible .entry add_demo(.param .u32 p) {
  .reg .b32 %r<4>;
  ld.param.u32 %r1, [p];
  add.s32 %r2, %r1, 42;
  add.sat.s32 %r3, %r2, %r1;
  add.u16x2 %r3, %r3, %r2;
}`,
    },
    anchor: 'integer-arithmetic-instructions-add',
  },
  {
    opcode: 'sub',
    family: 'integer',
    summary: 'Subtract one integer from another',
    description:
      'Computes `a - b` and writes the difference to `d`. Without `.sat` the result wraps modulo 2^n, so the ' +
      'same bits come out whether you read the operands as signed or unsigned.\n\n' +
      'With `.sat` (only for `.s32`) a result that would overflow sticks at the largest or smallest 32-bit signed value.',
    syntax: ['sub.type       d, a, b;', 'sub{.sat}.s32  d, a, b;', '.type = { .u16, .u32, .u64, .s16, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the difference.' },
      { name: 'a', role: 'source', description: 'The value subtracted from (minuend): a register or an immediate.' },
      { name: 'b', role: 'source', description: 'The value subtracted (subtrahend): a register or an immediate.' },
    ],
    modifiers: [{ name: '.sat', description: 'Saturates instead of wrapping: the result is clamped to the signed 32-bit range. Only valid with `.s32`.' }],
    semantics: 'd = a - b;   // wraps modulo 2^n unless .sat',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'The binary `-` operator on integer types; pointer differences.',
    example: {
      target: 'sm_75',
      caption: 'Computes how many elements remain after this thread\'s index, clamping the signed subtraction.',
      code: `.visible .entry sub_remaining(.param .u32 n, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [n];
  mov.u32 %r2, %tid.x;
  sub.s32 %r3, %r1, %r2;
  sub.sat.s32 %r3, %r3, 1;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r3;
}`,
    },
    anchor: 'integer-arithmetic-instructions-sub',
  },
  {
    opcode: 'mul',
    family: 'integer',
    summary: 'Multiply two integers, keeping the low half, the high half or the full product',
    description:
      'Multiplies `a` by `b`. The exact product of two n-bit numbers needs 2n bits, so you must say which part you want: ' +
      '`.lo` keeps the low n bits (ordinary C multiplication), `.hi` keeps the upper n bits, and `.wide` keeps all 2n bits ' +
      'in a destination twice as wide as the inputs.\n\n' +
      'The type names the inputs; signed and unsigned differ for `.hi` and `.wide` because the upper bits depend on the sign.',
    syntax: ['mul.mode.type  d, a, b;', '.mode = { .hi, .lo, .wide };', '.type = { .u16, .u32, .u64, .s16, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the chosen part of the product; twice the input width with `.wide`.' },
      { name: 'a', role: 'source', description: 'First factor, of the instruction type.' },
      { name: 'b', role: 'source', description: 'Second factor, of the instruction type.' },
    ],
    modifiers: mulModes('*', false),
    semantics: 'p = a * b;                 // exact, 2n bits\nd = p[n-1:0];     // .lo\nd = p[2n-1:n];    // .hi\nd = p;            // .wide',
    introduced: '1.0',
    minTarget: 'all',
    cuda: '`a * b` on integers gives `mul.lo`; `__mulhi`/`__umulhi`/`__mul64hi`/`__umul64hi` give `mul.hi`; multiplying two `int`s after casting to `long long` gives `mul.wide.s32` (common in index arithmetic).',
    example: {
      target: 'sm_75',
      caption: 'Turns a 32-bit element index into a 64-bit byte offset with one widening multiply.',
      code: `.visible .entry mul_byte_offset(.param .u64 base, .param .u32 idx) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [base];
  ld.param.u32 %r1, [idx];
  mul.wide.s32 %rd2, %r1, 4;
  add.s64 %rd3, %rd1, %rd2;
  mul.lo.s32 %r2, %r1, %r1;
  st.global.u32 [%rd3], %r2;
}`,
    },
    anchor: 'integer-arithmetic-instructions-mul',
  },
  {
    opcode: 'mad',
    family: 'integer',
    summary: 'Multiply two integers and add a third',
    description:
      'Computes `a * b + c` in one instruction. As with `mul`, the mode picks which part of the double-width product is used: ' +
      '`.lo` (the usual C result), `.hi`, or `.wide` (full product; then `c` and `d` are double-width registers).\n\n' +
      'The only saturating form is `mad.hi.sat.s32`, which clamps the final sum to the signed 32-bit range.',
    syntax: ['mad.mode.type  d, a, b, c;', 'mad.hi.sat.s32 d, a, b, c;', '.mode = { .hi, .lo, .wide };', '.type = { .u16, .u32, .u64, .s16, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the sum; twice the input width with `.wide`.' },
      { name: 'a', role: 'source', description: 'First factor.' },
      { name: 'b', role: 'source', description: 'Second factor.' },
      { name: 'c', role: 'source', description: 'Addend; the same width as `d`.' },
    ],
    modifiers: [
      ...mulModes('*', true),
      { name: '.sat', description: 'Clamps the sum to the signed 32-bit range instead of wrapping. Only in the form `mad.hi.sat.s32`.' },
    ],
    semantics: 'p = a * b;                 // exact, 2n bits\nd = p[n-1:0] + c;    // .lo\nd = p[2n-1:n] + c;   // .hi\nd = p + c;           // .wide',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'Expressions like `i * stride + offset` on integers compile to `mad.lo.s32`/`mad.lo.s64` (e.g. `blockIdx.x * blockDim.x + threadIdx.x`). For `(long long)a * b + c` nvcc usually emits `mul.wide.s32` followed by `add.s64`, so `mad.wide` mostly appears in hand-written or inline asm.',
    example: {
      target: 'sm_75',
      caption: 'Computes the global thread index `ctaid.x * ntid.x + tid.x` with one multiply-add.',
      code: `.visible .entry mad_global_index(.param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<4>;
  mov.u32 %r1, %ctaid.x;
  mov.u32 %r2, %ntid.x;
  mov.u32 %r3, %tid.x;
  mad.lo.s32 %r4, %r1, %r2, %r3;
  ld.param.u64 %rd1, [out];
  mad.wide.s32 %rd2, %r4, 4, %rd1;
  st.global.u32 [%rd2], %r4;
}`,
    },
    anchor: 'integer-arithmetic-instructions-mad',
  },
  {
    opcode: 'mul24',
    family: 'integer',
    summary: 'Multiply the low 24 bits of two 32-bit integers',
    description:
      'Treats `a` and `b` as 24-bit integers held in 32-bit registers and forms their 48-bit product. ' +
      '`.lo` returns bits 31..0 of that product and `.hi` returns bits 47..16.\n\n' +
      'It was a fast path on early GPUs; on current GPUs a full 32-bit `mul` is just as fast, and `mul24.hi` may even be slower.',
    syntax: ['mul24.mode.type  d, a, b;', '.mode = { .hi, .lo };', '.type = { .u32, .s32 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives 32 bits of the 48-bit product.' },
      { name: 'a', role: 'source', description: 'First factor; only its low 24 bits take part.' },
      { name: 'b', role: 'source', description: 'Second factor; only its low 24 bits take part.' },
    ],
    modifiers: [
      { name: '.lo', description: 'Returns bits 31..0 of the 48-bit product.' },
      { name: '.hi', description: 'Returns bits 47..16 of the 48-bit product.' },
    ],
    semantics: 'p = a[23:0] * b[23:0];   // 48-bit product\nd = p[31:0];    // .lo\nd = p[47:16];   // .hi',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'Inline asm. `__mul24`/`__umul24` exist in CUDA, but current nvcc expands them into sign-extending shifts or masks plus an ordinary `mul.lo`/`mad.lo` rather than emitting `mul24`.',
    example: {
      target: 'sm_75',
      caption: 'Multiplies two small unsigned values whose product fits in 32 bits.',
      code: `.visible .entry mul24_small(.param .u32 w, .param .u32 h, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [w];
  ld.param.u32 %r2, [h];
  mul24.lo.u32 %r3, %r1, %r2;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r3;
}`,
    },
    anchor: 'integer-arithmetic-instructions-mul24',
  },
  {
    opcode: 'mad24',
    family: 'integer',
    summary: 'Multiply the low 24 bits of two integers and add a 32-bit value',
    description:
      'Like `mul24`, multiplies the 24-bit values in `a` and `b` to a 48-bit product, takes bits 31..0 (`.lo`) or 47..16 (`.hi`) ' +
      'of it, and adds the 32-bit value `c`.\n\n' +
      'The form `mad24.hi.sat.s32` clamps the final signed addition instead of letting it wrap.',
    syntax: ['mad24.mode.type  d, a, b, c;', 'mad24.hi.sat.s32 d, a, b, c;', '.mode = { .hi, .lo };', '.type = { .u32, .s32 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the 32-bit sum.' },
      { name: 'a', role: 'source', description: 'First factor; only its low 24 bits take part.' },
      { name: 'b', role: 'source', description: 'Second factor; only its low 24 bits take part.' },
      { name: 'c', role: 'source', description: 'The 32-bit addend.' },
    ],
    modifiers: [
      { name: '.lo', description: 'Adds `c` to bits 31..0 of the 48-bit product.' },
      { name: '.hi', description: 'Adds `c` to bits 47..16 of the 48-bit product.' },
      { name: '.sat', description: 'Clamps the signed 32-bit addition to the `.s32` range. Only in the form `mad24.hi.sat.s32`.' },
    ],
    semantics: 'p = a[23:0] * b[23:0];\nd = p[31:0] + c;    // .lo\nd = p[47:16] + c;   // .hi',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'Inline asm only in practice: nvcc turns `__mul24(a, b) + c` into masking plus an ordinary `mad.lo`.',
    example: {
      target: 'sm_75',
      caption: 'Computes a 2-D pixel index `y * width + x` with 24-bit operands.',
      code: `.visible .entry mad24_pixel(.param .u32 width, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [width];
  mov.u32 %r2, %tid.y;
  mov.u32 %r3, %tid.x;
  mad24.lo.u32 %r4, %r2, %r1, %r3;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r4;
}`,
    },
    anchor: 'integer-arithmetic-instructions-mad24',
  },
  {
    opcode: 'sad',
    family: 'integer',
    summary: 'Add the absolute difference of two integers to a third',
    description:
      'Computes `|a - b| + c`. Chaining it with `c` as a running total gives a sum of absolute differences, ' +
      'the core of block matching in video and image code.\n\n' +
      'The smaller input is always subtracted from the larger one, so the difference is never negative, for signed and unsigned types alike.',
    syntax: ['sad.type  d, a, b, c;', '.type = { .u16, .u32, .u64, .s16, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives `c + |a - b|`.' },
      { name: 'a', role: 'source', description: 'First value.' },
      { name: 'b', role: 'source', description: 'Second value.' },
      { name: 'c', role: 'source', description: 'Running total to add the absolute difference to.' },
    ],
    modifiers: [],
    semantics: 'diff = max(a, b) - min(a, b);   // |a - b|, compared per the type\nd = c + diff;',
    introduced: '1.0',
    minTarget: 'all',
    cuda: '`__sad(x, y, z)` gives `sad.s32` and `__usad(x, y, z)` gives `sad.u32`.',
    example: {
      target: 'sm_75',
      caption: 'Accumulates the absolute difference of two samples into a running score.',
      code: `.visible .entry sad_score(.param .u64 a, .param .u64 b) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [a];
  ld.param.u64 %rd2, [b];
  ld.global.u32 %r1, [%rd1];
  ld.global.u32 %r2, [%rd2];
  ld.global.u32 %r3, [%rd1+4];
  sad.u32 %r3, %r1, %r2, %r3;
  st.global.u32 [%rd1+4], %r3;
}`,
    },
    anchor: 'integer-arithmetic-instructions-sad',
  },
  {
    opcode: 'div',
    family: 'integer',
    summary: 'Divide one integer by another',
    description:
      'Computes the integer quotient `a / b`. Signed division truncates toward zero, as in C.\n\n' +
      'Dividing by zero does not trap: it produces an unspecified value that depends on the machine. ' +
      'Integer division has no hardware instruction, so ptxas expands it into a sequence of several instructions.',
    syntax: ['div.type  d, a, b;', '.type = { .u16, .u32, .u64, .s16, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the quotient.' },
      { name: 'a', role: 'source', description: 'Dividend.' },
      { name: 'b', role: 'source', description: 'Divisor; zero gives an unspecified result.' },
    ],
    modifiers: [],
    semantics: 'd = a / b;',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'The `/` operator on integers whose divisor is not a compile-time constant (constant divisors become `mul.hi` and shift sequences instead).',
    example: {
      target: 'sm_75',
      caption: 'Splits a linear index into a row number by dividing by a runtime width.',
      code: `.visible .entry div_row(.param .u32 idx, .param .u32 width, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [idx];
  ld.param.u32 %r2, [width];
  div.u32 %r3, %r1, %r2;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r3;
}`,
    },
    anchor: 'integer-arithmetic-instructions-div',
  },
  {
    opcode: 'rem',
    family: 'integer',
    summary: 'Remainder of integer division',
    description:
      'Divides `a` by `b` and keeps the remainder. How the sign of a negative remainder comes out depends on the machine ' +
      '(it follows from whether the division rounds toward zero or toward negative infinity), so avoid relying on it with negative operands.\n\n' +
      'Dividing by zero gives an unspecified value.',
    syntax: ['rem.type  d, a, b;', '.type = { .u16, .u32, .u64, .s16, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the remainder.' },
      { name: 'a', role: 'source', description: 'Dividend.' },
      { name: 'b', role: 'source', description: 'Divisor.' },
    ],
    modifiers: [],
    semantics: 'd = a % b;',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'The `%` operator on integers with a non-constant divisor (power-of-two and other constant divisors are strength-reduced).',
    example: {
      target: 'sm_75',
      caption: 'Finds the column of a linear index for a runtime row width.',
      code: `.visible .entry rem_column(.param .u32 idx, .param .u32 width, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [idx];
  ld.param.u32 %r2, [width];
  rem.u32 %r3, %r1, %r2;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r3;
}`,
    },
    anchor: 'integer-arithmetic-instructions-rem',
  },
  {
    opcode: 'abs',
    family: 'integer',
    summary: 'Absolute value of a signed integer',
    description:
      'Writes `|a|` to `d`. Only signed types are allowed. As in two\'s-complement C, the most negative value has no positive ' +
      'counterpart and comes back unchanged.',
    syntax: ['abs.type  d, a;', '.type = { .s16, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the absolute value.' },
      { name: 'a', role: 'source', description: 'Signed input.' },
    ],
    modifiers: [],
    semantics: 'd = (a < 0) ? -a : a;',
    introduced: '1.0',
    minTarget: 'all',
    cuda: '`abs(int)`, `labs`, `llabs` on device code.',
    example: {
      target: 'sm_75',
      caption: 'Takes the distance of a thread from the middle of its block.',
      code: `.visible .entry abs_distance(.param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  mov.u32 %r1, %tid.x;
  sub.s32 %r2, %r1, 64;
  abs.s32 %r3, %r2;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r3;
}`,
    },
    anchor: 'integer-arithmetic-instructions-abs',
  },
  {
    opcode: 'neg',
    family: 'integer',
    summary: 'Negate a signed integer',
    description: 'Writes `-a` to `d` (two\'s-complement negation). Only signed types are allowed; the most negative value negates to itself.',
    syntax: ['neg.type  d, a;', '.type = { .s16, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the negated value.' },
      { name: 'a', role: 'source', description: 'Signed input.' },
    ],
    modifiers: [],
    semantics: 'd = -a;',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'The unary `-` operator on signed integers.',
    example: {
      target: 'sm_75',
      caption: 'Negates a 64-bit stride so a loop can walk backwards.',
      code: `.visible .entry neg_stride(.param .s64 stride, .param .u64 out) {
  .reg .b64 %rd<4>;
  ld.param.s64 %rd1, [stride];
  neg.s64 %rd2, %rd1;
  ld.param.u64 %rd3, [out];
  st.global.s64 [%rd3], %rd2;
}`,
    },
    anchor: 'integer-arithmetic-instructions-neg',
  },
  {
    opcode: 'min',
    family: 'integer',
    summary: 'Smaller of two integers',
    description:
      'Writes the smaller of `a` and `b` to `d`. The type matters: signed and unsigned comparisons give different answers for the same bits.\n\n' +
      'The packed types `.u16x2`/`.s16x2` compare two 16-bit lanes independently. `.relu` (with `.s32` or `.s16x2`) also replaces a negative result with 0.',
    syntax: ['min.atype         d, a, b;', 'min{.relu}.btype  d, a, b;', '.atype = { .u16, .u32, .u64, .u16x2, .s16, .s64 };', '.btype = { .s16x2, .s32 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the minimum (per lane for packed types).' },
      { name: 'a', role: 'source', description: 'First value.' },
      { name: 'b', role: 'source', description: 'Second value.' },
    ],
    modifiers: [
      { name: '.relu', description: 'After taking the minimum, clamps a negative result to 0 (a ReLU). Only with `.s32` and `.s16x2`.' },
      { name: '.u16x2', description: 'Two unsigned 16-bit lanes in a 32-bit register, each compared separately.' },
      { name: '.s16x2', description: 'Two signed 16-bit lanes in a 32-bit register, each compared separately.' },
    ],
    semantics: 'd = (a < b) ? a : b;        // per lane for x2 types\nif (.relu && d < 0) d = 0;',
    introduced: '1.0',
    versionNotes: [{ version: '8.0', change: '`.u16x2`, `.s16x2` and `.relu` forms.' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_90', requirement: '`.u16x2`, `.s16x2` and `.relu`' }],
    cuda: '`min(a, b)` on integers; `__vimin_s32_relu`, `__vimin_s16x2_relu` and other SIMD intrinsics for the packed and ReLU forms.',
    example: {
      target: 'sm_90',
      caption: 'Clamps an index to the last valid element, then takes a ReLU minimum of two packed 16-bit pairs.',
      code: `.visible .entry min_clamp(.param .u32 n, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [n];
  sub.u32 %r2, %r1, 1;
  mov.u32 %r3, %tid.x;
  min.u32 %r4, %r3, %r2;
  min.relu.s16x2 %r4, %r4, %r2;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r4;
}`,
    },
    anchor: 'integer-arithmetic-instructions-min',
  },
  {
    opcode: 'max',
    family: 'integer',
    summary: 'Larger of two integers',
    description:
      'Writes the larger of `a` and `b` to `d`, using a signed or unsigned comparison according to the type.\n\n' +
      'The packed types `.u16x2`/`.s16x2` work on two 16-bit lanes independently. `.relu` (with `.s32` or `.s16x2`) also turns a negative result into 0.',
    syntax: ['max.atype         d, a, b;', 'max{.relu}.btype  d, a, b;', '.atype = { .u16, .u32, .u64, .u16x2, .s16, .s64 };', '.btype = { .s16x2, .s32 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the maximum (per lane for packed types).' },
      { name: 'a', role: 'source', description: 'First value.' },
      { name: 'b', role: 'source', description: 'Second value.' },
    ],
    modifiers: [
      { name: '.relu', description: 'Clamps a negative result to 0. Only with `.s32` and `.s16x2`; `max.relu.s32 d, a, b` is `max(a, b, 0)`.' },
      { name: '.u16x2', description: 'Two unsigned 16-bit lanes in a 32-bit register, each compared separately.' },
      { name: '.s16x2', description: 'Two signed 16-bit lanes in a 32-bit register, each compared separately.' },
    ],
    semantics: 'd = (a > b) ? a : b;        // per lane for x2 types\nif (.relu && d < 0) d = 0;',
    introduced: '1.0',
    versionNotes: [{ version: '8.0', change: '`.u16x2`, `.s16x2` and `.relu` forms.' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_90', requirement: '`.u16x2`, `.s16x2` and `.relu`' }],
    cuda: '`max(a, b)` on integers; `__vimax_s32_relu`, `__vimax_s16x2_relu` and related SIMD intrinsics for the packed and ReLU forms.',
    example: {
      target: 'sm_90',
      caption: 'Keeps a signed value from going below zero, first with a plain max and then with the ReLU form.',
      code: `.visible .entry max_floor(.param .s32 v, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.s32 %r1, [v];
  max.s32 %r2, %r1, 0;
  max.relu.s32 %r3, %r1, -5;
  add.s32 %r3, %r3, %r2;
  ld.param.u64 %rd1, [out];
  st.global.s32 [%rd1], %r3;
}`,
    },
    anchor: 'integer-arithmetic-instructions-max',
  },
  {
    opcode: 'popc',
    family: 'integer',
    summary: 'Count the one bits in a value (population count)',
    description: 'Counts how many bits of `a` are 1 and writes the count to the 32-bit register `d`. The count is 0–32 for `.b32` and 0–64 for `.b64`; the destination is `.u32` in both cases.',
    syntax: ['popc.type  d, a;', '.type = { .b32, .b64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'A `.u32` register receiving the number of set bits.' },
      { name: 'a', role: 'source', description: 'The value whose bits are counted.' },
    ],
    modifiers: [],
    semantics: 'd = 0;\nfor each bit i of a: d += a[i];',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: '`__popc(unsigned)` and `__popcll(unsigned long long)`; also counting lanes of a `__ballot_sync` mask.',
    example: {
      target: 'sm_75',
      caption: 'Counts how many lanes of the warp have an odd thread index.',
      code: `.visible .entry popc_votes(.param .u64 out) {
  .reg .pred %p1;
  .reg .b32 %r<5>;
  .reg .b64 %rd<2>;
  mov.u32 %r1, %tid.x;
  and.b32 %r2, %r1, 1;
  setp.ne.u32 %p1, %r2, 0;
  vote.sync.ballot.b32 %r3, %p1, 0xffffffff;
  popc.b32 %r4, %r3;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r4;
}`,
    },
    anchor: 'integer-arithmetic-instructions-popc',
  },
  {
    opcode: 'clz',
    family: 'integer',
    summary: 'Count leading zero bits',
    description: 'Counts the zero bits of `a` above its highest 1 bit, starting from the most significant bit. The answer goes to a `.u32` register: 0–32 for `.b32` (32 when `a` is 0) and 0–64 for `.b64`.',
    syntax: ['clz.type  d, a;', '.type = { .b32, .b64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'A `.u32` register receiving the number of leading zeros.' },
      { name: 'a', role: 'source', description: 'The value to scan.' },
    ],
    modifiers: [],
    semantics: 'd = 0;\nwhile (d < width && bit (width-1-d) of a == 0) d++;',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: '`__clz(int)` and `__clzll(long long)`.',
    example: {
      target: 'sm_75',
      caption: 'Computes floor(log2(n)) for a nonzero 64-bit value as 63 minus its leading zeros.',
      code: `.visible .entry clz_log2(.param .u64 n, .param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [n];
  clz.b64 %r1, %rd1;
  sub.u32 %r2, 63, %r1;
  ld.param.u64 %rd2, [out];
  st.global.u32 [%rd2], %r2;
}`,
    },
    anchor: 'integer-arithmetic-instructions-clz',
  },
  {
    opcode: 'bfind',
    family: 'integer',
    summary: 'Bit index of the highest bit that differs from the sign bit',
    description:
      'Returns the bit number of the highest bit that differs from the sign. For unsigned types that is the highest 1 bit. ' +
      'For signed types it is the highest 1 in a non-negative value, or the highest 0 in a negative one.\n\n' +
      'When no such bit exists (e.g. `a` is 0, or -1 for signed types) the result is `0xffffffff`. With `.shiftamt` the result is instead ' +
      'the left-shift distance that would move that bit to the top position.',
    syntax: ['bfind.type           d, a;', 'bfind.shiftamt.type  d, a;', '.type = { .u32, .u64, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'A `.u32` register receiving the bit position (or shift amount), or `0xffffffff`.' },
      { name: 'a', role: 'source', description: 'The value to scan, of the instruction type.' },
    ],
    modifiers: [{ name: '.shiftamt', description: 'Returns `msb - position` (the shift that would normalise the value) instead of the position itself. A not-found result stays `0xffffffff`.' }],
    semantics: 'v = (signed type && a < 0) ? ~a : a;\npos = index of highest 1 bit in v, or none;\nd = none ? 0xffffffff : (.shiftamt ? width - 1 - pos : pos);',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: 'nvcc uses it to implement `__ffs`/`__ffsll` (a `brev` followed by `bfind.shiftamt`); otherwise reach it with inline asm (`31 - __clz(x)` compiles to `clz` and `sub` instead).',
    example: {
      target: 'sm_75',
      caption: 'Finds the highest set bit of a mask, and the shift that would normalise it.',
      code: `.visible .entry bfind_top(.param .u32 mask, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [mask];
  bfind.u32 %r2, %r1;
  bfind.shiftamt.u32 %r3, %r1;
  ld.param.u64 %rd1, [out];
  st.global.v2.u32 [%rd1], {%r2, %r3};
}`,
    },
    anchor: 'integer-arithmetic-instructions-bfind',
  },
  {
    opcode: 'fns',
    family: 'integer',
    summary: 'Find the n-th set bit of a mask, counting from a start position',
    description:
      'Starting at bit `base` of `mask`, walks upward (positive `offset`) or downward (negative `offset`) and returns the position of the ' +
      '|offset|-th set bit it meets, counting `base` itself. With `offset` 0 it only checks whether bit `base` is set.\n\n' +
      'If the walk leaves the 32-bit mask before finding enough set bits, the result is `0xffffffff`. `base` must be at most 31.',
    syntax: ['fns.b32 d, mask, base, offset;'],
    operands: [
      { name: 'd', role: 'destination', description: 'A 32-bit register receiving the bit position, or `0xffffffff` when not found.' },
      { name: 'mask', role: 'source', description: 'The 32-bit value whose set bits are searched (often a lane mask).' },
      { name: 'base', role: 'source', description: 'Starting bit position, 0–31 (`.b32`, `.u32` or `.s32`).' },
      { name: 'offset', role: 'source', description: 'Signed count: which set bit to find and in which direction.' },
    ],
    modifiers: [],
    semantics: 'offset == 0: d = mask bit `base` set ? base : 0xffffffff;\notherwise: step from base toward bit 31 (offset > 0) or bit 0 (offset < 0),\n           d = position of the |offset|-th set bit met (base included),\n           or 0xffffffff if the walk leaves the word first;',
    introduced: '6.0',
    minTarget: 'sm_30',
    cuda: '`__fns(mask, base, offset)`.',
    example: {
      target: 'sm_75',
      caption: 'In a ballot mask, finds the second set bit counting upward from this lane (its own bit counts if set).',
      code: `.visible .entry fns_next_lane(.param .u64 out) {
  .reg .pred %p1;
  .reg .b32 %r<5>;
  .reg .b64 %rd<2>;
  mov.u32 %r1, %laneid;
  and.b32 %r2, %r1, 3;
  setp.eq.u32 %p1, %r2, 0;
  vote.sync.ballot.b32 %r3, %p1, 0xffffffff;
  fns.b32 %r4, %r3, %r1, 2;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r4;
}`,
    },
    anchor: 'integer-arithmetic-instructions-fns',
  },
  {
    opcode: 'brev',
    family: 'integer',
    summary: 'Reverse the order of the bits',
    description: 'Mirrors the bits of `a`: bit 0 swaps with the top bit, bit 1 with the next one down, and so on. Handy for bit-reversed (FFT) indexing.',
    syntax: ['brev.type  d, a;', '.type = { .b32, .b64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the bit-reversed value.' },
      { name: 'a', role: 'source', description: 'The value to reverse.' },
    ],
    modifiers: [],
    semantics: 'd = a with bit k moved to bit (width - 1 - k), for every k;',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: '`__brev(unsigned)` and `__brevll(unsigned long long)`; nvcc also uses it inside `__ffs`.',
    example: {
      target: 'sm_75',
      caption: 'Computes the bit-reversed index of a thread for a 1024-point FFT.',
      code: `.visible .entry brev_fft_index(.param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  mov.u32 %r1, %tid.x;
  brev.b32 %r2, %r1;
  shr.u32 %r3, %r2, 22;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r3;
}`,
    },
    anchor: 'integer-arithmetic-instructions-brev',
  },
  {
    opcode: 'bfe',
    family: 'integer',
    summary: 'Extract a bit field and zero- or sign-extend it',
    description:
      'Takes `c` bits of `a` starting at bit `b` and moves them to the bottom of `d`. The unsigned types fill the upper bits with zeros; ' +
      'the signed types copy the field\'s top bit upward (sign extension).\n\n' +
      'Only the low 8 bits of `b` and `c` are used. A length of 0 gives 0. Bits that would come from beyond the top of `a` are filled with the sign bit (or zero).',
    syntax: ['bfe.type  d, a, b, c;', '.type = { .u32, .u64, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the extracted, extended field.' },
      { name: 'a', role: 'source', description: 'The value to extract from.' },
      { name: 'b', role: 'source', description: 'Start bit position (`.u32`, only 0–255 used).' },
      { name: 'c', role: 'source', description: 'Field length in bits (`.u32`, only 0–255 used).' },
    ],
    modifiers: [],
    semantics: 'pos = b & 0xff; len = c & 0xff;\nfield = a[pos + len - 1 : pos];\nd = signed ? sign_extend(field) : zero_extend(field);',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: 'No dedicated intrinsic; written with inline asm (common in packed-data decoders). Shift-and-mask C code like `(x >> 5) & 0x3f` usually compiles to `shr` + `and` instead.',
    example: {
      target: 'sm_75',
      caption: 'Pulls a signed 6-bit field out of bits 10..15 of a packed word.',
      code: `.visible .entry bfe_field(.param .u32 packed, .param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [packed];
  bfe.s32 %r2, %r1, 10, 6;
  ld.param.u64 %rd1, [out];
  st.global.s32 [%rd1], %r2;
}`,
    },
    anchor: 'integer-arithmetic-instructions-bfe',
  },
  {
    opcode: 'bfi',
    family: 'integer',
    summary: 'Insert a bit field into another value',
    description:
      'Copies `b` to `f`, then overwrites `d` bits of it, starting at bit `c`, with the low bits of `a`. The rest of `b` is left as it was.\n\n' +
      'Only the low 8 bits of `c` and `d` are used. A length of 0, or a start beyond the top bit, returns `b` unchanged.',
    syntax: ['bfi.type  f, a, b, c, d;', '.type = { .b32, .b64 };'],
    operands: [
      { name: 'f', role: 'destination', description: 'Receives `b` with the field replaced.' },
      { name: 'a', role: 'source', description: 'Supplies the field bits (its low `d` bits).' },
      { name: 'b', role: 'source', description: 'The value the field is inserted into.' },
      { name: 'c', role: 'source', description: 'Start bit position (`.u32`, only 0–255 used).' },
      { name: 'd', role: 'source', description: 'Field length in bits (`.u32`, only 0–255 used).' },
    ],
    modifiers: [],
    semantics: 'start = c & 0xff; n = d & 0xff;\nf = b;\nf[start .. start + n - 1] = a[0 .. n - 1];   // bits past the top of f are dropped',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: 'No dedicated intrinsic; inline asm, or the compiler may pick it for mask-and-or merges of bit fields.',
    example: {
      target: 'sm_75',
      caption: 'Writes a 4-bit tag into bits 28..31 of a word, keeping the other bits.',
      code: `.visible .entry bfi_tag(.param .u32 word, .param .u32 tag, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [word];
  ld.param.u32 %r2, [tag];
  bfi.b32 %r3, %r2, %r1, 28, 4;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r3;
}`,
    },
    anchor: 'integer-arithmetic-instructions-bfi',
  },
  {
    opcode: 'szext',
    family: 'integer',
    summary: 'Sign- or zero-extend the low N bits of a value to 32 bits',
    description:
      'Treats the low `b` bits of `a` as an N-bit number and widens it to 32 bits: `.s32` copies bit N-1 into all higher bits, `.u32` clears them.\n\n' +
      'If N is 0 the result is 0. For N of 32 or more, `.clamp` returns `a` unchanged while `.wrap` uses N modulo 32.',
    syntax: ['szext.mode.type  d, a, b;', '.mode = { .clamp, .wrap };', '.type = { .u32, .s32 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the extended value.' },
      { name: 'a', role: 'source', description: 'Holds the N-bit value in its low bits.' },
      { name: 'b', role: 'source', description: 'N, the width of the field, as an unsigned 32-bit value.' },
    ],
    modifiers: [
      { name: '.clamp', description: 'A width of 32 or more means "all 32 bits": the result is `a` unchanged.' },
      { name: '.wrap', description: 'The width is taken modulo 32 (only its low 5 bits are used).' },
      { name: '.s32', description: 'Sign-extends: bit N-1 of `a` is copied into bits N..31.' },
      { name: '.u32', description: 'Zero-extends: bits N..31 are cleared.' },
    ],
    semantics: 'n = .wrap ? (b & 31) : b;\nif (n == 0) d = 0;\nelse if (n >= 32) d = a;            // .clamp\nelse d = extend(a[n-1:0]);          // sign or zero by type',
    introduced: '7.6',
    minTarget: 'sm_70',
    cuda: 'Only through inline asm (the compiler may also use it for shift-left/arithmetic-shift-right pairs).',
    example: {
      target: 'sm_75',
      caption: 'Sign-extends a 12-bit signed sample stored in the low bits of a word.',
      code: `.visible .entry szext_sample(.param .u32 raw, .param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [raw];
  szext.clamp.s32 %r2, %r1, 12;
  ld.param.u64 %rd1, [out];
  st.global.s32 [%rd1], %r2;
}`,
    },
    anchor: 'integer-arithmetic-instructions-szext',
  },
  {
    opcode: 'bmsk',
    family: 'integer',
    summary: 'Build a 32-bit mask of b one-bits starting at bit a',
    description:
      'Produces a mask with `b` consecutive 1 bits whose lowest bit is at position `a`; every other bit is 0. ' +
      'For example a = 1, b = 2 gives `0x6`.\n\n' +
      'The mode says what happens with out-of-range values: `.clamp` limits the width to 0–32 and gives 0 for a start of 32 or more; ' +
      '`.wrap` uses both values modulo 32, so the width is 0–31. A mask that would run past bit 31 is cut off there.',
    syntax: ['bmsk.mode.b32  d, a, b;', '.mode = { .clamp, .wrap };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the mask.' },
      { name: 'a', role: 'source', description: 'Position of the lowest 1 bit.' },
      { name: 'b', role: 'source', description: 'Number of 1 bits (the field width).' },
    ],
    modifiers: [
      { name: '.clamp', description: 'Start positions of 32 or more give an empty mask; widths of 32 or more fill to the top bit.' },
      { name: '.wrap', description: 'Start and width are both taken modulo 32 (their low 5 bits).' },
    ],
    semantics: 'd = ((1 << width) - 1) << start;   // cut at bit 31; start/width per .mode',
    introduced: '7.6',
    minTarget: 'sm_70',
    cuda: 'Only through inline asm.',
    example: {
      target: 'sm_75',
      caption: 'Builds a mask for a runtime field and uses it to clear that field.',
      code: `.visible .entry bmsk_clear(.param .u32 word, .param .u32 pos, .param .u32 len, .param .u64 out) {
  .reg .b32 %r<6>;
  .reg .b64 %rd<2>;
  ld.param.u32 %r1, [word];
  ld.param.u32 %r2, [pos];
  ld.param.u32 %r3, [len];
  bmsk.clamp.b32 %r4, %r2, %r3;
  not.b32 %r4, %r4;
  and.b32 %r5, %r1, %r4;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r5;
}`,
    },
    anchor: 'integer-arithmetic-instructions-bmsk',
  },
  {
    opcode: 'dp4a',
    family: 'integer',
    summary: 'Dot product of four packed bytes, accumulated into 32 bits',
    description:
      'Splits `a` and `b` into four bytes each, multiplies matching bytes, and adds the four products to `c`. ' +
      'Each byte is sign- or zero-extended according to its own type (`.atype` for `a`, `.btype` for `b`).\n\n' +
      'It is the building block of int8 inference kernels. `c` and `d` are `.u32` only when both types are `.u32`; otherwise they are `.s32`.',
    syntax: ['dp4a.atype.btype  d, a, b, c;', '.atype = { .u32, .s32 };', '.btype = { .u32, .s32 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives `c` plus the four byte products.' },
      { name: 'a', role: 'source', description: 'Four packed 8-bit values, signed or unsigned per `.atype`.' },
      { name: 'b', role: 'source', description: 'Four packed 8-bit values, signed or unsigned per `.btype`.' },
      { name: 'c', role: 'source', description: '32-bit accumulator.' },
    ],
    modifiers: [],
    semantics: 'd = c;\nfor (i = 0; i < 4; i++) d += ext(a.byte[i]) * ext(b.byte[i]);',
    introduced: '5.0',
    minTarget: 'sm_61',
    cuda: '`__dp4a(int, int, int)` and `__dp4a(unsigned, unsigned, unsigned)` (also the `char4`/`uchar4` overloads).',
    example: {
      target: 'sm_75',
      caption: 'Accumulates the dot product of two int8x4 vectors loaded from memory.',
      code: `.visible .entry dp4a_int8(.param .u64 a, .param .u64 b, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [a];
  ld.param.u64 %rd2, [b];
  ld.param.u64 %rd3, [out];
  ld.global.u32 %r1, [%rd1];
  ld.global.u32 %r2, [%rd2];
  ld.global.s32 %r3, [%rd3];
  dp4a.s32.s32 %r3, %r1, %r2, %r3;
  st.global.s32 [%rd3], %r3;
}`,
    },
    anchor: 'integer-arithmetic-instructions-dp4a',
  },
  {
    opcode: 'dp2a',
    family: 'integer',
    summary: 'Dot product of two 16-bit values with two bytes, accumulated into 32 bits',
    description:
      'Splits `a` into two 16-bit values and takes two of the four bytes of `b`: the low pair with `.lo`, the high pair with `.hi`. ' +
      'It multiplies matching elements and adds both products to `c`.\n\n' +
      'Extension follows `.atype` for the halves of `a` and `.btype` for the bytes of `b`. `c` and `d` are `.u32` only when both types are `.u32`.',
    syntax: ['dp2a.mode.atype.btype  d, a, b, c;', '.atype = { .u32, .s32 };', '.btype = { .u32, .s32 };', '.mode = { .lo, .hi };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives `c` plus the two products.' },
      { name: 'a', role: 'source', description: 'Two packed 16-bit values.' },
      { name: 'b', role: 'source', description: 'Four packed bytes, of which two are used.' },
      { name: 'c', role: 'source', description: '32-bit accumulator.' },
    ],
    modifiers: [
      { name: '.lo', description: 'Uses bytes 0 and 1 of `b`.' },
      { name: '.hi', description: 'Uses bytes 2 and 3 of `b`.' },
    ],
    semantics: 'k = .lo ? 0 : 2;\nd = c + ext(a.half[0]) * ext(b.byte[k]) + ext(a.half[1]) * ext(b.byte[k+1]);',
    introduced: '5.0',
    minTarget: 'sm_61',
    cuda: '`__dp2a_lo(a, b, c)` and `__dp2a_hi(a, b, c)` (signed and unsigned overloads).',
    example: {
      target: 'sm_75',
      caption: 'Uses both halves of a byte vector against two 16-bit weight pairs.',
      code: `.visible .entry dp2a_mix(.param .u64 w, .param .u64 x, .param .u64 out) {
  .reg .b32 %r<6>;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [w];
  ld.param.u64 %rd2, [x];
  ld.param.u64 %rd3, [out];
  ld.global.v2.u32 {%r1, %r2}, [%rd1];
  ld.global.u32 %r3, [%rd2];
  dp2a.lo.s32.s32 %r4, %r1, %r3, 0;
  dp2a.hi.s32.s32 %r5, %r2, %r3, %r4;
  st.global.s32 [%rd3], %r5;
}`,
    },
    anchor: 'integer-arithmetic-instructions-dp2a',
  },

  // ---------------------------------------------------------------- extended precision
  {
    opcode: 'add.cc',
    family: 'extended-precision',
    summary: 'Add two integers and record the carry-out',
    description:
      'Adds `a` and `b` like a plain `add`, and also stores the carry out of the top bit in the hidden carry flag `CC.CF`. ' +
      'It starts a chain of `addc` instructions that add the higher words of a multi-word number.\n\n' +
      'The carry flag is only read by `addc`, `subc` and `madc`; nothing else can test or set it, and it does not survive a call. ' +
      'There is no saturation, and signed and unsigned behave the same.',
    syntax: ['add.cc.type  d, a, b;', `.type = ${wideTypes};`],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the low bits of the sum.' },
      { name: 'a', role: 'source', description: 'First addend (the lowest word of a multi-word number).' },
      { name: 'b', role: 'source', description: 'Second addend.' },
    ],
    modifiers: [ccModifier],
    semantics: 'd = a + b;\nCC.CF = carry-out of the addition;',
    introduced: '1.2',
    versionNotes: [{ version: '4.3', change: '64-bit `.u64`/`.s64` forms.' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_20', requirement: '64-bit types' }],
    cuda: 'Inline asm for multi-word (big-number) arithmetic; nvcc also emits `add.cc.s64`/`addc.cc.s64` for `__int128` addition.',
    example: {
      target: 'sm_75',
      caption: 'Adds two 64-bit numbers held as pairs of 32-bit words.',
      code: `.visible .entry addcc_u64_pair(.param .u64 io) {
  .reg .b32 %r<7>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [io];
  ld.global.v4.u32 {%r1, %r2, %r3, %r4}, [%rd1];
  add.cc.u32 %r5, %r1, %r3;
  addc.u32 %r6, %r2, %r4;
  st.global.v2.u32 [%rd1], {%r5, %r6};
}`,
    },
    anchor: 'extended-precision-arithmetic-instructions-add-cc',
  },
  {
    opcode: 'addc',
    family: 'extended-precision',
    summary: 'Add two integers plus the carry flag',
    description:
      'Computes `a + b + CC.CF`, using the carry left by a previous `add.cc`, `addc.cc` or `mad.cc`. ' +
      'With `.cc` it also writes its own carry-out, so the chain can continue to the next word; the last word of a chain omits `.cc`.\n\n' +
      'No saturation; signed and unsigned behave the same.',
    syntax: ['addc{.cc}.type  d, a, b;', `.type = ${wideTypes};`],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the sum including the carry-in.' },
      { name: 'a', role: 'source', description: 'First addend (a higher word).' },
      { name: 'b', role: 'source', description: 'Second addend.' },
    ],
    modifiers: [ccModifier],
    semantics: 'd = a + b + CC.CF;\nif (.cc) CC.CF = carry-out;',
    introduced: '1.2',
    versionNotes: [{ version: '4.3', change: '64-bit `.u64`/`.s64` forms.' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_20', requirement: '64-bit types' }],
    cuda: 'Inline asm for big-number addition (e.g. cryptography kernels); nvcc emits `addc.cc.s64` for the upper half of `__int128` addition.',
    example: {
      target: 'sm_75',
      caption: 'Adds two 96-bit numbers stored as three 32-bit words each, propagating the carry.',
      code: `.visible .entry addc_u96(.param .u64 x, .param .u64 y) {
  .reg .b32 %r<10>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [x];
  ld.param.u64 %rd2, [y];
  ld.global.v2.u32 {%r1, %r2}, [%rd1];
  ld.global.u32 %r3, [%rd1+8];
  ld.global.v2.u32 {%r4, %r5}, [%rd2];
  ld.global.u32 %r6, [%rd2+8];
  add.cc.u32 %r7, %r1, %r4;
  addc.cc.u32 %r8, %r2, %r5;
  addc.u32 %r9, %r3, %r6;
  st.global.v2.u32 [%rd1], {%r7, %r8};
  st.global.u32 [%rd1+8], %r9;
}`,
    },
    anchor: 'extended-precision-arithmetic-instructions-addc',
  },
  {
    opcode: 'sub.cc',
    family: 'extended-precision',
    summary: 'Subtract two integers and record the borrow-out',
    description:
      'Computes `a - b` and stores the borrow out of the top bit in the carry flag `CC.CF`. ' +
      'It starts a chain of `subc` instructions that subtract the higher words of multi-word numbers.\n\n' +
      'No saturation; signed and unsigned behave the same.',
    syntax: ['sub.cc.type  d, a, b;', `.type = ${wideTypes};`],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the difference.' },
      { name: 'a', role: 'source', description: 'Minuend (lowest word).' },
      { name: 'b', role: 'source', description: 'Subtrahend (lowest word).' },
    ],
    modifiers: [{ name: '.cc', description: 'Writes the borrow out of this subtraction into the carry flag `CC.CF` for a following `subc`.' }],
    semantics: 'd = a - b;\nCC.CF = borrow-out;',
    introduced: '1.2',
    versionNotes: [{ version: '4.3', change: '64-bit `.u64`/`.s64` forms.' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_20', requirement: '64-bit types' }],
    cuda: 'Inline asm for multi-word subtraction; nvcc uses `sub.cc`/`subc` for `__int128` subtraction.',
    example: {
      target: 'sm_75',
      caption: 'Subtracts two 64-bit values held as pairs of 32-bit words.',
      code: `.visible .entry subcc_u64_pair(.param .u64 io) {
  .reg .b32 %r<7>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [io];
  ld.global.v4.u32 {%r1, %r2, %r3, %r4}, [%rd1];
  sub.cc.u32 %r5, %r1, %r3;
  subc.u32 %r6, %r2, %r4;
  st.global.v2.u32 [%rd1], {%r5, %r6};
}`,
    },
    anchor: 'extended-precision-arithmetic-instructions-sub-cc',
  },
  {
    opcode: 'subc',
    family: 'extended-precision',
    summary: 'Subtract two integers and the borrow flag',
    description:
      'Computes `a - (b + CC.CF)`, using the borrow left by a previous `sub.cc` or `subc.cc`. ' +
      'With `.cc` it records its own borrow for the next word; the last word of a chain omits it.\n\n' +
      'No saturation; signed and unsigned behave the same.',
    syntax: ['subc{.cc}.type  d, a, b;', `.type = ${wideTypes};`],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the difference.' },
      { name: 'a', role: 'source', description: 'Minuend (a higher word).' },
      { name: 'b', role: 'source', description: 'Subtrahend (a higher word).' },
    ],
    modifiers: [{ name: '.cc', description: 'Also writes the borrow out of this subtraction into `CC.CF`, so the chain can continue.' }],
    semantics: 'd = a - (b + CC.CF);\nif (.cc) CC.CF = borrow-out;',
    introduced: '1.2',
    versionNotes: [{ version: '4.3', change: '64-bit `.u64`/`.s64` forms.' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_20', requirement: '64-bit types' }],
    cuda: 'Inline asm for big-number subtraction; nvcc emits it for `__int128` subtraction.',
    example: {
      target: 'sm_75',
      caption: 'Subtracts two 128-bit integers given as pairs of 64-bit words.',
      code: `.visible .entry subc_u128(.param .u64 x, .param .u64 y) {
  .reg .b64 %rd<9>;
  ld.param.u64 %rd1, [x];
  ld.param.u64 %rd2, [y];
  ld.global.v2.u64 {%rd3, %rd4}, [%rd1];
  ld.global.v2.u64 {%rd5, %rd6}, [%rd2];
  sub.cc.u64 %rd7, %rd3, %rd5;
  subc.u64 %rd8, %rd4, %rd6;
  st.global.v2.u64 [%rd1], {%rd7, %rd8};
}`,
    },
    anchor: 'extended-precision-arithmetic-instructions-subc',
  },
  {
    opcode: 'mad.cc',
    family: 'extended-precision',
    summary: 'Multiply, add a third value and record the carry-out',
    description:
      'Multiplies `a` by `b`, takes the low (`.lo`) or high (`.hi`) half of the double-width product, adds `c`, and writes the carry of ' +
      'that addition into `CC.CF`.\n\n' +
      'Together with `madc` and `addc` it implements schoolbook multiplication of multi-word numbers: each partial product is added into ' +
      'the running result while carries ripple along.',
    syntax: ['mad{.hi,.lo}.cc.type  d, a, b, c;', `.type = ${wideTypes};`],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the selected half of `a * b` plus `c`.' },
      { name: 'a', role: 'source', description: 'First factor.' },
      { name: 'b', role: 'source', description: 'Second factor.' },
      { name: 'c', role: 'source', description: 'Addend (usually the running partial result).' },
    ],
    modifiers: [
      { name: '.lo', description: 'Uses the low half of the double-width product.' },
      { name: '.hi', description: 'Uses the high half of the double-width product.' },
      { name: '.cc', description: 'Writes the carry out of the final addition into `CC.CF`. Required in this form.' },
    ],
    semantics: 'p = a * b;\nd = (.hi ? p[2n-1:n] : p[n-1:0]) + c;\nCC.CF = carry-out of the addition;',
    introduced: '3.0',
    versionNotes: [{ version: '4.3', change: '64-bit `.u64`/`.s64` forms.' }],
    minTarget: 'sm_20',
    cuda: 'Inline asm in big-integer libraries (e.g. Montgomery multiplication); nvcc does not generate carry chains for plain C multiplication.',
    example: {
      target: 'sm_75',
      caption: 'Adds the 64-bit product of two 32-bit words into a 64-bit accumulator held as two words.',
      code: `.visible .entry madcc_accumulate(.param .u64 io, .param .u32 a, .param .u32 b) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [io];
  ld.param.u32 %r1, [a];
  ld.param.u32 %r2, [b];
  ld.global.v2.u32 {%r3, %r4}, [%rd1];
  mad.lo.cc.u32 %r3, %r1, %r2, %r3;
  madc.hi.u32 %r4, %r1, %r2, %r4;
  st.global.v2.u32 [%rd1], {%r3, %r4};
}`,
    },
    anchor: 'extended-precision-arithmetic-instructions-mad-cc',
  },
  {
    opcode: 'madc',
    family: 'extended-precision',
    summary: 'Multiply, add a third value and the carry flag',
    description:
      'Multiplies `a` by `b`, takes the low (`.lo`) or high (`.hi`) half of the product, and adds `c` plus the incoming carry `CC.CF`. ' +
      'With `.cc` it also records the carry out of that addition.\n\n' +
      'It follows `mad.cc` in multi-word multiplication, where the high half of one partial product must absorb the carry from the low half.',
    syntax: ['madc{.hi,.lo}{.cc}.type  d, a, b, c;', `.type = ${wideTypes};`],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the selected half of `a * b` plus `c` plus the carry.' },
      { name: 'a', role: 'source', description: 'First factor.' },
      { name: 'b', role: 'source', description: 'Second factor.' },
      { name: 'c', role: 'source', description: 'Addend.' },
    ],
    modifiers: [
      { name: '.lo', description: 'Uses the low half of the double-width product.' },
      { name: '.hi', description: 'Uses the high half of the double-width product.' },
      ccModifier,
    ],
    semantics: 'p = a * b;\nd = (.hi ? p[2n-1:n] : p[n-1:0]) + c + CC.CF;\nif (.cc) CC.CF = carry-out;',
    introduced: '3.0',
    versionNotes: [{ version: '4.3', change: '64-bit `.u64`/`.s64` forms.' }],
    minTarget: 'sm_20',
    cuda: 'Inline asm in big-integer code; nvcc does not produce it from ordinary C++.',
    example: {
      target: 'sm_75',
      caption: 'Adds the full 64-bit product of two 32-bit words into a 96-bit accumulator, carrying through all three words.',
      code: `.visible .entry madc_acc96(.param .u64 acc, .param .u32 x, .param .u32 y) {
  .reg .b32 %r<6>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [acc];
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [y];
  ld.global.v2.u32 {%r3, %r4}, [%rd1];
  ld.global.u32 %r5, [%rd1+8];
  mad.lo.cc.u32 %r3, %r1, %r2, %r3;
  madc.hi.cc.u32 %r4, %r1, %r2, %r4;
  addc.u32 %r5, %r5, 0;
  st.global.v2.u32 [%rd1], {%r3, %r4};
  st.global.u32 [%rd1+8], %r5;
}`,
    },
    anchor: 'extended-precision-arithmetic-instructions-madc',
  },
];
