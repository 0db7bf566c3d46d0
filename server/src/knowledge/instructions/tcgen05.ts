/**
 * PTX instructions: 5th-generation tensor core (tcgen05.*).
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc, TargetNote } from '../schema';

/** `.sync` for the warp-collective tcgen05 instructions. */
function syncWarp(op: string): ModifierDoc {
  return {
    name: '.sync',
    description: `Mandatory. A thread waits at \`${op}\` until all threads of its warp have reached the same instruction.`,
  };
}

/** `.aligned` for the warp-collective tcgen05 instructions. */
function alignedWarp(op: string): ModifierDoc {
  return {
    name: '.aligned',
    description: `Mandatory. Every thread of the warp must execute this same \`${op}\` with the same operands; inside a branch, only if the whole warp takes it.`,
  };
}

const CTA_GROUP_1: ModifierDoc = {
  name: '.cta_group::1',
  description: 'The operation involves only the executing CTA and its own tensor memory. Every tcgen05 instruction in a kernel must use the same `.cta_group`.',
};
const CTA_GROUP_2: ModifierDoc = {
  name: '.cta_group::2',
  description:
    'The operation spans a *CTA pair*: two CTAs of a cluster whose `%cluster_ctarank` differ only in bit 0. The tensor memory of both CTAs is involved. Every tcgen05 instruction in a kernel must use the same `.cta_group`.',
};

/** Targets for the tcgen05 instructions that the family-specific `f` targets also accept. */
const FAMILY_TARGETS: TargetNote[] = [
  { target: 'sm_110a', requirement: 'Also accepted (formerly named sm_101a)' },
  { target: 'sm_100f', requirement: 'Family-portable form for sm_100f/sm_110f and later members of those families, from PTX ISA 8.8' },
];

const TMEM_ADDRESS =
  'A *tensor-memory address* is 32 bits: the lane (row, 0–127) in bits 16–31 and the column (0–511, each 32 bits wide) in bits 0–15.';

const SMEM_DESC =
  'A 64-bit *shared-memory descriptor*: start address (bits 0–13), leading-dimension byte offset or absolute address (16–29) and stride-dimension byte offset (32–45), each stored as `(x & 0x3FFFF) >> 4`; ' +
  'the constant `0b001` in bits 46–48; a base offset for swizzled layouts (49–51); the leading-dimension mode (bit 52, absolute addressing only on sm_103a); and the swizzle mode in bits 61–63 ' +
  '(0 none, 1 = 128 B with 32 B atoms, 2 = 128 B, 4 = 64 B, 6 = 32 B).';

const IDESC =
  '32-bit register: the *instruction descriptor*. It fixes what the opcode leaves open. For `.kind::f16`, `.kind::tf32`, `.kind::f8f6f4` and `.kind::i8`: ' +
  'sparsity selector (bits 0–1) and dense/sparse flag (bit 2), integer saturation (bit 3), D type (bits 4–5), A and B types (bits 7–9, 10–12), negate A/B (bits 13–14), transpose A/B (bits 15–16), ' +
  'N >> 3 (bits 17–22), M >> 4 (bits 24–28) and, for `.ws`, the largest shift allowed when reusing B (bits 30–31). ' +
  'The block-scaled kinds use a different layout: scale-factor data IDs for B (bits 4–5) and A (bits 29–30), scale type (bit 23), M >> 7 (bits 27–28), and for the FP4 kinds bit 31 selecting K = 96. K is otherwise implied by the kind and sparsity.';

const KINDS: ModifierDoc[] = [
  { name: '.kind::f16', description: 'A/B are `.f16` or `.bf16` (chosen in the instruction descriptor), D is `.f16` or `.f32`; `.bf16` inputs need an `.f32` accumulator (an `.f16` D only goes with `.f16` inputs). K = 16 dense, 32 sparse.' },
  { name: '.kind::tf32', description: 'A/B are TensorFloat-32, D is `.f32`; K = 8 dense, 16 sparse.' },
  { name: '.kind::f8f6f4', description: 'A/B are any of `.e4m3`, `.e5m2`, `.e2m3`, `.e3m2`, `.e2m1` (chosen separately for A and B in the instruction descriptor), D is `.f16` or `.f32`; K = 32 dense, 64 sparse. Every element costs one byte: an A operand in tensor memory keeps each 6- or 4-bit value in its own 8-bit container, while in shared memory groups of 16 values are packed and padded to 16 bytes (the `.b6x16_p32` / `.b4x16_p64` layouts).' },
  { name: '.kind::i8', description: 'A/B are `.s8` or `.u8`, D is `.s32` (optionally saturating); K = 32 dense, 64 sparse. Needs sm_100a or sm_110a (not the `f` family targets).' },
  { name: '.kind::mxf8f6f4', description: 'Block-scaled ("MX") FP8/FP6/FP4 inputs, packed as for `.kind::f8f6f4`, with one `.ue8m0` scale factor per 32 elements of K (`.scale_vec::1X` / `.block32`); D is `.f32`; K = 32 dense, 64 sparse; M = 128 with `.cta_group::1`, 128 or 256 with `.cta_group::2` (only 256 when sparse); requires `.block_scale`.' },
  { name: '.kind::mxf4', description: 'Block-scaled FP4 (`.e2m1`, packed two per byte with no padding) with `.ue8m0` scale factors, one per 32 elements of K (default `.block32`); D is `.f32`; K = 64 dense, 128 sparse, and K = 96 for a dense M = 256 `.cta_group::2` MMA on sm_103a. M follows the same rules as for `.kind::mxf8f6f4`.' },
  { name: '.kind::mxf4nvf4', description: 'Block-scaled FP4 (`.e2m1`, two per byte) with `.ue8m0` scale factors per 32 or 16 elements of K, or `.ue4m3` (NVFP4) factors per 16 elements; the scale-vector size must be written explicitly. K and M as for `.kind::mxf4`.' },
];

const BLOCK_SCALE_MODS: ModifierDoc[] = [
  {
    name: '.block_scale',
    description:
      'Scale A and B by per-block factors read from tensor memory (`[scale-A-tmem]`, `[scale-B-tmem]`) before multiplying: `D = (A × scale_A) × (B × scale_B) + D`.',
  },
  {
    name: '.scale_vec::NX',
    pattern: '\\.scale_vec::[124]X',
    description: 'Number of scale factors per row of A / column of B along K: 1, 2 or 4. `1X` goes with `.kind::mxf8f6f4`, `2X` with `.kind::mxf4`/`.kind::mxf4nvf4`, `4X` with `.kind::mxf4nvf4`. Needs sm_100a.',
  },
  { name: '.block16', description: 'One scale factor per 16 elements of K. With `.kind::mxf4nvf4` and K = 64 or 128 it means the same as `.scale_vec::4X`; with K = 96 there is no `.scale_vec` spelling (it acts like a 6X vector). PTX ISA 8.8+, sm_100f/sm_110f.' },
  { name: '.block32', description: 'One scale factor per 32 elements of K; the default for `.kind::mxf4`. It means the same as `.scale_vec::1X` for `.kind::mxf8f6f4` at every K, and as `.scale_vec::2X` for `.kind::mxf4`/`.kind::mxf4nvf4` only when K = 64 or 128 (with K = 96 it acts like a 3X vector, which has no `.scale_vec` spelling). PTX ISA 8.8+, sm_100f/sm_110f.' },
];

const COLLECTOR_A: ModifierDoc[] = [
  { name: '.collector::a::fill', description: 'Read A from memory and also keep a copy in the A collector buffer for later MMAs.' },
  { name: '.collector::a::use', description: 'Take A from the collector buffer filled by an earlier MMA instead of reading memory again.' },
  { name: '.collector::a::lastuse', description: 'Take A from the collector buffer one last time; afterwards the buffer may be discarded.' },
  { name: '.collector::a::discard', description: 'The collector buffer contents are not needed any more (the default when no collector qualifier is written).' },
  { name: '.ashift', description: 'Shift the rows of A (in tensor memory) down by one row, all but the last, before use — for convolutions; only with M = 128 or 256, and not with `::fill` or `::use`.' },
];

const COLLECTOR_B: ModifierDoc = {
  name: '.collector::bN::op',
  pattern: '\\.collector::b[0-3]::(fill|use|lastuse|discard)',
  description:
    'Weight-stationary reuse of B through one of four collector buffers `b0`–`b3`: `::fill` reads B from memory and keeps it in buffer N, `::use` reads B from buffer N, `::lastuse` reads it a final time, `::discard` drops the buffer. Default `.collector::b0::discard`.',
};

const MMA_COMMON_OPERANDS = {
  d: { name: '[d-tmem]', role: 'address' as const, description: `Tensor-memory address of the accumulator/result D (M×N; one element per 32-bit cell, so 16-bit results use the low half). ${TMEM_ADDRESS}` },
  adesc: { name: 'a-desc', role: 'other' as const, description: `64-bit shared-memory descriptor of A. ${SMEM_DESC}` },
  atmem: { name: '[a-tmem]', role: 'address' as const, description: 'Alternative to `a-desc`: A is read from tensor memory at this address.' },
  bdesc: { name: 'b-desc', role: 'other' as const, description: '64-bit shared-memory descriptor of B (same format as `a-desc`); B always comes from shared memory.' },
  idesc: { name: 'idesc', role: 'other' as const, description: IDESC },
  enable: { name: 'enable-input-d', role: 'predicate' as const, description: 'Predicate (register or constant). True: `D = A×B + D`. False: `D = A×B`, the old contents of D are ignored — use it for the first k-block.' },
};

export const tcgen05Instructions: InstructionDoc[] = [
  // ---------------------------------------------------------------- tcgen05.alloc
  {
    opcode: 'tcgen05.alloc',
    family: 'tensor-core-5th-gen',
    summary: 'Allocate columns of tensor memory and write their base address to shared memory',
    description:
      'Blackwell tensor cores keep accumulators in a dedicated per-CTA *tensor memory* of 128 lanes × 512 columns of 32-bit cells, and it must be allocated before use. ' +
      'One whole warp executes `tcgen05.alloc`; it reserves `nCols` columns (all 128 lanes of each) and stores the 32-bit tensor-memory address of the block at `[dst]` in shared memory, from where the other threads read it after a barrier.\n\n' +
      '`nCols` must be a power of two from 32 to 512, and successive allocations in a CTA must not grow. If not enough columns are free (other CTAs on the SM hold them), the instruction blocks until they are. ' +
      'Everything allocated must be released with `tcgen05.dealloc` before the kernel exits. With `.cta_group::2` one warp in each CTA of a CTA pair executes it together.',
    syntax: ['tcgen05.alloc.cta_group.sync.aligned{.shared::cta}.b32 [dst], nCols;', '.cta_group = { .cta_group::1, .cta_group::2 };'],
    operands: [
      { name: '[dst]', role: 'address', description: 'Shared-memory location (of the executing CTA) that receives the 32-bit tensor-memory address of the allocation. A generic address must fall inside `.shared::cta`.' },
      { name: 'nCols', role: 'source', description: 'Unsigned 32-bit number of columns: a power of two between 32 and 512, identical in every thread of the warp.' },
    ],
    modifiers: [
      CTA_GROUP_1,
      CTA_GROUP_2,
      syncWarp('tcgen05.alloc'),
      alignedWarp('tcgen05.alloc'),
      { name: '.shared::cta', description: '`dst` is an address in the executing CTA\'s shared memory (without it, a generic address).' },
      { name: '.b32', description: 'The value written to `[dst]` is a 32-bit tensor-memory address.' },
    ],
    introduced: '8.6',
    minTarget: 'sm_100a',
    targetNotes: FAMILY_TARGETS,
    cuda: 'Inline `asm`; CUTLASS/CuTe wrap it as `cute::TMEM::Allocator1Sm::allocate(nCols, smem_ptr)` (`Allocator2Sm` for CTA pairs).',
    example: {
      target: 'sm_100a',
      caption: 'Warp 0 allocates 128 columns, gives up further allocation rights, and all threads pick up the address after a fenced barrier; warp 0 frees the columns at the end.',
      code: `// Warp 0 allocates 128 tensor-memory columns, publishes the address through shared memory,
// and frees them again at the end.
.visible .entry tcgen05_alloc_columns(.param .u64 out_ptr) {
  .shared .align 4 .b32 tmem_slot;
  .reg .pred %warp0;
  .reg .b32 %t, %taddr;
  .reg .b64 %out;
  mov.u32 %t, %tid.x;
  setp.lt.u32 %warp0, %t, 32;
  @!%warp0 bra ALLOCATED;
  tcgen05.alloc.cta_group::1.sync.aligned.shared::cta.b32 [tmem_slot], 128;
  // this CTA will not allocate again
  tcgen05.relinquish_alloc_permit.cta_group::1.sync.aligned;
ALLOCATED:
  tcgen05.fence::before_thread_sync;
  bar.sync 0;
  tcgen05.fence::after_thread_sync;
  ld.shared.b32 %taddr, [tmem_slot];
  // ... tcgen05.mma / tcgen05.ld using %taddr would go here ...
  ld.param.u64 %out, [out_ptr];
  cvta.to.global.u64 %out, %out;
  st.global.b32 [%out], %taddr;
  tcgen05.fence::before_thread_sync;
  bar.sync 0;
  @!%warp0 bra DONE;
  tcgen05.dealloc.cta_group::1.sync.aligned.b32 %taddr, 128;
DONE:
  ret;
}`,
    },
    anchor: 'tcgen05-instructions-tcgen05-alloc-dealloc-relinquish-alloc-permit',
  },
  // ---------------------------------------------------------------- tcgen05.dealloc
  {
    opcode: 'tcgen05.dealloc',
    family: 'tensor-core-5th-gen',
    summary: 'Release tensor-memory columns obtained with tcgen05.alloc',
    description:
      'Frees `nCols` columns starting at tensor-memory address `taddr`, which must be the start of an earlier `tcgen05.alloc` of the same size. ' +
      'Like the allocation, it is executed by a whole warp. All tensor memory a kernel allocated must be freed before the kernel exits.\n\n' +
      'Make sure no tcgen05 operation still uses the columns (wait for MMAs via their mbarrier, loads via `tcgen05.wait::ld`, and synchronize the other warps with `tcgen05.fence::before_thread_sync` + a barrier). ' +
      'With `.cta_group::2`, both CTAs of the pair must first stop touching the memory, and the instruction may block until the peer warp also deallocates.',
    syntax: ['tcgen05.dealloc.cta_group.sync.aligned.b32 taddr, nCols;', '.cta_group = { .cta_group::1, .cta_group::2 };'],
    operands: [
      { name: 'taddr', role: 'source', description: `32-bit tensor-memory address returned by the matching \`tcgen05.alloc\`. ${TMEM_ADDRESS}` },
      { name: 'nCols', role: 'source', description: 'Unsigned 32-bit number of columns to free (power of two, 32–512), the same in every thread.' },
    ],
    modifiers: [
      CTA_GROUP_1,
      CTA_GROUP_2,
      syncWarp('tcgen05.dealloc'),
      alignedWarp('tcgen05.dealloc'),
      { name: '.b32', description: '`taddr` is a 32-bit tensor-memory address.' },
    ],
    introduced: '8.6',
    minTarget: 'sm_100a',
    targetNotes: FAMILY_TARGETS,
    cuda: 'Inline `asm`; in CuTe, `cute::TMEM::Allocator1Sm::free(taddr, nCols)`.',
    example: {
      target: 'sm_100a',
      caption: 'Warp 0 makes two allocations (256 then 64 columns) and frees each with its own size before exiting.',
      code: `// Two allocations by warp 0 (sizes may not grow: 256 then 64 columns), released in reverse.
.visible .entry tcgen05_dealloc_two_regions() {
  .shared .align 4 .b32 slots[2];
  .reg .pred %warp0;
  .reg .b32 %t, %acc_cols, %scale_cols;
  mov.u32 %t, %tid.x;
  setp.lt.u32 %warp0, %t, 32;
  @!%warp0 bra DONE;
  tcgen05.alloc.cta_group::1.sync.aligned.shared::cta.b32 [slots], 256;
  tcgen05.alloc.cta_group::1.sync.aligned.shared::cta.b32 [slots+4], 64;
  tcgen05.relinquish_alloc_permit.cta_group::1.sync.aligned;
  ld.shared.b32 %acc_cols, [slots];
  ld.shared.b32 %scale_cols, [slots+4];
  // ... work on both regions ...
  // every column must be freed before the kernel exits; nCols matches each allocation
  tcgen05.dealloc.cta_group::1.sync.aligned.b32 %scale_cols, 64;
  tcgen05.dealloc.cta_group::1.sync.aligned.b32 %acc_cols, 256;
DONE:
  ret;
}`,
    },
    anchor: 'tcgen05-instructions-tcgen05-alloc-dealloc-relinquish-alloc-permit',
  },
  // ---------------------------------------------------------------- tcgen05.relinquish_alloc_permit
  {
    opcode: 'tcgen05.relinquish_alloc_permit',
    family: 'tensor-core-5th-gen',
    summary: 'Declare that this CTA will not allocate tensor memory any more',
    description:
      'Gives up the CTA\'s right to call `tcgen05.alloc`. After any thread of the CTA has executed it, a further `tcgen05.alloc` by that CTA is illegal. ' +
      'Kernels usually issue it right after their last allocation, declaring that the CTA\'s tensor-memory needs are final. ' +
      'It does not free anything: `tcgen05.dealloc` is still required for every allocation. With `.cta_group::2` it is issued for the CTA pair.',
    syntax: ['tcgen05.relinquish_alloc_permit.cta_group.sync.aligned;', '.cta_group = { .cta_group::1, .cta_group::2 };'],
    operands: [],
    modifiers: [CTA_GROUP_1, CTA_GROUP_2, syncWarp('tcgen05.relinquish_alloc_permit'), alignedWarp('tcgen05.relinquish_alloc_permit')],
    introduced: '8.6',
    minTarget: 'sm_100a',
    targetNotes: FAMILY_TARGETS,
    cuda: 'Inline `asm`; in CuTe, `cute::TMEM::Allocator1Sm::release_allocation_lock()`.',
    example: {
      target: 'sm_100a',
      caption: 'A persistent kernel takes all 512 columns once and immediately relinquishes its allocation permit.',
      code: `// A persistent kernel allocates all 512 columns once and immediately gives up the right to
// allocate again; the columns are freed only at the very end.
.visible .entry tcgen05_relinquish_after_alloc() {
  .shared .align 4 .b32 tmem_slot;
  .reg .pred %warp0;
  .reg .b32 %t, %taddr;
  mov.u32 %t, %tid.x;
  setp.lt.u32 %warp0, %t, 32;
  @!%warp0 bra DONE;
  tcgen05.alloc.cta_group::1.sync.aligned.shared::cta.b32 [tmem_slot], 512;
  tcgen05.relinquish_alloc_permit.cta_group::1.sync.aligned;
  ld.shared.b32 %taddr, [tmem_slot];
  // ... many tiles of work using %taddr ...
  tcgen05.dealloc.cta_group::1.sync.aligned.b32 %taddr, 512;
DONE:
  ret;
}`,
    },
    anchor: 'tcgen05-instructions-tcgen05-alloc-dealloc-relinquish-alloc-permit',
  },
  // ---------------------------------------------------------------- tcgen05.ld
  {
    opcode: 'tcgen05.ld',
    family: 'tensor-core-5th-gen',
    summary: 'Warp-collectively copy data from tensor memory into registers (asynchronous)',
    description:
      'Reads a block of tensor memory into registers across a warp — typically the accumulator of a finished `tcgen05.mma`, in the epilogue. ' +
      'A warp may only touch its quarter of the lanes: warp *w* of a warpgroup (warp index % 4) sees lanes 32w–32w+31, so a full 128-lane accumulator needs a warpgroup.\n\n' +
      'The `.shape` gives the base block as *lanes × bits*: with `.32x32b` each thread reads one 32-bit cell of its own lane; `.16x64b`, `.16x128b`, `.16x256b` cover 16 lanes with 64–256 bits each; `.16x32bx2` makes two `.16x32b` accesses, the second `immHalfSplitoff` columns further. ' +
      '`.num` (`.x1` … `.x128`) repeats the block along the columns, and the destination list must have the matching number of registers (e.g. `.32x32b.x8` → 8 registers).\n\n' +
      'The load is asynchronous: its registers may only be read after `tcgen05.wait::ld`. With `.pack::16b`, each destination register is filled from two neighbouring columns (16 bits from each), which suits 16-bit accumulators. ' +
      'The `.red` form (sm_103f/sm_110f) additionally reduces each thread\'s loaded values with min or max into `redval`.',
    syntax: [
      'tcgen05.ld.sync.aligned.shape1.num{.pack}.b32    r, [taddr];\ntcgen05.ld.sync.aligned.shape2.num{.pack}.b32    r, [taddr], immHalfSplitoff;',
      'tcgen05.ld.red.sync.aligned.shape3.num.redOp{.abs}{.NaN}.f32 r, redval, [taddr];\ntcgen05.ld.red.sync.aligned.shape4.num.redOp{.abs}{.NaN}.f32 r, redval, [taddr], immHalfSplitoff;\ntcgen05.ld.red.sync.aligned.shape3.num.redOp.type r, redval, [taddr];\ntcgen05.ld.red.sync.aligned.shape4.num.redOp.type r, redval, [taddr], immHalfSplitoff;',
      '.shape1 = { .16x64b, .16x128b, .16x256b, .32x32b };\n.shape2 = { .16x32bx2 };\n.shape3 = { .32x32b };\n.shape4 = { .16x32bx2 };\n.num    = { .x1, .x2, .x4, .x8, .x16, .x32, .x64, .x128 };\n.pack   = { .pack::16b };\n.redOp  = { .min, .max };\n.type   = { .u32, .s32 };',
    ],
    operands: [
      { name: 'r', role: 'destination', description: 'Brace-enclosed list of 32-bit registers: `.num`\'s factor times 1 (`.32x32b`, `.16x64b`, `.16x32bx2`), 2 (`.16x128b`) or 4 (`.16x256b`), at most 128.' },
      { name: '[taddr]', role: 'address', description: `Tensor-memory base address of the block, the same in every thread of the warp. ${TMEM_ADDRESS}` },
      { name: 'immHalfSplitoff', role: 'other', description: '`.16x32bx2` only: immediate column offset of the second 16×32-bit access from `taddr`.' },
      { name: 'redval', role: 'destination', description: '`.red` only: 32-bit register receiving the min/max of the values this thread loaded.' },
    ],
    modifiers: [
      syncWarp('tcgen05.ld'),
      alignedWarp('tcgen05.ld'),
      {
        name: '.LxNb',
        pattern: '\\.(16x64b|16x128b|16x256b|32x32b|16x32bx2)',
        description:
          'Data-movement shape, *lanes × bits per lane*: `.32x32b` (32 lanes, one 32-bit cell each — one register per thread), `.16x64b` (16 lanes × 64 bits, 1 register), `.16x128b` (16 × 128 bits, 2 registers), `.16x256b` (16 × 256 bits, 4 registers), `.16x32bx2` (two 16 × 32-bit blocks, the second at `taddr + immHalfSplitoff`).',
      },
      { name: '.xN', pattern: '\\.x(1|2|4|8|16|32|64|128)', description: 'Repeat count: the base shape is repeated N times along the columns, multiplying the number of destination registers by N (`.x1` … `.x128`).' },
      { name: '.red', description: 'Load-with-reduction form: besides filling `r`, reduce all values this thread loads (across the columns of its lane) with `.min` or `.max` into `redval`. Needs `.num` of at least `.x2`; sm_103f/sm_110f targets.' },
      { name: '.pack::16b', description: 'Each 32-bit destination register receives two 16-bit values, one from each of two neighbouring columns. The register count stays what `.shape` and `.num` dictate (ptxas checks it), so the same instruction covers twice as many columns.' },
      { name: '.min', description: '`.red`: reduce the loaded values of each thread to their minimum.' },
      { name: '.max', description: '`.red`: reduce the loaded values of each thread to their maximum.' },
      { name: '.abs', description: '`.red` with `.f32`: reduce the absolute values of the loaded floats (e.g. an amax for FP8 scaling). The ISA lists this qualifier here without defining it further; the reading follows `.abs` on `redux.sync`.' },
      { name: '.NaN', description: '`.red` with `.f32`: let NaNs take part, so a NaN among the loaded values makes `redval` NaN; without it NaNs are skipped. Not defined further for this instruction; the reading follows `.NaN` on `redux.sync` and `min`/`max`.' },
      { name: '.f32', description: '`.red`: treat the loaded cells as single-precision floats for the reduction.' },
      { name: '.u32', description: '`.red`: treat the cells as unsigned 32-bit integers.' },
      { name: '.s32', description: '`.red`: treat the cells as signed 32-bit integers.' },
      { name: '.b32', description: 'Plain load: each destination register receives 32 raw bits.' },
    ],
    introduced: '8.6',
    versionNotes: [{ version: '8.8', change: '`tcgen05.ld.red` (min/max reduction while loading).' }],
    minTarget: 'sm_100a',
    targetNotes: [...FAMILY_TARGETS, { target: 'sm_103f', requirement: '`tcgen05.ld.red` (also sm_110a / sm_110f; not sm_100a)' }],
    cuda: 'Inline `asm`; CuTe copy atoms such as `SM100_TMEM_LOAD_32dp32b8x` (= `.32x32b.x8`) used by CUTLASS and DeepGEMM Blackwell epilogues.',
    example: {
      target: 'sm_100a',
      caption: 'An epilogue helper: each warp of the warpgroup offsets the lane field to its own 32 lanes and loads 8 f32 columns with `tcgen05.ld.sync.aligned.32x32b.x8.b32`, then waits before using them.',
      code: `// Epilogue helper, called by all 128 threads of a warpgroup once an MMA into tensor memory
// has completed: each thread reads 8 consecutive f32 columns of its own row (lane).
.visible .func tcgen05_ld_epilogue(.param .b32 tmem_acc, .param .b64 out_ptr) {
  .reg .b32 %t, %warp, %taddr, %v<8>;
  .reg .b64 %out, %o64;
  ld.param.b32 %taddr, [tmem_acc];
  ld.param.b64 %out, [out_ptr];
  mov.u32 %t, %tid.x;
  shr.u32 %warp, %t, 5;
  // warp w may only read lanes 32w..32w+31
  shl.b32 %warp, %warp, 21;
  add.u32 %taddr, %taddr, %warp;
  tcgen05.ld.sync.aligned.32x32b.x8.b32 {%v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7}, [%taddr];
  // the registers are not valid until the load has completed
  tcgen05.wait::ld.sync.aligned;
  mul.wide.u32 %o64, %t, 32;
  add.s64 %out, %out, %o64;
  st.global.v4.b32 [%out], {%v0, %v1, %v2, %v3};
  st.global.v4.b32 [%out+16], {%v4, %v5, %v6, %v7};
  ret;
}`,
    },
    anchor: 'tcgen05-instructions-tcgen05-ld',
  },
  // ---------------------------------------------------------------- tcgen05.st
  {
    opcode: 'tcgen05.st',
    family: 'tensor-core-5th-gen',
    summary: 'Warp-collectively copy registers into tensor memory (asynchronous)',
    description:
      'The mirror image of `tcgen05.ld`: the threads of a warp write registers into a block of tensor memory — for example an A operand computed in registers (as in attention kernels) or an initial accumulator. ' +
      'The same lane restriction applies (warp *w* of a warpgroup writes lanes 32w–32w+31), and `.shape` × `.num` determine the block and the number of source registers.\n\n' +
      'The store is asynchronous: issue `tcgen05.wait::st` before a `tcgen05.mma` (or anything else) relies on the written data. `.unpack::16b` splits each 32-bit register into two 16-bit values written to adjacent columns.',
    syntax: [
      'tcgen05.st.sync.aligned.shape1.num{.unpack}.b32    [taddr], r;\ntcgen05.st.sync.aligned.shape2.num{.unpack}.b32    [taddr], immHalfSplitoff, r;',
      '.shape1 = { .16x64b, .16x128b, .16x256b, .32x32b };\n.shape2 = { .16x32bx2 };\n.num    = { .x1, .x2, .x4, .x8, .x16, .x32, .x64, .x128 };\n.unpack = { .unpack::16b };',
    ],
    operands: [
      { name: '[taddr]', role: 'address', description: `Tensor-memory base address of the block, the same in every thread. ${TMEM_ADDRESS}` },
      { name: 'immHalfSplitoff', role: 'other', description: '`.16x32bx2` only: immediate column offset of the second 16×32-bit block.' },
      { name: 'r', role: 'source', description: 'Brace-enclosed list of 32-bit registers; its length follows `.shape` and `.num` as for `tcgen05.ld`.' },
    ],
    modifiers: [
      syncWarp('tcgen05.st'),
      alignedWarp('tcgen05.st'),
      {
        name: '.LxNb',
        pattern: '\\.(16x64b|16x128b|16x256b|32x32b|16x32bx2)',
        description:
          'Data-movement shape, *lanes × bits per lane*: `.32x32b` (each thread writes one cell of its own lane), `.16x64b`, `.16x128b`, `.16x256b` (16 lanes with 1, 2 or 4 registers per thread), `.16x32bx2` (two 16 × 32-bit blocks, the second at `taddr + immHalfSplitoff`).',
      },
      { name: '.xN', pattern: '\\.x(1|2|4|8|16|32|64|128)', description: 'Repeat count along the columns (`.x1` … `.x128`), multiplying the number of source registers.' },
      { name: '.unpack::16b', description: 'Split every 32-bit source register into two 16-bit halves stored in adjacent columns.' },
      { name: '.b32', description: 'Source registers are 32-bit raw values.' },
    ],
    introduced: '8.6',
    minTarget: 'sm_100a',
    targetNotes: FAMILY_TARGETS,
    cuda: 'Inline `asm`; CuTe copy atoms `SM100_TMEM_STORE_32dp32b*` and friends.',
    example: {
      target: 'sm_100a',
      caption: 'Each warp stores four registers per thread into its 32 lanes with `tcgen05.st.sync.aligned.32x32b.x4.b32`, waits, and reads them back.',
      code: `// One warpgroup. Each warp writes 4 values per thread into its own 32 lanes of tensor
// memory (columns 0-3), waits for the stores, and reads them back.
.visible .entry tcgen05_st_roundtrip(.param .u64 io_ptr) {
  .shared .align 4 .b32 tmem_slot;
  .reg .pred %warp0;
  .reg .b32 %t, %warp, %taddr, %lanes, %v<4>;
  .reg .b64 %io, %o64;
  ld.param.u64 %io, [io_ptr];
  cvta.to.global.u64 %io, %io;
  mov.u32 %t, %tid.x;
  shr.u32 %warp, %t, 5;
  setp.eq.u32 %warp0, %warp, 0;
  @!%warp0 bra ALLOCATED;
  tcgen05.alloc.cta_group::1.sync.aligned.shared::cta.b32 [tmem_slot], 32;
  tcgen05.relinquish_alloc_permit.cta_group::1.sync.aligned;
ALLOCATED:
  tcgen05.fence::before_thread_sync;
  bar.sync 0;
  tcgen05.fence::after_thread_sync;
  ld.shared.b32 %taddr, [tmem_slot];
  // warp w owns lanes 32w..32w+31: lane index goes in bits 16-31 of the address
  shl.b32 %lanes, %warp, 21;
  add.u32 %lanes, %taddr, %lanes;
  mul.wide.u32 %o64, %t, 16;
  add.s64 %io, %io, %o64;
  ld.global.v4.b32 {%v0, %v1, %v2, %v3}, [%io];
  tcgen05.st.sync.aligned.32x32b.x4.b32 [%lanes], {%v0, %v1, %v2, %v3};
  tcgen05.wait::st.sync.aligned;
  tcgen05.ld.sync.aligned.32x32b.x4.b32 {%v0, %v1, %v2, %v3}, [%lanes];
  tcgen05.wait::ld.sync.aligned;
  st.global.v4.b32 [%io], {%v0, %v1, %v2, %v3};
  tcgen05.fence::before_thread_sync;
  bar.sync 0;
  @!%warp0 bra DONE;
  tcgen05.dealloc.cta_group::1.sync.aligned.b32 %taddr, 32;
DONE:
  ret;
}`,
    },
    anchor: 'tcgen05-instructions-tcgen05-st',
  },
  // ---------------------------------------------------------------- tcgen05.wait
  {
    opcode: 'tcgen05.wait',
    aliases: ['tcgen05.wait::ld', 'tcgen05.wait::st'],
    family: 'tensor-core-5th-gen',
    summary: 'Wait for this thread\'s earlier tcgen05.ld or tcgen05.st operations to complete',
    description:
      '`tcgen05.ld` and `tcgen05.st` return before the data has moved. `tcgen05.wait::ld` blocks until every `tcgen05.ld` issued earlier by the executing thread has finished, so the destination registers hold valid data. ' +
      '`tcgen05.wait::st` blocks until every earlier `tcgen05.st` of the thread has landed in tensor memory, so a following `tcgen05.mma` or `tcgen05.ld` sees it.\n\n' +
      'It is executed by the whole warp. It does not order operations of *other* threads — use `tcgen05.fence::*` with a barrier or mbarrier for that.',
    syntax: ['tcgen05.wait_operation.sync.aligned;', '.wait_operation = { .wait::ld, .wait::st };'],
    operands: [],
    modifiers: [
      { name: '.wait::ld', description: 'Wait for all prior `tcgen05.ld` of this thread.' },
      { name: '.wait::st', description: 'Wait for all prior `tcgen05.st` of this thread.' },
      syncWarp('tcgen05.wait'),
      alignedWarp('tcgen05.wait'),
    ],
    introduced: '8.6',
    minTarget: 'sm_100a',
    targetNotes: FAMILY_TARGETS,
    cuda: 'Inline `asm`; CUTLASS calls it `cutlass::arch::fence_view_async_tmem_load()` / `fence_view_async_tmem_store()`.',
    example: {
      target: 'sm_100a',
      caption: 'Doubles 16-bit pairs in tensor memory: `tcgen05.wait::ld` before using the loaded registers, `tcgen05.wait::st` before anyone reads the rewritten cells.',
      code: `// Scales 16-bit pairs held in tensor memory in place: load with packing, modify, store
// with unpacking, and wait for the store before the region may be read by an MMA.
.visible .func tcgen05_wait_scale_in_place(.param .b32 tmem_addr) {
  .reg .b32 %taddr, %two, %v<2>;
  ld.param.b32 %taddr, [tmem_addr];
  tcgen05.ld.sync.aligned.16x64b.x2.pack::16b.b32 {%v0, %v1}, [%taddr];
  tcgen05.wait::ld.sync.aligned;
  mov.b32 %two, 0x40004000;            // {2.0, 2.0} as f16x2
  mul.rn.f16x2 %v0, %v0, %two;
  mul.rn.f16x2 %v1, %v1, %two;
  tcgen05.st.sync.aligned.16x64b.x2.unpack::16b.b32 [%taddr], {%v0, %v1};
  tcgen05.wait::st.sync.aligned;
  ret;
}`,
    },
    anchor: 'tcgen05-instructions-tcgen05-wait',
  },
  // ---------------------------------------------------------------- tcgen05.cp
  {
    opcode: 'tcgen05.cp',
    family: 'tensor-core-5th-gen',
    summary: 'Start an asynchronous copy of a matrix from shared memory into tensor memory',
    description:
      'A single thread starts a copy of a tile described by a shared-memory descriptor into tensor memory — commonly to place block-scale factors or an A operand there for `tcgen05.mma`. ' +
      'The shape names the destination block in *lanes × bits*; the smaller shapes can be broadcast ("multicast") into the lane quarters of several warps.\n\n' +
      'With `.b8x16.b6x16_p32` or `.b8x16.b4x16_p64`, packed 6- or 4-bit values are expanded to one byte each on the way. ' +
      'Completion is tracked with `tcgen05.commit` and an mbarrier; with `.cta_group::2` the data is written to both CTAs of the pair.',
    syntax: [
      'tcgen05.cp.cta_group.shape{.multicast}{.dst_fmt.src_fmt} [taddr], s-desc;',
      '.cta_group = { .cta_group::1, .cta_group::2 };\n.src_fmt   = { .b6x16_p32, .b4x16_p64 };\n.dst_fmt   = { .b8x16 };\n.shape     = { .128x256b, .4x256b, .128x128b, .64x128b, .32x128b };\n.multicast = { .warpx2::02_13, .warpx2::01_23, .warpx4 };   // .64x128b needs a .warpx2 form, .32x128b needs .warpx4',
    ],
    operands: [
      { name: '[taddr]', role: 'address', description: `Destination tensor-memory address. ${TMEM_ADDRESS}` },
      { name: 's-desc', role: 'other', description: `Source tile in shared memory. ${SMEM_DESC}` },
    ],
    modifiers: [
      CTA_GROUP_1,
      CTA_GROUP_2,
      { name: '.128x256b', description: 'Copy 128 lanes × 256 bits (8 columns of every lane).' },
      { name: '.4x256b', description: 'Copy 4 lanes × 256 bits.' },
      { name: '.128x128b', description: 'Copy 128 lanes × 128 bits (4 columns of every lane).' },
      { name: '.64x128b', description: 'Copy 64 lanes × 128 bits, spread over warp pairs; it must be written together with one of the two `.warpx2::*` multicast qualifiers.' },
      { name: '.32x128b', description: 'Copy 32 lanes × 128 bits, multicast to all four warps\' lane quarters; requires `.warpx4`.' },
      { name: '.warpx2::02_13', description: 'Multicast to warp pairs {0, 2} and {1, 3}: each warp of a pair receives half of the data.' },
      { name: '.warpx2::01_23', description: 'Multicast to warp pairs {0, 1} and {2, 3}: each warp of a pair receives half of the data.' },
      { name: '.warpx4', description: 'Multicast the data into the lane quarters of all four warps.' },
      { name: '.b8x16', description: 'Destination format: sixteen bytes, each holding one expanded 4- or 6-bit value.' },
      { name: '.b6x16_p32', description: 'Source format: sixteen packed 6-bit values (12 bytes) followed by 32 bits of padding.' },
      { name: '.b4x16_p64', description: 'Source format: sixteen packed 4-bit values (8 bytes) followed by 64 bits of padding.' },
    ],
    introduced: '8.6',
    minTarget: 'sm_100a',
    targetNotes: FAMILY_TARGETS,
    cuda: 'Inline `asm`; CuTe copy atoms such as `SM100_UTCCP_4x32dp128bit_1cta` (moving block-scale factors into tensor memory for MX GEMMs) or `SM100_UTCCP_128dp256bit_1cta`.',
    example: {
      target: 'sm_100a',
      caption: 'Thread 0 copies a 128-lane × 256-bit tile from shared memory into freshly allocated tensor memory and everyone waits on the mbarrier signalled by `tcgen05.commit`.',
      code: `// One thread copies a 128-lane x 256-bit tile (e.g. block-scale factors) from shared memory
// into tensor memory, then tracks completion with an mbarrier.
.visible .entry tcgen05_cp_smem_to_tmem() {
  .shared .align 1024 .b8 tile[4096];
  .shared .align 8 .b64 mbar;
  .shared .align 4 .b32 tmem_slot;
  .reg .pred %warp0, %leader, %done;
  .reg .b32 %t, %taddr;
  .reg .b64 %s, %sdesc;
  mov.u32 %t, %tid.x;
  setp.lt.u32 %warp0, %t, 32;
  setp.eq.u32 %leader, %t, 0;
  @%leader mbarrier.init.shared::cta.b64 [mbar], 1;
  @!%warp0 bra ALLOCATED;
  tcgen05.alloc.cta_group::1.sync.aligned.shared::cta.b32 [tmem_slot], 32;
ALLOCATED:
  tcgen05.fence::before_thread_sync;
  bar.sync 0;
  tcgen05.fence::after_thread_sync;
  ld.shared.b32 %taddr, [tmem_slot];
  // shared-memory descriptor: start >> 4, LBO 128 B, SBO 256 B, bit 46 set, no swizzle
  mov.u64 %s, tile;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %sdesc, %s, 0x0000401000080000;
  @%leader tcgen05.cp.cta_group::1.128x256b [%taddr], %sdesc;
  @%leader tcgen05.commit.cta_group::1.mbarrier::arrive::one.shared::cluster.b64 [mbar];
WAIT:
  mbarrier.try_wait.parity.shared::cta.b64 %done, [mbar], 0;
  @!%done bra WAIT;
  tcgen05.fence::after_thread_sync;
  // ... tcgen05.mma may now read the copied data ...
  bar.sync 0;
  @!%warp0 bra DONE;
  tcgen05.dealloc.cta_group::1.sync.aligned.b32 %taddr, 32;
DONE:
  ret;
}`,
    },
    anchor: 'tcgen05-instructions-tcgen05-cp',
  },
  // ---------------------------------------------------------------- tcgen05.shift
  {
    opcode: 'tcgen05.shift',
    family: 'tensor-core-5th-gen',
    summary: 'Asynchronously move one warp\'s block of tensor-memory rows down by one lane',
    description:
      'Starts an asynchronous shift inside tensor memory. The block starts at `taddr`, whose lane field must be a multiple of 32 (the start of one warp\'s 32-lane quarter). ' +
      'Each row (lane) of that block, except the last one, has its 32-byte (256-bit, eight-column) element copied one lane further down, so lane *i* receives what lane *i−1* held; the implicit data-movement shape is `.31x256b`.\n\n' +
      'It mirrors the `.ashift` qualifier of `tcgen05.mma` (which moves the rows of an A operand in tensor memory down one row and belongs to the convolution forms), so a natural use is sliding an A tile by one row between MMAs. ' +
      'One thread issues it; with `.cta_group::2` the shift happens in the tensor memory of both CTAs of the pair. Completion is tracked with `tcgen05.commit` and an mbarrier, as for `tcgen05.mma` and `tcgen05.cp`.',
    syntax: ['tcgen05.shift.cta_group.down [taddr];', '.cta_group = { .cta_group::1, .cta_group::2 };'],
    operands: [{ name: '[taddr]', role: 'address', description: `Tensor-memory base address of the matrix whose rows are shifted; its lane must be 32-aligned. ${TMEM_ADDRESS}` }],
    modifiers: [
      CTA_GROUP_1,
      CTA_GROUP_2,
      { name: '.down', description: 'Shift direction: data moves one lane down (towards higher lane numbers); the only direction available.' },
    ],
    introduced: '8.6',
    minTarget: 'sm_100a',
    targetNotes: [
      { target: 'sm_103a', requirement: 'Also accepted' },
      { target: 'sm_110a', requirement: 'Also accepted (formerly sm_101a); there is no family-portable (`f`) form' },
    ],
    cuda: 'Inline `asm` only.',
    example: {
      target: 'sm_100a',
      caption: 'A helper issued by one thread shifts an A matrix down one row and commits the operation to an mbarrier.',
      code: `// Moves the rows of a matrix in tensor memory down by one row, e.g. to reuse the A operand
// of a convolution for the next output row, and tracks completion on an mbarrier.
.visible .func tcgen05_shift_rows(.param .b32 tmem_a, .param .b32 mbar_addr) {
  .reg .b32 %taddr, %mbar;
  ld.param.b32 %taddr, [tmem_a];
  ld.param.b32 %mbar, [mbar_addr];
  // issued by a single thread; the lane part of %taddr must be a multiple of 32
  tcgen05.shift.cta_group::1.down [%taddr];
  tcgen05.commit.cta_group::1.mbarrier::arrive::one.shared::cluster.b64 [%mbar];
  ret;
}`,
    },
    anchor: 'tcgen05-instructions-tcgen05-shift',
  },
  // ---------------------------------------------------------------- tcgen05.mma
  {
    opcode: 'tcgen05.mma',
    family: 'tensor-core-5th-gen',
    summary: 'Asynchronous single-thread matrix multiply-accumulate on Blackwell tensor cores with D in tensor memory',
    description:
      'The Blackwell (sm_100) tensor-core instruction. Unlike `mma.sync` or `wgmma`, **one thread** issues it and the whole M×N×K product `D = A × B + D` runs asynchronously. ' +
      'D lives in tensor memory (`[d-tmem]`), B in shared memory (descriptor `b-desc`), and A either in shared memory (`a-desc`) or tensor memory (`[a-tmem]`).\n\n' +
      '`.kind` chooses the family of input types; the exact types, M, N, transposes and negations are encoded in the 32-bit instruction descriptor `idesc` (K follows from the kind). ' +
      'Shapes: with `.cta_group::1`, M is 64 or 128 (only 128 for the block-scaled kinds) and N is 8…256 in steps of 8 (for `.kind::i8`: 8, 16, 24, 32, then steps of 16). ' +
      'With `.cta_group::2` the CTA pair computes M = 128 or 256 together and N is 16…256 in steps of 16 (for `.kind::i8`: 32…256 in steps of 32). ' +
      '`enable-input-d = false` overwrites D instead of accumulating. Completion is observed by `tcgen05.commit` to an mbarrier, then `tcgen05.fence::after_thread_sync` and `tcgen05.ld` in the epilogue.\n\n' +
      'Extras: `.block_scale` (MX/NVFP4 block-scaled types, scale factors in tensor memory), the `disable-output-lane` mask, `scale-input-d` (D scaled by 2^−s before accumulating), `.collector::a::*` for reusing A across consecutive MMAs, and `.ashift` (convolution forms) to slide an A operand held in tensor memory down by one row.',
    syntax: [
      'tcgen05.mma.cta_group.kind   [d-tmem],  a-desc,  b-desc, idesc, { disable-output-lane }, enable-input-d {, scale-input-d};\ntcgen05.mma.cta_group.kind   [d-tmem], [a-tmem], b-desc, idesc, { disable-output-lane }, enable-input-d {, scale-input-d};\n.kind = { .kind::f16, .kind::tf32, .kind::f8f6f4 };',
      'tcgen05.mma.cta_group.kind.block_scale{.scale_vectorsize}  [d-tmem],  a-desc,  b-desc, idesc, [scale-A-tmem], [scale-B-tmem], enable-input-d;\ntcgen05.mma.cta_group.kind.block_scale{.scale_vectorsize}  [d-tmem], [a-tmem], b-desc, idesc, [scale-A-tmem], [scale-B-tmem], enable-input-d;\n.kind = { .kind::mxf8f6f4, .kind::mxf4, .kind::mxf4nvf4 };\n.scale_vectorsize = { .scale_vec::1X, .scale_vec::2X, .scale_vec::4X, .block16, .block32 };',
      'tcgen05.mma.cta_group.kind.collector_usage          [d-tmem],  a-desc,  b-desc, idesc, { disable-output-lane }, enable-input-d {, scale-input-d};\ntcgen05.mma.cta_group.kind{.ashift}.collector_usage [d-tmem], [a-tmem], b-desc, idesc, { disable-output-lane }, enable-input-d {, scale-input-d};\ntcgen05.mma.cta_group.kind.ashift{.collector_usage} [d-tmem], [a-tmem], b-desc, idesc, { disable-output-lane }, enable-input-d {, scale-input-d};\ntcgen05.mma.cta_group.kind.block_scale{.scale_vectorsize}.collector_usage [d-tmem], a-desc|[a-tmem], b-desc, idesc, [scale-A-tmem], [scale-B-tmem], enable-input-d;',
      'tcgen05.mma.cta_group.kind::i8{.ashift}{.collector_usage}  [d-tmem],  a-desc|[a-tmem],  b-desc, idesc, { disable-output-lane }, enable-input-d;',
      '.cta_group = { .cta_group::1, .cta_group::2 };\n.collector_usage = { .collector::a::fill, .collector::a::use, .collector::a::lastuse, .collector::a::discard };',
    ],
    operands: [
      MMA_COMMON_OPERANDS.d,
      MMA_COMMON_OPERANDS.adesc,
      MMA_COMMON_OPERANDS.atmem,
      MMA_COMMON_OPERANDS.bdesc,
      MMA_COMMON_OPERANDS.idesc,
      { name: '{ disable-output-lane }', role: 'other', description: 'Optional vector of 32-bit registers (4 with `.cta_group::1`, 8 with `::2`) forming a lane mask: bit *i* (from bit 0 of the first element) set means tensor-memory lane *i* of D is not written.' },
      MMA_COMMON_OPERANDS.enable,
      { name: 'scale-input-d', role: 'other', description: 'Optional immediate 0–15 (`.kind::f16`/`.kind::tf32` only): computes `D = A×B + D × 2^−scale-input-d`.' },
      { name: '[scale-A-tmem], [scale-B-tmem]', role: 'address', description: '`.block_scale` only: tensor-memory addresses of the scale-factor matrices for A and B.' },
    ],
    modifiers: [CTA_GROUP_1, CTA_GROUP_2, ...KINDS, ...BLOCK_SCALE_MODS, ...COLLECTOR_A],
    semantics: '// started by one thread; completes asynchronously\nD[tmem] = (enable-input-d ? D * 2^-scale-input-d : 0) + op(A) x op(B)\n// op() = optional negate/transpose from idesc; block-scaled kinds multiply by scale factors first',
    introduced: '8.6',
    versionNotes: [
      { version: '8.7', change: '`.kind::mxf4nvf4` and `.scale_vec::4X`.' },
      { version: '8.8', change: '`.block16` / `.block32`; family-portable targets (sm_100f, sm_110f).' },
      { version: '9.0', change: 'All tcgen05 instructions of a kernel must use the same `.cta_group`.' },
    ],
    minTarget: 'sm_100a',
    targetNotes: [
      ...FAMILY_TARGETS,
      { target: 'sm_100a', requirement: '`.kind::i8` (also sm_110a; not on the `f` targets); `.scale_vec::1X/2X/4X`; `scale-input-d` (sm_100f family from PTX ISA 8.8)' },
      { target: 'sm_100f', requirement: '`.block16`/`.block32` (or sm_110f)' },
      { target: 'sm_103a', requirement: 'K = 96 for `.kind::mxf4`/`.kind::mxf4nvf4`; absolute leading-dimension addressing in descriptors' },
    ],
    cuda: 'Inline `asm`; CuTe UMMA atoms such as `SM100_MMA_F16BF16_SS` (A and B from shared memory) or `SM100_MMA_F16BF16_TS` (A from tensor memory) and `SM100_MMA_MXF8F6F4_SS`, used by CUTLASS Blackwell GEMMs and DeepGEMM.',
    example: {
      target: 'sm_100a',
      caption: 'A complete 128×64×16 f16 MMA on one CTA: allocate tensor memory, build descriptors and idesc, one thread issues `tcgen05.mma.cta_group::1.kind::f16` and commits to an mbarrier, then every warp loads its 32 rows of D.',
      code: `// One warpgroup (128 threads). A (128x16 f16) and B (64x16 f16, K-major) are assumed to be
// in shared memory already, e.g. copied there by cp.async.bulk.tensor.
.visible .entry tcgen05_mma_f16_m128n64(.param .u64 d_ptr) {
  .shared .align 1024 .b8 smemA[4096];
  .shared .align 1024 .b8 smemB[2048];
  .shared .align 8 .b64 mbar;
  .shared .align 4 .b32 tmem_slot;
  .reg .pred %leader, %warp0, %done;
  .reg .b32 %t, %warp, %taddr, %lane_addr, %idesc, %v<8>;
  .reg .b64 %s, %adesc, %bdesc, %gd, %o64;
  ld.param.u64 %gd, [d_ptr];
  cvta.to.global.u64 %gd, %gd;
  mov.u32 %t, %tid.x;
  shr.u32 %warp, %t, 5;
  setp.eq.u32 %warp0, %warp, 0;
  setp.eq.u32 %leader, %t, 0;
  @%leader mbarrier.init.shared::cta.b64 [mbar], 1;
  // warp 0 allocates 64 columns of tensor memory for the 128x64 f32 accumulator
  @!%warp0 bra ALLOCATED;
  tcgen05.alloc.cta_group::1.sync.aligned.shared::cta.b32 [tmem_slot], 64;
  tcgen05.relinquish_alloc_permit.cta_group::1.sync.aligned;
ALLOCATED:
  tcgen05.fence::before_thread_sync;
  bar.sync 0;
  tcgen05.fence::after_thread_sync;
  ld.shared.b32 %taddr, [tmem_slot];
  // shared-memory descriptors: start >> 4, LBO 128 B, SBO 256 B, bit 46 = descriptor version, no swizzle
  mov.u64 %s, smemA;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %adesc, %s, 0x0000401000080000;
  mov.u64 %s, smemB;
  shr.u64 %s, %s, 4;
  and.b64 %s, %s, 0x3FFF;
  or.b64 %bdesc, %s, 0x0000401000080000;
  // instruction descriptor: D f32 (bit 4), A/B f16, N>>3 = 8 at bit 17, M>>4 = 8 at bit 24
  mov.u32 %idesc, 0x08100010;
  // a single thread issues the whole MMA; enable-input-d = false, so D = A*B
  @%leader tcgen05.mma.cta_group::1.kind::f16 [%taddr], %adesc, %bdesc, %idesc, 0;
  @%leader tcgen05.commit.cta_group::1.mbarrier::arrive::one.shared::cluster.b64 [mbar];
WAIT:
  mbarrier.try_wait.parity.shared::cta.b64 %done, [mbar], 0;
  @!%done bra WAIT;
  tcgen05.fence::after_thread_sync;
  // warp w may read lanes 32w..32w+31: put the lane in the upper 16 bits of the address
  shl.b32 %lane_addr, %warp, 21;
  add.u32 %lane_addr, %taddr, %lane_addr;
  tcgen05.ld.sync.aligned.32x32b.x8.b32 {%v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7}, [%lane_addr];
  tcgen05.wait::ld.sync.aligned;
  // row t of D, columns 0-7
  mul.wide.u32 %o64, %t, 256;
  add.s64 %gd, %gd, %o64;
  st.global.v4.b32 [%gd], {%v0, %v1, %v2, %v3};
  st.global.v4.b32 [%gd+16], {%v4, %v5, %v6, %v7};
  tcgen05.fence::before_thread_sync;
  bar.sync 0;
  @!%warp0 bra DONE;
  tcgen05.dealloc.cta_group::1.sync.aligned.b32 %taddr, 64;
DONE:
  ret;
}`,
    },
    anchor: 'tcgen05-mma-instructions-mma',
  },
  // ---------------------------------------------------------------- tcgen05.mma.sp
  {
    opcode: 'tcgen05.mma.sp',
    family: 'tensor-core-5th-gen',
    summary: 'Asynchronous single-thread tensor-core MMA with a structured-sparse A matrix',
    description:
      'Sparse variant of `tcgen05.mma`: A is stored compressed as M×(K/2) because half of each row is zero in a fixed pattern — 1:2 for `.kind::tf32`, 4:8 in adjacent pairs for `.kind::mxf4`/`.kind::mxf4nvf4`, and 2:4 for every other kind (f16, i8, and the FP8/FP6/FP4 kinds with 8-bit containers). ' +
      'The positions of the kept values come from a metadata matrix in tensor memory (`[sp-meta-tmem]`), and the instruction descriptor must have its sparsity bit set. ' +
      'K is twice the dense value (e.g. 32 for `.kind::f16`).\n\n' +
      'Issue, completion tracking (`tcgen05.commit` + mbarrier) and all other operands and qualifiers work as for `tcgen05.mma`.',
    syntax: [
      'tcgen05.mma.sp.cta_group.kind  [d-tmem],  a-desc,  b-desc, [sp-meta-tmem], idesc, { disable-output-lane }, enable-input-d {, scale-input-d};\ntcgen05.mma.sp.cta_group.kind  [d-tmem], [a-tmem], b-desc, [sp-meta-tmem], idesc, { disable-output-lane }, enable-input-d {, scale-input-d};\n.kind = { .kind::f16, .kind::tf32, .kind::f8f6f4 };',
      'tcgen05.mma.sp.cta_group.kind.block_scale{.scale_vectorsize}{.collector_usage}  [d-tmem], a-desc|[a-tmem], b-desc, [sp-meta-tmem], idesc, [scale-A-tmem], [scale-B-tmem], enable-input-d;\n.kind = { .kind::mxf8f6f4, .kind::mxf4, .kind::mxf4nvf4 };\n.scale_vectorsize = { .scale_vec::1X, .scale_vec::2X, .scale_vec::4X, .block16, .block32 };',
      'tcgen05.mma.sp.cta_group.kind{.ashift}.collector_usage  [d-tmem], a-desc|[a-tmem], b-desc, [sp-meta-tmem], idesc, { disable-output-lane }, enable-input-d {, scale-input-d};\ntcgen05.mma.sp.cta_group.kind::i8{.ashift}{.collector_usage}  [d-tmem], a-desc|[a-tmem], b-desc, [sp-meta-tmem], idesc, { disable-output-lane }, enable-input-d;',
      '.cta_group = { .cta_group::1, .cta_group::2 };\n.collector_usage = { .collector::a::fill, .collector::a::use, .collector::a::lastuse, .collector::a::discard };',
    ],
    operands: [
      MMA_COMMON_OPERANDS.d,
      { ...MMA_COMMON_OPERANDS.adesc, description: `64-bit shared-memory descriptor of the compressed A (M×K/2). ${SMEM_DESC}` },
      { ...MMA_COMMON_OPERANDS.atmem, description: 'Alternative to `a-desc`: the compressed A in tensor memory.' },
      MMA_COMMON_OPERANDS.bdesc,
      { name: '[sp-meta-tmem]', role: 'address', description: 'Tensor-memory address of the sparsity metadata: per group, 2-bit indices (4-bit for tf32) telling where the stored A values belong.' },
      { ...MMA_COMMON_OPERANDS.idesc, description: `${IDESC} For this instruction the sparsity bit (bit 2) is 1 and bits 0–1 select the metadata part.` },
      { name: '{ disable-output-lane }', role: 'other', description: 'Optional lane mask (4 registers for `::1`, 8 for `::2`): set bits suppress writing those lanes of D.' },
      MMA_COMMON_OPERANDS.enable,
      { name: 'scale-input-d', role: 'other', description: 'Optional immediate 0–15 (`.kind::f16`/`.kind::tf32`): D is scaled by 2^−value before accumulating.' },
      { name: '[scale-A-tmem], [scale-B-tmem]', role: 'address', description: '`.block_scale` only: tensor-memory addresses of the A and B scale factors.' },
    ],
    modifiers: [CTA_GROUP_1, CTA_GROUP_2, ...KINDS, ...BLOCK_SCALE_MODS, ...COLLECTOR_A],
    semantics: 'A = expand(A_compressed, metadata at [sp-meta-tmem])\nD[tmem] = (enable-input-d ? D : 0) + A x B',
    introduced: '8.6',
    versionNotes: [
      { version: '8.7', change: '`.kind::mxf4nvf4` and `.scale_vec::4X`.' },
      { version: '8.8', change: '`.block16` / `.block32`; family-portable targets.' },
    ],
    minTarget: 'sm_100a',
    targetNotes: [
      ...FAMILY_TARGETS,
      { target: 'sm_100a', requirement: '`.kind::i8` (also sm_110a); `.kind::mxf4`/`.kind::mxf4nvf4` (also sm_103a, sm_110a) — not on the `f` targets; `.scale_vec::1X/2X/4X`; `scale-input-d` (sm_100f family from PTX ISA 8.8)' },
      { target: 'sm_100f', requirement: '`.block16`/`.block32` (or sm_110f)' },
    ],
    cuda: 'Inline `asm`; CUTLASS Blackwell sparse GEMM kernels issue it through CuTe sparse UMMA atoms such as `SM100_MMA_F16BF16_SS_SPARSE`.',
    example: {
      target: 'sm_100a',
      caption: 'One thread issues a 2:4-sparse 128×64×32 f16 MMA with metadata in tensor memory (`tcgen05.mma.sp.cta_group::1.kind::f16`) and commits it to an mbarrier.',
      code: `// Issued by one thread: a 2:4-sparse f16 product D(128x64, f32) = A(128x32, compressed to
// 128x16 in shared memory) x B(32x64). The sparsity metadata was copied into tensor
// memory beforehand (e.g. with tcgen05.cp).
.visible .func tcgen05_mma_sp_f16(.param .b32 tmem_d, .param .b32 tmem_meta,
                                  .param .b64 a_desc, .param .b64 b_desc, .param .b32 mbar_addr) {
  .reg .b32 %d, %meta, %idesc, %mbar;
  .reg .b64 %adesc, %bdesc;
  ld.param.b32 %d, [tmem_d];
  ld.param.b32 %meta, [tmem_meta];
  ld.param.b64 %adesc, [a_desc];
  ld.param.b64 %bdesc, [b_desc];
  ld.param.b32 %mbar, [mbar_addr];
  // idesc: sparse (bit 2), D f32 (bit 4), A/B f16, N>>3 = 8 (bit 17), M>>4 = 8 (bit 24)
  mov.u32 %idesc, 0x08100014;
  tcgen05.mma.sp.cta_group::1.kind::f16 [%d], %adesc, %bdesc, [%meta], %idesc, 0;
  tcgen05.commit.cta_group::1.mbarrier::arrive::one.shared::cluster.b64 [%mbar];
  ret;
}`,
    },
    anchor: 'tcgen05-mma-instructions-mma-sp',
  },
  // ---------------------------------------------------------------- tcgen05.mma.ws
  {
    opcode: 'tcgen05.mma.ws',
    family: 'tensor-core-5th-gen',
    summary: 'Asynchronous weight-stationary tensor-core MMA that can keep B in collector buffers',
    description:
      'A *weight-stationary* flavour of `tcgen05.mma` for one CTA (`.cta_group::1` only): M may be 32, 64 or 128 and N is 64, 128 or 256. ' +
      'Its point is reuse of B: `.collector::bN::fill` keeps the B tile in one of four collector buffers (`b0`–`b3`) so later MMAs can take it with `::use`/`::lastuse` instead of re-reading shared memory.\n\n' +
      'An optional zero-column mask descriptor forces chosen columns of B to zero regardless of memory. Block scaling is not available in this form. Issue and completion tracking are as for `tcgen05.mma`.',
    syntax: [
      'tcgen05.mma.ws.cta_group::1.kind{.collector_usage}    [d-tmem],  a-desc,  b-desc, idesc, enable-input-d {, zero-column-mask-desc};\ntcgen05.mma.ws.cta_group::1.kind{.collector_usage}    [d-tmem], [a-tmem], b-desc, idesc, enable-input-d {, zero-column-mask-desc};\n.kind = { .kind::f16, .kind::tf32, .kind::f8f6f4, .kind::i8 };',
      '.collector_usage = { .collector::b0::fill, .collector::b0::use, .collector::b0::lastuse, .collector::b0::discard };   // likewise ::b1, ::b2, ::b3',
    ],
    operands: [
      MMA_COMMON_OPERANDS.d,
      MMA_COMMON_OPERANDS.adesc,
      MMA_COMMON_OPERANDS.atmem,
      MMA_COMMON_OPERANDS.bdesc,
      { ...MMA_COMMON_OPERANDS.idesc, description: `${IDESC} Bits 30–31 give the largest shift (0, 8, 16 or 32) allowed when reusing B.` },
      MMA_COMMON_OPERANDS.enable,
      { name: 'zero-column-mask-desc', role: 'other', description: 'Optional 64-bit zero-column mask descriptor: selects columns of B that are treated as zero whatever shared memory holds.' },
    ],
    modifiers: [CTA_GROUP_1, ...KINDS.filter((k) => !k.name.startsWith('.kind::mx')), COLLECTOR_B],
    introduced: '8.6',
    versionNotes: [{ version: '8.8', change: 'Family-portable targets (sm_100f, sm_110f), except `.kind::i8`.' }],
    minTarget: 'sm_100a',
    targetNotes: [...FAMILY_TARGETS, { target: 'sm_100a', requirement: '`.kind::i8` (also sm_110a; not on `f` targets)' }],
    cuda: 'Inline `asm`; CuTe UMMA atoms such as `SM100_MMA_F16BF16_WS_SS` (used e.g. in FlashMLA-style attention kernels).',
    example: {
      target: 'sm_100a',
      caption: 'One thread issues a 64×128×16 f16 weight-stationary MMA that fills collector buffer 0 with B for reuse.',
      code: `// Weight-stationary MMA issued by one thread: D(64x128, f32) += A(64x16) x B(16x128), f16
// inputs. B is kept in collector buffer 0 so the next call can reuse it without re-reading
// shared memory.
.visible .func tcgen05_mma_ws_f16(.param .b32 tmem_d, .param .b64 a_desc, .param .b64 b_desc) {
  .reg .b32 %d, %idesc;
  .reg .b64 %adesc, %bdesc;
  .reg .pred %accumulate;
  ld.param.b32 %d, [tmem_d];
  ld.param.b64 %adesc, [a_desc];
  ld.param.b64 %bdesc, [b_desc];
  // idesc: D f32 (bit 4), A/B f16, N>>3 = 16 (bit 17), M>>4 = 4 (bit 24)
  mov.u32 %idesc, 0x04200010;
  setp.eq.u32 %accumulate, 1, 1;
  tcgen05.mma.ws.cta_group::1.kind::f16.collector::b0::fill [%d], %adesc, %bdesc, %idesc, %accumulate;
  ret;
}`,
    },
    anchor: 'tcgen05-mma-instructions-mma-ws',
  },
  // ---------------------------------------------------------------- tcgen05.mma.ws.sp
  {
    opcode: 'tcgen05.mma.ws.sp',
    family: 'tensor-core-5th-gen',
    summary: 'Asynchronous weight-stationary tensor-core MMA with a structured-sparse A matrix',
    description:
      'Combines the two variants: a weight-stationary MMA (`.cta_group::1`, M = 32/64/128, collector buffers `b0`–`b3` for reusing B) in which A is structured sparse and stored compressed, with its metadata in tensor memory. ' +
      'For the sparse weight-stationary shapes N is 64 or 128 and K is twice the dense value. Completion is tracked with `tcgen05.commit`.',
    syntax: [
      'tcgen05.mma.ws.sp.cta_group::1.kind{.collector_usage} [d-tmem],  a-desc,  b-desc, [sp-meta-tmem], idesc, enable-input-d {, zero-column-mask-desc};\ntcgen05.mma.ws.sp.cta_group::1.kind{.collector_usage} [d-tmem], [a-tmem], b-desc, [sp-meta-tmem], idesc, enable-input-d {, zero-column-mask-desc};\n.kind = { .kind::f16, .kind::tf32, .kind::f8f6f4, .kind::i8 };',
      '.collector_usage = { .collector::b0::fill, .collector::b0::use, .collector::b0::lastuse, .collector::b0::discard };   // likewise ::b1, ::b2, ::b3',
    ],
    operands: [
      MMA_COMMON_OPERANDS.d,
      { ...MMA_COMMON_OPERANDS.adesc, description: `Shared-memory descriptor of the compressed A (M×K/2). ${SMEM_DESC}` },
      { ...MMA_COMMON_OPERANDS.atmem, description: 'Alternative to `a-desc`: the compressed A in tensor memory.' },
      MMA_COMMON_OPERANDS.bdesc,
      { name: '[sp-meta-tmem]', role: 'address', description: 'Tensor-memory address of the sparsity metadata for A.' },
      { ...MMA_COMMON_OPERANDS.idesc, description: `${IDESC} The sparsity bit must be set.` },
      MMA_COMMON_OPERANDS.enable,
      { name: 'zero-column-mask-desc', role: 'other', description: 'Optional 64-bit descriptor naming columns of B to treat as zero.' },
    ],
    modifiers: [CTA_GROUP_1, ...KINDS.filter((k) => !k.name.startsWith('.kind::mx')), COLLECTOR_B],
    introduced: '8.6',
    versionNotes: [{ version: '8.8', change: 'Family-portable targets (sm_100f, sm_110f), except `.kind::i8`.' }],
    minTarget: 'sm_100a',
    targetNotes: [...FAMILY_TARGETS, { target: 'sm_100a', requirement: '`.kind::i8` (also sm_110a; not on `f` targets)' }],
    cuda: 'Inline `asm` only.',
    example: {
      target: 'sm_100a',
      caption: 'One thread issues a 1:2-sparse tf32 weight-stationary MMA with A and metadata in tensor memory, taking B from collector buffer 1.',
      code: `// Sparse weight-stationary MMA issued by one thread: D(128x64, f32) += A x B with tf32
// inputs. A is 1:2 sparse and comes from tensor memory (compressed), its metadata too;
// B is read from collector buffer 1, which an earlier ::fill left there.
.visible .func tcgen05_mma_ws_sp_tf32(.param .b32 tmem_d, .param .b32 tmem_a, .param .b32 tmem_meta,
                                      .param .b64 b_desc) {
  .reg .b32 %d, %a, %meta, %idesc;
  .reg .b64 %bdesc;
  ld.param.b32 %d, [tmem_d];
  ld.param.b32 %a, [tmem_a];
  ld.param.b32 %meta, [tmem_meta];
  ld.param.b64 %bdesc, [b_desc];
  // idesc: sparse (bit 2), D f32 (bit 4), A/B tf32 (2 at bits 7 and 10), N>>3 = 8, M>>4 = 8
  mov.u32 %idesc, 0x08100914;
  tcgen05.mma.ws.sp.cta_group::1.kind::tf32.collector::b1::use [%d], [%a], %bdesc, [%meta], %idesc, 1;
  ret;
}`,
    },
    anchor: 'tcgen05-mma-instructions-mma-ws-sp',
  },
  // ---------------------------------------------------------------- tcgen05.fence
  {
    opcode: 'tcgen05.fence',
    aliases: ['tcgen05.fence::before_thread_sync', 'tcgen05.fence::after_thread_sync'],
    family: 'tensor-core-5th-gen',
    summary: 'Order asynchronous tcgen05 operations around a thread synchronization',
    description:
      'tcgen05 operations run asynchronously, so an ordinary barrier alone does not order them between threads. These fences tie them to a synchronization point:\n\n' +
      '- `tcgen05.fence::before_thread_sync` — placed *before* the signalling side of a sync (barrier arrive, mbarrier arrive, flag store): all earlier tcgen05 operations of this thread are ordered before that sync and everything after it.\n' +
      '- `tcgen05.fence::after_thread_sync` — placed *after* the waiting side of a sync: all later tcgen05 operations of this thread are ordered after the sync.\n\n' +
      'Typical uses: after `tcgen05.alloc` (before → barrier → after, so other warps can use the address), and in epilogues (after waiting for the MMA\'s mbarrier, before `tcgen05.ld`; before arriving on the "accumulator empty" barrier). ' +
      'They also stop the compiler from moving tcgen05 instructions across them.',
    syntax: ['tcgen05.fence::before_thread_sync ;\ntcgen05.fence::after_thread_sync  ;'],
    operands: [],
    modifiers: [
      { name: '.fence::before_thread_sync', description: 'Prior tcgen05 operations are ordered before the following synchronization (and cannot be moved below the fence).' },
      { name: '.fence::after_thread_sync', description: 'Later tcgen05 operations are ordered after the preceding synchronization (and cannot be moved above the fence).' },
    ],
    introduced: '8.6',
    minTarget: 'sm_100a',
    targetNotes: FAMILY_TARGETS,
    cuda: 'Inline `asm`; Blackwell kernels such as DeepGEMM wrap it as `tcgen05_before_thread_sync()` / `tcgen05_after_thread_sync()` around `__syncthreads()` or mbarrier hand-offs.',
    example: {
      target: 'sm_100a',
      caption: 'An epilogue warp uses `after_thread_sync` after waiting for the "full" mbarrier and `before_thread_sync` before arriving on the "empty" one.',
      code: `// Epilogue warp: wait until the MMA warp signals that the accumulator is full, read it,
// then tell the MMA warp the tensor-memory buffer may be overwritten.
.visible .func tcgen05_fence_epilogue(.param .b32 tmem_acc, .param .b32 full_bar, .param .b32 empty_bar) {
  .reg .pred %ready;
  .reg .b32 %taddr, %full, %empty, %v<4>;
  .reg .b64 %state;
  ld.param.b32 %taddr, [tmem_acc];
  ld.param.b32 %full, [full_bar];
  ld.param.b32 %empty, [empty_bar];
WAIT_FULL:
  mbarrier.try_wait.parity.shared::cta.b64 %ready, [%full], 0;
  @!%ready bra WAIT_FULL;
  // order the tcgen05.ld below after the synchronization that observed the MMA's completion
  tcgen05.fence::after_thread_sync;
  tcgen05.ld.sync.aligned.32x32b.x4.b32 {%v0, %v1, %v2, %v3}, [%taddr];
  tcgen05.wait::ld.sync.aligned;
  // ... convert and store %v0-%v3 ...
  // order the tcgen05.ld above before the arrive that lets the MMA warp reuse the buffer
  tcgen05.fence::before_thread_sync;
  mbarrier.arrive.shared::cta.b64 %state, [%empty];
  ret;
}`,
    },
    anchor: 'tcgen05-special-sync-operations-fence',
  },
  // ---------------------------------------------------------------- tcgen05.commit
  {
    opcode: 'tcgen05.commit',
    family: 'tensor-core-5th-gen',
    summary: 'Make an mbarrier track completion of this thread\'s earlier tcgen05.mma / cp / shift operations',
    description:
      'Asynchronous `tcgen05.mma`, `tcgen05.cp` and `tcgen05.shift` report completion through an mbarrier. `tcgen05.commit` attaches all such operations issued so far by the executing thread (with the same `.cta_group`) to the mbarrier at `[mbar]`: ' +
      'when they have all finished, one arrive (count 1, cluster scope) is performed on it. Other threads wait with `mbarrier.try_wait`.\n\n' +
      'With `.multicast::cluster` the arrive is sent to the mbarrier at the same shared-memory offset in every CTA named by the 16-bit `ctaMask` — used with `.cta_group::2` and multicast TMA so that all CTAs that supplied operands learn when their shared-memory stage is free again.',
    syntax: [
      'tcgen05.commit.cta_group.completion_mechanism{.shared::cluster}{.multicast}.b64 [mbar] {, ctaMask};',
      '.completion_mechanism = { .mbarrier::arrive::one };\n.cta_group            = { .cta_group::1, .cta_group::2 };\n.multicast            = { .multicast::cluster };',
    ],
    operands: [
      { name: '[mbar]', role: 'address', description: 'Address of the mbarrier object (in `.shared::cluster` space, or a generic address into it).' },
      { name: 'ctaMask', role: 'source', description: '`.multicast::cluster` only: 16-bit mask; bit *i* set sends the arrive to the CTA whose `%cluster_ctarank` is *i*.' },
    ],
    modifiers: [
      CTA_GROUP_1,
      CTA_GROUP_2,
      { name: '.mbarrier::arrive::one', description: 'Completion mechanism: when the tracked operations finish, perform one arrive-on (count 1) at cluster scope on the mbarrier.' },
      { name: '.shared::cluster', description: '`mbar` is a shared-memory address in the cluster window (the executing CTA\'s own barrier is a valid `.shared::cluster` address).' },
      { name: '.multicast::cluster', description: 'Signal the mbarriers of all CTAs selected by `ctaMask`, at the same offset as `mbar`.' },
      { name: '.b64', description: 'The mbarrier is a 64-bit object.' },
    ],
    introduced: '8.6',
    minTarget: 'sm_100a',
    targetNotes: FAMILY_TARGETS,
    cuda: 'Inline `asm`; CUTLASS calls it `cutlass::arch::umma_arrive(&barrier)`, and `cutlass::arch::umma_arrive_multicast_2x1SM(&barrier, mask)` for the multicast CTA-pair form; DeepGEMM uses the same pattern.',
    example: {
      target: 'sm_100a',
      caption: 'After issuing an MMA, the single MMA thread commits it with multicast so the "empty" barriers of both CTAs of a pair fire once the MMA has consumed the shared-memory stage.',
      code: `// MMA-issuing thread of a 2-CTA cluster: after one k-block's MMA, signal the shared-memory
// "empty" barrier of both CTAs (mask 0b11) so TMA can refill the stage once the MMA has
// finished reading it.
.visible .func tcgen05_commit_release_stage(.param .b32 tmem_d, .param .b64 a_desc, .param .b64 b_desc,
                                           .param .b32 idesc, .param .b32 empty_bar) {
  .reg .b32 %d, %idesc, %empty;
  .reg .b16 %mask;
  .reg .b64 %adesc, %bdesc;
  ld.param.b32 %d, [tmem_d];
  ld.param.b64 %adesc, [a_desc];
  ld.param.b64 %bdesc, [b_desc];
  ld.param.b32 %idesc, [idesc];
  ld.param.b32 %empty, [empty_bar];
  tcgen05.mma.cta_group::1.kind::f16 [%d], %adesc, %bdesc, %idesc, 1;
  mov.b16 %mask, 3;
  tcgen05.commit.cta_group::1.mbarrier::arrive::one.shared::cluster.multicast::cluster.b64 [%empty], %mask;
  ret;
}`,
    },
    anchor: 'tcgen-async-sync-operations-commit',
  },
];
