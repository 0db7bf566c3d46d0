/**
 * PTX instructions: comparison, selection, logic and shift.
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc } from '../schema';

// ---------------------------------------------------------------- comparison operators
const orderedCmp: ModifierDoc[] = [
  { name: '.eq', description: 'Equal. For floats this is an ordered test: false if either input is NaN.' },
  { name: '.ne', description: 'Not equal. For floats this is ordered: false if either input is NaN (use `.neu` to get true for NaN).' },
  { name: '.lt', description: 'Less than (signed or unsigned per the type; ordered for floats).' },
  { name: '.le', description: 'Less than or equal (ordered for floats).' },
  { name: '.gt', description: 'Greater than (ordered for floats).' },
  { name: '.ge', description: 'Greater than or equal (ordered for floats).' },
];
const unsignedCmp: ModifierDoc[] = [
  { name: '.lo', description: 'Lower: unsigned less-than. An alternative spelling of `.lt` for unsigned types.' },
  { name: '.ls', description: 'Lower or same: unsigned less-or-equal (same as `.le` on unsigned types).' },
  { name: '.hi', description: 'Higher: unsigned greater-than (same as `.gt` on unsigned types).' },
  { name: '.hs', description: 'Higher or same: unsigned greater-or-equal (same as `.ge` on unsigned types).' },
];
const unorderedCmp: ModifierDoc[] = [
  { name: '.equ', description: 'Equal, or unordered: also true when either float input is NaN.' },
  { name: '.neu', description: 'Not equal, or unordered: true when either float input is NaN. This is the usual C `!=` on floats.' },
  { name: '.ltu', description: 'Less than, or unordered (true when either float input is NaN).' },
  { name: '.leu', description: 'Less than or equal, or unordered.' },
  { name: '.gtu', description: 'Greater than, or unordered.' },
  { name: '.geu', description: 'Greater than or equal, or unordered.' },
  { name: '.num', description: 'True when both float inputs are numbers (neither is NaN).' },
  { name: '.nan', description: 'True when at least one float input is NaN.' },
];
const boolOps: ModifierDoc[] = [
  { name: '.and', description: 'Combines the comparison result with predicate `c` by logical AND.' },
  { name: '.or', description: 'Combines the comparison result with predicate `c` by logical OR.' },
  { name: '.xor', description: 'Combines the comparison result with predicate `c` by logical XOR.' },
];
const cmpFtz: ModifierDoc = {
  name: '.ftz',
  description: 'Treats subnormal `.f32` inputs as zero of the same sign before comparing. Only for `.f32` comparisons.',
};
const halfFtz: ModifierDoc = {
  name: '.ftz',
  description: 'Treats subnormal `.f16` inputs as zero of the same sign before comparing. Only for the `.f16`/`.f16x2` forms.',
};

const cmpOpList = '.CmpOp  = { eq, ne, lt, le, gt, ge, lo, ls, hi, hs, equ, neu, ltu, leu, gtu, geu, num, nan };';
const halfCmpOpList = '.CmpOp  = { eq, ne, lt, le, gt, ge, equ, neu, ltu, leu, gtu, geu, num, nan };';
const boolOpList = '.BoolOp = { and, or, xor };';
const numericTypes = '{ .b16, .b32, .b64, .u16, .u32, .u64, .s16, .s32, .s64, .f32, .f64 }';

const END = '(\\.|$)';
const selHalfCmp = (op: string) => `^${op}.*\\.b?f16(x2)?${END}`;

export const compareLogicInstructions: InstructionDoc[] = [
  // ================================================================ comparison and selection
  {
    opcode: 'set',
    family: 'comparison',
    summary: 'Compare two values and write the answer as a number (all ones or 1.0 for true)',
    description:
      'Compares `a` with `b` using the named operator and writes the result to an ordinary register rather than a predicate: ' +
      '`0xffffffff` for true with an integer destination, `1.0f` with an `.f32` destination, and 0 for false.\n\n' +
      'Optionally the comparison result is first combined with a predicate `c` (which may be negated with `!`) by `.and`, `.or` or `.xor`. ' +
      'Most code uses `setp` instead; `set` is handy when a mask or 0/1.0 value is wanted directly.',
    syntax: [
      'set.CmpOp{.ftz}.dtype.stype         d, a, b;',
      'set.CmpOp.BoolOp{.ftz}.dtype.stype  d, a, b, {!}c;',
      cmpOpList,
      boolOpList,
      '.dtype  = { .u32, .s32, .f32 };',
      `.stype  = ${numericTypes};`,
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives all ones / 1.0f for true, 0 for false; of type `.dtype`.' },
      { name: 'a', role: 'source', description: 'First value compared, of type `.stype`.' },
      { name: 'b', role: 'source', description: 'Second value compared.' },
      { name: 'c', role: 'predicate', description: 'Optional predicate combined with the comparison by the BoolOp; `!c` uses its negation.' },
    ],
    modifiers: [...orderedCmp, ...unsignedCmp, ...unorderedCmp, ...boolOps, cmpFtz],
    semantics: 't = a CmpOp b;\nif (BoolOp) t = t BoolOp c;\nd = t ? (dtype == .f32 ? 1.0f : 0xffffffff) : 0;',
    introduced: '1.0',
    minTarget: 'all',
    targetNotes: [{ target: 'sm_13', requirement: '`.f64` source type' }],
    cuda: 'Rarely produced by nvcc, which prefers `setp` plus `selp`; reachable with inline asm when a full-width mask is wanted.',
    example: {
      target: 'sm_75',
      caption: 'Builds an all-ones mask where one float is below another, then uses it to select bits.',
      code: `.visible .entry set_mask(.param .u64 data) {
  .reg .f32 %f<3>;
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.f32 {%f1, %f2}, [%rd1];
  set.lt.u32.f32 %r1, %f1, %f2;
  ld.global.u32 %r2, [%rd1+8];
  and.b32 %r3, %r2, %r1;
  st.global.u32 [%rd1+8], %r3;
}`,
    },
    anchor: 'comparison-and-selection-instructions-set',
  },
  {
    opcode: 'setp',
    family: 'comparison',
    summary: 'Compare two values and set a predicate (and optionally its complement)',
    description:
      'Compares `a` with `b` and writes the true/false answer to predicate `p`. If a second destination `q` is given (`p|q`), it receives the ' +
      'answer for the opposite comparison result. Either destination may be the sink `_`.\n\n' +
      'With a BoolOp, both answers are first combined with a third predicate `c` (optionally negated). This is the instruction behind almost every ' +
      '`if`, loop condition and `?:` in CUDA code; the predicate then guards instructions (`@p`) or feeds `selp`/`bra`.',
    syntax: [
      'setp.CmpOp{.ftz}.type         p[|q], a, b;',
      'setp.CmpOp.BoolOp{.ftz}.type  p[|q], a, b, {!}c;',
      cmpOpList,
      boolOpList,
      `.type   = ${numericTypes};`,
    ],
    operands: [
      { name: 'p', role: 'predicate', description: 'Receives the (combined) comparison result.' },
      { name: 'q', role: 'predicate', description: 'Optional: receives the result computed from the negated comparison.' },
      { name: 'a', role: 'source', description: 'First value compared.' },
      { name: 'b', role: 'source', description: 'Second value compared: a register or an immediate.' },
      { name: 'c', role: 'predicate', description: 'Optional predicate combined by the BoolOp; `!c` uses its negation.' },
    ],
    modifiers: [...orderedCmp, ...unsignedCmp, ...unorderedCmp, ...boolOps, cmpFtz],
    semantics: 't = a CmpOp b;\np = BoolOp ? (t BoolOp c) : t;\nq = BoolOp ? (!t BoolOp c) : !t;',
    introduced: '1.0',
    minTarget: 'all',
    targetNotes: [{ target: 'sm_13', requirement: '`.f64` type' }],
    cuda: 'Every comparison in C++ (`<`, `==`, `!=` …) used in `if`, loops, `&&`/`||` or `?:`. Float `!=` gives `setp.neu`, and the self-test `x != x` gives `setp.nan` (while `isnan(x)` compiles to `abs` plus `setp.gtu` against infinity).',
    example: {
      target: 'sm_75',
      caption: 'Bounds-checks a thread index and combines it with a second condition before storing.',
      code: `.visible .entry setp_guard(.param .u32 n, .param .u64 out) {
  .reg .pred %p<3>;
  .reg .b32 %r<4>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [n];
  mov.u32 %r2, %tid.x;
  setp.lt.u32 %p1, %r2, %r1;
  and.b32 %r3, %r2, 1;
  setp.ne.and.s32 %p2, %r3, 0, %p1;
  ld.param.u64 %rd1, [out];
  mul.wide.u32 %rd2, %r2, 4;
  add.s64 %rd1, %rd1, %rd2;
  @%p2 st.global.u32 [%rd1], %r2;
}`,
    },
    anchor: 'comparison-and-selection-instructions-setp',
  },
  {
    opcode: 'selp',
    family: 'comparison',
    summary: 'Select one of two values based on a predicate',
    description:
      'Writes `a` to `d` when predicate `c` is true and `b` otherwise. `d`, `a` and `b` share the instruction type. ' +
      'It is a branch-free `?:`, so all threads of a warp stay on the same path.',
    syntax: ['selp.type d, a, b, c;', `.type = ${numericTypes};`],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the selected value.' },
      { name: 'a', role: 'source', description: 'Value chosen when `c` is true.' },
      { name: 'b', role: 'source', description: 'Value chosen when `c` is false.' },
      { name: 'c', role: 'predicate', description: 'The predicate that picks between them.' },
    ],
    modifiers: [],
    semantics: 'd = c ? a : b;',
    introduced: '1.0',
    minTarget: 'all',
    targetNotes: [{ target: 'sm_13', requirement: '`.f64`' }],
    cuda: 'The conditional operator `cond ? x : y` when both sides are cheap; converting a `bool` to an integer (`selp.u32 r, 1, 0, p`).',
    example: {
      target: 'sm_75',
      caption: 'Replaces negative values with a fallback without branching.',
      code: `.visible .entry selp_fallback(.param .u64 data, .param .f32 fallback) {
  .reg .pred %p1;
  .reg .f32 %f<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.param.f32 %f1, [fallback];
  ld.global.f32 %f2, [%rd1];
  setp.ge.f32 %p1, %f2, 0f00000000;
  selp.f32 %f3, %f2, %f1, %p1;
  st.global.f32 [%rd1], %f3;
}`,
    },
    anchor: 'comparison-and-selection-instructions-selp',
  },
  {
    opcode: 'slct',
    family: 'comparison',
    summary: 'Select one of two values by the sign of a third',
    description:
      'Writes `a` to `d` if `c >= 0` and `b` otherwise. `c` is an `.s32` or `.f32` value (the second type), while `a`, `b` and `d` are moved ' +
      'bit for bit as the first type.\n\n' +
      'For `.f32`, −0.0 counts as zero (so `a` is chosen) and a NaN `c` selects `b`. `.ftz` makes a subnormal `c` count as zero.',
    syntax: ['slct.dtype.s32        d, a, b, c;', 'slct{.ftz}.dtype.f32  d, a, b, c;', `.dtype = ${numericTypes};`],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives `a` or `b` unchanged.' },
      { name: 'a', role: 'source', description: 'Chosen when `c` is zero or positive.' },
      { name: 'b', role: 'source', description: 'Chosen when `c` is negative (or NaN).' },
      { name: 'c', role: 'source', description: 'The `.s32` or `.f32` value whose sign decides.' },
    ],
    modifiers: [
      { name: '.s32', description: 'As the second type: `c` is a signed 32-bit integer.' },
      { name: '.f32', description: 'As the second type: `c` is a single-precision float.' },
      { name: '.ftz', description: 'With an `.f32` selector: a subnormal `c` is flushed to zero, so `a` is selected.' },
    ],
    semantics: 'd = (c >= 0) ? a : b;',
    introduced: '1.0',
    minTarget: 'all',
    targetNotes: [{ target: 'sm_13', requirement: '`.f64`' }],
    cuda: 'Not usually produced by nvcc (it uses `setp` + `selp`); available through inline asm.',
    example: {
      target: 'sm_75',
      caption: 'Picks one of two indices depending on the sign of a float score.',
      code: `.visible .entry slct_by_sign(.param .u64 data) {
  .reg .f32 %f1;
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.f32 %f1, [%rd1];
  ld.global.v2.u32 {%r1, %r2}, [%rd1+8];
  slct.u32.f32 %r3, %r1, %r2, %f1;
  st.global.u32 [%rd1+4], %r3;
}`,
    },
    anchor: 'comparison-and-selection-instructions-slct',
  },

  // ================================================================ half-precision comparison
  {
    opcode: 'set',
    select: selHalfCmp('set'),
    family: 'half-precision',
    summary: 'Compare half-precision values and write the answer as a number or mask',
    description:
      'Compares values where a 16-bit float type (`.f16`, `.bf16`, `.f16x2`, `.bf16x2`) appears as the source or destination type. True is written as ' +
      '`0xffffffff` for 32-bit integer destinations, `0xffff` for 16-bit ones, and 1.0 for `.f16`/`.bf16` destinations; false is 0 or 0.0.\n\n' +
      'With packed `x2` sources both lanes are compared separately and each lane\'s answer is packed into the 32-bit result. ' +
      'A BoolOp can combine each answer with a predicate `c` first.',
    syntax: [
      'set.CmpOp{.ftz}.f16.stype            d, a, b;',
      'set.CmpOp.BoolOp{.ftz}.f16.stype     d, a, b, {!}c;',
      'set.CmpOp.bf16.stype                 d, a, b;',
      'set.CmpOp.BoolOp.bf16.stype          d, a, b, {!}c;',
      'set.CmpOp{.ftz}.dtype.f16            d, a, b;    // .dtype = { .u16, .s16, .u32, .s32 }',
      'set.CmpOp.BoolOp{.ftz}.dtype.f16     d, a, b, {!}c;',
      'set.CmpOp.dtype.bf16                 d, a, b;    // .dtype = { .u16, .s16, .u32, .s32 }',
      'set.CmpOp.BoolOp.dtype.bf16          d, a, b, {!}c;',
      'set.CmpOp{.ftz}.dtype.f16x2          d, a, b;    // .dtype = { .f16x2, .u32, .s32 }',
      'set.CmpOp.BoolOp{.ftz}.dtype.f16x2   d, a, b, {!}c;',
      'set.CmpOp.dtype.bf16x2               d, a, b;    // .dtype = { .bf16x2, .u32, .s32 }',
      'set.CmpOp.BoolOp.dtype.bf16x2        d, a, b, {!}c;',
      '.dtype  = { .u16, .s16, .u32, .s32, .f16x2, .bf16x2 };',
      halfCmpOpList,
      boolOpList,
      '.stype  = { .b16, .b32, .b64, .u16, .u32, .u64, .s16, .s32, .s64, .f16, .f32, .f64 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the result: a mask (integer types), 1.0/0.0 (half types), per lane for packed sources.' },
      { name: 'a', role: 'source', description: 'First value compared, of the source type.' },
      { name: 'b', role: 'source', description: 'Second value compared.' },
      { name: 'c', role: 'predicate', description: 'Optional predicate combined by the BoolOp; `!c` negates it.' },
    ],
    modifiers: [...orderedCmp, ...unorderedCmp, ...boolOps, halfFtz, { name: '.f16x2', description: 'Two packed `.f16` values; as a source, each lane is compared separately.' }, { name: '.bf16x2', description: 'Two packed `.bf16` values; as a source, each lane is compared separately.' }],
    semantics: 't = a CmpOp b;                 // per lane for x2 sources\nif (BoolOp) t = t BoolOp c;\nd = t ? TRUE(dtype) : 0;       // 0xffffffff, 0xffff or 1.0',
    introduced: '4.2',
    versionNotes: [
      { version: '6.5', change: 'Integer destination types (16- or 32-bit for `.f16` sources, 32-bit for `.f16x2` sources).' },
      { version: '7.8', change: 'The `.bf16` and `.bf16x2` forms.' },
    ],
    minTarget: 'sm_53',
    targetNotes: [{ target: 'sm_90', requirement: 'the `.bf16` and `.bf16x2` forms' }],
    cuda: '`__heq2`, `__hlt2`, `__hgt2` … on `__half2` give `set.*.f16x2.f16x2`; `__hbeq2`, `__hblt2` … use `set.*.u32.f16x2`; `__hisnan` gives `set.nan.f16.f16`. The bfloat16 versions work the same way.',
    example: {
      target: 'sm_75',
      caption: 'Builds a per-lane mask of which packed half values are below a threshold.',
      code: `.visible .entry hset2_mask(.param .u64 data) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.b32 {%r1, %r2}, [%rd1];
  set.lt.u32.f16x2 %r3, %r1, %r2;
  st.global.b32 [%rd1+8], %r3;
}`,
    },
    anchor: 'half-precision-comparison-instructions-set',
  },
  {
    opcode: 'setp',
    select: selHalfCmp('setp'),
    family: 'half-precision',
    summary: 'Compare half-precision values and set predicates',
    description:
      'Compares `.f16` or `.bf16` values and writes the answer to predicate `p`. For the packed types `.f16x2`/`.bf16x2` the two lanes are ' +
      'compared separately: the low lane\'s answer goes to `p` and the high lane\'s to `q`.\n\n' +
      'Note the difference from the 32/64-bit `setp`: here `q` holds the second lane, not the complement. A BoolOp combines each answer with predicate `c`.',
    syntax: [
      'setp.CmpOp{.ftz}.f16           p, a, b;',
      'setp.CmpOp.BoolOp{.ftz}.f16    p, a, b, {!}c;',
      'setp.CmpOp{.ftz}.f16x2         p|q, a, b;',
      'setp.CmpOp.BoolOp{.ftz}.f16x2  p|q, a, b, {!}c;',
      'setp.CmpOp.bf16                p, a, b;',
      'setp.CmpOp.BoolOp.bf16         p, a, b, {!}c;',
      'setp.CmpOp.bf16x2              p|q, a, b;',
      'setp.CmpOp.BoolOp.bf16x2       p|q, a, b, {!}c;',
      halfCmpOpList,
      boolOpList,
    ],
    operands: [
      { name: 'p', role: 'predicate', description: 'Receives the answer (for the low lane with packed types).' },
      { name: 'q', role: 'predicate', description: 'Packed types only: receives the answer for the high lane.' },
      { name: 'a', role: 'source', description: 'First value(s): `.b16`/`.f16` for scalars, `.b32` for packed pairs.' },
      { name: 'b', role: 'source', description: 'Second value(s).' },
      { name: 'c', role: 'predicate', description: 'Optional predicate combined by the BoolOp; `!c` negates it.' },
    ],
    modifiers: [...orderedCmp, ...unorderedCmp, ...boolOps, halfFtz, { name: '.f16x2', description: 'Two packed `.f16` values compared lane by lane into `p` and `q`.' }, { name: '.bf16x2', description: 'Two packed `.bf16` values compared lane by lane into `p` and `q`.' }],
    semantics: 'scalar: p = (a CmpOp b) [BoolOp c];\npacked: p = (a.lo CmpOp b.lo) [BoolOp c];\n        q = (a.hi CmpOp b.hi) [BoolOp c];',
    introduced: '4.2',
    versionNotes: [{ version: '7.8', change: '`.bf16` and `.bf16x2`.' }],
    minTarget: 'sm_53',
    targetNotes: [{ target: 'sm_90', requirement: '`.bf16` and `.bf16x2`' }],
    cuda: 'Scalar comparisons on `__half`/`__nv_bfloat16` (`__hlt`, `__heq`, `a < b` …) wrap `setp.*.f16`/`setp.*.bf16` in inline asm. The packed `x2` form needs inline asm: the `__half2` comparison helpers (`__hbeq2` …) use `set` instead.',
    example: {
      target: 'sm_75',
      caption: 'Compares both lanes of two packed half pairs and stores the lanes that pass.',
      code: `.visible .entry hsetp2_lanes(.param .u64 data) {
  .reg .pred %p<3>;
  .reg .b16 %h<3>;
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.b32 {%r1, %r2}, [%rd1];
  setp.gt.f16x2 %p1|%p2, %r1, %r2;
  mov.b32 {%h1, %h2}, %r1;
  @%p1 st.global.b16 [%rd1+8], %h1;
  @%p2 st.global.b16 [%rd1+10], %h2;
}`,
    },
    anchor: 'half-precision-comparison-instructions-setp',
  },

  // ================================================================ logic and shift
  {
    opcode: 'and',
    family: 'logic-shift',
    summary: 'Bitwise AND (or logical AND of predicates)',
    description:
      'Computes `a & b` bit by bit. The operands must have the size of the type but may be declared with another type of that size. ' +
      'With `.pred` it combines two predicates with a logical AND.',
    syntax: ['and.type d, a, b;', '.type = { .pred, .b16, .b32, .b64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the result.' },
      { name: 'a', role: 'source', description: 'First operand.' },
      { name: 'b', role: 'source', description: 'Second operand: a register or an immediate mask.' },
    ],
    modifiers: [],
    semantics: 'd = a & b;',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'The `&` operator on integers; `&&` between two conditions can become `and.pred` (nvcc may also use branches).',
    example: {
      target: 'sm_75',
      caption: 'Keeps only the low 5 bits of the thread index (its lane within a warp).',
      code: `.visible .entry and_lane(.param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  mov.u32 %r1, %tid.x;
  and.b32 %r2, %r1, 31;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r2;
}`,
    },
    anchor: 'logic-and-shift-instructions-and',
  },
  {
    opcode: 'or',
    family: 'logic-shift',
    summary: 'Bitwise OR (or logical OR of predicates)',
    description: 'Computes `a | b` bit by bit. Operands must match the type\'s size, not necessarily its exact type. With `.pred` it is a logical OR of two predicates.',
    syntax: ['or.type d, a, b;', '.type = { .pred, .b16, .b32, .b64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the result.' },
      { name: 'a', role: 'source', description: 'First operand.' },
      { name: 'b', role: 'source', description: 'Second operand: a register or an immediate.' },
    ],
    modifiers: [],
    semantics: 'd = a | b;',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'The `|` operator on integers; `||` between conditions can become `or.pred`.',
    example: {
      target: 'sm_75',
      caption: 'Sets a flag bit in a status word, and ORs two predicates.',
      code: `.visible .entry or_flags(.param .u64 data) {
  .reg .pred %p<4>;
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.u32 %r1, [%rd1];
  or.b32 %r2, %r1, 0x100;
  setp.eq.u32 %p1, %r1, 0;
  setp.gt.u32 %p2, %r1, 1000;
  or.pred %p3, %p1, %p2;
  @%p3 st.global.u32 [%rd1], %r2;
}`,
    },
    anchor: 'logic-and-shift-instructions-or',
  },
  {
    opcode: 'xor',
    family: 'logic-shift',
    summary: 'Bitwise exclusive OR (or XOR of predicates)',
    description: 'Computes `a ^ b` bit by bit: each result bit is 1 where exactly one input bit is 1. With `.pred` it XORs two predicates.',
    syntax: ['xor.type d, a, b;', '.type = { .pred, .b16, .b32, .b64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the result.' },
      { name: 'a', role: 'source', description: 'First operand.' },
      { name: 'b', role: 'source', description: 'Second operand: a register or an immediate.' },
    ],
    modifiers: [],
    semantics: 'd = a ^ b;',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'The `^` operator on integers; butterfly partner lanes like `lane ^ 16` in warp reductions.',
    example: {
      target: 'sm_75',
      caption: 'Computes the partner lane for a butterfly exchange.',
      code: `.visible .entry xor_partner(.param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  mov.u32 %r1, %laneid;
  xor.b32 %r2, %r1, 16;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r2;
}`,
    },
    anchor: 'logic-and-shift-instructions-xor',
  },
  {
    opcode: 'not',
    family: 'logic-shift',
    summary: 'Bitwise NOT (or negation of a predicate)',
    description: 'Inverts every bit of `a` (one\'s complement). With `.pred` it negates a predicate.',
    syntax: ['not.type d, a;', '.type = { .pred, .b16, .b32, .b64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the inverted value.' },
      { name: 'a', role: 'source', description: 'The value to invert.' },
    ],
    modifiers: [],
    semantics: 'd = ~a;',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'The `~` operator on integers; `!` on a `bool` condition may become `not.pred`.',
    example: {
      target: 'sm_75',
      caption: 'Clears the bits of a mask from a word using NOT and AND.',
      code: `.visible .entry not_clear(.param .u64 data, .param .u32 mask) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.param.u32 %r1, [mask];
  ld.global.u32 %r2, [%rd1];
  not.b32 %r3, %r1;
  and.b32 %r2, %r2, %r3;
  st.global.u32 [%rd1], %r2;
}`,
    },
    anchor: 'logic-and-shift-instructions-not',
  },
  {
    opcode: 'cnot',
    family: 'logic-shift',
    summary: 'C-style logical NOT: 1 if the value is zero, else 0',
    description: 'Writes 1 to `d` when `a` is zero and 0 otherwise — the same as C\'s `!a` on an integer. Unlike `not`, it does not flip every bit.',
    syntax: ['cnot.type d, a;', '.type = { .b16, .b32, .b64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives 1 or 0.' },
      { name: 'a', role: 'source', description: 'The value tested against zero.' },
    ],
    modifiers: [],
    semantics: 'd = (a == 0) ? 1 : 0;',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'Inline asm; nvcc usually compiles `!x` on an integer to `setp.eq` followed by `selp`.',
    example: {
      target: 'sm_75',
      caption: 'Turns a count into a 0/1 "is empty" flag.',
      code: `.visible .entry cnot_empty(.param .u64 data) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.u32 %r1, [%rd1];
  cnot.b32 %r2, %r1;
  st.global.u32 [%rd1+4], %r2;
}`,
    },
    anchor: 'logic-and-shift-instructions-cnot',
  },
  {
    opcode: 'lop3',
    family: 'logic-shift',
    summary: 'Any bitwise function of three inputs, chosen by an 8-bit truth table',
    description:
      'Applies an arbitrary logical function F(a, b, c) to every bit position. The function is given by the constant `immLut`: evaluate F on the ' +
      'magic values a = `0xF0`, b = `0xCC`, c = `0xAA` and the 8-bit result is the table. For example `a & b & c` is `0x80`, `a | b | c` is `0xFE`, ' +
      'and `a ^ b ^ c` is `0x96`.\n\n' +
      'With `.or` or `.and` it also sets predicate `p` to `(d != 0)` combined with predicate `q`; then `d` may be the sink `_`.',
    syntax: ['lop3.b32 d, a, b, c, immLut;', 'lop3.BoolOp.b32 d|p, a, b, c, immLut, q;', '.BoolOp   = { .or , .and };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives F(a, b, c) bit by bit (or `_` in the BoolOp form).' },
      { name: 'p', role: 'predicate', description: 'BoolOp form: receives `(d != 0) BoolOp q`.' },
      { name: 'a', role: 'source', description: 'First input (its truth-table column is `0xF0`).' },
      { name: 'b', role: 'source', description: 'Second input (column `0xCC`).' },
      { name: 'c', role: 'source', description: 'Third input (column `0xAA`).' },
      { name: 'immLut', role: 'other', description: 'Integer constant 0–255: the truth table of the function.' },
      { name: 'q', role: 'predicate', description: 'BoolOp form: predicate combined with the test `d != 0`.' },
    ],
    modifiers: [
      { name: '.or', description: 'Sets `p = (d != 0) || q`.' },
      { name: '.and', description: 'Sets `p = (d != 0) && q`.' },
    ],
    semantics: 'd = F_immLut(a, b, c);          // bitwise\nif (BoolOp) p = (d != 0) BoolOp q;',
    introduced: '4.3',
    versionNotes: [{ version: '8.2', change: '`.or`/`.and` forms that also produce a predicate.' }],
    minTarget: 'sm_50',
    targetNotes: [{ target: 'sm_70', requirement: '`.BoolOp` (`.or`/`.and`)' }],
    cuda: 'Inline asm (e.g. in CUTLASS\'s fast numeric conversions). nvcc emits separate `and`/`or`/`xor`/`not`, and ptxas fuses such chains into LOP3 machine instructions itself.',
    example: {
      target: 'sm_75',
      caption: 'Computes the bitwise majority of three words (a full adder\'s carry), then uses the predicate form to test their XOR (the sum bits) for nonzero, ANDed with a second condition.',
      code: `.visible .entry lop3_majority(.param .u64 data) {
  .reg .pred %p<3>;
  .reg .b32 %r<6>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.v2.u32 {%r1, %r2}, [%rd1];
  ld.global.u32 %r3, [%rd1+8];
  lop3.b32 %r4, %r1, %r2, %r3, 0xE8;
  setp.ne.u32 %p1, %r1, 0;
  lop3.and.b32 %r5|%p2, %r1, %r2, %r3, 0x96, %p1;
  @%p2 st.global.u32 [%rd1+12], %r4;
}`,
    },
    anchor: 'logic-and-shift-instructions-lop3',
  },
  {
    opcode: 'shf',
    family: 'logic-shift',
    summary: 'Funnel shift: shift a 64-bit pair of registers and keep 32 bits',
    description:
      'Joins `b` (upper half) and `a` (lower half) into a 64-bit value and shifts it by `c` bits. `shf.l` shifts left and returns the upper 32 bits; ' +
      '`shf.r` shifts right and returns the lower 32 bits. So bits shifted out of one word flow into the other.\n\n' +
      'Passing the same register as `a` and `b` gives a 32-bit rotate. The mode decides how shift amounts of 32 or more are treated. ' +
      'Chains of `shf` shift numbers wider than 64 bits.',
    syntax: ['shf.l.mode.b32  d, a, b, c;  // left shift', 'shf.r.mode.b32  d, a, b, c;  // right shift', '.mode = { .clamp, .wrap };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives 32 bits of the shifted pair.' },
      { name: 'a', role: 'source', description: 'Lower 32 bits of the 64-bit source.' },
      { name: 'b', role: 'source', description: 'Upper 32 bits of the 64-bit source.' },
      { name: 'c', role: 'source', description: 'Unsigned 32-bit shift amount.' },
    ],
    modifiers: [
      { name: '.l', description: 'Shift left; the result is the upper 32 bits of `{b, a} << n`.' },
      { name: '.r', description: 'Shift right; the result is the lower 32 bits of `{b, a} >> n`.' },
      { name: '.clamp', description: 'Shift amounts above 32 are treated as 32.' },
      { name: '.wrap', description: 'Only the low 5 bits of the shift amount are used (amount modulo 32).' },
    ],
    semantics: 'n    = .clamp ? min(c, 32) : c % 32;\npair = 64-bit value with b on top and a below;\nshf.l: d = upper word of (pair << n);\nshf.r: d = lower word of (pair >> n);',
    introduced: '3.1',
    minTarget: 'sm_32',
    cuda: '`__funnelshift_l` (`.l.wrap`), `__funnelshift_lc` (`.l.clamp`), `__funnelshift_r` (`.r.wrap`), `__funnelshift_rc` (`.r.clamp`); 32-bit rotates like `(x << k) | (x >> (32 - k))` are also recognised.',
    example: {
      target: 'sm_75',
      caption: 'Rotates a hash word left by 13 bits, as in many hash functions.',
      code: `.visible .entry shf_rotate(.param .u64 data) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.global.u32 %r1, [%rd1];
  shf.l.wrap.b32 %r2, %r1, %r1, 13;
  st.global.u32 [%rd1], %r2;
}`,
    },
    anchor: 'logic-and-shift-instructions-shf',
  },
  {
    opcode: 'shl',
    family: 'logic-shift',
    summary: 'Shift bits left, filling with zeros',
    description:
      'Shifts `a` left by `b` bit positions and fills the vacated low bits with zeros. The shift amount `b` is always an unsigned 32-bit value, whatever the ' +
      'instruction type; amounts larger than the register width are clamped, so the result becomes 0 instead of wrapping as on CPUs.',
    syntax: ['shl.type d, a, b;', '.type = { .b16, .b32, .b64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the shifted value.' },
      { name: 'a', role: 'source', description: 'The value to shift.' },
      { name: 'b', role: 'source', description: 'Shift amount: an unsigned 32-bit register or immediate.' },
    ],
    modifiers: [],
    semantics: 'd = a << min(b, width);',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'The `<<` operator; multiplications by powers of two (`i * 4` can become `shl.b32 r, i, 2`).',
    example: {
      target: 'sm_75',
      caption: 'Scales a 64-bit index to a byte offset for 8-byte elements.',
      code: `.visible .entry shl_offset(.param .u64 base, .param .u64 idx) {
  .reg .b64 %rd<5>;
  ld.param.u64 %rd1, [base];
  ld.param.u64 %rd2, [idx];
  shl.b64 %rd3, %rd2, 3;
  add.s64 %rd4, %rd1, %rd3;
  st.global.u64 [%rd4], %rd2;
}`,
    },
    anchor: 'logic-and-shift-instructions-shl',
  },
  {
    opcode: 'shr',
    family: 'logic-shift',
    summary: 'Shift bits right, filling with zeros or copies of the sign bit',
    description:
      'Shifts `a` right by `b` bit positions. Signed types (`.s16`/`.s32`/`.s64`) fill the vacated high bits with the sign bit (arithmetic shift); ' +
      'unsigned and bit types fill with zeros (logical shift).\n\n' +
      '`b` is always an unsigned 32-bit amount; values larger than the width are clamped, giving 0 or all sign bits.',
    syntax: ['shr.type d, a, b;', '.type = { .b16, .b32, .b64, .u16, .u32, .u64, .s16, .s32, .s64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the shifted value.' },
      { name: 'a', role: 'source', description: 'The value to shift.' },
      { name: 'b', role: 'source', description: 'Shift amount: an unsigned 32-bit register or immediate.' },
    ],
    modifiers: [],
    semantics: 'd = a >> min(b, width);    // sign-filling for .sN, zero-filling otherwise',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'The `>>` operator (arithmetic on signed types, logical on unsigned); divisions of unsigned values by powers of two.',
    example: {
      target: 'sm_75',
      caption: 'Computes the warp number of a thread and halves a signed value with an arithmetic shift.',
      code: `.visible .entry shr_warp(.param .s32 v, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<2>;
  mov.u32 %r1, %tid.x;
  shr.u32 %r2, %r1, 5;
  ld.param.s32 %r3, [v];
  shr.s32 %r4, %r3, 1;
  add.s32 %r4, %r4, %r2;
  ld.param.u64 %rd1, [out];
  st.global.s32 [%rd1], %r4;
}`,
    },
    anchor: 'logic-and-shift-instructions-shr',
  },
];
