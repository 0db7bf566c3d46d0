/**
 * PTX instructions: asynchronous copies (cp.async*, cp.async.bulk*, cp.reduce.async.bulk*, multimem.*, tensormap.replace).
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc } from '../schema';

/* ------------------------------------------------------------------ shared modifier text */

const COMPLETE_TX: ModifierDoc = {
  name: '.mbarrier::complete_tx::bytes',
  description:
    'Completion is reported through the mbarrier `[mbar]`: when the data has arrived, the hardware performs a complete-tx on it with the number of bytes ' +
    'transferred. Arm the barrier beforehand with the expected byte count (`mbarrier.arrive.expect_tx` or `mbarrier.expect_tx`), then wait with ' +
    '`mbarrier.try_wait`. The complete-tx has release semantics at cluster scope.',
};

const BULK_GROUP: ModifierDoc = {
  name: '.bulk_group',
  description:
    'Completion is tracked with bulk async-groups: the operation joins the next group closed by `cp.async.bulk.commit_group`, and ' +
    '`cp.async.bulk.wait_group` (or `.wait_group.read`) waits for it. Used for copies whose destination is global memory.',
};

const BULK_CACHE_HINT: ModifierDoc = {
  name: '.L2::cache_hint',
  description:
    'A 64-bit `cache-policy` operand (from `createpolicy`, or a CUTLASS constant such as EVICT_FIRST/EVICT_LAST) follows; L2 uses it to decide how ' +
    'long the global-memory lines stay cached. Only a hint.',
};

const MULTICAST: ModifierDoc = {
  name: '.multicast::cluster',
  description:
    'Write the same data into the shared memory of several CTAs of the cluster at once. The 16-bit `ctaMask` operand selects the destination CTAs ' +
    '(bit i = CTA rank i); each receives the data at the same CTA-relative offset as `dstMem`, and its mbarrier at the same offset as `mbar` is ' +
    'signalled. Runs fast on sm_90a, sm_100a/f, sm_103a/f, sm_110a/f; may be much slower on other targets.',
};

const SHARED_CLUSTER_DST: ModifierDoc = {
  name: '.shared::cluster',
  description:
    'As destination: shared memory of a CTA in the cluster (the executing CTA or, with multicast or a `mapa` address, others). As `.dst` of the ' +
    'shared→shared form it must be a different CTA of the cluster.',
};

const SHARED_CTA: ModifierDoc = {
  name: '.shared::cta',
  description: 'Shared memory of the executing CTA. As a destination (PTX 8.6) the address must not point to another CTA.',
};

/** `.shared::cta` where it is only ever the source of the copy. */
const SHARED_CTA_SOURCE: ModifierDoc = {
  name: '.shared::cta',
  description: 'The source is shared memory of the executing CTA.',
};

const GLOBAL: ModifierDoc = { name: '.global', description: 'Global memory (device memory).' };

const DIMS: ModifierDoc = {
  name: '.1d … .5d',
  pattern: '\\.[1-5]d',
  description: 'Number of tensor dimensions; `tensorCoords` must list that many `.s32` coordinates (except for the gather4/scatter4 modes, which always take 5).',
};

const TILE: ModifierDoc = {
  name: '.tile',
  description: 'Tiled mode (the default): copies a box of the tensor and keeps its multi-dimensional shape, laid out (and optionally swizzled) as the tensor map says.',
};

const IM2COL: ModifierDoc = {
  name: '.im2col',
  description:
    'Im2col mode for convolutions: some dimensions of an N-D activation tensor (3D or more) are unrolled into columns, as an implicit-GEMM ' +
    'convolution needs. `im2colInfo` then carries `.dim - 2` 16-bit offsets (W, H, D).',
};

const IM2COL_W: ModifierDoc = {
  name: '.im2col::w',
  description: 'Im2col variant that walks only the W dimension; `im2colInfo` is `{wHalo, wOffset}` (wHalo < 512, wOffset < 32). PTX 8.6; sm_100 (sm_100a/f when the destination is `.shared::cluster`).',
};

const IM2COL_W128: ModifierDoc = {
  name: '.im2col::w::128',
  description: 'Like `.im2col::w` but for 128-element-wide W tiles; `im2colInfo` is `{wHalo, wOffset}` with wHalo < 32. PTX 8.6; sm_100a/sm_110a or the sm_100f/sm_110f families.',
};

const GATHER4: ModifierDoc = {
  name: '.tile::gather4',
  description:
    'Gathers four arbitrary rows of a 2-D tensor into one 2-D box. `tensorCoords` is `{col, row0, row1, row2, row3}`. Useful for MoE/sparse row ' +
    'selection. PTX 8.6; sm_100 for `.shared::cta` destinations, sm_100a/f for `.shared::cluster`.',
};

const REDOPS: ModifierDoc[] = [
  { name: '.add', description: 'Destination element += source element (floats round to nearest even).' },
  { name: '.min', description: 'Destination element = min(destination, source).' },
  { name: '.max', description: 'Destination element = max(destination, source).' },
  { name: '.inc', description: 'Unsigned wrap-around increment: d = (d >= s) ? 0 : d + 1 (only `.u32`).' },
  { name: '.dec', description: 'Unsigned wrap-around decrement: d = (d == 0 || d > s) ? s : d - 1 (only `.u32`).' },
  { name: '.and', description: 'Bitwise AND into the destination (`.b32`/`.b64`).' },
  { name: '.or', description: 'Bitwise OR into the destination (`.b32`/`.b64`).' },
  { name: '.xor', description: 'Bitwise XOR into the destination (`.b32`/`.b64`).' },
];

const TENSOR_OPERANDS = {
  tensorMap: {
    name: 'tensorMap',
    role: 'address' as const,
    description:
      'Generic address of the 128-byte tensor map (TMA descriptor, `CUtensorMap`) that lives in `.param`, `.const` or `.global` memory. It encodes the ' +
      'tensor\'s base address, sizes, strides, element type, box size, swizzle and out-of-bounds fill.',
  },
  tensorCoords: {
    name: 'tensorCoords',
    role: 'source' as const,
    description: 'Brace list of `.s32` starting coordinates of the box in the tensor, innermost dimension first, e.g. `{x, y}` for `.2d`. Out-of-range parts of the box are filled as the tensor map says.',
  },
};

/* ------------------------------------------------------------------ entries */

export const asyncCopyInstructions: InstructionDoc[] = [
  /* ---------------- multimem ---------------- */
  {
    opcode: 'multimem.ld_reduce',
    family: 'data-movement',
    summary: 'Load from every GPU behind a multimem address and return the reduced value',
    description:
      'A multimem address (created with the CUDA multicast-object APIs over NVLink/NVSwitch) stands for the same buffer on several GPUs. ' +
      '`multimem.ld_reduce` reads the value at `a` from **all** those copies and combines them with `.op` (add, min, max, and, or, xor), returning ' +
      'the result in `d`. This is the "reduce" half of an in-switch all-reduce.\n\n' +
      'Floating-point forms can load several values at once (`.v2/.v4/.v8`, total 32, 64 or 128 bits) and can accumulate in higher precision ' +
      '(`.acc::f32` for f16/bf16, `.acc::f16` for FP8). Without a semantics qualifier the load is weak. Multimem addresses may only be touched by ' +
      '`multimem.*` instructions.',
    syntax: [
      '// integer',
      'multimem.ld_reduce{.ldsem}{.scope}{.ss}.op.type  d, [a];',
      'multimem.ld_reduce.weak{.ss}.op.type             d, [a];',
      '.op = { .min, .max, .add, .and, .or, .xor };',
      '.type = { .b32, .b64, .u32, .u64, .s32, .s64 };',
      '// floating point',
      'multimem.ld_reduce{.ldsem}{.scope}{.ss}.fop{.acc_prec}{.vec}.ftype  d, [a];',
      'multimem.ld_reduce.weak{.ss}.fop{.acc_prec}{.vec}.ftype             d, [a];',
      '.fop = { .min, .max, .add };',
      '.acc_prec = { .acc::f32, .acc::f16 };',
      '.vec = { .v2, .v4, .v8 };',
      '.ftype = { .f16, .f16x2, .bf16, .bf16x2, .f32, .f64, .e5m2, .e5m2x2, .e5m2x4, .e4m3, .e4m3x2, .e4m3x4 };',
      '.ldsem = { .relaxed, .acquire };',
      '.scope = { .cta, .cluster, .gpu, .sys };',
      '.ss = { .global };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'The reduced value (a brace list for `.vec` forms).' },
      { name: '[a]', role: 'address', description: 'A multimem address in the global window (or generic).' },
    ],
    modifiers: [
      { name: '.weak', description: 'Plain load with no synchronization effect (the default).' },
      { name: '.relaxed', description: 'Strong relaxed load at the given scope.' },
      { name: '.acquire', description: 'Strong load that orders this thread\'s later accesses after it.' },
      { name: '.add', description: 'Sum the values from all copies. Integer types: `.u32`, `.s32`, `.u64` only.' },
      { name: '.min', description: 'Minimum over all copies. Floating point: only the 16-bit and FP8 types (not `.f32`/`.f64`).' },
      { name: '.max', description: 'Maximum over all copies. Same type limits as `.min`.' },
      { name: '.and', description: 'Bitwise AND over all copies (`.b32`/`.b64`).' },
      { name: '.or', description: 'Bitwise OR over all copies (`.b32`/`.b64`).' },
      { name: '.xor', description: 'Bitwise XOR over all copies (`.b32`/`.b64`).' },
      { name: '.acc::f32', description: 'Accumulate f16/bf16 values in f32 before rounding the result. PTX 8.2.' },
      { name: '.acc::f16', description: 'Accumulate FP8 values in f16. PTX 8.6; sm_100a/110a/120a/121a or the sm_100f/110f families.' },
      { name: '.e5m2', description: 'FP8 E5M2 elements. PTX 8.6; sm_100a/110a/120a/121a or the sm_100f/110f families.' },
      { name: '.e4m3', description: 'FP8 E4M3 elements. Same requirements as `.e5m2`.' },
      { name: '.e5m2x4', description: 'Four E5M2 values packed in 32 bits.' },
      { name: '.e4m3x4', description: 'Four E4M3 values packed in 32 bits.' },
      { name: '.v2', description: 'Two elements per access; total size must be 32, 64 or 128 bits.' },
      { name: '.v4', description: 'Four elements per access; total size must be 32, 64 or 128 bits.' },
      { name: '.v8', description: 'Eight elements per access; only with `.f16`, `.bf16`, `.e5m2`, `.e4m3`, `.e5m2x2`, `.e4m3x2`.' },
    ],
    introduced: '8.1',
    versionNotes: [
      { version: '8.2', change: '`.acc::f32`.' },
      { version: '8.6', change: 'FP8 types and `.acc::f16`.' },
    ],
    minTarget: 'sm_90',
    targetNotes: [{ target: 'sm_100a', requirement: 'FP8 types and `.acc::f16` (also sm_110a, sm_120a, sm_121a and the sm_100f/sm_110f families)' }],
    cuda: 'Inline asm in NVSHMEM, NCCL (NVLS all-reduce kernels) and similar libraries working on buffers from `cuMulticastCreate`/`cuMulticastBindMem`.',
    example: {
      target: 'sm_90',
      caption: 'Sums four floats across all GPUs of a multicast buffer and stores the result locally.',
      code: `.visible .entry multimem_ld_reduce_demo(.param .u64 mc, .param .u64 out) {
  .reg .f32 %f<5>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [mc];
  ld.param.u64 %rd2, [out];
  multimem.ld_reduce.relaxed.sys.global.add.v4.f32 {%f1, %f2, %f3, %f4}, [%rd1];
  st.global.v4.f32 [%rd2], {%f1, %f2, %f3, %f4};
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-multimem',
  },
  {
    opcode: 'multimem.st',
    family: 'data-movement',
    summary: 'Store a value to every GPU behind a multimem address',
    description:
      'Writes `b` to all memory locations the multimem address `a` refers to, i.e. to the same buffer on every GPU bound to the multicast object, ' +
      'with one instruction. It is the broadcast half of an NVLink-switch all-reduce or all-gather.\n\n' +
      'Without a semantics qualifier the store is weak; `.release` makes earlier accesses of this thread visible first. Floating-point forms can ' +
      'store vectors of 32, 64 or 128 bits.',
    syntax: [
      'multimem.st{.stsem}{.scope}{.ss}.type        [a], b;',
      'multimem.st.weak{.ss}.type                   [a], b;',
      'multimem.st{.stsem}{.scope}{.ss}{.vec}.ftype [a], b;',
      'multimem.st.weak{.ss}{.vec}.ftype            [a], b;',
      '.stsem = { .relaxed, .release };',
      '.scope = { .cta, .cluster, .gpu, .sys };',
      '.ss = { .global };',
      '.type = { .b32, .b64, .u32, .u64, .s32, .s64 };',
      '.vec = { .v2, .v4, .v8 };',
      '.ftype = { .f16, .f16x2, .bf16, .bf16x2, .f32, .f64, .e5m2, .e5m2x2, .e5m2x4, .e4m3, .e4m3x2, .e4m3x4 };',
    ],
    operands: [
      { name: '[a]', role: 'address', description: 'A multimem address in the global window (or generic).' },
      { name: 'b', role: 'source', description: 'Value (or brace list for `.vec`) written to every copy.' },
    ],
    modifiers: [
      { name: '.weak', description: 'Plain store (the default).' },
      { name: '.relaxed', description: 'Strong relaxed store at the given scope.' },
      { name: '.release', description: 'Strong store that first makes this thread\'s earlier memory accesses visible at the given scope.' },
      { name: '.e5m2', description: 'FP8 E5M2 elements (PTX 8.6; sm_100a-class targets).' },
      { name: '.e4m3', description: 'FP8 E4M3 elements (PTX 8.6; sm_100a-class targets).' },
      { name: '.e5m2x4', description: 'Four E5M2 values in 32 bits.' },
      { name: '.e4m3x4', description: 'Four E4M3 values in 32 bits.' },
      { name: '.v2', description: 'Two elements per store.' },
      { name: '.v4', description: 'Four elements per store.' },
      { name: '.v8', description: 'Eight elements per store; only with `.f16`, `.bf16`, `.e5m2`, `.e4m3`, `.e5m2x2`, `.e4m3x2`.' },
    ],
    introduced: '8.1',
    versionNotes: [{ version: '8.6', change: 'FP8 types.' }],
    minTarget: 'sm_90',
    targetNotes: [{ target: 'sm_100a', requirement: 'FP8 types (also sm_110a, sm_120a, sm_121a and the sm_100f/sm_110f families)' }],
    cuda: 'Inline asm in NCCL/NVSHMEM multicast kernels.',
    example: {
      target: 'sm_90',
      caption: 'Broadcasts a reduced bf16x2 pair to every GPU of a multicast buffer.',
      code: `.visible .entry multimem_st_demo(.param .u64 mc, .param .b32 v) {
  .reg .b32 %r1;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [mc];
  ld.param.b32 %r1, [v];
  multimem.st.relaxed.sys.global.bf16x2 [%rd1], %r1;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-multimem',
  },
  {
    opcode: 'multimem.red',
    family: 'data-movement',
    summary: 'Reduce a value into every GPU\'s copy behind a multimem address',
    description:
      'Combines `b` into each memory location that the multimem address `a` refers to, like a `red` atomic performed on every GPU\'s copy at once. ' +
      'No value is returned.\n\n' +
      'Defaults differ from the other multimem operations: without qualifiers the reduction is `.relaxed` at `.sys` scope. Floating-point ' +
      'reductions support only `.add` (on f16/bf16/f32/f64 types, optionally vectorized).',
    syntax: [
      'multimem.red{.redsem}{.scope}{.ss}.op.type             [a], b;',
      'multimem.red{.redsem}{.scope}{.ss}.redop{.vec}.redtype [a], b;',
      '.redsem = { .relaxed, .release };',
      '.scope = { .cta, .cluster, .gpu, .sys };',
      '.ss = { .global };',
      '.op = { .min, .max, .add, .and, .or, .xor };',
      '.type = { .b32, .b64, .u32, .u64, .s32, .s64 };',
      '.redop = { .add };',
      '.vec = { .v2, .v4, .v8 };',
      '.redtype = { .f16, .f16x2, .bf16, .bf16x2, .f32, .f64 };',
    ],
    operands: [
      { name: '[a]', role: 'address', description: 'A multimem address in the global window (or generic).' },
      { name: 'b', role: 'source', description: 'Value (or brace list for `.vec`) combined into every copy.' },
    ],
    modifiers: [
      { name: '.relaxed', description: 'Relaxed reduction (the default, at `.sys` scope).' },
      { name: '.release', description: 'Makes this thread\'s earlier accesses visible before the reduction.' },
      { name: '.add', description: 'Add `b` to every copy.' },
      { name: '.min', description: 'Replace every copy with min(copy, b).' },
      { name: '.max', description: 'Replace every copy with max(copy, b).' },
      { name: '.and', description: 'Bitwise AND into every copy.' },
      { name: '.or', description: 'Bitwise OR into every copy.' },
      { name: '.xor', description: 'Bitwise XOR into every copy.' },
      { name: '.v2', description: 'Two elements per operation.' },
      { name: '.v4', description: 'Four elements per operation.' },
      { name: '.v8', description: 'Eight 16-bit elements per operation.' },
    ],
    introduced: '8.1',
    minTarget: 'sm_90',
    cuda: 'Inline asm in NCCL/NVSHMEM multicast kernels (e.g. one-shot all-reduce push).',
    example: {
      target: 'sm_90',
      caption: 'Adds a thread\'s partial sums into all GPUs\' copies of a multicast buffer.',
      code: `.visible .entry multimem_red_demo(.param .u64 mc) {
  .reg .f32 %f<3>;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [mc];
  mov.f32 %f1, 0f3F800000;
  mov.f32 %f2, 0f40000000;
  multimem.red.release.gpu.global.add.v2.f32 [%rd1], {%f1, %f2};
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-multimem',
  },

  /* ---------------- cp.async (non-bulk) ---------------- */
  {
    opcode: 'cp.async',
    family: 'data-movement',
    summary: 'Start an asynchronous 4/8/16-byte copy from global to shared memory',
    description:
      'Each thread issues a small copy (4, 8 or 16 bytes) from global memory straight into shared memory without passing through registers, ' +
      'and continues immediately. This is the Ampere-style way to build multi-stage software pipelines: issue copies for a future tile, compute ' +
      'on the current one, then wait.\n\n' +
      'The copy is complete only after `cp.async.wait_group`/`cp.async.wait_all` (after a `cp.async.commit_group`) or after an mbarrier tracking ' +
      'it (via `cp.async.mbarrier.arrive`) completes its phase. Until then neither the source may change nor the destination be read.\n\n' +
      '`src-size` smaller than `cp-size` copies only that many bytes and zero-fills the rest (handy for tails and out-of-bounds padding); the ' +
      'predicate `ignore-src` zero-fills the whole destination.',
    syntax: [
      'cp.async.ca.shared{::cta}.global{.level::cache_hint}{.level::prefetch_size}  [dst], [src], cp-size{, src-size}{, cache-policy};',
      'cp.async.cg.shared{::cta}.global{.level::cache_hint}{.level::prefetch_size}  [dst], [src], 16{, src-size}{, cache-policy};',
      'cp.async.ca.shared{::cta}.global{.level::cache_hint}{.level::prefetch_size}  [dst], [src], cp-size{, ignore-src}{, cache-policy};',
      'cp.async.cg.shared{::cta}.global{.level::cache_hint}{.level::prefetch_size}  [dst], [src], 16{, ignore-src}{, cache-policy};',
      '.level::cache_hint = { .L2::cache_hint };',
      '.level::prefetch_size = { .L2::64B, .L2::128B, .L2::256B };',
      'cp-size = { 4, 8, 16 };',
    ],
    operands: [
      { name: '[dst]', role: 'address', description: 'Shared-memory destination, aligned to `cp-size`.' },
      { name: '[src]', role: 'address', description: 'Global-memory source, aligned to `cp-size`.' },
      { name: 'cp-size', role: 'other', description: 'Immediate: bytes written to `dst` (4, 8 or 16; `.cg` requires 16).' },
      { name: 'src-size', role: 'source', description: 'Optional 32-bit count of bytes actually read from `src` (less than `cp-size`); the rest of `dst` is zero-filled.' },
      { name: 'ignore-src', role: 'predicate', description: 'Optional predicate (not an immediate): when true, nothing is read and `dst` is zero-filled. PTX 7.5.' },
      { name: 'cache-policy', role: 'other', description: '64-bit L2 policy, with `.L2::cache_hint`.' },
    ],
    modifiers: [
      { name: '.ca', description: 'Cache the source in L1 and L2 (allows 4, 8 or 16 bytes). CUTLASS calls this `SM80_CP_ASYNC_CACHEALWAYS`.' },
      { name: '.cg', description: 'Cache only in L2, bypassing L1; only 16-byte copies. The usual choice for GEMM tiles (`SM80_CP_ASYNC_CACHEGLOBAL`).' },
      { name: '.shared', description: 'Destination state space: shared memory of the executing CTA (`::cta` may be written explicitly, PTX 7.8).' },
      { name: '.global', description: 'Source state space: global memory.' },
      { name: '.L2::cache_hint', description: 'A 64-bit `cache-policy` operand follows, giving the L2 eviction policy for the source lines. PTX 7.4.' },
      {
        name: '.L2::{64B,128B,256B}',
        pattern: '\\.L2::(64|128|256)B',
        description: 'Hint to pull a 64/128/256-byte block around the source into L2 (neighbouring threads\' data usually comes along). PTX 7.4.',
      },
    ],
    semantics: 'async {\n  n = ignore_src ? 0 : (src_size given ? src_size : cp_size);\n  dst[0 .. n-1] = src[0 .. n-1];\n  dst[n .. cp_size-1] = 0;\n}',
    introduced: '7.0',
    versionNotes: [
      { version: '7.4', change: '`.L2::cache_hint` and prefetch sizes.' },
      { version: '7.5', change: '`ignore-src` predicate operand.' },
      { version: '7.8', change: '`.shared::cta` spelling.' },
    ],
    minTarget: 'sm_80',
    cuda:
      '`__pipeline_memcpy_async` (cuda_pipeline.h), `cuda::memcpy_async` / `cooperative_groups::memcpy_async` on sm_80+, and CUTLASS/CuTe ' +
      '`SM80_CP_ASYNC_CACHEGLOBAL` / `SM80_CP_ASYNC_CACHEALWAYS` copy atoms (with `_ZFILL` variants using `src-size`).',
    example: {
      target: 'sm_80',
      caption: 'Each thread copies 16 bytes of a tile into shared memory (zero-filling past the end), commits the group and waits for it.',
      code: `.visible .entry cp_async_demo(.param .u64 src, .param .u32 valid) {
  .shared .align 16 .b8 tile[2048];
  .reg .b32 %r<6>;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [src];
  ld.param.u32 %r1, [valid];
  cvta.to.global.u64 %rd2, %rd1;
  mov.u32 %r2, %tid.x;
  shl.b32 %r3, %r2, 4;
  mov.u32 %r4, tile;
  add.s32 %r4, %r4, %r3;
  cvt.u64.u32 %rd3, %r3;
  add.s64 %rd2, %rd2, %rd3;
  cp.async.cg.shared.global.L2::128B [%r4], [%rd2], 16, %r1;
  cp.async.commit_group;
  cp.async.wait_group 0;
  bar.sync 0;
  ld.shared.u32 %r5, [%r4];
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-async',
  },
  {
    opcode: 'cp.async.commit_group',
    family: 'data-movement',
    summary: 'Close the current batch of cp.async copies into a new async-group',
    description:
      'Bundles every `cp.async` this thread has issued since the previous commit into a new per-thread group. Groups are later waited on in ' +
      'order with `cp.async.wait_group N`. If there is nothing to bundle, an empty group (which counts as already complete) is created, which ' +
      'keeps the group count uniform across pipeline stages.\n\n' +
      'Copies inside the same group are not ordered with respect to each other, so two copies in one group must not write the same bytes.',
    syntax: ['cp.async.commit_group;'],
    operands: [],
    modifiers: [],
    introduced: '7.0',
    minTarget: 'sm_80',
    cuda: '`__pipeline_commit()`, `cuda::pipeline::producer_commit()`, CuTe `cp_async_fence()`.',
    example: {
      target: 'sm_80',
      caption: 'Issues two stages of copies, each closed by its own commit, then waits until only the newest stage is still pending.',
      code: `.visible .entry cp_async_commit_demo(.param .u64 src) {
  .shared .align 16 .b8 stage0[512];
  .shared .align 16 .b8 stage1[512];
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [src];
  cvta.to.global.u64 %rd2, %rd1;
  mov.u32 %r1, stage0;
  mov.u32 %r2, stage1;
  cp.async.cg.shared.global [%r1], [%rd2], 16;
  cp.async.commit_group;
  cp.async.cg.shared.global [%r2], [%rd2+512], 16;
  cp.async.commit_group;
  cp.async.wait_group 1;        // stage0 has landed
  bar.sync 0;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-async-commit-group',
  },
  {
    opcode: 'cp.async.wait_group',
    aliases: ['cp.async.wait_all'],
    family: 'data-movement',
    summary: 'Wait until at most N of this thread\'s newest cp.async groups are still in flight',
    description:
      '`cp.async.wait_group N` blocks the thread until all its committed `cp.async` groups except the `N` most recent ones are complete. ' +
      '`N = 0` waits for everything committed. `cp.async.wait_all` is the same as a commit followed by `wait_group 0`.\n\n' +
      'The wait makes the copied data visible only to the **waiting thread**. Other threads that read the same shared memory still need a ' +
      'barrier (`bar.sync`/`__syncthreads`) afterwards. The wait says nothing about other kinds of memory operations.',
    syntax: ['cp.async.wait_group N;', 'cp.async.wait_all;'],
    operands: [{ name: 'N', role: 'other', description: 'Integer constant: how many of the most recent groups may remain pending.' }],
    modifiers: [],
    semantics: 'wait_group N: wait until pending_groups(thread) <= N   // oldest groups finish first\nwait_all:     commit_group; wait_group 0;',
    introduced: '7.0',
    minTarget: 'sm_80',
    cuda: '`__pipeline_wait_prior(N)`, `cuda::pipeline::consumer_wait()`, CuTe `cp_async_wait<N>()`.',
    example: {
      target: 'sm_80',
      caption: 'A two-stage pipeline keeps one group in flight while the older one is consumed, then drains everything with wait_all.',
      code: `.visible .entry cp_async_wait_demo(.param .u64 src) {
  .shared .align 16 .b8 buf[1024];
  .reg .b32 %r<4>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [src];
  cvta.to.global.u64 %rd2, %rd1;
  mov.u32 %r1, buf;
  cp.async.ca.shared.global [%r1], [%rd2], 8;
  cp.async.commit_group;
  cp.async.ca.shared.global [%r1+512], [%rd2+512], 8;
  cp.async.commit_group;
  cp.async.wait_group 1;
  ld.shared.u32 %r2, [%r1];
  cp.async.wait_all;
  ld.shared.u32 %r3, [%r1+512];
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-async-wait-group',
  },

  /* ---------------- bulk copies ---------------- */
  {
    opcode: 'cp.async.bulk',
    family: 'data-movement',
    summary: 'Start a bulk asynchronous copy of a contiguous byte range (TMA, non-tensor)',
    description:
      'One thread asks the Tensor Memory Accelerator (TMA) to copy `size` bytes (a multiple of 16, 16-byte aligned) between global memory and ' +
      'shared memory, or from this CTA\'s shared memory to another CTA\'s in the cluster. The issuing thread does not wait; the copy engine moves ' +
      'the data in the background.\n\n' +
      'Copies **into** shared memory report completion on an mbarrier (`.mbarrier::complete_tx::bytes`): the barrier\'s transaction count drops ' +
      'by the bytes delivered, so consumers wait on the barrier. Copies **to** global memory use bulk async-groups (`.bulk_group`) with ' +
      '`cp.async.bulk.commit_group` / `cp.async.bulk.wait_group`.\n\n' +
      'The copy runs in the async proxy: if threads wrote the shared source with ordinary stores, issue `fence.proxy.async.shared::cta` before ' +
      'the copy so the engine sees those writes.',
    syntax: [
      '// global -> shared::cta',
      'cp.async.bulk.shared::cta.global.mbarrier::complete_tx::bytes{.L2::cache_hint}  [dstMem], [srcMem], size, [mbar]{, cache-policy};',
      '// global -> shared::cluster',
      'cp.async.bulk.shared::cluster.global.mbarrier::complete_tx::bytes{.multicast::cluster}{.L2::cache_hint}',
      '              [dstMem], [srcMem], size, [mbar]{, ctaMask}{, cache-policy};',
      '// shared::cta -> shared::cluster (another CTA)',
      'cp.async.bulk.shared::cluster.shared::cta.mbarrier::complete_tx::bytes  [dstMem], [srcMem], size, [mbar];',
      '// shared::cta -> global',
      'cp.async.bulk.global.shared::cta.bulk_group{.L2::cache_hint}{.cp_mask}  [dstMem], [srcMem], size{, cache-policy}{, byteMask};',
    ],
    operands: [
      { name: '[dstMem]', role: 'address', description: 'Destination address, 16-byte aligned.' },
      { name: '[srcMem]', role: 'address', description: 'Source address, 16-byte aligned.' },
      { name: 'size', role: 'source', description: '32-bit byte count, a multiple of 16.' },
      { name: '[mbar]', role: 'address', description: 'Shared-memory mbarrier that receives the complete-tx (shared-memory destinations only).' },
      { name: 'ctaMask', role: 'other', description: '16-bit mask of destination CTAs, with `.multicast::cluster`.' },
      { name: 'cache-policy', role: 'other', description: '64-bit L2 policy, with `.L2::cache_hint`.' },
      { name: 'byteMask', role: 'other', description: '16-bit mask, with `.cp_mask`: bit i says whether byte i of every 16-byte chunk is written.' },
    ],
    modifiers: [
      SHARED_CTA,
      SHARED_CLUSTER_DST,
      GLOBAL,
      COMPLETE_TX,
      BULK_GROUP,
      MULTICAST,
      BULK_CACHE_HINT,
      { name: '.cp_mask', description: 'Shared→global only: a 16-bit `byteMask` operand selects which bytes of each 16-byte chunk are actually stored (a masked store). PTX 8.6, sm_100.' },
    ],
    introduced: '8.0',
    versionNotes: [{ version: '8.6', change: '`.shared::cta` as destination and `.cp_mask`.' }],
    minTarget: 'sm_90',
    targetNotes: [
      { target: 'sm_90a', requirement: '`.multicast::cluster` is tuned for sm_90a, sm_100a/f, sm_103a/f, sm_110a/f (works elsewhere but may be slow)' },
      { target: 'sm_100', requirement: '`.cp_mask`' },
    ],
    cuda:
      '`cuda::memcpy_async` with `cuda::barrier` on sm_90 (for 16-byte-aligned sizes), `cuda::device::experimental::cp_async_bulk_global_to_shared` / ' +
      '`cp_async_bulk_shared_to_global`, the `cuda::ptx::cp_async_bulk` wrappers in libcu++, and CuTe `SM90_BULK_COPY_G2S` / `SM90_BULK_COPY_S2G` atoms.',
    example: {
      target: 'sm_90',
      caption: 'One thread loads 1 KiB into shared memory tracked by an mbarrier, then writes it back to global memory as a bulk group.',
      code: `.visible .entry cp_async_bulk_demo(.param .u64 src, .param .u64 dst) {
  .shared .align 128 .b8 buf[1024];
  .shared .align 8 .b64 bar;
  .reg .pred %p<3>;
  .reg .b32 %r<4>;
  .reg .b64 %rd<6>;
  ld.param.u64 %rd1, [src];
  ld.param.u64 %rd2, [dst];
  cvta.to.global.u64 %rd3, %rd1;
  cvta.to.global.u64 %rd4, %rd2;
  mov.u32 %r1, buf;
  mov.u32 %r2, bar;
  mov.u32 %r3, %tid.x;
  setp.eq.u32 %p1, %r3, 0;
  @!%p1 bra DONE;
  mbarrier.init.shared::cta.b64 [%r2], 1;
  fence.mbarrier_init.release.cluster;
  mbarrier.arrive.expect_tx.shared::cta.b64 %rd5, [%r2], 1024;
  cp.async.bulk.shared::cluster.global.mbarrier::complete_tx::bytes [%r1], [%rd3], 1024, [%r2];
WAIT:
  mbarrier.try_wait.parity.shared::cta.b64 %p2, [%r2], 0;
  @!%p2 bra WAIT;
  cp.async.bulk.global.shared::cta.bulk_group [%rd4], [%r1], 1024;
  cp.async.bulk.commit_group;
  cp.async.bulk.wait_group.read 0;
DONE:
  ret;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-async-bulk',
  },
  {
    opcode: 'cp.reduce.async.bulk',
    family: 'data-movement',
    summary: 'Asynchronously reduce a shared-memory array into global memory or a peer CTA\'s shared memory',
    description:
      'Like `cp.async.bulk`, but instead of overwriting, every destination element is combined with the matching source element using `.redOp` ' +
      '(add, min, max, inc, dec, and, or, xor). `size` bytes (multiple of 16, 16-byte aligned) are processed.\n\n' +
      'Into a peer CTA\'s shared memory (`.shared::cluster`) completion goes to an mbarrier in that CTA; into global memory it is tracked with ' +
      'bulk async-groups. Each element update is an individual relaxed, gpu-scope atomic, so many CTAs can reduce into the same global ' +
      'buffer (split-K, gradient accumulation).\n\n' +
      '`.add.f32` flushes subnormals to zero; `.f16`/`.bf16` addition must be written `.add.noftz` and keeps subnormals.',
    syntax: [
      'cp.reduce.async.bulk.dst.src.completion_mechanism.redOp.type  [dstMem], [srcMem], size, [mbar];',
      '    // .dst = .shared::cluster, .src = .shared::cta, .completion_mechanism = .mbarrier::complete_tx::bytes',
      '    // .type = .b32, .u32, .s32, .b64, .u64',
      'cp.reduce.async.bulk.dst.src.completion_mechanism{.level::cache_hint}.redOp.type  [dstMem], [srcMem], size{, cache-policy};',
      '    // .dst = .global, .src = .shared::cta, .completion_mechanism = .bulk_group',
      '    // .type = .f16, .bf16, .b32, .u32, .s32, .b64, .u64, .s64, .f32, .f64',
      'cp.reduce.async.bulk.dst.src.completion_mechanism{.level::cache_hint}.add.noftz.type  [dstMem], [srcMem], size{, cache-policy};',
      '    // .type = .f16, .bf16',
      '.dst = { .shared::cluster, .global };',
      '.src = { .shared::cta };',
      '.completion_mechanism = { .mbarrier::complete_tx::bytes, .bulk_group };',
      '.type = { .f16, .bf16, .b32, .u32, .s32, .b64, .u64, .s64, .f32, .f64 };',
      '.redOp = { .and, .or, .xor, .add, .inc, .dec, .min, .max };',
      '.level::cache_hint = { .L2::cache_hint };',
    ],
    operands: [
      { name: '[dstMem]', role: 'address', description: 'Array reduced into (global, or a peer CTA\'s shared memory), 16-byte aligned.' },
      { name: '[srcMem]', role: 'address', description: 'Source array in this CTA\'s shared memory, 16-byte aligned.' },
      { name: 'size', role: 'source', description: '32-bit byte count, a multiple of 16.' },
      { name: '[mbar]', role: 'address', description: 'mbarrier in the destination CTA (shared::cluster form).' },
      { name: 'cache-policy', role: 'other', description: '64-bit L2 policy, with `.L2::cache_hint`.' },
    ],
    modifiers: [
      SHARED_CTA_SOURCE,
      { name: '.shared::cluster', description: 'Destination is another CTA\'s shared memory in the cluster; only integer types and mbarrier completion.' },
      GLOBAL,
      COMPLETE_TX,
      BULK_GROUP,
      BULK_CACHE_HINT,
      ...REDOPS,
      { name: '.noftz', description: 'Required with `.add` on `.f16`/`.bf16`: subnormal inputs and results are kept, not flushed to zero.' },
    ],
    introduced: '8.0',
    minTarget: 'sm_90',
    cuda: '`cuda::ptx::cp_reduce_async_bulk` (libcu++) and CuTe `SM90_BULK_REDUCE_ADD` (used e.g. by FlashAttention-3 to accumulate dQ); otherwise inline asm.',
    example: {
      target: 'sm_90',
      caption: 'Adds a 512-byte block of f32 partial sums from shared memory into a global accumulator.',
      code: `.visible .entry cp_reduce_async_bulk_demo(.param .u64 acc) {
  .shared .align 128 .b8 part[512];
  .reg .b32 %r1;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [acc];
  cvta.to.global.u64 %rd2, %rd1;
  mov.u32 %r1, part;
  st.shared.f32 [%r1], 0f3F800000;
  fence.proxy.async.shared::cta;
  cp.reduce.async.bulk.global.shared::cta.bulk_group.add.f32 [%rd2], [%r1], 512;
  cp.async.bulk.commit_group;
  cp.async.bulk.wait_group.read 0;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-reduce-async-bulk',
  },
  {
    opcode: 'cp.async.bulk.prefetch',
    family: 'data-movement',
    summary: 'Ask the copy engine to prefetch a contiguous range of global memory into L2',
    description:
      'A non-blocking hint: the TMA unit may start pulling `size` bytes (multiple of 16, 16-byte aligned) from global memory into the L2 cache, ' +
      'so a later bulk copy or load hits in L2. Nothing is written to shared memory and there is nothing to wait for.',
    syntax: ['cp.async.bulk.prefetch.L2.src{.level::cache_hint}  [srcMem], size{, cache-policy};', '.src = { .global };', '.level::cache_hint = { .L2::cache_hint };'],
    operands: [
      { name: '[srcMem]', role: 'address', description: 'Global start address, 16-byte aligned.' },
      { name: 'size', role: 'source', description: '32-bit byte count, a multiple of 16.' },
      { name: 'cache-policy', role: 'other', description: '64-bit L2 policy, with `.L2::cache_hint`.' },
    ],
    modifiers: [{ name: '.L2', description: 'The prefetch target is the L2 cache.' }, GLOBAL, BULK_CACHE_HINT],
    introduced: '8.0',
    minTarget: 'sm_90',
    cuda: '`cuda::ptx::cp_async_bulk_prefetch` (libcu++) or inline asm; CuTe `SM90_BULK_COPY_G2S` has a prefetch variant.',
    example: {
      target: 'sm_90',
      caption: 'Warms L2 with the next 4 KiB chunk while the current one is processed.',
      code: `.visible .entry cp_async_bulk_prefetch_demo(.param .u64 src) {
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [src];
  cvta.to.global.u64 %rd2, %rd1;
  cp.async.bulk.prefetch.L2.global [%rd2+4096], 4096;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-async-bulk-prefetch',
  },
  {
    opcode: 'multimem.cp.async.bulk',
    aliases: ['multimem.cp.reduce.async.bulk'],
    family: 'data-movement',
    summary: 'Bulk-copy (or bulk-reduce) a shared-memory block to every GPU behind a multimem address',
    description:
      '`multimem.cp.async.bulk` copies `size` bytes from this CTA\'s shared memory to the buffer behind a multimem destination address, i.e. to ' +
      'the matching memory on every GPU bound to the multicast object, using the bulk copy engine. `.cp_mask` with a 16-bit `byteMask` writes ' +
      'only selected bytes of each 16-byte chunk.\n\n' +
      '`multimem.cp.reduce.async.bulk` instead combines the shared-memory elements into every GPU\'s copy with `.redOp` (each element update is ' +
      'relaxed at system scope).\n\n' +
      'Both are tracked with bulk async-groups (`cp.async.bulk.commit_group` / `wait_group`). `size` must be a multiple of 16 and both addresses ' +
      '16-byte aligned. These are PTX 9.1 instructions.',
    syntax: [
      'multimem.cp.async.bulk.dst.src.completion_mechanism{.cp_mask}  [dstMem], [srcMem], size{, byteMask};',
      'multimem.cp.reduce.async.bulk.dst.src.completion_mechanism.redOp.type  [dstMem], [srcMem], size;',
      'multimem.cp.reduce.async.bulk.dst.src.completion_mechanism.add.noftz.type  [dstMem], [srcMem], size;   // .f16, .bf16',
      '.dst = { .global };',
      '.src = { .shared::cta };',
      '.completion_mechanism = { .bulk_group };',
      '.redOp = { .and, .or, .xor, .add, .inc, .dec, .min, .max };',
      '.type = { .f16, .bf16, .b32, .u32, .s32, .b64, .u64, .s64, .f32, .f64 };',
    ],
    operands: [
      { name: '[dstMem]', role: 'address', description: 'Multimem destination address (global), 16-byte aligned.' },
      { name: '[srcMem]', role: 'address', description: 'Source in this CTA\'s shared memory, 16-byte aligned.' },
      { name: 'size', role: 'source', description: '32-bit byte count, a multiple of 16.' },
      { name: 'byteMask', role: 'other', description: '16-bit byte-enable mask per 16-byte chunk, with `.cp_mask`.' },
    ],
    modifiers: [
      GLOBAL,
      SHARED_CTA_SOURCE,
      BULK_GROUP,
      { name: '.cp_mask', description: 'Only the bytes whose bit is set in `byteMask` are written in each 16-byte chunk. sm_100.' },
      ...REDOPS,
      { name: '.noftz', description: 'Required with `.add` on `.f16`/`.bf16`: subnormals are preserved.' },
    ],
    introduced: '9.1',
    minTarget: 'sm_90',
    targetNotes: [{ target: 'sm_100', requirement: '`.cp_mask`' }],
    cuda: 'Inline asm in multi-GPU communication kernels (NCCL/NVSHMEM-style) using multicast objects.',
    example: {
      target: 'sm_90',
      ptxVersion: '9.1',
      caption: 'Pushes a 256-byte shared-memory block to all GPUs of a multicast buffer and waits until the source can be reused (needs a PTX 9.1 toolchain).',
      code: `.visible .entry multimem_cp_async_bulk_demo(.param .u64 mc) {
  .shared .align 128 .b8 blk[256];
  .reg .b32 %r1;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [mc];
  mov.u32 %r1, blk;
  multimem.cp.async.bulk.global.shared::cta.bulk_group [%rd1], [%r1], 256;
  cp.async.bulk.commit_group;
  cp.async.bulk.wait_group.read 0;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-multimem-cp-async-bulk',
  },

  /* ---------------- tensor copies (TMA) ---------------- */
  {
    opcode: 'cp.async.bulk.tensor',
    family: 'data-movement',
    summary: 'Start a TMA copy of a multi-dimensional tensor box between global and shared memory',
    description:
      'The Hopper/Blackwell Tensor Memory Accelerator instruction. One thread hands the copy engine a **tensor map** (a 128-byte descriptor built ' +
      'on the host with `cuTensorMapEncodeTiled`/`…Im2col`) plus starting coordinates; the engine copies a whole box (up to 5-D) between global ' +
      'and shared memory, applying the swizzle, strides and out-of-bounds fill described in the map. Threads compute no addresses.\n\n' +
      'Loads (global → shared) complete on an mbarrier: arm it with the expected byte count, issue the copy, and wait with `mbarrier.try_wait`. ' +
      'With `.multicast::cluster` one load fills the same tile in several CTAs of a cluster. Stores (shared → global) use bulk async-groups; ' +
      'write the shared tile, run `fence.proxy.async.shared::cta`, issue the store, then `cp.async.bulk.commit_group` and `wait_group`.\n\n' +
      'Besides plain tiles (`.tile`), the engine can gather/scatter four rows (`.tile::gather4`, `.tile::scatter4`) and do im2col unrolling ' +
      'for convolutions (`.im2col`, `.im2col::w`, `.im2col::w::128`). On sm_100 `.cta_group::2` lets a CTA pair share completion for 2-CTA MMA.',
    syntax: [
      '// global -> shared::cta',
      'cp.async.bulk.tensor.dim.dst.src{.load_mode}.completion_mechanism{.cta_group}{.level::cache_hint}',
      '      [dstMem], [tensorMap, tensorCoords], [mbar]{, im2colInfo}{, cache-policy};',
      '// global -> shared::cluster',
      'cp.async.bulk.tensor.dim.dst.src{.load_mode}.completion_mechanism{.multicast}{.cta_group}{.level::cache_hint}',
      '      [dstMem], [tensorMap, tensorCoords], [mbar]{, im2colInfo}{, ctaMask}{, cache-policy};',
      '// shared::cta -> global',
      'cp.async.bulk.tensor.dim.dst.src{.store_mode}.completion_mechanism{.level::cache_hint}',
      '      [tensorMap, tensorCoords], [srcMem]{, cache-policy};',
      '.dim = { .1d, .2d, .3d, .4d, .5d };',
      '.dst = { .shared::cta, .shared::cluster, .global };',
      '.src = { .global, .shared::cta };',
      '.load_mode = { .tile, .tile::gather4, .im2col, .im2col::w, .im2col::w::128 };   // loads',
      '.store_mode = { .tile, .tile::scatter4, .im2col_no_offs };                      // stores',
      '.completion_mechanism = { .mbarrier::complete_tx::bytes, .bulk_group };',
      '.multicast = { .multicast::cluster };',
      '.cta_group = { .cta_group::1, .cta_group::2 };',
      '.level::cache_hint = { .L2::cache_hint };',
    ],
    operands: [
      { name: '[dstMem]', role: 'address', description: 'Loads: shared-memory destination of the box (128-byte aligned is typical; 1024-byte for 128B swizzle).' },
      TENSOR_OPERANDS.tensorMap,
      TENSOR_OPERANDS.tensorCoords,
      { name: '[mbar]', role: 'address', description: 'Loads: shared-memory mbarrier that receives the complete-tx with the bytes delivered.' },
      {
        name: 'im2colInfo',
        role: 'source',
        description: 'Im2col loads only: `.im2col` → `.dim - 2` 16-bit offsets `{offW, offH, offD}`; `.im2col::w(::128)` → `{wHalo, wOffset}`.',
      },
      { name: 'ctaMask', role: 'other', description: '16-bit mask of destination CTAs (bit = cluster CTA rank), with `.multicast::cluster`.' },
      { name: 'cache-policy', role: 'other', description: '64-bit L2 policy, with `.L2::cache_hint`.' },
      { name: '[srcMem]', role: 'address', description: 'Stores: shared-memory source of the box.' },
    ],
    modifiers: [
      DIMS,
      SHARED_CTA,
      SHARED_CLUSTER_DST,
      GLOBAL,
      TILE,
      GATHER4,
      {
        name: '.tile::scatter4',
        description: 'Store mode: writes one 2-D box out as four separate rows of the global tensor; `tensorCoords` is `{col, row0, row1, row2, row3}`. PTX 8.6; sm_100a/sm_110a or sm_100f/sm_110f.',
      },
      IM2COL,
      IM2COL_W,
      IM2COL_W128,
      { name: '.im2col_no_offs', description: 'Store mode for im2col tensor maps: writes an im2col-shaped box back without extra offsets (no `im2colInfo`).' },
      COMPLETE_TX,
      BULK_GROUP,
      MULTICAST,
      {
        name: '.cta_group::1',
        description: 'The mbarrier is in the same CTA as the destination (the default). PTX 8.6; sm_100a/sm_110a or sm_100f/sm_110f.',
      },
      {
        name: '.cta_group::2',
        description:
          'For a CTA pair working on one 2-CTA MMA: the mbarrier may live in the destination CTA or its peer, so one barrier can track both CTAs\' loads. With multicast, the signal goes to the even or odd CTA of each pair according to where `mbar` lives. PTX 8.6; sm_100a/sm_110a or sm_100f/sm_110f.',
      },
      BULK_CACHE_HINT,
    ],
    introduced: '8.0',
    versionNotes: [{ version: '8.6', change: '`.shared::cta` destination, `.tile::gather4`, `.tile::scatter4`, `.im2col::w`, `.im2col::w::128`, `.cta_group`.' }],
    minTarget: 'sm_90',
    targetNotes: [
      { target: 'sm_90a', requirement: '`.multicast::cluster` is tuned for sm_90a, sm_100a/f, sm_103a/f, sm_110a/f' },
      { target: 'sm_100', requirement: '`.tile::gather4` and `.im2col::w` with a `.shared::cta` destination' },
      { target: 'sm_100a', requirement: '`.tile::gather4`/`.im2col::w` to `.shared::cluster`, `.tile::scatter4`, `.im2col::w::128`, `.cta_group` (also sm_110a and the sm_100f/sm_110f families)' },
    ],
    cuda:
      'CUTLASS/CuTe `SM90_TMA_LOAD`, `SM90_TMA_LOAD_MULTICAST`, `SM90_TMA_STORE`, `SM100_TMA_2SM_LOAD` copy atoms (used by CUTLASS 3.x, DeepGEMM, ' +
      'FlashAttention-3); libcu++ `cuda::device::experimental::cp_async_bulk_tensor_2d_global_to_shared` and `cuda::ptx::cp_async_bulk_tensor`. ' +
      'The tensor map comes from `cuTensorMapEncodeTiled` and is usually passed as a `const __grid_constant__ CUtensorMap` kernel parameter.',
    example: {
      target: 'sm_90',
      caption: 'Thread 0 loads a 2-D tile through a tensor map passed as a kernel parameter, tracked by an mbarrier that all threads then wait on.',
      code: `.visible .entry tma_load_tile(.param .align 64 .b8 tmap[128], .param .u32 x, .param .u32 y) {
  .shared .align 1024 .b8 tile[8192];
  .shared .align 8 .b64 full;
  .reg .pred %p<3>;
  .reg .b32 %r<7>;
  .reg .b64 %rd<4>;
  mov.u64 %rd1, tmap;
  cvta.param.u64 %rd2, %rd1;           // generic address of the tensor map
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [y];
  mov.u32 %r3, tile;
  mov.u32 %r4, full;
  mov.u32 %r5, %tid.x;
  setp.eq.u32 %p1, %r5, 0;
  @%p1 mbarrier.init.shared::cta.b64 [%r4], 1;
  @%p1 fence.mbarrier_init.release.cluster;
  bar.sync 0;
  @%p1 mbarrier.arrive.expect_tx.shared::cta.b64 %rd3, [%r4], 8192;
  @%p1 cp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes [%r3], [%rd2, {%r1, %r2}], [%r4];
WAIT:
  mbarrier.try_wait.parity.shared::cta.b64 %p2, [%r4], 0;
  @!%p2 bra WAIT;
  ld.shared.u32 %r6, [%r3];
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-async-bulk-tensor',
  },
  {
    opcode: 'cp.reduce.async.bulk.tensor',
    family: 'data-movement',
    summary: 'Start a TMA reduction of a shared-memory tensor box into a global tensor',
    description:
      'The reducing counterpart of a TMA store: the box in shared memory at `srcMem` is combined element by element into the global tensor ' +
      'described by `tensorMap` at `tensorCoords`, using `.redOp`. The element type comes from the tensor map. Each element update is a relaxed ' +
      'gpu-scope atomic, so several CTAs can accumulate into the same output (e.g. split-K GEMM epilogues).\n\n' +
      'Completion is tracked with bulk async-groups. As with other async-proxy operations, fence ordinary shared-memory writes with ' +
      '`fence.proxy.async.shared::cta` before issuing it.',
    syntax: [
      'cp.reduce.async.bulk.tensor.dim.dst.src.redOp{.load_mode}.completion_mechanism{.level::cache_hint}',
      '      [tensorMap, tensorCoords], [srcMem]{, cache-policy};',
      '.dst = { .global };',
      '.src = { .shared::cta };',
      '.dim = { .1d, .2d, .3d, .4d, .5d };',
      '.completion_mechanism = { .bulk_group };',
      '.load_mode = { .tile, .im2col_no_offs };',
      '.redOp = { .add, .min, .max, .inc, .dec, .and, .or, .xor };',
      '.level::cache_hint = { .L2::cache_hint };',
    ],
    operands: [
      TENSOR_OPERANDS.tensorMap,
      TENSOR_OPERANDS.tensorCoords,
      { name: '[srcMem]', role: 'address', description: 'The box in this CTA\'s shared memory.' },
      { name: 'cache-policy', role: 'other', description: '64-bit L2 policy, with `.L2::cache_hint`.' },
    ],
    modifiers: [
      DIMS,
      GLOBAL,
      SHARED_CTA_SOURCE,
      TILE,
      { name: '.im2col_no_offs', description: 'The tensor map is an im2col map; the box is written back without im2col offsets.' },
      BULK_GROUP,
      BULK_CACHE_HINT,
      ...REDOPS,
    ],
    introduced: '8.0',
    minTarget: 'sm_90',
    cuda: 'CuTe `SM90_TMA_REDUCE_ADD` copy atom (CUTLASS epilogues with reduction), libcu++ `cuda::ptx::cp_reduce_async_bulk_tensor`; otherwise inline asm.',
    example: {
      target: 'sm_90',
      caption: 'Adds a shared-memory tile into a global 2-D tensor through its tensor map, then waits until the tile has been read.',
      code: `.visible .entry tma_reduce_add(.param .align 64 .b8 tmap[128], .param .u32 x, .param .u32 y) {
  .shared .align 1024 .b8 tile[4096];
  .reg .b32 %r<4>;
  .reg .b64 %rd<3>;
  mov.u64 %rd1, tmap;
  cvta.param.u64 %rd2, %rd1;
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [y];
  mov.u32 %r3, tile;
  st.shared.f32 [%r3], 0f3F800000;
  fence.proxy.async.shared::cta;
  cp.reduce.async.bulk.tensor.2d.global.shared::cta.add.tile.bulk_group [%rd2, {%r1, %r2}], [%r3];
  cp.async.bulk.commit_group;
  cp.async.bulk.wait_group.read 0;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-reduce-async-bulk-tensor',
  },
  {
    opcode: 'cp.async.bulk.prefetch.tensor',
    family: 'data-movement',
    summary: 'Ask the TMA unit to prefetch a tensor box into L2',
    description:
      'A hint that the box of the global tensor at `tensorCoords` (as described by `tensorMap`) will be needed soon; the copy engine may start ' +
      'pulling it into L2. No shared memory is written, there is no completion to wait for, and the hint may be ignored. GEMM kernels use it to ' +
      'prefetch tiles a few stages ahead of the actual TMA loads.',
    syntax: [
      'cp.async.bulk.prefetch.tensor.dim.L2.src{.load_mode}{.level::cache_hint}  [tensorMap, tensorCoords]{, im2colInfo}{, cache-policy};',
      '.src = { .global };',
      '.dim = { .1d, .2d, .3d, .4d, .5d };',
      '.load_mode = { .tile, .tile::gather4, .im2col, .im2col::w, .im2col::w::128 };',
      '.level::cache_hint = { .L2::cache_hint };',
    ],
    operands: [
      TENSOR_OPERANDS.tensorMap,
      TENSOR_OPERANDS.tensorCoords,
      { name: 'im2colInfo', role: 'source', description: 'Im2col modes only: the im2col offsets or `{wHalo, wOffset}`.' },
      { name: 'cache-policy', role: 'other', description: '64-bit L2 policy, with `.L2::cache_hint`.' },
    ],
    modifiers: [
      DIMS,
      { name: '.L2', description: 'The prefetch goes into the L2 cache.' },
      GLOBAL,
      TILE,
      { ...GATHER4, description: 'Prefetch four arbitrary rows of a 2-D tensor; `tensorCoords` is `{col, row0, row1, row2, row3}`. PTX 8.6; sm_100a/sm_110a or sm_100f/sm_110f.' },
      IM2COL,
      { ...IM2COL_W, description: 'Im2col-W mode; `im2colInfo` is `{wHalo, wOffset}`. PTX 8.6; sm_100a/sm_110a or sm_100f/sm_110f.' },
      IM2COL_W128,
      BULK_CACHE_HINT,
    ],
    introduced: '8.0',
    versionNotes: [{ version: '8.6', change: '`.tile::gather4`, `.im2col::w`, `.im2col::w::128`.' }],
    minTarget: 'sm_90',
    targetNotes: [{ target: 'sm_100a', requirement: '`.tile::gather4`, `.im2col::w`, `.im2col::w::128` (also sm_110a and the sm_100f/sm_110f families)' }],
    cuda: 'CuTe `SM90_TMA_LOAD::PREFETCH` (`cute::prefetch(tma, …)`), libcu++ `cuda::ptx::cp_async_bulk_prefetch_tensor`; otherwise inline asm.',
    example: {
      target: 'sm_90',
      caption: 'Prefetches the tile one step ahead along the K dimension into L2.',
      code: `.visible .entry tma_prefetch_tile(.param .align 64 .b8 tmap[128], .param .u32 k) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  mov.u64 %rd1, tmap;
  cvta.param.u64 %rd2, %rd1;
  ld.param.u32 %r1, [k];
  add.s32 %r2, %r1, 64;
  cp.async.bulk.prefetch.tensor.2d.L2.global.tile [%rd2, {%r2, 0}];
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-async-bulk-prefetch-tensor',
  },
  {
    opcode: 'cp.async.bulk.commit_group',
    family: 'data-movement',
    summary: 'Close the current batch of bulk_group copies into a new bulk async-group',
    description:
      'Gathers every bulk operation this thread issued with `.bulk_group` completion since the last commit (`cp.async.bulk` to global, ' +
      '`cp.reduce.async.bulk`, TMA stores and reductions, `multimem.cp*`) into a new per-thread bulk async-group, which ' +
      '`cp.async.bulk.wait_group` can then wait for. With nothing pending, it creates an empty group.\n\n' +
      'Operations in the same group are not ordered among themselves. mbarrier-tracked loads are not part of these groups.',
    syntax: ['cp.async.bulk.commit_group;'],
    operands: [],
    modifiers: [],
    introduced: '8.0',
    minTarget: 'sm_90',
    cuda: 'CuTe `tma_store_arrive()`, libcu++ `cuda::device::experimental::cp_async_bulk_commit_group()` / `cuda::ptx::cp_async_bulk_commit_group`.',
    example: {
      target: 'sm_90',
      caption: 'Stores two shared buffers to global memory as one bulk group and waits until the buffers can be reused.',
      code: `.visible .entry bulk_commit_demo(.param .u64 dst) {
  .shared .align 128 .b8 a[256];
  .shared .align 128 .b8 b[256];
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [dst];
  cvta.to.global.u64 %rd2, %rd1;
  mov.u32 %r1, a;
  mov.u32 %r2, b;
  fence.proxy.async.shared::cta;
  cp.async.bulk.global.shared::cta.bulk_group [%rd2], [%r1], 256;
  cp.async.bulk.global.shared::cta.bulk_group [%rd2+256], [%r2], 256;
  cp.async.bulk.commit_group;
  cp.async.bulk.wait_group.read 0;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-async-bulk-commit-group',
  },
  {
    opcode: 'cp.async.bulk.wait_group',
    family: 'data-movement',
    summary: 'Wait until at most N of this thread\'s newest bulk async-groups are still pending',
    description:
      'Blocks until all committed bulk async-groups of this thread except the `N` most recent are done. By default "done" means the whole ' +
      'operation finished: the tensor map and source were read and the writes are visible to the executing thread.\n\n' +
      'With `.read`, the wait only lasts until the sources (and tensor map) have been **read**. That is enough to overwrite or reuse the ' +
      'shared-memory staging buffer of a TMA store, and is much cheaper; CUTLASS epilogues use `wait_group.read` for exactly this.',
    syntax: ['cp.async.bulk.wait_group{.read}  N;'],
    operands: [{ name: 'N', role: 'other', description: 'Integer constant: number of most recent groups allowed to stay pending.' }],
    modifiers: [{ name: '.read', description: 'Only wait until the source data (and tensor map) of the groups has been read, not until the writes complete.' }],
    introduced: '8.0',
    minTarget: 'sm_90',
    cuda: 'CuTe `tma_store_wait<N>()` (uses `.read`), libcu++ `cuda::device::experimental::cp_async_bulk_wait_group_read<N>()` / `cuda::ptx::cp_async_bulk_wait_group`.',
    example: {
      target: 'sm_90',
      caption: 'Double-buffered stores: waits until the older store has read its buffer, then waits for full completion at the end.',
      code: `.visible .entry bulk_wait_demo(.param .u64 dst) {
  .shared .align 128 .b8 stage[512];
  .reg .b32 %r1;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [dst];
  cvta.to.global.u64 %rd2, %rd1;
  mov.u32 %r1, stage;
  fence.proxy.async.shared::cta;
  cp.async.bulk.global.shared::cta.bulk_group [%rd2], [%r1], 256;
  cp.async.bulk.commit_group;
  cp.async.bulk.global.shared::cta.bulk_group [%rd2+256], [%r1+256], 256;
  cp.async.bulk.commit_group;
  cp.async.bulk.wait_group.read 1;     // first buffer may be overwritten
  cp.async.bulk.wait_group 0;          // everything written
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cp-async-bulk-wait-group',
  },
  {
    opcode: 'tensormap.replace',
    family: 'data-movement',
    summary: 'Overwrite one field of a TMA tensor map in global or shared memory',
    description:
      'Edits a tensor map (the 1024-bit TMA descriptor) on the device, so a kernel can point an existing map at a new buffer or change its shape ' +
      'without a round trip to the host. Typical use: grouped GEMM or MoE kernels copy a template map to shared memory, patch the ' +
      '`.global_address`, `.global_dim` and `.global_stride` of the current group, then publish it.\n\n' +
      'The write is a weak memory operation on the whole 128-byte object. Before a TMA instruction uses the modified map, it must be made ' +
      'visible to the tensormap proxy with `tensormap.cp_fenceproxy` / `fence.proxy.tensormap::generic`.\n\n' +
      'For the enumerated fields (`.elemtype`, `.interleave_layout`, `.swizzle_mode`, `.swizzle_atomicity`, `.fill_mode`) `new_val` is an ' +
      'immediate code, e.g. swizzle 0 = none, 1 = 32B, 2 = 64B, 3 = 128B; elemtype codes differ from the driver\'s `CUtensorMapDataType`.',
    syntax: [
      'tensormap.replace.mode.field1{.ss}.b1024.type  [addr], new_val;',
      'tensormap.replace.mode.field2{.ss}.b1024.type  [addr], ord, new_val;',
      'tensormap.replace.mode.field3{.ss}.b1024.type  [addr], new_val;',
      '.mode = { .tile };',
      '.field1 = { .global_address, .rank };',
      '.field2 = { .box_dim, .global_dim, .global_stride, .element_stride };',
      '.field3 = { .elemtype, .interleave_layout, .swizzle_mode, .swizzle_atomicity, .fill_mode };',
      '.ss = { .global, .shared::cta };',
      '.type = { .b32, .b64 };',
    ],
    operands: [
      { name: '[addr]', role: 'address', description: 'Address of the 128-byte tensor map in global or shared memory (generic without `.ss`).' },
      { name: 'ord', role: 'other', description: '`.field2` only: immediate dimension index (0 = innermost) whose entry is replaced.' },
      { name: 'new_val', role: 'source', description: 'The new value: `.b64` for `.global_address`/`.global_stride`, `.b32` otherwise; an immediate code for `.field3` fields.' },
    ],
    modifiers: [
      { name: '.tile', description: 'The tensor map is a tiled-mode map (the only mode supported).' },
      { name: '.global_address', description: 'Base address of the tensor in global memory (`.b64`, must meet the map\'s alignment).' },
      { name: '.rank', description: 'Number of dimensions minus one (zero-based).' },
      { name: '.box_dim', description: 'Box size (elements) in dimension `ord`.' },
      { name: '.global_dim', description: 'Tensor size (elements) in dimension `ord`.' },
      { name: '.global_stride', description: 'Byte stride of dimension `ord` (`.b64`).' },
      { name: '.element_stride', description: 'Traversal stride (in elements) in dimension `ord`.' },
      { name: '.elemtype', description: 'Element type code: 0 u8, 1 u16, 2 u32, 3 s32, 4 u64, 5 s64, 6 f16, 7 f32, 8 f32.ftz, 9 f64, 10 bf16, 11 tf32, 12 tf32.ftz, 13–15 packed 4/6-bit types (sm_100a-class, PTX 8.7).' },
      { name: '.interleave_layout', description: 'Interleave code: 0 none, 1 16B, 2 32B.' },
      { name: '.swizzle_mode', description: 'Swizzle code: 0 none, 1 32B, 2 64B, 3 128B, 4 96B (96B only on sm_103a, PTX 8.8).' },
      { name: '.swizzle_atomicity', description: 'Swizzle granule code: 0 16B, 1 32B, 2 32B with 8B flip, 3 64B. PTX 8.6; sm_100a-class targets.' },
      { name: '.fill_mode', description: 'Out-of-bounds fill code: 0 zeros, 1 NaN.' },
      { name: '.global', description: 'The tensor map is in global memory.' },
      { name: '.shared::cta', description: 'The tensor map is in this CTA\'s shared memory.' },
      { name: '.b1024', description: 'States the size of the object being modified: a tensor map is 1024 bits (128 bytes).' },
    ],
    introduced: '8.3',
    versionNotes: [
      { version: '8.6', change: '`.swizzle_atomicity`.' },
      { version: '8.7', change: '`.elemtype` codes 13–15 (packed sub-byte types).' },
      { version: '8.8', change: '`.swizzle_mode` code 4 (96B).' },
    ],
    minTarget: 'sm_90a',
    targetNotes: [
      { target: 'sm_100a', requirement: 'Also on sm_100a, sm_110a, sm_120a and the sm_100f/sm_110f/sm_120f families; `.swizzle_atomicity` and elemtype codes 13–15 need these newer targets' },
      { target: 'sm_103a', requirement: '`.swizzle_mode` value 4 (96B swizzle)' },
    ],
    cuda: 'CUTLASS grouped-GEMM / MoE kernels (`cute::tma_descriptor_replace_addr_in_shared_mem`, `…replace_dims_strides_in_shared_mem`), libcu++ `cuda::ptx::tensormap_replace_*`; otherwise inline asm.',
    example: {
      target: 'sm_90a',
      caption: 'Patches the base address and the size of dimension 1 of a tensor map stored in global memory, then releases the change to the tensormap proxy.',
      code: `.visible .entry tensormap_patch(.param .u64 tmap, .param .u64 newbase, .param .u32 rows) {
  .reg .b32 %r1;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [tmap];
  ld.param.u64 %rd2, [newbase];
  ld.param.u32 %r1, [rows];
  cvta.to.global.u64 %rd3, %rd1;
  tensormap.replace.tile.global_address.global.b1024.b64 [%rd3], %rd2;
  tensormap.replace.tile.global_dim.global.b1024.b32 [%rd3], 1, %r1;
  fence.proxy.tensormap::generic.release.gpu;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-tensormap-replace',
  },
];
