/**
 * PTX instructions: warp-level matrix (wmma, mma, mma.sp, ldmatrix, stmatrix, movmatrix).
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc } from '../schema';

/** `.sync` as every warp-collective matrix instruction uses it. */
function syncWarp(op: string): ModifierDoc {
  return {
    name: '.sync',
    description: `Mandatory. A thread that reaches \`${op}\` waits until every thread of its warp has reached the same \`${op}\`, then all continue together.`,
  };
}

/** `.aligned` as every warp-collective matrix instruction uses it. */
function alignedWarp(op: string): ModifierDoc {
  return {
    name: '.aligned',
    description:
      `Mandatory. All 32 threads of the warp must execute this very \`${op}\` (same qualifiers, same instruction). ` +
      'Inside a branch, use it only if the whole warp takes the branch the same way; otherwise the result is undefined.',
  };
}

const ROW: ModifierDoc = { name: '.row', description: 'The matrix is stored row-major: elements of one row are adjacent.' };
const COL: ModifierDoc = { name: '.col', description: 'The matrix is stored column-major: elements of one column are adjacent.' };

const SATFINITE_INT: ModifierDoc = {
  name: '.satfinite',
  description:
    'Integer variants only: if the `.s32` accumulation overflows, the result is clamped to the smallest or largest 32-bit signed integer instead of wrapping around.',
};

const S4: ModifierDoc = { name: '.s4', description: 'Signed 4-bit integer elements, packed eight to a 32-bit register.' };
const U4: ModifierDoc = { name: '.u4', description: 'Unsigned 4-bit integer elements, packed eight to a 32-bit register.' };
const B1: ModifierDoc = { name: '.b1', description: 'Single-bit elements, packed 32 to a 32-bit register; "multiplication" becomes a bitwise AND or XOR followed by a population count.' };

const KIND_F8F6F4: ModifierDoc = {
  name: '.kind::f8f6f4',
  description:
    'Selects the small-float variant where A and B may each be any of `.e4m3`, `.e5m2`, `.e3m2`, `.e2m3`, `.e2m1`. ' +
    'Every element sits in its own 8-bit container: a 6-bit value in the low 6 bits, a 4-bit `.e2m1` value in bits 2–5.',
};
const KIND_MXF8F6F4: ModifierDoc = {
  name: '.kind::mxf8f6f4',
  description:
    'Block-scaled ("MX") variant of `.kind::f8f6f4`: 8-, 6- or 4-bit float elements in 8-bit containers, with one `.ue8m0` scale factor per 32 elements along K (`.scale_vec::1X`).',
};
const KIND_MXF4: ModifierDoc = {
  name: '.kind::mxf4',
  description:
    'Block-scaled 4-bit variant: A and B are `.e2m1`, packed densely (two per byte, no padding), with `.ue8m0` scale factors; `.scale_vec::2X` is the default and only choice.',
};
const KIND_MXF4NVF4: ModifierDoc = {
  name: '.kind::mxf4nvf4',
  description:
    'Block-scaled 4-bit variant that also allows NVIDIA\'s NVF4 scaling: `.e2m1` elements with `.ue8m0` or `.ue4m3` scale factors. ' +
    'The scale-vector size must be written explicitly (`.scale_vec::2X` or `.scale_vec::4X`).',
};
const BLOCK_SCALE: ModifierDoc = {
  name: '.block_scale',
  description:
    'Turns on block scaling: before multiplying, every element of A is multiplied by the scale factor of its block, and likewise for B; the scaled product is then added to C. ' +
    'Along K, each row of A and each column of B is split into 1, 2 or 4 blocks, and each block has its own scale factor, picked out of `scale-a-data` / `scale-b-data` by the selector operands.',
};
const SCALE_VEC: ModifierDoc = {
  name: '.scale_vec::NX',
  pattern: '\\.scale_vec::[124]X',
  description:
    'How many scale factors each row of A (and each column of B) gets along K: `1X` (one, the `.kind::mxf8f6f4` default), `2X` (two, the `.kind::mxf4` default) or `4X` (four; `.kind::mxf4nvf4` with `.ue4m3`, or `.ue8m0` from PTX ISA 9.1).',
};
const UE8M0: ModifierDoc = { name: '.ue8m0', description: 'Scale factors are unsigned 8-bit powers of two (exponent only), the MX standard format.' };
const UE4M3: ModifierDoc = { name: '.ue4m3', description: 'Scale factors are unsigned 8-bit floats with 4 exponent and 3 mantissa bits (NVF4 scaling); only with `.kind::mxf4nvf4` and `.scale_vec::4X`.' };

/** Element types as the mma family uses them: what they mean for A/B or C/D. */
const MMA_TYPES: ModifierDoc[] = [
  { name: '.f16', description: 'Half-precision elements, two per 32-bit register. For A/B the products are formed in at least single precision; as C/D type it means an f16 accumulator.' },
  { name: '.f32', description: 'Single-precision elements, one per register. As C/D type: an f32 accumulator (accumulation in at least single precision).' },
  { name: '.bf16', description: 'bfloat16 multiplicands (8-bit exponent, 7-bit mantissa), two per 32-bit register; always accumulated in `.f32`.' },
  { name: '.tf32', description: 'TensorFloat-32 multiplicands: an `.f32` register of which only the top 19 bits (sign, 8 exponent, 10 mantissa) are used; accumulated in `.f32`.' },
  { name: '.f64', description: 'Double-precision A, B, C and D; each element is fused-multiply-added with IEEE double precision and the chosen rounding.' },
  { name: '.e4m3', description: 'FP8 elements with 4 exponent and 3 mantissa bits, four per 32-bit register.' },
  { name: '.e5m2', description: 'FP8 elements with 5 exponent and 2 mantissa bits, four per 32-bit register.' },
  { name: '.e3m2', description: 'FP6 elements (3 exponent, 2 mantissa bits), each in the low 6 bits of a byte.' },
  { name: '.e2m3', description: 'FP6 elements (2 exponent, 3 mantissa bits), each in the low 6 bits of a byte.' },
  { name: '.e2m1', description: 'FP4 elements (2 exponent, 1 mantissa bit): one per byte in bits 2–5 with `.kind::f8f6f4`/`.kind::mxf8f6f4`, two per byte with `.kind::mxf4`/`.kind::mxf4nvf4`.' },
  { name: '.s8', description: 'Signed 8-bit integer elements, four per 32-bit register; accumulated in `.s32`.' },
  { name: '.u8', description: 'Unsigned 8-bit integer elements, four per 32-bit register; accumulated in `.s32`.' },
  { name: '.s32', description: 'Signed 32-bit integer accumulator (C) and result (D) of integer and single-bit variants.' },
  S4,
  U4,
  B1,
];

const MMA_SHAPE: ModifierDoc = {
  name: '.mMnNkK',
  pattern: '\\.m\\d+n\\d+k\\d+',
  description:
    'The tile shape: A is M×K, B is K×N, C and D are M×N. Allowed shapes depend on the type: ' +
    '`.m8n8k4` (f16 on sm_70, f64), `.m16n8k4`/`.m16n8k8` (tf32, f64, bf16/f16 k8), `.m16n8k16` (f16, bf16, f64, s8/u8, FP8), ' +
    '`.m16n8k32` (FP8, f8f6f4, mxf8f6f4, s8/u8, s4/u4), `.m16n8k64` (s4/u4, mxf4, mxf4nvf4), `.m8n8k16` (s8/u8), `.m8n8k32` (s4/u4), ' +
    '`.m8n8k128`, `.m16n8k128`, `.m16n8k256` (b1).',
};

export const warpMatrixInstructions: InstructionDoc[] = [
  // ---------------------------------------------------------------- wmma.load
  {
    opcode: 'wmma.load',
    family: 'warp-matrix',
    summary: 'Warp-collectively load a WMMA matrix fragment (A, B or C) from memory into registers',
    description:
      'All 32 threads of a warp cooperate to read one tile of matrix A, B or C for a later `wmma.mma`. ' +
      'Each thread receives an opaque *fragment*: a handful of registers whose mapping to matrix elements is unspecified, so the only portable things to do with them are to pass them to `wmma.mma` or (for C) scale them element by element.\n\n' +
      'The address `p` points at the first element of the tile in global or shared memory (or a generic address into either). ' +
      'The optional `stride` gives the distance, in elements, between the starts of consecutive rows (row-major) or columns (column-major) — use it when the tile is part of a larger matrix. ' +
      'The `.layout`, `.shape` and types must match those of the `wmma.mma` that consumes the fragment.',
    syntax: [
      'wmma.load.a.sync.aligned.layout.shape{.ss}.atype r, [p] {, stride};\nwmma.load.b.sync.aligned.layout.shape{.ss}.btype r, [p] {, stride};\nwmma.load.c.sync.aligned.layout.shape{.ss}.ctype r, [p] {, stride};',
      '.layout = { .row, .col };',
      '.shape  = { .m16n16k16, .m8n32k16, .m32n8k16 };   // .f16 / .bf16 / .s8 / .u8\n.shape  = { .m16n16k8 };                         // .tf32\n.shape  = { .m8n8k4 };                           // .f64\n.shape  = { .m8n8k32 };                          // .s4 / .u4 (A row, B col only)\n.shape  = { .m8n8k128 };                         // .b1 (A row, B col only)',
      '.ss    = { .global, .shared, .shared::cta };',
      '.atype = { .f16, .bf16, .tf32, .f64, .s8, .u8, .s4, .u4, .b1 };\n.btype = { .f16, .bf16, .tf32, .f64, .s8, .u8, .s4, .u4, .b1 };\n.ctype = { .f16, .f32, .f64, .s32 };',
    ],
    operands: [
      { name: 'r', role: 'destination', description: 'Brace-enclosed list of registers receiving this thread\'s fragment, e.g. eight `.b32` registers for an f16 A tile of `.m16n16k16`, one register for `.m8n8k32` `.s4`.' },
      { name: '[p]', role: 'address', description: 'Address of the tile\'s first element, the same in every thread. Each row (or column) start must be aligned to the size of one thread\'s fragment in bytes — e.g. 32 bytes for the eight-register f16 A fragment of `.m16n16k16`.' },
      { name: 'stride', role: 'source', description: 'Optional 32-bit count of elements (not bytes) between consecutive rows (row-major) or columns (column-major), the same in every thread. Defaults to the tile\'s own leading dimension and may not be smaller; stride × element size must keep every row aligned as above.' },
    ],
    modifiers: [
      { name: '.a', description: 'Load a fragment of the multiplicand matrix A (M×K).' },
      { name: '.b', description: 'Load a fragment of the multiplicand matrix B (K×N).' },
      { name: '.c', description: 'Load a fragment of the accumulator matrix C (M×N).' },
      syncWarp('wmma.load'),
      alignedWarp('wmma.load'),
      ROW,
      COL,
      { name: '.mMnNkK', pattern: '\\.m\\d+n\\d+k\\d+', description: 'The shape of the whole `wmma.mma` the fragment is for: A is M×K, B is K×N, C is M×N. `.m16n16k16`, `.m8n32k16`, `.m32n8k16` (f16, bf16, 8-bit integers), `.m16n16k8` (tf32), `.m8n8k4` (f64), `.m8n8k32` (4-bit integers), `.m8n8k128` (single bit).' },
      { name: '.global', description: 'The tile is in global memory.' },
      { name: '.shared', description: 'The tile is in the shared memory of the executing CTA.' },
      { name: '.shared::cta', description: 'Same as `.shared`: the executing CTA\'s shared memory (explicit spelling, PTX ISA 7.8+).' },
      ...MMA_TYPES,
    ],
    semantics: '// per warp, conceptually:\nfragment(r) = tile at p, rows (or columns) stride elements apart;\n// which elements land in which thread/register is unspecified',
    introduced: '6.0',
    versionNotes: [
      { version: '6.1', change: 'Shapes `.m8n32k16` and `.m32n8k16`.' },
      { version: '6.3', change: 'Integer (`.s8`/`.u8`), sub-byte (`.s4`/`.u4`) and single-bit (`.b1`) fragments; `.aligned` becomes mandatory.' },
      { version: '7.0', change: '`.bf16`, `.tf32` (`.m16n16k8`) and `.f64` (`.m8n8k4`) fragments.' },
      { version: '7.8', change: 'The `.shared::cta` spelling.' },
    ],
    minTarget: 'sm_70',
    targetNotes: [
      { target: 'sm_72', requirement: 'Integer `.s8`/`.u8` fragments' },
      { target: 'sm_75', requirement: 'Sub-byte `.s4`/`.u4` and single-bit `.b1` fragments' },
      { target: 'sm_80', requirement: '`.bf16`, `.tf32` and `.f64` fragments' },
    ],
    cuda: '`nvcuda::wmma::load_matrix_sync(frag, ptr, ldm)` from `<mma.h>` on a `wmma::fragment<matrix_a|matrix_b|accumulator, M, N, K, T, Layout>`.',
    example: {
      target: 'sm_75',
      caption: 'Loads a 16×16 f16 tile of A that sits inside a row-major matrix with 64 columns, then dumps each lane\'s eight fragment registers.',
      code: `.visible .entry wmma_load_a_tile(.param .u64 a_ptr, .param .u64 out_ptr) {
  .reg .b64 %rd<4>;
  .reg .b32 %a<8>, %lane;
  ld.param.u64 %rd1, [a_ptr];
  ld.param.u64 %rd2, [out_ptr];
  cvta.to.global.u64 %rd1, %rd1;
  cvta.to.global.u64 %rd2, %rd2;
  // leading dimension of the big matrix: 64 elements
  wmma.load.a.sync.aligned.row.m16n16k16.global.f16 {%a0, %a1, %a2, %a3, %a4, %a5, %a6, %a7}, [%rd1], 64;
  mov.u32 %lane, %laneid;
  mul.wide.u32 %rd3, %lane, 32;
  add.s64 %rd2, %rd2, %rd3;
  st.global.v4.b32 [%rd2], {%a0, %a1, %a2, %a3};
  st.global.v4.b32 [%rd2+16], {%a4, %a5, %a6, %a7};
}`,
    },
    anchor: 'warp-level-matrix-instructions-wmma-ld',
  },
  // ---------------------------------------------------------------- wmma.store
  {
    opcode: 'wmma.store',
    family: 'warp-matrix',
    summary: 'Warp-collectively store a WMMA result fragment (D) to memory',
    description:
      'The counterpart of `wmma.load` for the result: the 32 threads of a warp each hand over their fragment registers of matrix D, and together they write the whole M×N tile to global or shared memory.\n\n' +
      '`.layout` chooses whether the tile is written row-major or column-major, and the optional `stride` (in elements) lets the tile land inside a larger matrix. ' +
      'The `.shape` and `.type` must match the `wmma.mma` that produced the fragment.',
    syntax: [
      'wmma.store.d.sync.aligned.layout.shape{.ss}.type [p], r {, stride};',
      '.layout = { .row, .col };',
      '.shape  = { .m16n16k16, .m8n32k16, .m32n8k16 };   // .type = .f16, .f32, .s32\n.shape  = { .m8n8k32, .m8n8k128 };               // .type = .s32\n.shape  = { .m16n16k8 };                         // .type = .f32\n.shape  = { .m8n8k4 };                           // .type = .f64',
      '.ss     = { .global, .shared, .shared::cta };',
      '.type    = { .f16, .f32, .s32, .f64 };',
    ],
    operands: [
      { name: '[p]', role: 'address', description: 'Where the tile\'s first element goes; the same in every thread. Each row (or column) start must be aligned to the fragment size in bytes (32 bytes for eight `.f32` registers).' },
      { name: 'r', role: 'source', description: 'Brace-enclosed list of this thread\'s fragment registers of D, e.g. eight `.f32` registers for `.m16n16k16` `.f32`, two `.f64` for `.m8n8k4`.' },
      { name: 'stride', role: 'source', description: 'Optional 32-bit number of elements between consecutive rows (row-major) or columns (column-major); at least the tile width.' },
    ],
    modifiers: [
      { name: '.d', description: 'Stores the result matrix D; it is the only matrix `wmma.store` handles.' },
      syncWarp('wmma.store'),
      alignedWarp('wmma.store'),
      { name: '.row', description: 'Write the tile row-major.' },
      { name: '.col', description: 'Write the tile column-major.' },
      { name: '.mMnNkK', pattern: '\\.m\\d+n\\d+k\\d+', description: 'Shape of the `wmma.mma` that produced D (D is M×N): `.m16n16k16`, `.m8n32k16`, `.m32n8k16`, `.m16n16k8`, `.m8n8k4`, `.m8n8k32`, `.m8n8k128`.' },
      { name: '.global', description: 'Write to global memory.' },
      { name: '.shared', description: 'Write to the executing CTA\'s shared memory.' },
      { name: '.shared::cta', description: 'Same as `.shared` (explicit spelling, PTX ISA 7.8+).' },
      { name: '.f16', description: 'D holds half-precision elements (two per register).' },
      { name: '.f32', description: 'D holds single-precision elements.' },
      { name: '.s32', description: 'D holds 32-bit signed integers (integer, 4-bit and single-bit WMMA).' },
      { name: '.f64', description: 'D holds double-precision elements (`.m8n8k4`).' },
    ],
    introduced: '6.0',
    versionNotes: [
      { version: '6.1', change: 'Shapes `.m8n32k16` and `.m32n8k16`.' },
      { version: '6.3', change: 'Integer, sub-byte and single-bit results; `.aligned` becomes mandatory.' },
      { version: '7.0', change: '`.m16n16k8` and double-precision `.m8n8k4`.' },
      { version: '7.8', change: 'The `.shared::cta` spelling.' },
    ],
    minTarget: 'sm_70',
    targetNotes: [
      { target: 'sm_72', requirement: 'Integer results' },
      { target: 'sm_75', requirement: 'Results of sub-byte and single-bit WMMA' },
      { target: 'sm_80', requirement: '`.f64` and `.m16n16k8`' },
    ],
    cuda: '`nvcuda::wmma::store_matrix_sync(ptr, frag, ldm, wmma::mem_row_major | mem_col_major)` on an accumulator fragment.',
    example: {
      target: 'sm_75',
      caption: 'Fills an f32 accumulator fragment with zeros and stores it as a 16×16 row-major tile.',
      code: `.visible .entry wmma_store_zero_tile(.param .u64 d_ptr) {
  .reg .b64 %rd1;
  .reg .f32 %d<8>;
  ld.param.u64 %rd1, [d_ptr];
  cvta.to.global.u64 %rd1, %rd1;
  mov.f32 %d0, 0f00000000;
  mov.f32 %d1, %d0;
  mov.f32 %d2, %d0;
  mov.f32 %d3, %d0;
  mov.f32 %d4, %d0;
  mov.f32 %d5, %d0;
  mov.f32 %d6, %d0;
  mov.f32 %d7, %d0;
  wmma.store.d.sync.aligned.row.m16n16k16.global.f32 [%rd1], {%d0, %d1, %d2, %d3, %d4, %d5, %d6, %d7}, 16;
}`,
    },
    anchor: 'warp-level-matrix-instructions-wmma-st',
  },
  // ---------------------------------------------------------------- wmma.mma
  {
    opcode: 'wmma.mma',
    family: 'warp-matrix',
    summary: 'Warp-wide matrix multiply-accumulate D = A × B + C on WMMA fragments',
    description:
      'One warp computes `D = A × B + C` for a whole tile on the tensor cores. A, B and C come from `wmma.load` (or are computed), D goes to `wmma.store`; all four are opaque per-thread fragments.\n\n' +
      'The two layouts must match the `wmma.load` of A and B. For the f16 form the multiplicand type is implied (`.f16`) and only D and C types are written; the other forms spell out `.dtype.atype.btype.ctype`. ' +
      'For `.b1` there is no real multiplication: the 128 bits of one A row and the 128 bits of one B column are combined with AND or XOR, the 1-bits of that result are counted (`.popc`), and the count is added to the C element.',
    syntax: [
      'wmma.mma.sync.aligned.alayout.blayout.shape.dtype.ctype d, a, b, c;                       // f16 A/B\nwmma.mma.sync.aligned.alayout.blayout.shape.s32.atype.btype.s32{.satfinite} d, a, b, c;  // s8/u8\nwmma.mma.sync.aligned.alayout.blayout.shape.f32.atype.btype.f32 d, a, b, c;               // bf16, tf32\nwmma.mma.sync.aligned.alayout.blayout.shape{.rnd}.f64.f64.f64.f64 d, a, b, c;\nwmma.mma.sync.aligned.row.col.shape.s32.atype.btype.s32{.satfinite} d, a, b, c;            // s4/u4\nwmma.mma.op.popc.sync.aligned.row.col.shape.s32.b1.b1.s32 d, a, b, c;',
      '.alayout = { .row, .col };\n.blayout = { .row, .col };',
      '.shape = { .m16n16k16, .m8n32k16, .m32n8k16 };   // f16, bf16, s8, u8\n.shape = { .m16n16k8 };                         // tf32\n.shape = { .m8n8k4 };                           // f64\n.shape = { .m8n8k32 };                          // s4, u4\n.shape = { .m8n8k128 };                         // b1',
      '.dtype = { .f16, .f32 };\n.ctype = { .f16, .f32 };',
      '.atype = { .s8, .u8, .bf16, .tf32, .s4, .u4 };\n.btype = { .s8, .u8, .bf16, .tf32, .s4, .u4 };',
      '.rnd = { .rn, .rz, .rm, .rp };\n.op  = { .xor, .and };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Brace-enclosed fragment registers receiving D (e.g. eight `.f32` for `.m16n16k16.f32`, four `.b32` for `.f16`).' },
      { name: 'a', role: 'source', description: 'Fragment of A, as produced by `wmma.load.a` with the same layout, shape and type.' },
      { name: 'b', role: 'source', description: 'Fragment of B, as produced by `wmma.load.b` with the same layout, shape and type.' },
      { name: 'c', role: 'source', description: 'Fragment of the accumulator C; may be the same registers as `d` to accumulate in place.' },
    ],
    modifiers: [
      syncWarp('wmma.mma'),
      alignedWarp('wmma.mma'),
      { name: '.row', description: 'Layout qualifier (first for A, second for B): the matrix was loaded row-major.' },
      { name: '.col', description: 'Layout qualifier (first for A, second for B): the matrix was loaded column-major.' },
      { name: '.mMnNkK', pattern: '\\.m\\d+n\\d+k\\d+', description: 'Tile shape: A is M×K, B is K×N, C/D are M×N. `.m16n16k16`, `.m8n32k16`, `.m32n8k16` for f16/bf16/8-bit integers, `.m16n16k8` for tf32, `.m8n8k4` for f64, `.m8n8k32` for 4-bit integers, `.m8n8k128` for single bit.' },
      SATFINITE_INT,
      { name: '.rn', description: 'f64 only: round to nearest even (the default).' },
      { name: '.rz', description: 'f64 only: round toward zero.' },
      { name: '.rm', description: 'f64 only: round toward minus infinity.' },
      { name: '.rp', description: 'f64 only: round toward plus infinity.' },
      { name: '.xor', description: 'Single-bit form: combine each 128-bit row of A with a column of B by XOR before counting bits.' },
      { name: '.and', description: 'Single-bit form: combine by AND before counting bits (sm_80+).' },
      { name: '.popc', description: 'Single-bit form: count the set bits of the AND/XOR result and add that count to C.' },
      ...MMA_TYPES,
    ],
    semantics: 'for i < M, j < N:\n  d[i][j] = c[i][j] + sum over k < K of a[i][k] * b[k][j]\n// .b1: d[i][j] = c[i][j] + popc(row_i(A) op col_j(B))',
    introduced: '6.0',
    versionNotes: [
      { version: '6.1', change: 'Shapes `.m8n32k16` and `.m32n8k16`.' },
      { version: '6.3', change: 'Integer, sub-byte and single-bit (`.xor.popc`) WMMA; `.aligned` becomes mandatory.' },
      { version: '6.5', change: '`.satfinite` on floating-point `wmma.mma` removed (deprecated in 6.4).' },
      { version: '7.0', change: '`.bf16`, `.tf32` and `.f64` WMMA with rounding modifiers.' },
      { version: '7.1', change: '`.and.popc` for single-bit WMMA.' },
    ],
    minTarget: 'sm_70',
    targetNotes: [
      { target: 'sm_72', requirement: 'Integer `.s8`/`.u8` WMMA' },
      { target: 'sm_75', requirement: 'Sub-byte and single-bit WMMA' },
      { target: 'sm_80', requirement: '`.bf16`, `.tf32`, `.f64` and `.and.popc`' },
    ],
    cuda: '`nvcuda::wmma::mma_sync(d, a, b, c)` from `<mma.h>`; `wmma::bmma_sync` for the single-bit form.',
    example: {
      target: 'sm_75',
      caption: 'A 32×8×16 WMMA with an f16 accumulator: A is loaded column-major and B row-major, the accumulator starts at zero, and D is stored as a row-major 32×8 tile.',
      code: `.visible .entry wmma_m32n8k16_f16_accum(.param .u64 a_ptr, .param .u64 b_ptr, .param .u64 d_ptr) {
  .reg .b64 %pa, %pb, %pd;
  .reg .b32 %fa<8>, %fb<8>, %acc<4>, %out<4>;
  ld.param.u64 %pa, [a_ptr];
  ld.param.u64 %pb, [b_ptr];
  ld.param.u64 %pd, [d_ptr];
  cvta.to.global.u64 %pa, %pa;
  cvta.to.global.u64 %pb, %pb;
  cvta.to.global.u64 %pd, %pd;
  // A (32x16) stored column-major, B (16x8) stored row-major
  wmma.load.a.sync.aligned.col.m32n8k16.global.f16 {%fa0, %fa1, %fa2, %fa3, %fa4, %fa5, %fa6, %fa7}, [%pa];
  wmma.load.b.sync.aligned.row.m32n8k16.global.f16 {%fb0, %fb1, %fb2, %fb3, %fb4, %fb5, %fb6, %fb7}, [%pb];
  // start from a zero accumulator: four registers of packed f16 pairs
  mov.b32 %acc0, 0;
  mov.b32 %acc1, 0;
  mov.b32 %acc2, 0;
  mov.b32 %acc3, 0;
  // f16 inputs (implied), f16 result, f16 accumulator
  wmma.mma.sync.aligned.col.row.m32n8k16.f16.f16
      {%out0, %out1, %out2, %out3},
      {%fa0, %fa1, %fa2, %fa3, %fa4, %fa5, %fa6, %fa7},
      {%fb0, %fb1, %fb2, %fb3, %fb4, %fb5, %fb6, %fb7},
      {%acc0, %acc1, %acc2, %acc3};
  wmma.store.d.sync.aligned.row.m32n8k16.global.f16 [%pd], {%out0, %out1, %out2, %out3};
}`,
    },
    anchor: 'warp-level-matrix-instructions-wmma-mma',
  },
  // ---------------------------------------------------------------- mma
  {
    opcode: 'mma',
    family: 'warp-matrix',
    summary: 'Warp-wide matrix multiply-accumulate D = A × B + C with a documented register layout',
    description:
      'The main tensor-core instruction from Volta through Ada, and the main one on consumer Blackwell (sm_120), which has neither `wgmma` nor `tcgen05.mma`; Hopper and datacenter Blackwell run it too, though their fastest paths are those two. One warp multiplies an M×K tile of A by a K×N tile of B and adds an M×N tile C, writing D. ' +
      'Unlike `wmma`, the fragment layout is fully specified — the ISA says exactly which matrix elements each lane holds in each register — so data can be loaded with plain loads or `ldmatrix` and post-processed freely.\n\n' +
      'The type suffixes read `.dtype.atype.btype.ctype` (D, A, B, C). Typical forms are `mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32` (f16 in, f32 accumulate), the same with `.bf16`, `.m16n8k8` with `.tf32`, `.m16n8k32` with FP8 `.e4m3`/`.e5m2` (sm_89+), integer `.s8`/`.u8`/`.s4`/`.u4` with `.s32` accumulators, and `.b1` with `.xor.popc`/`.and.popc`. ' +
      'On sm_120a, `.kind::f8f6f4` adds FP6/FP4 inputs and `.block_scale` forms apply MX or NVF4 scale factors. `.m8n8k4` computes four small products per warp and is fast only on sm_70.',
    syntax: [
      'mma.sync.aligned.m8n8k4.alayout.blayout.dtype.f16.f16.ctype  d, a, b, c;\nmma.sync.aligned.m16n8k8.row.col.dtype.f16.f16.ctype  d, a, b, c;\nmma.sync.aligned.m16n8k16.row.col.dtype.f16.f16.ctype d, a, b, c;',
      'mma.sync.aligned.m16n8k4.row.col.f32.tf32.tf32.f32        d, a, b, c;\nmma.sync.aligned.m16n8k8.row.col.f32.atype.btype.f32      d, a, b, c;\nmma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32       d, a, b, c;\nmma.sync.aligned.shape.row.col.dtype.f8type.f8type.ctype  d, a, b, c;\nmma.sync.aligned.m16n8k32.row.col.kind.dtype.f8f6f4type.f8f6f4type.ctype d, a, b, c;',
      'mma.sync.aligned.m16n8k64.row.col.kind.block_scale{.scale_vec_size}.f32.e2m1.e2m1.f32.stype d, a, b, c, scale-a-data, {byte-id-a, thread-id-a}, scale-b-data, {byte-id-b, thread-id-b};   // .kind::mxf4, .kind::mxf4nvf4\nmma.sync.aligned.m16n8k32.row.col.kind.block_scale{.scale_vec_size}.f32.f8f6f4type.f8f6f4type.f32.stype d, a, b, c, scale-a-data, {byte-id-a, thread-id-a}, scale-b-data, {byte-id-b, thread-id-b};   // .kind::mxf8f6f4',
      'mma.sync.aligned.shape.row.col{.rnd}.f64.f64.f64.f64 d, a, b, c;     // .m8n8k4, .m16n8k4, .m16n8k8, .m16n8k16',
      'mma.sync.aligned.shape.row.col{.satfinite}.s32.atype.btype.s32 d, a, b, c;\nmma.sync.aligned.shape.row.col.s32.b1.b1.s32.bitOp.popc d, a, b, c;',
      '.alayout = { .row, .col };\n.blayout = { .row, .col };\n.ctype = { .f16, .f32 };\n.dtype = { .f16, .f32 };',
      '.atype = { .bf16, .tf32, .u8, .s8, .u4, .s4 };\n.btype = { .bf16, .tf32, .u8, .s8, .u4, .s4 };\n.f8type = { .e4m3, .e5m2 };\n.f8f6f4type = { .e4m3, .e5m2, .e3m2, .e2m3, .e2m1 };',
      '.shape = { .m8n8k16, .m16n8k16, .m16n8k32, .m8n8k32, .m16n8k64, .m8n8k128, .m16n8k128, .m16n8k256 };',
      '.kind = { .kind::f8f6f4, .kind::mxf8f6f4, .kind::mxf4, .kind::mxf4nvf4 };\n.scale_vec_size = { .scale_vec::1X, .scale_vec::2X, .scale_vec::4X };\n.stype = { .ue8m0, .ue4m3 };',
      '.rnd = { .rn, .rz, .rm, .rp };\n.bitOp = { .xor, .and };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Brace-enclosed registers receiving this lane\'s part of D, e.g. `{d0, d1, d2, d3}` (`.f32`) for `.m16n8k16` with f32 output, or two `.f16x2`-packed `.b32` registers for f16 output.' },
      { name: 'a', role: 'source', description: 'This lane\'s part of A, in the documented fragment layout, e.g. four `.b32` registers (eight f16/bf16) for `.m16n8k16`.' },
      { name: 'b', role: 'source', description: 'This lane\'s part of B, e.g. two `.b32` registers (four f16/bf16) for `.m16n8k16`.' },
      { name: 'c', role: 'source', description: 'This lane\'s part of the accumulator C, same shape as `d`; often the very same registers.' },
      { name: 'scale-a-data', role: 'source', description: '`.block_scale` only: a `.b32` register holding up to four scale-factor bytes for A.' },
      { name: '{byte-id-a, thread-id-a}', role: 'other', description: '`.block_scale` only: 16-bit selectors saying which byte(s) of `scale-a-data` and which lane pair of each group of four supply the A scale factors.' },
      { name: 'scale-b-data', role: 'source', description: '`.block_scale` only: a `.b32` register holding scale-factor bytes for B.' },
      { name: '{byte-id-b, thread-id-b}', role: 'other', description: '`.block_scale` only: selectors for the B scale factors (which byte(s), and which lane of each group of four).' },
    ],
    modifiers: [
      syncWarp('mma'),
      alignedWarp('mma'),
      MMA_SHAPE,
      { name: '.row', description: 'A is row-major (K contiguous). All shapes except `.m8n8k4` require `.row` for A.' },
      { name: '.col', description: 'B is column-major (K contiguous). All shapes except `.m8n8k4` require `.col` for B.' },
      SATFINITE_INT,
      { name: '.rn', description: '`.f64` only: round to nearest even (the default).' },
      { name: '.rz', description: '`.f64` only: round toward zero.' },
      { name: '.rm', description: '`.f64` only: round toward minus infinity.' },
      { name: '.rp', description: '`.f64` only: round toward plus infinity.' },
      { name: '.xor', description: '`.b1` only: combine each A row with each B column (K bits apiece) using XOR, then count the 1-bits.' },
      { name: '.and', description: '`.b1` only: AND a row of A with a column of B, then count bits (sm_80+).' },
      { name: '.popc', description: '`.b1` only: the bit count of the AND/XOR result is what gets added to C.' },
      KIND_F8F6F4,
      KIND_MXF8F6F4,
      KIND_MXF4,
      KIND_MXF4NVF4,
      BLOCK_SCALE,
      SCALE_VEC,
      UE8M0,
      UE4M3,
      ...MMA_TYPES,
    ],
    semantics: 'for i < M, j < N:\n  d[i][j] = c[i][j] + sum over k < K of a[i][k] * b[k][j]\n// .block_scale: a[i][k] *= scale_A[i][k / (K / SFA_N)], b[k][j] *= scale_B[k / (K / SFB_M)][j]',
    introduced: '6.4',
    versionNotes: [
      { version: '6.5', change: '`.m16n8k8` f16, `.m8n8k16` s8/u8 and `.m8n8k32` s4/u4.' },
      { version: '7.0', change: '`.m16n8k16` f16; bf16 and tf32; `.m16n8k16`/`.m16n8k32`/`.m16n8k64` integer shapes; `.b1` shapes; `.m8n8k4` f64.' },
      { version: '7.1', change: '`.and.popc` for `.b1`.' },
      { version: '7.8', change: '`.f64` with `.m16n8k4`, `.m16n8k8`, `.m16n8k16`.' },
      { version: '8.4', change: 'FP8 `.e4m3`/`.e5m2` inputs.' },
      { version: '8.7', change: '`.m16n8k16` FP8 and f16 accumulators with FP8; `.e3m2`/`.e2m3`/`.e2m1`; `.kind`, `.block_scale`, `.scale_vec::NX`.' },
      { version: '9.1', change: '`.scale_vec::4X` with `.ue8m0` for `.kind::mxf4nvf4`.' },
    ],
    minTarget: 'sm_70',
    targetNotes: [
      { target: 'sm_75', requirement: '`.m16n8k8` f16, `.m8n8k16`, `.m8n8k32`, `.m8n8k128`' },
      { target: 'sm_80', requirement: '`.m16n8k16` f16, bf16, tf32, f64 `.m8n8k4`, larger integer and `.b1` shapes, `.and.popc`' },
      { target: 'sm_89', requirement: 'FP8 `.e4m3`/`.e5m2`' },
      { target: 'sm_90', requirement: '`.f64` with `.m16n8k4`, `.m16n8k8`, `.m16n8k16`' },
      { target: 'sm_120a', requirement: '`.e3m2`/`.e2m3`/`.e2m1`, `.kind::*`, `.block_scale` (sm_120f family from PTX ISA 8.8)' },
    ],
    cuda: 'No plain CUDA C++ intrinsic; reached through inline `asm` — CUTLASS/CuTe MMA atoms such as `SM80_16x8x16_F32BF16BF16F32_TN` wrap it, and Triton and other compilers emit it directly. (`nvcuda::wmma` produces `wmma.*`, not `mma`.)',
    example: {
      target: 'sm_80',
      caption: 'Each lane loads its fragments of a bf16 16×16 A and 16×8 B, and the warp computes a 16×8 f32 tile with `mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32`.',
      code: `.visible .entry mma_bf16_m16n8k16(.param .u64 frag_ptr) {
  .reg .b64 %rd<3>;
  .reg .b32 %lane;
  .reg .b32 %a<4>, %b<2>;
  .reg .f32 %acc<4>;
  ld.param.u64 %rd1, [frag_ptr];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %lane, %laneid;
  mul.wide.u32 %rd2, %lane, 32;
  add.s64 %rd1, %rd1, %rd2;
  // per lane: 4 registers of A (8 bf16) and 2 registers of B (4 bf16)
  ld.global.v4.b32 {%a0, %a1, %a2, %a3}, [%rd1];
  ld.global.v2.b32 {%b0, %b1}, [%rd1+16];
  mov.f32 %acc0, 0f00000000;
  mov.f32 %acc1, 0f00000000;
  mov.f32 %acc2, 0f00000000;
  mov.f32 %acc3, 0f00000000;
  mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32
      {%acc0, %acc1, %acc2, %acc3},
      {%a0, %a1, %a2, %a3},
      {%b0, %b1},
      {%acc0, %acc1, %acc2, %acc3};
  st.global.v4.f32 [%rd1], {%acc0, %acc1, %acc2, %acc3};
}`,
    },
    anchor: 'warp-level-matrix-instructions-mma',
  },
  // ---------------------------------------------------------------- mma.sp
  {
    opcode: 'mma.sp',
    aliases: ['mma.sp::ordered_metadata'],
    family: 'warp-matrix',
    summary: 'Warp-wide matrix multiply-accumulate with a 2:4 (or 1:2) structured-sparse A matrix',
    description:
      'Like `mma`, but A is *structured sparse*: in every group of four consecutive elements of a row, at most two are non-zero (2:4). For `.tf32` it is 1:2; for `.s4`/`.u4` and for `.e2m1` with `.kind::mxf4`/`.kind::mxf4nvf4` it is 4:8, with the non-zeros in adjacent pairs. ' +
      'Only the non-zero values are stored in `a`, so A\'s registers cover half of K, and the sparsity *metadata* `e` records, with 2-bit indices, where in each group those values belong. ' +
      'The effective K is therefore twice what a dense `mma` of the same register count would do.\n\n' +
      'The metadata is not held by every lane: the *sparsity selector* `f` (a constant 0–3) says which lane (or lane pair) of each group of four supplies it. ' +
      '`mma.sp::ordered_metadata` requires the indices inside each metadata group to be in increasing order; it is the recommended spelling because plain `mma.sp` can be much slower on newer GPUs.',
    syntax: [
      'mma.spvariant.sync.aligned.m16n8k16.row.col.dtype.f16.f16.ctype  d, a, b, c, e, f;\nmma.spvariant.sync.aligned.m16n8k32.row.col.dtype.f16.f16.ctype  d, a, b, c, e, f;',
      'mma.spvariant.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32     d, a, b, c, e, f;\nmma.spvariant.sync.aligned.m16n8k32.row.col.f32.bf16.bf16.f32     d, a, b, c, e, f;\nmma.spvariant.sync.aligned.m16n8k8.row.col.f32.tf32.tf32.f32      d, a, b, c, e, f;\nmma.spvariant.sync.aligned.m16n8k16.row.col.f32.tf32.tf32.f32     d, a, b, c, e, f;\nmma.spvariant.sync.aligned.m16n8k64.row.col.f32.f8type.f8type.f32 d, a, b, c, e, f;\nmma.sp::ordered_metadata.sync.aligned.m16n8k64.row.col.kind.dtype.f8f6f4type.f8f6f4type.ctype d, a, b, c, e, f;',
      'mma.sp::ordered_metadata.sync.aligned.m16n8k128.row.col.kind.block_scale{.scale_vec_size}.f32.e2m1.e2m1.f32.stype d, a, b, c, e, f, scale-a-data, {byte-id-a, thread-id-a}, scale-b-data, {byte-id-b, thread-id-b};   // .kind::mxf4, .kind::mxf4nvf4\nmma.sp::ordered_metadata.sync.aligned.m16n8k64.row.col.kind.block_scale{.scale_vec_size}.f32.f8f6f4type.f8f6f4type.f32.stype d, a, b, c, e, f, scale-a-data, {byte-id-a, thread-id-a}, scale-b-data, {byte-id-b, thread-id-b};   // .kind::mxf8f6f4',
      'mma.spvariant.sync.aligned.shape.row.col{.satfinite}.s32.atype.btype.s32 d, a, b, c, e, f;',
      '.spvariant = { .sp, .sp::ordered_metadata };\n.ctype = { .f16, .f32 };\n.dtype = { .f16, .f32 };',
      '.f8type = { .e4m3, .e5m2 };\n.f8f6f4type = { .e4m3, .e5m2, .e3m2, .e2m3, .e2m1 };\n.atype = { .u8, .s8, .u4, .s4 };\n.btype = { .u8, .s8, .u4, .s4 };',
      '.shape = { .m16n8k32, .m16n8k64 };      // .u8 / .s8\n.shape = { .m16n8k64, .m16n8k128 };     // .u4 / .s4',
      '.kind = { .kind::f8f6f4, .kind::mxf8f6f4, .kind::mxf4, .kind::mxf4nvf4 };\n.scale_vec_size = { .scale_vec::1X, .scale_vec::2X, .scale_vec::4X };\n.stype = { .ue8m0, .ue4m3 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'This lane\'s registers of the M×N result D (same layout as dense `mma`).' },
      { name: 'a', role: 'source', description: 'This lane\'s registers of the *compressed* A: only the non-zero half of each row, so half as many registers as a dense A of the same K.' },
      { name: 'b', role: 'source', description: 'This lane\'s registers of the dense K×N matrix B.' },
      { name: 'c', role: 'source', description: 'This lane\'s registers of the accumulator C.' },
      { name: 'e', role: 'source', description: 'Sparsity metadata: a 32-bit register of 2-bit indices giving the column, within each group of four (or two for tf32), of every stored A value. Patterns like `0b0000`, `0b0101`, `0b1010`, `0b1111` are invalid.' },
      { name: 'f', role: 'other', description: 'Sparsity selector: an integer constant saying which lanes of each group of four supply `e`. One lane (0–3) for f16/bf16 `.m16n8k16` and tf32 `.m16n8k8`; a lane pair (0 = lanes 0/1, 1 = lanes 2/3) for f16/bf16 `.m16n8k32`, tf32 `.m16n8k16`, s8/u8 `.m16n8k32`, s4/u4 `.m16n8k64`; all four lanes (must be 0) for the largest shapes of each type (s8/u8 `.m16n8k64`, s4/u4 and FP4 `.m16n8k128`, FP8/FP6 `.m16n8k64`).' },
      { name: 'scale-a-data, scale-b-data', role: 'source', description: '`.block_scale` only: `.b32` registers holding the A and B scale factors.' },
      { name: '{byte-id-*, thread-id-*}', role: 'other', description: '`.block_scale` only: selectors for which bytes and lanes supply the scale factors, as for dense `mma`.' },
    ],
    modifiers: [
      { name: '.sp', description: 'A is structured sparse; metadata indices may appear in any order within a group.' },
      { name: '.sp::ordered_metadata', description: 'A is structured sparse and the metadata indices within each group are sorted in increasing order (required, else undefined). Preferred: plain `.sp` may be slow on some targets.' },
      syncWarp('mma.sp'),
      alignedWarp('mma.sp'),
      { ...MMA_SHAPE, description: 'Tile shape of the *logical* (uncompressed) problem: A is M×K, B is K×N. `.m16n8k16`/`.m16n8k32` (f16, bf16), `.m16n8k8`/`.m16n8k16` (tf32), `.m16n8k32`/`.m16n8k64` (s8/u8), `.m16n8k64` (FP8, f8f6f4, mxf8f6f4), `.m16n8k64`/`.m16n8k128` (s4/u4), `.m16n8k128` (mxf4, mxf4nvf4).' },
      { name: '.row', description: 'A is row-major; required.' },
      { name: '.col', description: 'B is column-major; required.' },
      SATFINITE_INT,
      KIND_F8F6F4,
      KIND_MXF8F6F4,
      KIND_MXF4,
      KIND_MXF4NVF4,
      BLOCK_SCALE,
      SCALE_VEC,
      UE8M0,
      UE4M3,
      ...MMA_TYPES,
    ],
    semantics: 'A_dense = expand(a, e)   // put each stored value at the column its index names, zeros elsewhere\nd = A_dense * b + c',
    introduced: '7.1',
    versionNotes: [
      { version: '8.4', change: 'FP8 `.e4m3`/`.e5m2` inputs.' },
      { version: '8.5', change: '`mma.sp::ordered_metadata`.' },
      { version: '8.7', change: 'FP8 with `.m16n8k32` and f16 accumulators; `.e3m2`/`.e2m3`/`.e2m1`; `.kind`, `.block_scale`, `.scale_vec::NX`.' },
      { version: '9.1', change: '`.scale_vec::4X` with `.ue8m0` for `.kind::mxf4nvf4`.' },
    ],
    minTarget: 'sm_80',
    targetNotes: [
      { target: 'sm_89', requirement: 'FP8 `.e4m3`/`.e5m2`' },
      { target: 'sm_120', requirement: '`.m16n8k32` FP8 and `.f16` D/C with FP8' },
      { target: 'sm_120a', requirement: '`.e3m2`/`.e2m3`/`.e2m1`, `.kind::*`, `.block_scale` (sm_120f family from PTX ISA 8.8, except `.kind::mxf4`/`.kind::mxf4nvf4`, which need sm_120a or sm_121a)' },
    ],
    cuda: 'Inline `asm` only; cuSPARSELt and CUTLASS sparse GEMM kernels (e.g. CuTe `SM80_SPARSE_16x8x16_F32F16F16F32_TN`) issue it for 2:4-pruned weights.',
    example: {
      target: 'sm_80',
      caption: 'A 2:4-sparse f16 × f16 → f32 product of shape 16×8×16: A holds only its non-zero half, and lane 0 of each quad supplies the metadata (selector 0).',
      code: `.visible .entry mma_sp_f16_m16n8k16(.param .u64 frag_ptr, .param .u32 meta) {
  .reg .b64 %rd<3>;
  .reg .b32 %lane, %e;
  .reg .b32 %a<2>, %b<2>;
  .reg .f32 %acc<4>;
  ld.param.u64 %rd1, [frag_ptr];
  ld.param.u32 %e, [meta];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %lane, %laneid;
  mul.wide.u32 %rd2, %lane, 16;
  add.s64 %rd1, %rd1, %rd2;
  // compressed A: 2 registers (4 f16) per lane; dense B: 2 registers per lane
  ld.global.v2.b32 {%a0, %a1}, [%rd1];
  ld.global.v2.b32 {%b0, %b1}, [%rd1+8];
  mov.f32 %acc0, 0f00000000;
  mov.f32 %acc1, 0f00000000;
  mov.f32 %acc2, 0f00000000;
  mov.f32 %acc3, 0f00000000;
  mma.sp::ordered_metadata.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32
      {%acc0, %acc1, %acc2, %acc3},
      {%a0, %a1},
      {%b0, %b1},
      {%acc0, %acc1, %acc2, %acc3}, %e, 0;
  st.global.v4.f32 [%rd1], {%acc0, %acc1, %acc2, %acc3};
}`,
    },
    anchor: 'warp-level-matrix-instructions-sparse-mma',
  },
  // ---------------------------------------------------------------- ldmatrix
  {
    opcode: 'ldmatrix',
    family: 'warp-matrix',
    summary: 'Warp-collectively load one, two or four 8×8 matrices from shared memory in mma fragment layout',
    description:
      'Reads small matrices from shared memory and distributes them across the warp exactly the way `mma` expects its A and B fragments, so a GEMM inner loop can feed tensor cores without shuffles. ' +
      'With `.m8n8` each matrix is 8 rows of 8 16-bit elements (16 bytes per row); `.x1`, `.x2`, `.x4` load 1, 2 or 4 such matrices into 1, 2 or 4 registers per thread.\n\n' +
      'Rows need not be contiguous: lanes 0–7 supply the addresses of the 8 rows of the first matrix, lanes 8–15 those of the second, and so on. ' +
      'After the load, lane `t` holds, in register *i*, two adjacent elements of row `t / 4` of matrix *i* (columns `2·(t % 4)` and `+1`). ' +
      '`.trans` transposes each matrix on the way, which is how a row-major B becomes the column-major fragment `mma` wants. ' +
      'On sm_100a/sm_120a-class targets, `.m16n16`/`.m8n16` with `.b8` load 8-bit data, optionally expanding packed 6- or 4-bit values (`.b6x16_p32`, `.b4x16_p64`) into bytes.',
    syntax: [
      'ldmatrix.sync.aligned.shape.num{.trans}{.ss}.type r, [p];',
      'ldmatrix.sync.aligned.m8n16.num{.ss}.dst_fmt.src_fmt        r, [p];\nldmatrix.sync.aligned.m16n16.num.trans{.ss}.dst_fmt.src_fmt r, [p];',
      '.shape   = { .m8n8, .m16n16 };\n.num     = { .x1, .x2, .x4 };\n.ss      = { .shared, .shared::cta };\n.type    = { .b16, .b8 };\n.dst_fmt = { .b8x16 };\n.src_fmt = { .b6x16_p32, .b4x16_p64 };',
    ],
    operands: [
      { name: 'r', role: 'destination', description: 'Brace-enclosed list of 1, 2 or 4 `.b32` registers (per `.num`); register *i* receives this lane\'s piece of matrix *i*. `.m16n16` uses two registers per matrix.' },
      { name: '[p]', role: 'address', description: 'Per-lane shared-memory address of one matrix row (lanes 0–7 → matrix 0, 8–15 → matrix 1, …). Each row must be 16-byte aligned. Lanes whose address is not needed are ignored (on sm_75 they must still hold a valid address).' },
    ],
    modifiers: [
      syncWarp('ldmatrix'),
      alignedWarp('ldmatrix'),
      { name: '.m8n8', description: '8×8 matrices of 16-bit elements (8 rows × 16 bytes).' },
      { name: '.m16n16', description: '16×16 matrices of 8-bit elements (or 6/4-bit data padded to bytes); `.trans` is mandatory and only `.x1`/`.x2` are allowed.' },
      { name: '.m8n16', description: '8×16 matrices of 6- or 4-bit data expanded to bytes; used with `.dst_fmt.src_fmt`.' },
      { name: '.x1', description: 'Load one matrix (addresses from lanes 0–7) into one register per lane.' },
      { name: '.x2', description: 'Load two matrices (addresses from lanes 0–15) into two registers per lane.' },
      { name: '.x4', description: 'Load four matrices (addresses from all 32 lanes) into four registers per lane — the usual way to fetch a whole 16×16 A fragment for `mma.m16n8k16`.' },
      { name: '.trans', description: 'Transpose each matrix while loading: each lane receives elements of a column instead of a row (column-major read).' },
      { name: '.shared', description: 'Addresses are in the executing CTA\'s shared memory. Without a state space, generic addresses are used and must point into shared memory.' },
      { name: '.shared::cta', description: 'Same as `.shared` (explicit spelling, PTX ISA 7.8+).' },
      { name: '.b16', description: 'Elements are 16 bits (f16, bf16, …); two per destination register.' },
      { name: '.b8', description: 'Elements are 8 bits; four per destination register (sm_100a/sm_120a-class targets).' },
      { name: '.b8x16', description: 'Destination format: sixteen 8-bit elements, each holding one expanded 6- or 4-bit value.' },
      { name: '.b6x16_p32', description: 'Source format: sixteen unsigned 6-bit values packed into 12 bytes followed by 32 bits of padding; each becomes one byte.' },
      { name: '.b4x16_p64', description: 'Source format: sixteen unsigned 4-bit values packed into 8 bytes followed by 64 bits of padding; each becomes one byte.' },
    ],
    introduced: '6.5',
    versionNotes: [
      { version: '7.8', change: 'The `.shared::cta` spelling.' },
      { version: '8.6', change: 'Shapes `.m16n16` and `.m8n16`, type `.b8`, and the `.dst_fmt`/`.src_fmt` expansion formats.' },
    ],
    minTarget: 'sm_75',
    targetNotes: [
      { target: 'sm_100a', requirement: '`.m16n16`, `.m8n16`, `.b8` and `.dst_fmt.src_fmt` (also sm_110a, sm_120a; sm_100f/sm_110f/sm_120f families from PTX ISA 8.8)' },
    ],
    cuda: 'No CUDA C++ intrinsic; inline `asm`, e.g. CuTe copy atoms `SM75_U32x4_LDSM_N` / `SM75_U16x8_LDSM_T`, and Triton/CUTLASS-generated GEMMs.',
    example: {
      target: 'sm_75',
      caption: 'Each lane points at one 16-byte row; the warp loads four transposed 8×8 b16 matrices from shared memory (`ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16`).',
      code: `.visible .entry ldmatrix_x4_trans_demo(.param .u64 out_ptr) {
  .shared .align 16 .b16 tile[2048];
  .reg .b64 %rd<3>;
  .reg .b32 %lane, %row_addr, %base;
  .reg .b32 %f<4>;
  ld.param.u64 %rd1, [out_ptr];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %lane, %laneid;
  // lane i gives row (i % 8) of matrix (i / 8); rows are 128 bytes apart in the tile
  mov.u32 %base, tile;
  mad.lo.u32 %row_addr, %lane, 128, %base;
  ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%f0, %f1, %f2, %f3}, [%row_addr];
  mul.wide.u32 %rd2, %lane, 16;
  add.s64 %rd1, %rd1, %rd2;
  st.global.v4.b32 [%rd1], {%f0, %f1, %f2, %f3};
}`,
    },
    anchor: 'warp-level-matrix-instructions-ldmatrix',
  },
  // ---------------------------------------------------------------- stmatrix
  {
    opcode: 'stmatrix',
    family: 'warp-matrix',
    summary: 'Warp-collectively store one, two or four 8×8 matrices from registers to shared memory',
    description:
      'The reverse of `ldmatrix`: each lane contributes registers laid out the way `mma` produces fragments, and the warp writes whole 8×8 (16-bit) matrices to shared memory — typically to stage an accumulator tile for the epilogue. ' +
      'Lane `t` supplies, in register *i*, two adjacent elements of row `t / 4` of matrix *i*.\n\n' +
      'Row addresses come from the lanes: lanes 0–7 name the 8 rows of matrix 0, lanes 8–15 those of matrix 1, and so on. ' +
      '`.trans` writes each matrix transposed. On sm_100a/sm_120a-class targets `.m16n8` with `.b8` stores 16×8 matrices of bytes (then `.trans` is mandatory).',
    syntax: [
      'stmatrix.sync.aligned.shape.num{.trans}{.ss}.type [p], r;',
      '.shape  = { .m8n8, .m16n8 };\n.num    = { .x1, .x2, .x4 };\n.ss     = { .shared, .shared::cta };\n.type   = { .b16, .b8 };',
    ],
    operands: [
      { name: '[p]', role: 'address', description: 'Per-lane shared-memory address of one matrix row (lanes 0–7 → matrix 0, 8–15 → matrix 1, …); 16-byte aligned.' },
      { name: 'r', role: 'source', description: 'Brace-enclosed list of 1, 2 or 4 `.b32` registers (per `.num`); register *i* holds this lane\'s piece of matrix *i*.' },
    ],
    modifiers: [
      syncWarp('stmatrix'),
      alignedWarp('stmatrix'),
      { name: '.m8n8', description: '8×8 matrices of 16-bit elements.' },
      { name: '.m16n8', description: '16×8 matrices of 8-bit elements; needs `.b8` and `.trans` (sm_100a/sm_120a-class targets).' },
      { name: '.x1', description: 'Store one matrix; row addresses from lanes 0–7.' },
      { name: '.x2', description: 'Store two matrices; row addresses from lanes 0–15.' },
      { name: '.x4', description: 'Store four matrices; row addresses from all 32 lanes.' },
      { name: '.trans', description: 'Store each matrix transposed (column-major).' },
      { name: '.shared', description: 'Addresses are in the executing CTA\'s shared memory; without a state space, generic addresses that must point into shared memory.' },
      { name: '.shared::cta', description: 'Same as `.shared` (explicit spelling).' },
      { name: '.b16', description: '16-bit elements, two per source register.' },
      { name: '.b8', description: '8-bit elements, four per source register (`.m16n8` only).' },
    ],
    introduced: '7.8',
    versionNotes: [{ version: '8.6', change: 'Shape `.m16n8` and type `.b8`.' }],
    minTarget: 'sm_90',
    targetNotes: [{ target: 'sm_100a', requirement: '`.m16n8` and `.b8` (also sm_110a, sm_120a; sm_100f/sm_110f/sm_120f families from PTX ISA 8.8)' }],
    cuda: 'Inline `asm` only, e.g. CuTe copy atoms `SM90_U32x4_STSM_N` / `SM90_U16x8_STSM_T` used in CUTLASS Hopper epilogues.',
    example: {
      target: 'sm_90',
      caption: 'Lanes 0–15 give the 16 row addresses and the warp stores two 8×8 b16 matrices to shared memory, then reads its rows back.',
      code: `.visible .entry stmatrix_x2_demo(.param .u64 out_ptr) {
  .shared .align 16 .b16 tile[128];
  .reg .b64 %rd<3>;
  .reg .b32 %lane, %hi, %row, %base, %v<2>;
  ld.param.u64 %rd1, [out_ptr];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %lane, %laneid;
  // two packed b16 values per register, one register per matrix
  shl.b32 %hi, %lane, 16;
  or.b32 %v0, %hi, %lane;
  add.u32 %v1, %v0, 0x00640064;
  // row r of the two matrices is 16 bytes after row r-1; lanes 16-31 are ignored
  and.b32 %row, %lane, 15;
  mov.u32 %base, tile;
  mad.lo.u32 %row, %row, 16, %base;
  stmatrix.sync.aligned.m8n8.x2.shared.b16 [%row], {%v0, %v1};
  bar.warp.sync 0xffffffff;
  ld.shared.v2.b32 {%v0, %v1}, [%row];
  mul.wide.u32 %rd2, %lane, 8;
  add.s64 %rd1, %rd1, %rd2;
  st.global.v2.b32 [%rd1], {%v0, %v1};
}`,
    },
    anchor: 'warp-level-matrix-instructions-stmatrix',
  },
  // ---------------------------------------------------------------- movmatrix
  {
    opcode: 'movmatrix',
    family: 'warp-matrix',
    summary: 'Transpose an 8×8 matrix of 16-bit elements held in registers across a warp',
    description:
      'Each lane holds one `.b32` register with two adjacent 16-bit elements of an 8×8 row-major matrix (lane `t` has row `t / 4`, columns `2·(t % 4)` and `+1` — the `mma` fragment layout). ' +
      '`movmatrix` exchanges data between lanes so that afterwards each lane holds the same positions of the *transposed* matrix. ' +
      'It saves a round trip through shared memory when an `mma` result must be reused as a transposed operand.',
    syntax: ['movmatrix.sync.aligned.shape.trans.type d, a;', '.shape = { .m8n8 };\n.type  = { .b16 };'],
    operands: [
      { name: 'd', role: 'destination', description: '32-bit register receiving this lane\'s two elements of the transposed matrix.' },
      { name: 'a', role: 'source', description: '32-bit register holding this lane\'s two elements of the input (row-major) matrix.' },
    ],
    modifiers: [
      syncWarp('movmatrix'),
      alignedWarp('movmatrix'),
      { name: '.m8n8', description: 'The matrix is 8×8; the only shape.' },
      { name: '.trans', description: 'Mandatory: the result is the transpose of the input.' },
      { name: '.b16', description: 'Elements are 16 bits, two per register; the only type.' },
    ],
    semantics: '// viewing the warp\'s 32 registers as one 8x8 matrix M of 16-bit elements:\nM_out = transpose(M_in)',
    introduced: '7.8',
    minTarget: 'sm_75',
    cuda: 'Inline `asm` only; no CUDA C++ intrinsic produces it.',
    example: {
      target: 'sm_75',
      caption: 'Each lane loads two 16-bit elements of a row-major 8×8 matrix and the warp transposes it in registers.',
      code: `.visible .entry movmatrix_transpose(.param .u64 io_ptr) {
  .reg .b64 %rd<3>;
  .reg .b32 %lane, %row, %col;
  ld.param.u64 %rd1, [io_ptr];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %lane, %laneid;
  mul.wide.u32 %rd2, %lane, 4;
  add.s64 %rd1, %rd1, %rd2;
  ld.global.b32 %row, [%rd1];
  movmatrix.sync.aligned.m8n8.trans.b16 %col, %row;
  st.global.b32 [%rd1], %col;
}`,
    },
    anchor: 'warp-level-matrix-instructions-movmatrix',
  },
];
