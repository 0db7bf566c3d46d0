/**
 * PTX instructions: asynchronous warpgroup matrix (wgmma.*).
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc } from '../schema';

/** `.sync` for the wgmma instructions: a per-warp rendezvous. */
function syncWg(op: string): ModifierDoc {
  return {
    name: '.sync',
    description: `Mandatory. A thread waits at \`${op}\` until every thread of its warp has reached the same \`${op}\`.`,
  };
}

/** `.aligned` for the wgmma instructions: the whole warpgroup must execute it. */
function alignedWg(op: string): ModifierDoc {
  return {
    name: '.aligned',
    description:
      `Mandatory. All 128 threads of the warpgroup (four consecutive warps, the first with a warp index divisible by 4) must execute this same \`${op}\`. ` +
      'Inside a branch, use it only when the whole warpgroup takes the branch identically; otherwise behaviour is undefined.',
  };
}

const WG_SHAPE: ModifierDoc = {
  name: '.m64nNkK',
  pattern: '\\.m64n\\d+k\\d+',
  description:
    'Tile shape: M is always 64 (16 rows per warp). N runs from 8 to 256 in steps of 8 for the floating-point types; for `.s8`/`.u8` and `.b1` it is 8, 16, 24, 32 and then steps of 16 up to 256 ' +
    '(the integer syntax list of the dense instruction stops at 224, but the ISA\'s shape table includes 240 and 256 and ptxas accepts them). K is fixed by the input type — ' +
    'K = 8 for `.tf32`, 16 for `.f16`/`.bf16`, 32 for FP8 and 8-bit integers, 256 for `.b1` (so every k-step reads 32 bytes of each row of A). ' +
    'The accumulator `d` has N/2 registers per thread for `.f32`/`.s32` results and N/4 for `.f16` results.',
};

const WG_TYPES: ModifierDoc[] = [
  { name: '.f16', description: 'As A/B type: half-precision inputs (K = 16 dense). As D type: an f16 accumulator, two values per register, N/4 registers per thread.' },
  { name: '.bf16', description: 'bfloat16 inputs (K = 16 dense); D must be `.f32`.' },
  { name: '.tf32', description: 'TensorFloat-32 inputs taken from 32-bit values whose low 13 bits are ignored (K = 8 dense); D must be `.f32`.' },
  { name: '.e4m3', description: 'FP8 inputs with 4 exponent and 3 mantissa bits (K = 32 dense); may be mixed with `.e5m2`; D is `.f16` or `.f32`.' },
  { name: '.e5m2', description: 'FP8 inputs with 5 exponent and 2 mantissa bits (K = 32 dense); may be mixed with `.e4m3`; D is `.f16` or `.f32`.' },
  { name: '.s8', description: 'Signed 8-bit integer inputs (K = 32 dense); D is `.s32`. Can be mixed with `.u8` from PTX ISA 8.4.' },
  { name: '.u8', description: 'Unsigned 8-bit integer inputs (K = 32 dense); D is `.s32`.' },
  { name: '.b1', description: 'Single-bit inputs (K = 256): each product is AND + population count; D is `.s32`.' },
  { name: '.f32', description: 'D type: single-precision accumulator, one value per register, N/2 registers per thread.' },
  { name: '.s32', description: 'D type for integer and single-bit variants: 32-bit signed accumulator, N/2 registers per thread.' },
];

const SATFINITE: ModifierDoc = {
  name: '.satfinite',
  description: 'Integer variants: on overflow the `.s32` accumulator is clamped to the int32 range instead of wrapping.',
};

const DESCRIPTOR_TEXT =
  'A *matrix descriptor* is a 64-bit value describing a tile in shared memory: bits 0–13 hold the start address, bits 16–29 the leading-dimension byte offset, ' +
  'bits 32–45 the stride-dimension byte offset (each stored as `(x & 0x3FFFF) >> 4`), bits 49–51 a base offset used with swizzling, and bits 62–63 the swizzle mode ' +
  '(0 none, 1 = 128-byte, 2 = 64-byte, 3 = 32-byte). All warps of the warpgroup must pass the same descriptor value.';

export const warpgroupMatrixInstructions: InstructionDoc[] = [
  // ---------------------------------------------------------------- wgmma.mma_async
  {
    opcode: 'wgmma.mma_async',
    family: 'warpgroup-matrix',
    summary: 'Asynchronous warpgroup matrix multiply-accumulate D = A × B + D on Hopper tensor cores',
    description:
      'The Hopper (sm_90a) tensor-core instruction behind CUTLASS 3 and DeepGEMM-style kernels. The four warps of a *warpgroup* (128 threads) together issue one 64×N×K product `D = A × B + D`. ' +
      'B is always read straight from shared memory through a matrix descriptor; A comes either from shared memory (descriptor `a-desc`) or from registers (`a`: four 32-bit registers per thread, warp *w* holding rows 16w–16w+15 of A). ' +
      'The accumulator D lives in registers spread over the 128 threads: for an `.f32` result each thread holds N/2 values, e.g. 4 registers for `.m64n8k16` and 128 for `.m64n256k16`.\n\n' +
      'The instruction only *starts* the work. Before it, `wgmma.fence` must order earlier register writes to D (and A); after it, `wgmma.commit_group` bundles the started operations and `wgmma.wait_group` waits for them — touching D or register A before that wait is undefined. ' +
      'Shared-memory data written by ordinary stores must be made visible to the async proxy with `fence.proxy.async` first.\n\n' +
      'The trailing operands are knobs: `scale-d` (predicate; false means `D = A × B`, ignoring the old D), `imm-scale-a`/`imm-scale-b` (1 or −1, to negate an input), and for `.f16`/`.bf16` with descriptors `imm-trans-a`/`imm-trans-b` (0 or 1, to read A as M-major or B as N-major instead of the default K-major).',
    syntax: [
      'wgmma.mma_async.sync.aligned.shape.dtype.f16.f16   d, a-desc, b-desc, scale-d, imm-scale-a, imm-scale-b, imm-trans-a, imm-trans-b;\nwgmma.mma_async.sync.aligned.shape.dtype.f16.f16   d, a, b-desc, scale-d, imm-scale-a, imm-scale-b, imm-trans-b;\nwgmma.mma_async.sync.aligned.shape.f32.bf16.bf16   d, a-desc, b-desc, scale-d, imm-scale-a, imm-scale-b, imm-trans-a, imm-trans-b;\nwgmma.mma_async.sync.aligned.shape.f32.bf16.bf16   d, a, b-desc, scale-d, imm-scale-a, imm-scale-b, imm-trans-b;\n// .shape = .m64nNk16, N = 8, 16, 24, ..., 256',
      'wgmma.mma_async.sync.aligned.shape.f32.tf32.tf32   d, a-desc, b-desc, scale-d, imm-scale-a, imm-scale-b;\nwgmma.mma_async.sync.aligned.shape.f32.tf32.tf32   d, a, b-desc, scale-d, imm-scale-a, imm-scale-b;\n// .shape = .m64nNk8, N = 8, 16, 24, ..., 256',
      'wgmma.mma_async.sync.aligned.shape.dtype.atype.btype  d, a-desc, b-desc, scale-d, imm-scale-a, imm-scale-b;\nwgmma.mma_async.sync.aligned.shape.dtype.atype.btype  d, a, b-desc, scale-d, imm-scale-a, imm-scale-b;\n// FP8: .shape = .m64nNk32, N = 8, 16, 24, ..., 256',
      'wgmma.mma_async.sync.aligned.shape{.satfinite}.s32.itype.itype  d, a-desc, b-desc, scale-d;\nwgmma.mma_async.sync.aligned.shape{.satfinite}.s32.itype.itype  d, a, b-desc, scale-d;\n// .shape = .m64nNk32, N = 8, 16, 24, 32, 48, 64, ..., 256 (steps of 16 above 32;\n//          the instruction\'s own list ends at 224, the ISA shape table and ptxas go to 256)',
      'wgmma.mma_async.sync.aligned.shape.s32.b1.b1.op.popc  d, a-desc, b-desc, scale-d;\nwgmma.mma_async.sync.aligned.shape.s32.b1.b1.op.popc  d, a, b-desc, scale-d;\n// .shape = .m64nNk256, N = 8, 16, 24, 32, 48, 64, ..., 256 (steps of 16)',
      '.dtype = { .f16, .f32 };\n.atype = { .e4m3, .e5m2 };\n.btype = { .e4m3, .e5m2 };\n.itype = { .s8, .u8 };\n.op    = { .and };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Brace-enclosed accumulator registers, both read (unless `scale-d` is false) and written: N/2 `.f32`/`.s32` registers per thread, or N/4 `.b32` registers of packed `.f16` pairs. Warp `w` of the warpgroup owns rows 16w…16w+15 of D.' },
      { name: 'a-desc', role: 'other', description: `64-bit register: matrix descriptor of A (64×K) in shared memory. ${DESCRIPTOR_TEXT}` },
      { name: 'a', role: 'source', description: 'Alternative to `a-desc`: A taken from registers, four `.b32` registers per thread (e.g. eight f16 or sixteen FP8 values), in the register-fragment layout.' },
      { name: 'b-desc', role: 'other', description: '64-bit register: matrix descriptor of B (K×N) in shared memory, same format as `a-desc`.' },
      { name: 'scale-d', role: 'predicate', description: 'Predicate (register or constant 0/1). True: `D = A×B + D`. False: `D = A×B`, the old accumulator is ignored — used for the first k-step.' },
      { name: 'imm-scale-a', role: 'other', description: 'Floating-point variants: immediate 1 (use A as is) or −1 (negate every element of A).' },
      { name: 'imm-scale-b', role: 'other', description: 'Floating-point variants: immediate 1 or −1, negating B when −1.' },
      { name: 'imm-trans-a', role: 'other', description: '`.f16`/`.bf16` with `a-desc` only: immediate 0 (A is K-major, the default) or 1 (A is stored M-major, i.e. transposed).' },
      { name: 'imm-trans-b', role: 'other', description: '`.f16`/`.bf16` only: immediate 0 (B is K-major) or 1 (B is stored N-major).' },
    ],
    modifiers: [
      syncWg('wgmma.mma_async'),
      alignedWg('wgmma.mma_async'),
      WG_SHAPE,
      SATFINITE,
      { name: '.and', description: '`.b1` only: each "product" is the AND of a 256-bit row of A with a column of B.' },
      { name: '.popc', description: '`.b1` only: count the set bits of the AND result and accumulate the count into D.' },
      ...WG_TYPES,
    ],
    semantics: '// issued asynchronously by the warpgroup\nD = (scale-d ? D : 0) + (imm-scale-a * A) x (imm-scale-b * B)\n// A, B optionally transposed (imm-trans-*) for .f16/.bf16 via descriptors',
    introduced: '8.0',
    versionNotes: [{ version: '8.4', change: 'Mixed signedness `.u8.s8` and `.s8.u8` for A/B.' }],
    minTarget: 'sm_90a',
    cuda: 'Inline `asm` only (arch-specific sm_90a). CuTe/CUTLASS 3 wrap it in MMA atoms such as `SM90_64x128x16_F32F16F16_SS` (A and B from shared memory) or `..._RS` (A from registers); DeepGEMM and FlashAttention-3 issue it directly for FP8 `m64nNk32` shapes.',
    example: {
      target: 'sm_90a',
      caption: 'A full single-tile wgmma: stage A (64×16 f16) and B (16×8 f16) in shared memory, build both descriptors, fence, issue `m64n8k16.f32.f16.f16` with scale-d = 0, commit, wait, and store each thread\'s four f32 results.',
      code: `// Launch with one warpgroup (128 threads). A is 64x16 f16, B is 16x8 f16; the global
// buffers already hold them in the order of K-major 8x8 core matrices (no swizzle).
.visible .entry wgmma_m64n8k16_f16(.param .u64 a_ptr, .param .u64 b_ptr, .param .u64 d_ptr) {
  .shared .align 128 .b8 smemA[2048];
  .shared .align 128 .b8 smemB[256];
  .reg .pred %p;
  .reg .b32 %t, %off, %sa, %sb;
  .reg .b64 %ga, %gb, %gd, %o64, %s, %descA, %descB;
  .reg .b32 %x<4>;
  .reg .f32 %d<4>;
  ld.param.u64 %ga, [a_ptr];
  ld.param.u64 %gb, [b_ptr];
  ld.param.u64 %gd, [d_ptr];
  cvta.to.global.u64 %ga, %ga;
  cvta.to.global.u64 %gb, %gb;
  cvta.to.global.u64 %gd, %gd;
  mov.u32 %t, %tid.x;
  // stage the operands: each thread copies 16 bytes of A, threads 0-15 also copy B
  shl.b32 %off, %t, 4;
  cvt.u64.u32 %o64, %off;
  mov.u32 %sa, smemA;
  mov.u32 %sb, smemB;
  add.u32 %sa, %sa, %off;
  add.u32 %sb, %sb, %off;
  add.s64 %s, %ga, %o64;
  ld.global.v4.b32 {%x0, %x1, %x2, %x3}, [%s];
  st.shared.v4.b32 [%sa], {%x0, %x1, %x2, %x3};
  setp.lt.u32 %p, %t, 16;
  add.s64 %s, %gb, %o64;
  @%p ld.global.v4.b32 {%x0, %x1, %x2, %x3}, [%s];
  @%p st.shared.v4.b32 [%sb], {%x0, %x1, %x2, %x3};
  // make the generic-proxy writes visible to the async proxy that wgmma reads through
  fence.proxy.async.shared::cta;
  bar.sync 0;
  // descriptor = (addr >> 4) | (leading byte offset >> 4) << 16 | (stride byte offset >> 4) << 32
  mov.u64 %s, smemA;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %descA, %s, 0x0000001000080000;   // LBO 128 B (next core matrix along K), SBO 256 B (next 8 rows)
  mov.u64 %s, smemB;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %descB, %s, 0x0000000800080000;   // LBO 128 B, SBO 128 B
  wgmma.fence.sync.aligned;
  // scale-d = 0: D = A*B (old accumulator ignored); imm-scale-a/b = 1, no transpose
  wgmma.mma_async.sync.aligned.m64n8k16.f32.f16.f16
      {%d0, %d1, %d2, %d3}, %descA, %descB, 0, 1, 1, 0, 0;
  wgmma.commit_group.sync.aligned;
  wgmma.wait_group.sync.aligned 0;
  // each thread owns 4 of the 64x8 f32 results
  mul.wide.u32 %o64, %t, 16;
  add.s64 %s, %gd, %o64;
  st.global.v4.f32 [%s], {%d0, %d1, %d2, %d3};
}`,
    },
    anchor: 'asynchronous-warpgroup-level-matrix-instructions-wgmma-mma',
  },
  // ---------------------------------------------------------------- wgmma.mma_async.sp
  {
    opcode: 'wgmma.mma_async.sp',
    family: 'warpgroup-matrix',
    summary: 'Asynchronous warpgroup matrix multiply-accumulate with a structured-sparse A matrix',
    description:
      'The sparse form of `wgmma.mma_async`: A is 2:4 structured sparse (two non-zeros in every four consecutive K elements; 1:2 for `.tf32`), so only an M×(K/2) compressed A is stored, while K doubles for the same data volume (e.g. `.m64nNk32` for f16). ' +
      'The metadata register `sp-meta` holds 2-bit indices telling where each stored value sits inside its group, and the constant `sp-sel` says which threads of each group of four provide that metadata.\n\n' +
      'Everything else is as for the dense instruction: one warpgroup issues it, B comes from shared memory via a descriptor, A from a descriptor or registers, D accumulates in registers, and the same `wgmma.fence` / `wgmma.commit_group` / `wgmma.wait_group` protocol applies.',
    syntax: [
      'wgmma.mma_async.sp.sync.aligned.shape.dtype.f16.f16  d, a-desc, b-desc, sp-meta, sp-sel, scale-d, imm-scale-a, imm-scale-b, imm-trans-a, imm-trans-b;\nwgmma.mma_async.sp.sync.aligned.shape.dtype.f16.f16  d, a, b-desc, sp-meta, sp-sel, scale-d, imm-scale-a, imm-scale-b, imm-trans-b;\nwgmma.mma_async.sp.sync.aligned.shape.f32.bf16.bf16  d, a-desc, b-desc, sp-meta, sp-sel, scale-d, imm-scale-a, imm-scale-b, imm-trans-a, imm-trans-b;\nwgmma.mma_async.sp.sync.aligned.shape.f32.bf16.bf16  d, a, b-desc, sp-meta, sp-sel, scale-d, imm-scale-a, imm-scale-b, imm-trans-b;\n// .shape = .m64nNk32, N = 8, 16, ..., 256',
      'wgmma.mma_async.sp.sync.aligned.shape.f32.tf32.tf32  d, a-desc, b-desc, sp-meta, sp-sel, scale-d, imm-scale-a, imm-scale-b;\nwgmma.mma_async.sp.sync.aligned.shape.f32.tf32.tf32  d, a, b-desc, sp-meta, sp-sel, scale-d, imm-scale-a, imm-scale-b;\n// .shape = .m64nNk16',
      'wgmma.mma_async.sp.sync.aligned.shape.dtype.atype.btype  d, a-desc, b-desc, sp-meta, sp-sel, scale-d, imm-scale-a, imm-scale-b;\nwgmma.mma_async.sp.sync.aligned.shape.dtype.atype.btype  d, a, b-desc, sp-meta, sp-sel, scale-d, imm-scale-a, imm-scale-b;\n// FP8: .shape = .m64nNk64',
      'wgmma.mma_async.sp.sync.aligned.shape{.satfinite}.s32.itype.itype  d, a-desc, b-desc, sp-meta, sp-sel, scale-d;\nwgmma.mma_async.sp.sync.aligned.shape{.satfinite}.s32.itype.itype  d, a, b-desc, sp-meta, sp-sel, scale-d;\n// .shape = .m64nNk64, N = 8, 16, 24, 32, 48, ..., 256 (steps of 16)',
      '.dtype = { .f16, .f32 };\n.atype = { .e4m3, .e5m2 };\n.btype = { .e4m3, .e5m2 };\n.itype = { .s8, .u8 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Accumulator registers, as for `wgmma.mma_async` (N/2 per thread for 32-bit results).' },
      { name: 'a-desc', role: 'other', description: `64-bit matrix descriptor of the compressed A (64×K/2) in shared memory. ${DESCRIPTOR_TEXT}` },
      { name: 'a', role: 'source', description: 'Alternative to `a-desc`: the compressed A from four `.b32` registers per thread.' },
      { name: 'b-desc', role: 'other', description: '64-bit matrix descriptor of the dense B (K×N) in shared memory.' },
      { name: 'sp-meta', role: 'source', description: '32-bit register of sparsity metadata: 2-bit indices locating each stored A value in its group of four (for `.tf32`, the patterns `0b1110` or `0b0100` per pair).' },
      { name: 'sp-sel', role: 'other', description: 'Integer constant selecting which threads supply `sp-meta`: 0 (threads 0/1 of each quad) or 1 (threads 2/3) for `.tf32` and `.f16`/`.bf16`; must be 0 (all threads) for FP8 and 8-bit integers.' },
      { name: 'scale-d', role: 'predicate', description: 'Predicate: true accumulates into D, false computes `D = A × B`.' },
      { name: 'imm-scale-a', role: 'other', description: 'Floating-point variants: immediate 1 or −1 (negate A).' },
      { name: 'imm-scale-b', role: 'other', description: 'Floating-point variants: immediate 1 or −1 (negate B).' },
      { name: 'imm-trans-a', role: 'other', description: '`.f16`/`.bf16` with `a-desc`: 0 = K-major A, 1 = M-major (transposed) A.' },
      { name: 'imm-trans-b', role: 'other', description: '`.f16`/`.bf16`: 0 = K-major B, 1 = N-major (transposed) B.' },
    ],
    modifiers: [
      syncWg('wgmma.mma_async.sp'),
      alignedWg('wgmma.mma_async.sp'),
      {
        ...WG_SHAPE,
        description:
          'Tile shape of the logical (uncompressed) problem: M = 64, N = 8…256, and K twice the dense value — 16 for `.tf32`, 32 for `.f16`/`.bf16`, 64 for FP8 and 8-bit integers. Stored A is 64×K/2.',
      },
      SATFINITE,
      ...WG_TYPES.filter((t) => t.name !== '.b1'),
    ],
    semantics: 'A_dense = expand(A_compressed, sp-meta)\nD = (scale-d ? D : 0) + (imm-scale-a * A_dense) x (imm-scale-b * B)',
    introduced: '8.2',
    versionNotes: [{ version: '8.4', change: 'Mixed signedness `.u8.s8` and `.s8.u8`.' }],
    minTarget: 'sm_90a',
    cuda: 'Inline `asm` only; CUTLASS 3 sparse GEMM kernels for Hopper (structured-sparse GMMA atoms in CuTe) emit it for 2:4-pruned operands.',
    example: {
      target: 'sm_90a',
      caption: 'A sparse 64×8×32 f16 product: compressed A and B come from shared-memory descriptors, `%meta` is the metadata and sp-sel 0 picks threads 0/1 of each quad.',
      code: `// One warpgroup (128 threads). The compressed A (64x16 stored values of a 2:4-sparse
// 64x32 f16 matrix) and B (32x8 f16) are assumed to be in shared memory already,
// laid out as K-major 8x8 core matrices; %meta holds this thread's sparsity metadata.
.visible .entry wgmma_sp_m64n8k32_f16(.param .u32 meta, .param .u64 d_ptr) {
  .shared .align 128 .b8 smemA[2048];
  .shared .align 128 .b8 smemB[512];
  .reg .b32 %t, %meta;
  .reg .b64 %s, %descA, %descB, %gd, %o64;
  .reg .f32 %d<4>;
  ld.param.u32 %meta, [meta];
  ld.param.u64 %gd, [d_ptr];
  cvta.to.global.u64 %gd, %gd;
  mov.u64 %s, smemA;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %descA, %s, 0x0000001000080000;   // LBO 128 B, SBO 256 B, no swizzle
  mov.u64 %s, smemB;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %descB, %s, 0x0000000800080000;   // LBO 128 B, SBO 128 B
  wgmma.fence.sync.aligned;
  // sp-sel 0: threads 0 and 1 of each group of four provide the metadata
  wgmma.mma_async.sp.sync.aligned.m64n8k32.f32.f16.f16
      {%d0, %d1, %d2, %d3}, %descA, %descB, %meta, 0, 0, 1, 1, 0, 0;
  wgmma.commit_group.sync.aligned;
  wgmma.wait_group.sync.aligned 0;
  mov.u32 %t, %tid.x;
  mul.wide.u32 %o64, %t, 16;
  add.s64 %gd, %gd, %o64;
  st.global.v4.f32 [%gd], {%d0, %d1, %d2, %d3};
}`,
    },
    anchor: 'asynchronous-warpgroup-level-matrix-instructions-wgmma-mma-sp',
  },
  // ---------------------------------------------------------------- wgmma.fence
  {
    opcode: 'wgmma.fence',
    family: 'warpgroup-matrix',
    summary: 'Order earlier register accesses before the registers are used by wgmma.mma_async',
    description:
      '`wgmma.mma_async` reads its accumulator (and register A) asynchronously, so ordinary instructions that wrote those registers must be fenced off first. ' +
      '`wgmma.fence` makes every earlier access to warpgroup registers complete before any later `wgmma.mma_async` touches the same registers.\n\n' +
      'All warps of the warpgroup must issue it before the first `wgmma.mma_async`, and again whenever a thread has read or written an accumulator or A register in between. ' +
      'No fence is needed between back-to-back `wgmma.mma_async` of the same shape accumulating into the same registers. ' +
      'It does not order shared memory: for operands written to shared memory by ordinary stores use `fence.proxy.async`.',
    syntax: ['wgmma.fence.sync.aligned;'],
    operands: [],
    modifiers: [syncWg('wgmma.fence'), alignedWg('wgmma.fence')],
    introduced: '8.0',
    minTarget: 'sm_90a',
    cuda: 'Inline `asm`; in CuTe it is `cute::warpgroup_arrive()`, called right before `cute::gemm` on a GMMA tiled MMA.',
    example: {
      target: 'sm_90a',
      caption: 'A is loaded into registers with ordinary loads, so `wgmma.fence` orders those writes before `wgmma.mma_async` reads the registers.',
      code: `// One warpgroup. A comes from registers (this thread's 4 registers of a 64x16 f16 tile),
// B (16x16 f16) is assumed to be in shared memory as K-major core matrices.
.visible .entry wgmma_fence_register_a(.param .u64 a_ptr, .param .u64 d_ptr) {
  .shared .align 128 .b8 smemB[512];
  .reg .pred %acc;
  .reg .b32 %t, %a<4>;
  .reg .b64 %s, %descB, %ga, %gd, %o64;
  .reg .f32 %d<8>;
  ld.param.u64 %ga, [a_ptr];
  ld.param.u64 %gd, [d_ptr];
  cvta.to.global.u64 %ga, %ga;
  cvta.to.global.u64 %gd, %gd;
  mov.u32 %t, %tid.x;
  mul.wide.u32 %o64, %t, 16;
  add.s64 %ga, %ga, %o64;
  // ordinary register writes to the A fragment ...
  ld.global.v4.b32 {%a0, %a1, %a2, %a3}, [%ga];
  mov.u64 %s, smemB;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %descB, %s, 0x0000001000080000;
  setp.ne.u32 %acc, 0, 0;   // false: start from D = A*B
  // ... must be ordered before wgmma reads those registers
  wgmma.fence.sync.aligned;
  wgmma.mma_async.sync.aligned.m64n16k16.f32.f16.f16
      {%d0, %d1, %d2, %d3, %d4, %d5, %d6, %d7}, {%a0, %a1, %a2, %a3}, %descB, %acc, 1, 1, 0;
  wgmma.commit_group.sync.aligned;
  wgmma.wait_group.sync.aligned 0;
  mul.wide.u32 %o64, %t, 32;
  add.s64 %gd, %gd, %o64;
  st.global.v4.f32 [%gd], {%d0, %d1, %d2, %d3};
  st.global.v4.f32 [%gd+16], {%d4, %d5, %d6, %d7};
}`,
    },
    anchor: 'asynchronous-warpgroup-level-matrix-instructions-wgmma-fence',
  },
  // ---------------------------------------------------------------- wgmma.commit_group
  {
    opcode: 'wgmma.commit_group',
    family: 'warpgroup-matrix',
    summary: 'Bundle all not-yet-committed wgmma.mma_async operations into a new wgmma-group',
    description:
      'Each `wgmma.mma_async` starts work that runs in the background. `wgmma.commit_group` closes the current batch: every `wgmma.mma_async` the warp has issued since the last commit becomes one *wgmma-group*. ' +
      'If nothing was issued, an empty group is created.\n\n' +
      'Groups are what `wgmma.wait_group N` counts, so committing after every k-step lets a kernel keep one or more groups in flight while it waits for older ones — the usual software-pipelining pattern in Hopper GEMMs.',
    syntax: ['wgmma.commit_group.sync.aligned;'],
    operands: [],
    modifiers: [syncWg('wgmma.commit_group'), alignedWg('wgmma.commit_group')],
    introduced: '8.0',
    minTarget: 'sm_90a',
    cuda: 'Inline `asm`; in CuTe it is `cute::warpgroup_commit_batch()`.',
    example: {
      target: 'sm_90a',
      caption: 'Two FP8 k-steps (`m64n8k32.f32.e4m3.e4m3`) are committed as two separate wgmma-groups before one final wait.',
      code: `// One warpgroup. Two k-steps of an FP8 64x8x64 product: two batches are committed
// separately so the second can be issued while the first is still running.
.visible .entry wgmma_commit_two_batches(.param .u64 d_ptr) {
  .shared .align 128 .b8 smemA[4096];
  .shared .align 128 .b8 smemB[512];
  .reg .b32 %t;
  .reg .b64 %s, %a0, %a1, %b0, %b1, %gd, %o64;
  .reg .f32 %d<4>;
  ld.param.u64 %gd, [d_ptr];
  cvta.to.global.u64 %gd, %gd;
  mov.u64 %s, smemA;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %a0, %s, 0x0000001000080000;
  add.s64 %a1, %a0, 128;            // second k-step: A tile starts 2048 bytes later (2048 >> 4)
  mov.u64 %s, smemB;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %b0, %s, 0x0000000800080000;
  add.s64 %b1, %b0, 16;             // 256 bytes later
  wgmma.fence.sync.aligned;
  wgmma.mma_async.sync.aligned.m64n8k32.f32.e4m3.e4m3 {%d0, %d1, %d2, %d3}, %a0, %b0, 0, 1, 1;
  wgmma.commit_group.sync.aligned;
  wgmma.mma_async.sync.aligned.m64n8k32.f32.e4m3.e4m3 {%d0, %d1, %d2, %d3}, %a1, %b1, 1, 1, 1;
  wgmma.commit_group.sync.aligned;
  wgmma.wait_group.sync.aligned 0;
  mov.u32 %t, %tid.x;
  mul.wide.u32 %o64, %t, 16;
  add.s64 %gd, %gd, %o64;
  st.global.v4.f32 [%gd], {%d0, %d1, %d2, %d3};
}`,
    },
    anchor: 'asynchronous-warpgroup-level-matrix-instructions-wgmma-commit-group',
  },
  // ---------------------------------------------------------------- wgmma.wait_group
  {
    opcode: 'wgmma.wait_group',
    family: 'warpgroup-matrix',
    summary: 'Wait until at most N of the most recent wgmma-groups are still pending',
    description:
      'Blocks the thread until all of its committed wgmma-groups except the newest `N` have finished. With `N = 0` it waits for everything. ' +
      'Only after the group containing a `wgmma.mma_async` has completed may the thread read its accumulator or reuse its register A (and may the shared-memory tiles it read be overwritten).\n\n' +
      'Completion also makes the results visible to ordinary (generic-proxy) accesses. A typical main loop issues k-step *i*, commits, then `wait_group 1` so that step *i−1* is done and its shared-memory stage can be refilled while step *i* still runs.',
    syntax: ['wgmma.wait_group.sync.aligned N;'],
    operands: [{ name: 'N', role: 'other', description: 'Integer constant: how many of the most recently committed groups may remain unfinished.' }],
    modifiers: [syncWg('wgmma.wait_group'), alignedWg('wgmma.wait_group')],
    semantics: 'while (pending_groups(this thread) > N) wait;',
    introduced: '8.0',
    minTarget: 'sm_90a',
    cuda: 'Inline `asm`; in CuTe it is `cute::warpgroup_wait<N>()`.',
    example: {
      target: 'sm_90a',
      caption: 'A four-step bf16 main loop that commits every step and uses `wait_group 1` to keep one group in flight, then `wait_group 0` before reading the accumulator.',
      code: `// One warpgroup. Four k-steps of a 64x8 bf16 product whose A/B stages are assumed to be
// in shared memory. After each commit, wait_group 1 lets one batch stay in flight while
// guaranteeing the previous one is done (so its shared-memory stage could be refilled).
.visible .entry wgmma_wait_pipelined(.param .u64 d_ptr) {
  .shared .align 128 .b8 smemA[8192];
  .shared .align 128 .b8 smemB[1024];
  .reg .pred %more;
  .reg .b32 %t, %k;
  .reg .b64 %s, %descA, %descB, %gd, %o64;
  .reg .f32 %d<4>;
  ld.param.u64 %gd, [d_ptr];
  cvta.to.global.u64 %gd, %gd;
  mov.u64 %s, smemA;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %descA, %s, 0x0000001000080000;
  mov.u64 %s, smemB;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %descB, %s, 0x0000000800080000;
  mov.f32 %d0, 0f00000000;
  mov.f32 %d1, 0f00000000;
  mov.f32 %d2, 0f00000000;
  mov.f32 %d3, 0f00000000;
  mov.u32 %k, 0;
  wgmma.fence.sync.aligned;
LOOP:
  wgmma.mma_async.sync.aligned.m64n8k16.f32.bf16.bf16
      {%d0, %d1, %d2, %d3}, %descA, %descB, 1, 1, 1, 0, 0;
  wgmma.commit_group.sync.aligned;
  wgmma.wait_group.sync.aligned 1;
  add.s64 %descA, %descA, 128;      // next 2048-byte A stage
  add.s64 %descB, %descB, 16;       // next 256-byte B stage
  add.u32 %k, %k, 1;
  setp.lt.u32 %more, %k, 4;
  @%more bra LOOP;
  wgmma.wait_group.sync.aligned 0;
  mov.u32 %t, %tid.x;
  mul.wide.u32 %o64, %t, 16;
  add.s64 %gd, %gd, %o64;
  st.global.v4.f32 [%gd], {%d0, %d1, %d2, %d3};
}`,
    },
    anchor: 'asynchronous-warpgroup-level-matrix-instructions-wgmma-wait-group',
  },
];
