/**
 * PTX instructions: data movement and conversion (mov, ld, st, cvt, prefetch …).
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc } from '../schema';

/* ------------------------------------------------------------------ shared modifier text */

/** L1 eviction-priority hints, as accepted by ld, ld.global.nc and st. */
const L1_EVICTION: ModifierDoc[] = [
  {
    name: '.L1::evict_normal',
    description: 'L1 hint: keep the line with ordinary priority (what you get without any hint). Like every eviction hint, it applies only to global memory.',
  },
  {
    name: '.L1::evict_unchanged',
    description: 'L1 hint: leave whatever eviction priority the line already has; this access does not change it. Global memory only.',
  },
  {
    name: '.L1::evict_first',
    description: 'L1 hint: mark the line as the first candidate to throw out. Good for data you read once (streaming). Global memory only.',
  },
  {
    name: '.L1::evict_last',
    description: 'L1 hint: keep the line as long as possible; it goes only after normal and evict-first lines. Good for data reused many times. Global memory only.',
  },
  {
    name: '.L1::no_allocate',
    description:
      'L1 hint: do not allocate a line in L1 for this access at all, so it cannot displace useful data (global memory only). ' +
      'Common in hand-tuned kernels for one-shot reads of large buffers (`ld.global.nc.L1::no_allocate`).',
  },
];

/** L2 eviction-priority hints (the `.level2::eviction_priority` group). */
const L2_EVICTION: ModifierDoc[] = [
  {
    name: '.L2::evict_normal',
    description: 'L2 hint: ordinary eviction priority. Allowed only on the 256-bit forms (`.v8` of 32-bit types, `.v4` of 64-bit types); needs sm_100.',
  },
  {
    name: '.L2::evict_first',
    description: 'L2 hint: the line is the first to be evicted from L2 (streaming data). Only on the 256-bit forms (`.v8.b32`-class or `.v4.b64`-class); needs sm_100.',
  },
  {
    name: '.L2::evict_last',
    description: 'L2 hint: the line stays in L2 as long as possible (persistent data). Only on the 256-bit forms (`.v8.b32`-class or `.v4.b64`-class); needs sm_100.',
  },
];

const CACHE_HINT: ModifierDoc = {
  name: '.L2::cache_hint',
  description:
    'Says that a 64-bit `cache-policy` operand follows the data operands. The policy (usually made by `createpolicy`) ' +
    'tells L2 how to prioritise the lines touched. Only for global memory (or generic addresses that point there); a pure ' +
    'performance hint that the hardware may ignore. Needs sm_80.',
};

const PREFETCH_SIZE: ModifierDoc = {
  name: '.L2::{64B,128B,256B}',
  pattern: '\\.L2::(64|128|256)B',
  description:
    'Asks L2 to fetch a larger block (64, 128 or 256 bytes) around the accessed address along with this access, so ' +
    'neighbouring data is already in L2 when it is needed. Global memory only; only a hint. `.L2::64B`/`.L2::128B` need ' +
    'sm_75, `.L2::256B` needs sm_80.',
};

const CACHE_POLICY_OPERAND = {
  name: 'cache-policy',
  role: 'other' as const,
  description: 'Optional 64-bit register holding an L2 cache policy (from `createpolicy`); present only with `.L2::cache_hint`.',
};

/** Vector widths, as they apply to ld/st. */
const LDST_VECTORS: ModifierDoc[] = [
  { name: '.v2', description: 'Moves two consecutive elements at once into/from a brace list `{a, b}` of registers; the address must be aligned to the whole vector size.' },
  { name: '.v4', description: 'Moves four consecutive elements at once; the address must be aligned to the whole vector size. `.v4` of 64-bit types (256 bits) is global-only and needs sm_100.' },
  {
    name: '.v8',
    description:
      'Moves eight 32-bit elements (256 bits) in one instruction. Only with `.b32/.u32/.s32/.f32` and global memory; needs sm_100 (PTX 8.8). ' +
      'Elements you do not need may be written as the sink `_`.',
  },
];

/* ------------------------------------------------------------------ entries */

export const dataMovementInstructions: InstructionDoc[] = [
  {
    opcode: 'mov',
    family: 'data-movement',
    summary: 'Copy a register, special register, immediate or address into a register',
    description:
      'Writes `d` with the value of `a`. The source can be another register, a special register such as `%tid.x`, ' +
      'an immediate constant, or the name of a variable or function, in which case `d` receives its address.\n\n' +
      'For a variable in `.global`, `.shared`, `.local` or `.const`, the address `mov` produces is the address *inside ' +
      'that state space*, not a generic pointer; pass it through `cvta` to get a generic address. Taking the address of a ' +
      'device-function parameter forces the parameter onto the stack (local memory).\n\n' +
      'The same opcode with a brace list (`mov.b64 {lo, hi}, x`) packs or unpacks vectors; that form has its own entry ' +
      '(see `mov.b128`).',
    syntax: [
      'mov.type  d, a;',
      'mov.type  d, sreg;',
      'mov.type  d, avar;        // address of a variable',
      'mov.type  d, avar+imm;    // address plus a byte offset',
      'mov.u32   d, fname;       // address of a device function (.u64 also allowed)',
      'mov.u64   d, kernel;      // address of an entry function (.u32 also allowed)',
      '.type = { .pred, .b16, .b32, .b64, .u16, .u32, .u64, .s16, .s32, .s64, .f32, .f64 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Register that receives the value or the address.' },
      { name: 'a', role: 'source', description: 'A register, an immediate value, or (for address forms) a variable or function name.' },
      { name: 'sreg', role: 'source', description: 'A special register such as `%tid.x`, `%laneid` or `%clock64`.' },
      { name: 'avar', role: 'address', description: 'A variable in `.global`, `.shared`, `.local` or `.const`; its state-space address is copied, optionally plus `imm` bytes.' },
      { name: 'fname / kernel', role: 'label', description: 'A function name; its address is copied (only `.u32`/`.u64`). Kernel addresses are meant for CUDA Dynamic Parallelism calls.' },
    ],
    modifiers: [
      { name: '.pred', description: 'Copies a predicate register into another predicate register.' },
      { name: '.f32', description: 'Copies 32 bits; also accepts floating-point immediates such as `0f3F800000` or `1.0`.' },
      { name: '.f64', description: 'Copies 64 bits; also accepts double-precision immediates.' },
    ],
    semantics: 'd = a;          // register, special register or immediate\nd = &avar;      // address within avar\'s own state space\nd = &avar + imm;',
    introduced: '1.0',
    versionNotes: [{ version: '3.1', change: 'Taking the address of a kernel (entry) function.' }],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`mov.f64`' },
      { target: 'sm_35', requirement: 'Taking the address of an entry function' },
    ],
    cuda:
      'Plain assignments between variables, reading `threadIdx`/`blockIdx` (a `mov` from `%tid`/`%ctaid`), loading constants, and ' +
      'taking the address of a `__shared__` or `__device__` variable (usually `mov` followed by `cvta`).',
    example: {
      target: 'sm_75',
      caption: 'Reads the thread index, loads an immediate and takes the shared-memory address of an array element.',
      code: `.visible .entry mov_demo(.param .u64 out) {
  .shared .align 4 .b32 tile[64];
  .reg .b32 %r<5>;
  .reg .b64 %rd<3>;
  mov.u32 %r1, %tid.x;
  mov.f32 %r2, 0f3F800000;        // 1.0
  mov.u32 %r3, tile+16;           // shared address of tile[4]
  st.shared.u32 [%r3], %r2;
  add.s32 %r4, %r1, 1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r4;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-mov',
  },
  {
    opcode: 'mov',
    select: '^mov\\.b128$',
    family: 'data-movement',
    summary: 'Pack a vector of registers into one wide register, or unpack it',
    description:
      'With a brace list on one side, `mov` joins small registers into a bigger one (pack) or splits a big register into ' +
      'pieces (unpack). Element 0 (`x`) always occupies the lowest bits. The total width of the list must equal the ' +
      'instruction type: `mov.b64 {lo, hi}, %rd1` splits a 64-bit value into two 32-bit halves, and ' +
      '`mov.b32 %r1, {h0, h1}` joins two 16-bit values.\n\n' +
      'When unpacking, elements you do not need can be written as the sink `_`, as long as at least one real register ' +
      'remains. `.b128` registers, which exist mainly for 128-bit loads/stores and atomics, can only be built or taken ' +
      'apart with this form.',
    syntax: ['mov.type  d, {a0, a1, ...};   // pack', 'mov.type  {d0, d1, ...}, a;   // unpack', '.type = { .b16, .b32, .b64, .b128 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'The wide register (pack) or a brace list of narrower registers (unpack); `_` may stand for unwanted pieces.' },
      { name: 'a', role: 'source', description: 'A brace list of 2 or 4 registers (pack) or one wide register (unpack).' },
    ],
    modifiers: [
      { name: '.b16', description: 'Two 8-bit pieces ↔ one 16-bit value.' },
      { name: '.b32', description: 'Four 8-bit or two 16-bit pieces ↔ one 32-bit value.' },
      { name: '.b64', description: 'Four 16-bit or two 32-bit pieces ↔ one 64-bit value.' },
      { name: '.b128', description: 'Four 32-bit or two 64-bit pieces ↔ one 128-bit value. Needs PTX 8.3 and sm_70.' },
    ],
    semantics:
      '// pack two 32-bit values into .b64\nd = a0 | (a1 << 32);\n// unpack a .b128 into four 32-bit values\n{d0, d1, d2, d3} = {a[31:0], a[63:32], a[95:64], a[127:96]};',
    introduced: '1.0',
    versionNotes: [{ version: '8.3', change: '`.b128` type.' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_70', requirement: '`.b128`' }],
    cuda:
      'Compilers emit it when a `double` or `long long` is split into 32-bit halves (`__double2hiint`, `__hiloint2double`), when ' +
      '`half2`/`__nv_bfloat162` values are assembled from two halves, and around 128-bit types such as `__int128`.',
    example: {
      target: 'sm_75',
      caption: 'Builds a 128-bit register from two 64-bit halves, then splits it into four 32-bit words.',
      code: `.visible .entry mov_pack_demo(.param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<4>;
  .reg .b128 %q;
  ld.param.u64 %rd1, [out];
  mov.b64 %rd2, 0x1111111122222222;
  mov.b64 %rd3, 0x3333333344444444;
  mov.b128 %q, {%rd2, %rd3};
  mov.b128 {%r1, %r2, %r3, %r4}, %q;
  st.global.v4.b32 [%rd1], {%r1, %r2, %r3, %r4};
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-mov-2',
  },
  {
    opcode: 'shfl',
    family: 'data-movement',
    summary: 'Exchange a 32-bit register value between lanes of a warp (deprecated, no .sync)',
    description:
      'The original warp shuffle: every lane computes a source lane from `b`, `c` and the mode, and receives that lane\'s ' +
      '`a`. If the computed lane falls outside the allowed range, the lane keeps its own `a`, and the optional predicate ' +
      '`p` reports whether the exchange really happened.\n\n' +
      'It assumes the whole warp runs in lock step, which stopped being guaranteed with independent thread scheduling ' +
      '(Volta). It is deprecated since PTX 6.0 and rejected for sm_70 and newer from PTX 6.4 on; use `shfl.sync` instead.',
    syntax: ['shfl.mode.b32  d[|p], a, b, c;', '.mode = { .up, .down, .bfly, .idx };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives `a` from the source lane (or the lane\'s own `a` when out of range).' },
      { name: 'p', role: 'predicate', description: 'Optional; true when the source lane was in range.' },
      { name: 'a', role: 'source', description: 'The 32-bit value each lane offers to the others.' },
      { name: 'b', role: 'source', description: 'Source lane (`.idx`) or lane offset (`.up`, `.down`, `.bfly`), 0–31.' },
      {
        name: 'c',
        role: 'other',
        description: 'Packed control: bits 4:0 are the clamp (last allowed lane), bits 12:8 a segment mask that splits the warp into independent groups.',
      },
    ],
    modifiers: [
      { name: '.up', description: 'Read from lane `laneid - b`; lanes below the segment start keep their own value.' },
      { name: '.down', description: 'Read from lane `laneid + b`; lanes past the clamp keep their own value.' },
      { name: '.bfly', description: 'Read from lane `laneid XOR b` (butterfly pattern used by tree reductions).' },
      { name: '.idx', description: 'Read from the lane numbered `b` (within the segment).' },
    ],
    semantics:
      'maxLane = (lane & segmask) | (c[4:0] & ~segmask);\nswitch (mode) {\n  up:   j = lane - b; ok = j >= maxLane;\n  down: j = lane + b; ok = j <= maxLane;\n  bfly: j = lane ^ b; ok = j <= maxLane;\n  idx:  j = (lane & segmask) | (b & ~segmask); ok = j <= maxLane;\n}\nd = ok ? a[j] : a[lane];  p = ok;',
    introduced: '3.0',
    versionNotes: [
      { version: '6.0', change: 'Deprecated in favour of `shfl.sync`.' },
      { version: '6.4', change: 'No longer accepted for targets sm_70 and newer.' },
    ],
    minTarget: 'sm_30',
    targetNotes: [{ target: 'sm_30', requirement: 'Only for targets below sm_70 when the PTX version is 6.4 or later' }],
    cuda: 'The pre-CUDA 9 intrinsics `__shfl`, `__shfl_up`, `__shfl_down`, `__shfl_xor` (removed for sm_70+). Modern code uses the `_sync` variants, which produce `shfl.sync`.',
    example: {
      target: 'sm_75',
      ptxVersion: '6.3',
      caption: 'A shift-up shuffle in the old, non-synchronizing spelling; it needs `.version 6.3` or older on sm_70 and newer, and ptxas warns that it is deprecated.',
      code: `.visible .entry shfl_legacy_demo() {
  .reg .b32 %r<3>;
  .reg .pred %p;
  mov.u32 %r1, %laneid;
  shfl.up.b32 %r2|%p, %r1, 1, 0;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-shfl',
  },
  {
    opcode: 'shfl.sync',
    family: 'data-movement',
    summary: 'Exchange a 32-bit register value between the lanes of a warp named in a mask',
    description:
      'Each participating lane picks a source lane from `b`, `c` and the mode and receives that lane\'s value of `a`; no ' +
      'shared memory is involved. When the computed source lane is out of range, the lane keeps its own `a`, and the ' +
      'optional predicate `p` says whether the value really came from another lane.\n\n' +
      'The `.sync` part makes the lanes in `membermask` wait for each other first, so it is safe under independent thread ' +
      'scheduling. Every lane executing it must be in `membermask`, and no lane may read from a lane that is inactive ' +
      'or outside the mask.\n\n' +
      'Operand `c` lets you split the warp into segments (for example, 4 groups of 8 lanes) that shuffle independently.',
    syntax: ['shfl.sync.mode.b32  d[|p], a, b, c, membermask;', '.mode = { .up, .down, .bfly, .idx };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives `a` from the source lane (or the lane\'s own `a` when out of range).' },
      { name: 'p', role: 'predicate', description: 'Optional; true when the source lane was in range.' },
      { name: 'a', role: 'source', description: 'The 32-bit value each lane offers.' },
      { name: 'b', role: 'source', description: 'Source lane (`.idx`) or lane offset/XOR mask (`.up`, `.down`, `.bfly`); only bits 4:0 count.' },
      {
        name: 'c',
        role: 'other',
        description:
          'Packed control: bits 4:0 hold the clamp value, bits 12:8 a segment mask. For a full-warp shuffle use `0x1f` with `.down`/`.bfly`/`.idx` and `0` with `.up`. For segments of width w use `((32-w) << 8) | clamp`.',
      },
      { name: 'membermask', role: 'other', description: '32-bit mask of the lanes taking part (bit i = lane i), usually `0xffffffff`.' },
    ],
    modifiers: [
      { name: '.sync', description: 'Waits until all non-exited lanes in `membermask` reach a `shfl.sync` with the same mask before exchanging.' },
      { name: '.up', description: 'Read from lane `laneid - b`; lanes that would read below the segment start keep their own value (scans).' },
      { name: '.down', description: 'Read from lane `laneid + b`; lanes that would read past the clamp keep their own value (reductions).' },
      { name: '.bfly', description: 'Read from lane `laneid XOR b` (butterfly exchange; all-reduce patterns).' },
      { name: '.idx', description: 'Read from lane `b` within the segment (broadcast, arbitrary permutation).' },
    ],
    semantics:
      'wait_for(membermask);\nmaxLane = (lane & segmask) | (c[4:0] & ~segmask);   // segmask = c[12:8]\nswitch (mode) {\n  up:   j = lane - b; ok = j >= maxLane;\n  down: j = lane + b; ok = j <= maxLane;\n  bfly: j = lane ^ b; ok = j <= maxLane;\n  idx:  j = (lane & segmask) | (b & ~segmask); ok = j <= maxLane;\n}\nd = ok ? a[j] : a[lane];  p = ok;',
    introduced: '6.0',
    minTarget: 'sm_30',
    cuda:
      '`__shfl_sync`, `__shfl_up_sync`, `__shfl_down_sync`, `__shfl_xor_sync` (one `shfl.sync` per 32 bits of the value), and ' +
      'cooperative groups `tile.shfl()`, `shfl_down()`, `shfl_xor()`; CUB warp reductions and scans.',
    example: {
      target: 'sm_75',
      caption: 'Sums one value per lane across the warp with butterfly shuffles; every lane ends with the total.',
      code: `.visible .entry shfl_sync_sum(.param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  mov.u32 %r1, %laneid;
  shfl.sync.bfly.b32 %r2, %r1, 16, 0x1f, 0xffffffff;
  add.s32 %r1, %r1, %r2;
  shfl.sync.bfly.b32 %r2, %r1, 8, 0x1f, 0xffffffff;
  add.s32 %r1, %r1, %r2;
  shfl.sync.bfly.b32 %r2, %r1, 4, 0x1f, 0xffffffff;
  add.s32 %r1, %r1, %r2;
  shfl.sync.bfly.b32 %r2, %r1, 2, 0x1f, 0xffffffff;
  add.s32 %r1, %r1, %r2;
  shfl.sync.bfly.b32 %r2, %r1, 1, 0x1f, 0xffffffff;
  add.s32 %r1, %r1, %r2;
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r1;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-shfl-sync',
  },
  {
    opcode: 'prmt',
    family: 'data-movement',
    summary: 'Build a 32-bit value from any four bytes of two registers',
    description:
      'Treats `b:a` as eight bytes numbered 0–7 (bytes 0–3 from `a`, 4–7 from `b`) and assembles `d` byte by byte.\n\n' +
      'In the default form, `c` holds four 4-bit selectors, one per result byte (lowest nibble for byte 0). The low 3 bits ' +
      'of a selector pick the source byte; if its top bit is set, the result byte is filled with that byte\'s sign bit ' +
      'instead. The named modes instead use only the two lowest bits of `c` and apply a fixed pattern (shifting windows, ' +
      'replication, edge clamping), which is handy for unaligned byte streams.',
    syntax: ['prmt.b32{.mode}  d, a, b, c;', '.mode = { .f4e, .b4e, .rc8, .ecl, .ecr, .rc16 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'The assembled 32-bit result.' },
      { name: 'a', role: 'source', description: 'Supplies bytes 0–3.' },
      { name: 'b', role: 'source', description: 'Supplies bytes 4–7.' },
      { name: 'c', role: 'other', description: 'Selector: four nibbles (default form) or a 2-bit value in bits 1:0 (named modes).' },
    ],
    modifiers: [
      { name: '.f4e', description: 'Forward 4 extract: result is bytes `c..c+3` of `b:a` (a 4-byte window sliding forward).' },
      { name: '.b4e', description: 'Backward 4 extract: a 4-byte window taken in reverse order, wrapping around the 8 bytes.' },
      { name: '.rc8', description: 'Replicate 8: byte `c` of `a` copied into all four result bytes.' },
      { name: '.ecl', description: 'Edge clamp left: bytes below position `c` are replaced by byte `c`.' },
      { name: '.ecr', description: 'Edge clamp right: bytes above position `c` are replaced by byte `c`.' },
      { name: '.rc16', description: 'Replicate 16: the 16-bit half of `a` selected by bit 0 of `c` (0 = low, 1 = high) is copied into both halves.' },
    ],
    semantics:
      'src = (b << 32) | a;     // 8 bytes\n// default form\nfor i in 0..3: sel = (c >> 4*i) & 0xf;\n  byte = src.byte[sel & 7];\n  d.byte[i] = (sel & 8) ? (byte & 0x80 ? 0xff : 0x00) : byte;',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: '`__byte_perm(x, y, s)` maps directly to it; compilers also use it for byte/half swizzles such as building `half2` or `char4` values and endian swaps.',
    example: {
      target: 'sm_75',
      caption: 'Reverses the byte order of a word (an endian swap), then extracts a shifted 4-byte window.',
      code: `.visible .entry prmt_demo(.param .u32 x, .param .u32 y, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd1;
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [y];
  prmt.b32 %r3, %r1, 0, 0x0123;     // bytes 3,2,1,0 -> byteswap
  prmt.b32.f4e %r4, %r1, %r2, 1;    // bytes 1..4 of y:x
  ld.param.u64 %rd1, [out];
  st.global.v2.u32 [%rd1], {%r3, %r4};
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-prmt',
  },
  {
    opcode: 'ld',
    family: 'data-movement',
    summary: 'Load a value or vector from memory into registers',
    description:
      'Reads memory at address `a` and writes the value to `d`. The state space (`.global`, `.shared`, `.local`, `.const`, ' +
      '`.param`) tells the hardware which memory the address belongs to; without one, `a` is a generic address and the ' +
      'hardware works out the space itself. Vector forms (`.v2`, `.v4`, `.v8`) load several consecutive elements into a ' +
      'brace list of registers in one instruction; the address must be aligned to the full access size.\n\n' +
      'The memory-ordering qualifier decides how the load takes part in synchronization: `.weak` (the default) is an ordinary ' +
      'load, `.relaxed.scope` and `.acquire.scope` are strong loads for lock-free code, `.volatile` forbids caching it ' +
      'away, and `.mmio.relaxed.sys` is for memory-mapped I/O. Cache operators (`.ca`, `.cg` …), eviction hints, ' +
      'prefetch sizes and cache policies are performance hints only; they never change what value is read.\n\n' +
      'A destination register wider than the type is allowed: signed types are sign-extended, others zero-extended.',
    syntax: [
      'ld{.weak}{.ss}{.cop}{.level::cache_hint}{.level::prefetch_size}{.vec}.type  d, [a]{.unified}{, cache-policy};',
      'ld{.weak}{.ss}{.level1::eviction_priority}{.level2::eviction_priority}{.level::cache_hint}{.level::prefetch_size}{.vec}.type  d, [a]{.unified}{, cache-policy};',
      'ld.volatile{.ss}{.level::prefetch_size}{.vec}.type  d, [a];',
      'ld.relaxed.scope{.ss}{.level1::eviction_priority}{.level2::eviction_priority}{.level::cache_hint}{.level::prefetch_size}{.vec}.type  d, [a]{, cache-policy};',
      'ld.acquire.scope{.ss}{.level1::eviction_priority}{.level2::eviction_priority}{.level::cache_hint}{.level::prefetch_size}{.vec}.type  d, [a]{, cache-policy};',
      'ld.mmio.relaxed.sys{.global}.type  d, [a];',
      '.ss = { .const, .global, .local, .param{::entry, ::func}, .shared{::cta, ::cluster} };',
      '.cop = { .ca, .cg, .cs, .lu, .cv };',
      '.level1::eviction_priority = { .L1::evict_normal, .L1::evict_unchanged, .L1::evict_first, .L1::evict_last, .L1::no_allocate };',
      '.level2::eviction_priority = { .L2::evict_normal, .L2::evict_first, .L2::evict_last };',
      '.level::cache_hint = { .L2::cache_hint };',
      '.level::prefetch_size = { .L2::64B, .L2::128B, .L2::256B };',
      '.scope = { .cta, .cluster, .gpu, .sys };',
      '.vec = { .v2, .v4, .v8 };',
      '.type = { .b8, .b16, .b32, .b64, .b128, .u8, .u16, .u32, .u64, .s8, .s16, .s32, .s64, .f32, .f64 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'A register, or a brace list of registers for vector forms (`_` may skip elements of `.v8`/`.v4.b64` loads).' },
      {
        name: '[a]',
        role: 'address',
        description: 'The address: `[reg]`, `[reg+imm]`, `[var]`, `[var+imm]` or `[imm]`. Interpreted in the named state space, or as a generic address when none is given.',
      },
      CACHE_POLICY_OPERAND,
    ],
    modifiers: [
      { name: '.weak', description: 'Ordinary load with no synchronization effect (the default). Other threads\' writes become visible only through separate synchronization.' },
      { name: '.volatile', description: 'Behaves like a relaxed load at system scope, and in addition every volatile instruction is kept (none is optimized away) and not reordered with other volatile instructions. Meant for C++ `volatile`; not suitable for MMIO (use `.mmio`). No cache operators. Global, shared and (PTX 9.1) local memory.' },
      { name: '.relaxed', description: 'A strong load at the given scope with no ordering of other accesses; used for flags and counters. Global or shared memory only; no cache operators.' },
      { name: '.acquire', description: 'A strong load that also orders every later memory access of this thread after it (pairs with a release store or fence). Global or shared memory only; no cache operators.' },
      { name: '.mmio', description: 'Memory-mapped I/O load (e.g. a device control register): always really performed, never served from a cache, combined with other reads or prefetched. Must be written `.mmio.relaxed.sys`, global memory only. PTX 8.2, sm_70.' },
      { name: '.unified', description: 'Written after the address, `[a].unified`: says the address refers to a variable declared with the `.unified` attribute. Global/generic only; PTX 8.0, sm_90.' },
      { name: '.ca', description: 'Cache at all levels (L1 and L2). The default for global loads; L1 is not kept coherent between SMs, so do not use it to read data other blocks of the same grid are writing.' },
      { name: '.cg', description: 'Cache in L2 only, bypassing L1 (`__ldcg`). Useful for data written by other SMs during the kernel.' },
      { name: '.cs', description: 'Streaming: cache with evict-first priority because the data is probably used only once (`__ldcs`).' },
      { name: '.lu', description: 'Last use: the line will not be needed again, so it need not be written back (spill restores, stack pops). On global addresses it acts like `.cs`.' },
      { name: '.cv', description: 'Do not trust cached copies: fetch again on every load (on system memory the matching L2 line is invalidated first) (`__ldcv`).' },
      ...L1_EVICTION,
      ...L2_EVICTION,
      CACHE_HINT,
      PREFETCH_SIZE,
      ...LDST_VECTORS,
      { name: '.param::entry', description: 'Reads a kernel parameter. The default for `.param` accesses to the kernel\'s own parameters. PTX 8.3.' },
      { name: '.param::func', description: 'Reads a device-function parameter or a value returned from a call. Such a load may not be predicated. PTX 8.3.' },
      { name: '.shared::cta', description: 'Shared memory of the executing CTA (what plain `.shared` means).' },
      { name: '.shared::cluster', description: 'Shared memory of any CTA in the cluster (addresses from `mapa`). PTX 7.8, sm_90.' },
      { name: '.b128', description: 'A 128-bit scalar load into a `.b128` register. PTX 8.3, sm_70 (with `.sys` scope: PTX 8.4).' },
    ],
    semantics: 'd = *a;              // register address\nd = *(a + imm);      // register plus offset\nd = var;             // named variable',
    introduced: '1.0',
    versionNotes: [
      { version: '1.1', change: '`ld.volatile`.' },
      { version: '2.0', change: 'Generic addressing and cache operators.' },
      { version: '3.1', change: 'Generic addressing of `.const`.' },
      { version: '6.0', change: '`.weak`, `.relaxed`, `.acquire` and scopes.' },
      { version: '7.4', change: 'L1 eviction priorities, `.L2::cache_hint` and prefetch sizes.' },
      { version: '7.8', change: '`.cluster` scope, `.shared::cta` and `.shared::cluster`.' },
      { version: '8.0', change: '`.unified`.' },
      { version: '8.2', change: '`.mmio`.' },
      { version: '8.3', change: '`.param::entry`, `.param::func`, `.b128`.' },
      { version: '8.4', change: '`.sys` scope with `.b128`.' },
      { version: '8.8', change: 'L2 eviction priorities, `.v8` of 32-bit types and `.v4` of 64-bit types (256-bit loads).' },
      { version: '9.1', change: '`.volatile` on `.local`.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`ld.f64`' },
      { target: 'sm_20', requirement: 'Generic addressing and cache operators' },
      { target: 'sm_30', requirement: 'The `::cta` sub-qualifier (`.shared::cta`)' },
      { target: 'sm_70', requirement: '`.relaxed`, `.acquire`, `.weak`, scopes, L1 eviction priorities, `.mmio`, `.b128`' },
      { target: 'sm_75', requirement: '`.L2::64B` and `.L2::128B` prefetch sizes' },
      { target: 'sm_80', requirement: '`.L2::256B` and `.L2::cache_hint`' },
      { target: 'sm_90', requirement: '`.cluster` scope, `.shared::cluster`, `.unified`' },
      { target: 'sm_100', requirement: 'L2 eviction priorities and 256-bit vectors (`.v8.b32`, `.v4.b64`)' },
    ],
    cuda:
      'Any pointer dereference or array read. `__ldca`, `__ldcg`, `__ldcs`, `__ldlu`, `__ldcv` choose the cache operator; ' +
      '`volatile` reads give `ld.volatile`; `cuda::atomic_ref<T>::load(memory_order_acquire)` and `cuda::std::atomic` loads ' +
      'give `ld.acquire`/`ld.relaxed` with a scope; `cuda::annotated_ptr` with an access property adds `.L2::cache_hint`. ' +
      'Eviction-hint and `.v8` forms are usually written with inline asm (CUTLASS, DeepGEMM, DeepEP).',
    example: {
      target: 'sm_80',
      caption: 'Loads a float4 with an L1 evict-last hint and an L2 policy, a flag with acquire semantics, and a shared value.',
      code: `.visible .entry ld_demo(.param .u64 src, .param .u64 flag) {
  .shared .align 16 .b32 buf[32];
  .reg .b32 %r<4>;
  .reg .f32 %f<5>;
  .reg .b64 %rd<5>;
  ld.param.u64 %rd1, [src];
  ld.param.u64 %rd2, [flag];
  cvta.to.global.u64 %rd3, %rd1;
  cvta.to.global.u64 %rd4, %rd2;
  createpolicy.fractional.L2::evict_last.b64 %rd1, 1.0;
  ld.global.L1::evict_last.L2::cache_hint.v4.f32 {%f1, %f2, %f3, %f4}, [%rd3], %rd1;
  ld.global.L2::128B.f32 %f1, [%rd3+16];
  ld.acquire.gpu.global.u32 %r1, [%rd4];
  mov.u32 %r2, buf;
  ld.shared.u32 %r3, [%r2+4];
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-ld',
  },
  {
    opcode: 'ld.global.nc',
    family: 'data-movement',
    summary: 'Load read-only global data through the non-coherent (texture) cache',
    description:
      'Loads from global memory like `ld.global`, but lets the hardware keep the line in the read-only, non-coherent data ' +
      'cache (the texture path). That cache is not kept in sync with writes, so the data must stay unchanged for the whole ' +
      'kernel: no thread in the grid may write it while it is read this way.\n\n' +
      'Because the path is large and high-bandwidth, it is the usual choice for weights, look-up tables and input ' +
      'tensors. It accepts the same vector widths, eviction hints, prefetch sizes and cache-policy operand as `ld`, ' +
      'but no memory-ordering qualifiers.',
    syntax: [
      'ld.global{.cop}.nc{.level::cache_hint}{.level::prefetch_size}{.vec}.type  d, [a]{, cache-policy};',
      'ld.global.nc{.level1::eviction_priority}{.level2::eviction_priority}{.level::cache_hint}{.level::prefetch_size}{.vec}.type  d, [a]{, cache-policy};',
      '.cop = { .ca, .cg, .cs };',
      '.level1::eviction_priority = { .L1::evict_normal, .L1::evict_unchanged, .L1::evict_first, .L1::evict_last, .L1::no_allocate };',
      '.level2::eviction_priority = { .L2::evict_normal, .L2::evict_first, .L2::evict_last };',
      '.level::cache_hint = { .L2::cache_hint };',
      '.level::prefetch_size = { .L2::64B, .L2::128B, .L2::256B };',
      '.vec = { .v2, .v4, .v8 };',
      '.type = { .b8, .b16, .b32, .b64, .b128, .u8, .u16, .u32, .u64, .s8, .s16, .s32, .s64, .f32, .f64 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'A register or a brace list of registers (`_` may skip elements of 256-bit loads).' },
      { name: '[a]', role: 'address', description: 'A global address: `[reg]`, `[reg+imm]`, `[var]` or `[imm]`.' },
      CACHE_POLICY_OPERAND,
    ],
    modifiers: [
      { name: '.nc', description: 'Non-coherent: the data may be cached in the read-only cache, which does not see writes made during the kernel.' },
      { name: '.ca', description: 'Cache in L1 and L2 (the default behaviour).' },
      { name: '.cg', description: 'Cache in L2 only.' },
      { name: '.cs', description: 'Streaming: evict-first allocation, the data will probably be read once.' },
      ...L1_EVICTION,
      ...L2_EVICTION,
      CACHE_HINT,
      PREFETCH_SIZE,
      ...LDST_VECTORS,
      { name: '.b128', description: 'A 128-bit scalar load into a `.b128` register. PTX 8.3, sm_70.' },
    ],
    semantics: 'd = *a;   // a must point to global memory that is read-only for the kernel\'s lifetime',
    introduced: '3.1',
    versionNotes: [
      { version: '7.4', change: 'L1 eviction priorities, `.L2::cache_hint` and prefetch sizes.' },
      { version: '8.3', change: '`.b128`.' },
      { version: '8.8', change: 'L2 eviction priorities and 256-bit vectors (`.v8.b32`, `.v4.b64`).' },
    ],
    minTarget: 'sm_32',
    targetNotes: [
      { target: 'sm_70', requirement: 'L1 eviction priorities, `.b128`' },
      { target: 'sm_75', requirement: 'Prefetch sizes' },
      { target: 'sm_80', requirement: '`.L2::cache_hint`' },
      { target: 'sm_100', requirement: 'L2 eviction priorities and 256-bit vectors' },
    ],
    cuda:
      '`__ldg(ptr)`, and ordinary loads through `const __restrict__` pointers when the compiler can prove the data is read-only. ' +
      'Forms with `.L1::no_allocate`, `.L2::256B` or `.v8` come from inline asm (e.g. DeepEP\'s and CUTLASS\'s `ld.global.nc.L1::no_allocate` helpers).',
    example: {
      target: 'sm_80',
      caption: 'Streams a read-only vector without polluting L1, asking L2 to prefetch a 256-byte block.',
      code: `.visible .entry ld_nc_demo(.param .u64 weights, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<5>;
  ld.param.u64 %rd1, [weights];
  ld.param.u64 %rd2, [out];
  cvta.to.global.u64 %rd3, %rd1;
  cvta.to.global.u64 %rd4, %rd2;
  ld.global.nc.L1::no_allocate.L2::256B.v4.s32 {%r1, %r2, %r3, %r4}, [%rd3];
  add.s32 %r1, %r1, %r4;
  st.global.u32 [%rd4], %r1;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-ld-global-nc',
  },
  {
    opcode: 'ldu',
    family: 'data-movement',
    summary: 'Load read-only data whose address is the same for every thread of the warp',
    description:
      'A load for values that every lane of the warp reads from one and the same address, such as a coefficient or a ' +
      'pointer shared by the whole warp. The data must be read-only for the kernel. The hardware can fetch it once and ' +
      'broadcast it (through the uniform/constant-like path).\n\n' +
      'Without a state space the address is generic; it must still point into global memory.',
    syntax: ['ldu{.ss}.type      d, [a];', 'ldu{.ss}.vec.type  d, [a];', '.ss = { .global };', '.vec = { .v2, .v4 };', '.type = { .b8, .b16, .b32, .b64, .b128, .u8, .u16, .u32, .u64, .s8, .s16, .s32, .s64, .f32, .f64 };'],
    operands: [
      { name: 'd', role: 'destination', description: 'Register or brace list of registers receiving the value.' },
      { name: '[a]', role: 'address', description: 'Global (or generic) address, identical in all lanes of the warp.' },
    ],
    modifiers: [
      { name: '.v2', description: 'Loads two consecutive elements into `{d0, d1}`.' },
      { name: '.v4', description: 'Loads four consecutive elements into `{d0, d1, d2, d3}`.' },
      { name: '.b128', description: 'A 128-bit scalar load. PTX 8.3, sm_70.' },
    ],
    introduced: '2.0',
    versionNotes: [{ version: '8.3', change: '`.b128`.' }],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`ldu.f64`' },
      { target: 'sm_70', requirement: '`.b128`' },
    ],
    cuda: 'Not exposed directly; the compiler may pick it for warp-uniform reads of `const` data. Otherwise inline asm.',
    example: {
      target: 'sm_75',
      caption: 'Every lane reads the same pair of scale factors, then scales its own element.',
      code: `.visible .entry ldu_demo(.param .u64 scales, .param .u64 data) {
  .reg .b32 %r1;
  .reg .f32 %f<4>;
  .reg .b64 %rd<6>;
  ld.param.u64 %rd1, [scales];
  ld.param.u64 %rd2, [data];
  cvta.to.global.u64 %rd3, %rd1;
  cvta.to.global.u64 %rd4, %rd2;
  ldu.global.v2.f32 {%f1, %f2}, [%rd3];
  mov.u32 %r1, %tid.x;
  mul.wide.u32 %rd5, %r1, 4;
  add.s64 %rd4, %rd4, %rd5;
  ld.global.f32 %f3, [%rd4];
  fma.rn.f32 %f3, %f3, %f1, %f2;
  st.global.f32 [%rd4], %f3;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-ldu',
  },
  {
    opcode: 'st',
    family: 'data-movement',
    summary: 'Store a register value or vector to memory',
    description:
      'Writes the value of `b` to address `a`. The state space (`.global`, `.shared`, `.local`, `.param`) names the memory; ' +
      'without one, `a` is a generic address. `.const` memory cannot be written. Vector forms write a brace list of registers ' +
      'to consecutive elements, and the address must be aligned to the whole access.\n\n' +
      'The ordering qualifier says how the store synchronizes: `.weak` (default) is a plain store; `.relaxed.scope` is a ' +
      'strong store without ordering; `.release.scope` also makes all earlier memory accesses of this thread visible ' +
      'before the store (the writer half of a flag hand-off); `.volatile` and `.mmio` are for special memory. ' +
      'Cache operators and eviction hints are only performance hints.\n\n' +
      'If `b` is wider than the type, only its low bits are written.',
    syntax: [
      'st{.weak}{.ss}{.cop}{.level::cache_hint}{.vec}.type  [a], b{, cache-policy};',
      'st{.weak}{.ss}{.level1::eviction_priority}{.level2::eviction_priority}{.level::cache_hint}{.vec}.type  [a], b{, cache-policy};',
      'st.volatile{.ss}{.vec}.type  [a], b;',
      'st.relaxed.scope{.ss}{.level1::eviction_priority}{.level2::eviction_priority}{.level::cache_hint}{.vec}.type  [a], b{, cache-policy};',
      'st.release.scope{.ss}{.level1::eviction_priority}{.level2::eviction_priority}{.level::cache_hint}{.vec}.type  [a], b{, cache-policy};',
      'st.mmio.relaxed.sys{.global}.type  [a], b;',
      '.ss = { .global, .local, .param{::func}, .shared{::cta, ::cluster} };',
      '.cop = { .wb, .cg, .cs, .wt };',
      '.level1::eviction_priority = { .L1::evict_normal, .L1::evict_unchanged, .L1::evict_first, .L1::evict_last, .L1::no_allocate };',
      '.level2::eviction_priority = { .L2::evict_normal, .L2::evict_first, .L2::evict_last };',
      '.level::cache_hint = { .L2::cache_hint };',
      '.scope = { .cta, .cluster, .gpu, .sys };',
      '.vec = { .v2, .v4, .v8 };',
      '.type = { .b8, .b16, .b32, .b64, .b128, .u8, .u16, .u32, .u64, .s8, .s16, .s32, .s64, .f32, .f64 };',
    ],
    operands: [
      { name: '[a]', role: 'address', description: 'Destination address: `[reg]`, `[reg+imm]`, `[var]`, `[var+imm]` or `[imm]`.' },
      { name: 'b', role: 'source', description: 'The register (or brace list for vectors) to store; `_` may skip elements of 256-bit stores.' },
      CACHE_POLICY_OPERAND,
    ],
    modifiers: [
      { name: '.weak', description: 'Ordinary store with no synchronization effect (the default).' },
      { name: '.volatile', description: 'Behaves like a relaxed store at system scope, and in addition every volatile instruction is kept and not reordered with other volatile instructions. Meant for C++ `volatile`; not for MMIO (use `.mmio`). No cache operators. Global, shared and (PTX 9.1) local memory.' },
      { name: '.relaxed', description: 'Strong store at the given scope without ordering other accesses. Global or shared only; no cache operators.' },
      { name: '.release', description: 'Strong store that first makes all earlier memory accesses of this thread visible at the given scope. Pairs with an acquire load of the same location. Global or shared only.' },
      { name: '.mmio', description: 'Memory-mapped I/O store: always performed and never combined with other writes. Written `.mmio.relaxed.sys`, global memory only. PTX 8.2, sm_70.' },
      { name: '.wb', description: 'Write-back through the coherent cache levels (the default).' },
      { name: '.cg', description: 'Cache in L2 only, bypassing L1 (`__stcg`).' },
      { name: '.cs', description: 'Streaming store: allocate with evict-first priority, the data will not be reread soon (`__stcs`).' },
      { name: '.wt', description: 'Write-through to system memory when the address is in host (system) memory (`__stwt`).' },
      ...L1_EVICTION,
      ...L2_EVICTION,
      CACHE_HINT,
      ...LDST_VECTORS,
      { name: '.param::func', description: 'Writes a device-function parameter before a `call` (the default meaning of `.param` for stores). May not be predicated. PTX 8.3.' },
      { name: '.shared::cta', description: 'Shared memory of the executing CTA (what plain `.shared` means).' },
      { name: '.shared::cluster', description: 'Shared memory of any CTA in the cluster, addressed through `mapa`. PTX 7.8, sm_90.' },
      { name: '.b128', description: 'Stores a 128-bit `.b128` register. PTX 8.3, sm_70.' },
    ],
    semantics: '*a = b;            // register address\n*(a + imm) = b;    // register plus offset\nvar = b;           // named variable',
    introduced: '1.0',
    versionNotes: [
      { version: '1.1', change: '`st.volatile`.' },
      { version: '2.0', change: 'Generic addressing and cache operators.' },
      { version: '6.0', change: '`.weak`, `.relaxed`, `.release` and scopes.' },
      { version: '7.4', change: 'L1 eviction priorities and `.L2::cache_hint`.' },
      { version: '7.8', change: '`.cluster` scope, `.shared::cta` and `.shared::cluster`.' },
      { version: '8.2', change: '`.mmio`.' },
      { version: '8.3', change: '`.param::func` and `.b128`.' },
      { version: '8.4', change: '`.sys` scope with `.b128`.' },
      { version: '8.8', change: 'L2 eviction priorities and 256-bit vectors.' },
      { version: '9.1', change: '`.volatile` on `.local`.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: '`st.f64`' },
      { target: 'sm_20', requirement: 'Generic addressing and cache operators' },
      { target: 'sm_30', requirement: 'The `::cta` sub-qualifier (`.shared::cta`)' },
      { target: 'sm_70', requirement: '`.relaxed`, `.release`, `.weak`, scopes, L1 eviction priorities, `.mmio`, `.b128`' },
      { target: 'sm_80', requirement: '`.L2::cache_hint`' },
      { target: 'sm_90', requirement: '`.cluster` scope and `.shared::cluster`' },
      { target: 'sm_100', requirement: 'L2 eviction priorities and 256-bit vectors' },
    ],
    cuda:
      'Any assignment through a pointer or to an array element. `__stwb`, `__stcg`, `__stcs`, `__stwt` pick the cache ' +
      'operator; `volatile` writes give `st.volatile`; `cuda::atomic_ref<T>::store(v, memory_order_release)` gives ' +
      '`st.release` with a scope; writes to a remote CTA\'s `__shared__` through `cluster.map_shared_rank()` give `st.shared::cluster`.',
    example: {
      target: 'sm_90',
      caption: 'Writes a result vector with a streaming hint, then publishes a ready flag with a release store.',
      code: `.visible .entry st_demo(.param .u64 out, .param .u64 flag) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<5>;
  ld.param.u64 %rd1, [out];
  ld.param.u64 %rd2, [flag];
  cvta.to.global.u64 %rd3, %rd1;
  cvta.to.global.u64 %rd4, %rd2;
  mov.u32 %r1, %tid.x;
  add.s32 %r2, %r1, 1;
  add.s32 %r3, %r1, 2;
  add.s32 %r4, %r1, 3;
  st.global.cs.v4.u32 [%rd3], {%r1, %r2, %r3, %r4};
  st.release.gpu.global.u32 [%rd4], 1;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-st',
  },
  {
    opcode: 'st.async',
    family: 'data-movement',
    summary: 'Start an asynchronous store to a cluster peer\'s shared memory, or a release store to global memory',
    description:
      'The first form writes `b` into the shared memory of **another CTA of the same cluster** without waiting. When the ' +
      'bytes have landed, the hardware performs a complete-tx on the mbarrier `mbar` (which lives in that same destination ' +
      'CTA), decreasing its pending transaction count by the number of bytes written. The receiving CTA waits on its ' +
      'mbarrier to know the data is there. This is a cheap way to push small values between CTAs of a cluster.\n\n' +
      'The second form (PTX 8.7, sm_100) is a non-blocking `.release` store to global memory at `.gpu` or `.sys` scope, ' +
      'optionally as an MMIO operation.',
    syntax: [
      'st.async{.weak}{.ss}.completion_mechanism{.vec}.type  [a], b, [mbar];',
      'st.async{.scope}{.ss}.completion_mechanism{.vec}.type  [a], b, [mbar];',
      'st.async{.weak}{.ss}.completion_mechanism{.vec}.type  [a], b;   // ptxas (CUDA 13.0) also accepts the first form without [mbar]',
      '.scope = { .cluster };',
      '.ss = { .shared::cluster };',
      '.completion_mechanism = { .mbarrier::complete_tx::bytes };',
      '.vec = { .v2, .v4 };',
      '.type = { .b32, .b64, .u32, .u64, .s32, .s64, .f32, .f64 };',
      '',
      'st.async{.mmio}.sem.scope{.ss}.type  [a], b;',
      '.sem = { .release };',
      '.scope = { .gpu, .sys };',
      '.ss = { .global };',
      '.type = { .b8, .b16, .b32, .b64, .u8, .u16, .u32, .u64, .s8, .s16, .s32, .s64, .f32, .f64 };',
    ],
    operands: [
      { name: '[a]', role: 'address', description: 'Destination: `[reg]` or `[reg+imm]`, in a peer CTA\'s shared memory (first form) or global memory (second form).' },
      { name: 'b', role: 'source', description: 'The value (or brace list for `.v2`/`.v4`) to store.' },
      { name: '[mbar]', role: 'address', description: 'The mbarrier in the destination CTA that is signalled with the byte count on completion.' },
    ],
    modifiers: [
      { name: '.weak', description: 'The store itself is weak (default for the mbarrier form); its complete-tx on the mbarrier has release semantics at cluster scope.' },
      {
        name: '.mbarrier::complete_tx::bytes',
        description:
          'Completion is reported by a complete-tx on `mbar` with the number of bytes written; the mbarrier must have expected that many bytes (`mbarrier.expect_tx` or `arrive.expect_tx`).',
      },
      { name: '.shared::cluster', description: 'The destination and `mbar` are shared-memory addresses of a CTA in the cluster (normally obtained with `mapa`). The destination and mbarrier must be in the same CTA, and the cluster must have more than one CTA.' },
      { name: '.release', description: 'Second form: a strong store that first makes this thread\'s earlier accesses visible at the given scope.' },
      { name: '.mmio', description: 'Second form: the store is an MMIO operation; then the scope must be `.sys`.' },
      { name: '.global', description: 'Second form: the destination is global memory.' },
      { name: '.v2', description: 'Stores two elements.' },
      { name: '.v4', description: 'Stores four elements.' },
    ],
    introduced: '8.1',
    versionNotes: [{ version: '8.7', change: '`.release` store to global memory with `.gpu`/`.sys` scope and `.mmio`.' }],
    minTarget: 'sm_90',
    targetNotes: [{ target: 'sm_100', requirement: 'The `.release` global form, `.mmio`, `.gpu`/`.sys` scope' }],
    cuda: 'Inline asm, or CUTLASS/CuTe cluster helpers (e.g. `cute::store_shared_remote`) that wrap `st.async.shared::cluster.mbarrier::complete_tx::bytes`.',
    example: {
      target: 'sm_90',
      caption: 'In a 2-CTA cluster, each CTA writes its rank into the partner CTA\'s shared slot, signalling the partner\'s mbarrier.',
      code: `.visible .entry st_async_demo() .reqnctapercluster 2, 1, 1 {
  .shared .align 8 .b64 bar;
  .shared .align 4 .b32 slot;
  .reg .pred %p1;
  .reg .b32 %r<8>;
  .reg .b64 %rd1;
  mov.u32 %r1, bar;
  mov.u32 %r2, slot;
  mbarrier.init.shared::cta.b64 [%r1], 1;
  mbarrier.arrive.expect_tx.shared::cta.b64 %rd1, [%r1], 4;   // expect 4 bytes from the partner
  barrier.cluster.arrive;
  barrier.cluster.wait;
  mov.u32 %r3, %cluster_ctarank;
  xor.b32 %r4, %r3, 1;
  mapa.shared::cluster.u32 %r5, %r2, %r4;
  mapa.shared::cluster.u32 %r6, %r1, %r4;
  st.async.shared::cluster.mbarrier::complete_tx::bytes.u32 [%r5], %r3, [%r6];
WAIT:
  mbarrier.try_wait.parity.shared::cta.b64 %p1, [%r1], 0;
  @!%p1 bra WAIT;
  ld.shared.u32 %r7, [%r2];                                   // partner's rank
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-st-async',
  },
  {
    opcode: 'st.bulk',
    family: 'data-movement',
    summary: 'Zero-fill a region of shared memory in one instruction',
    description:
      'Sets `size` bytes of shared memory starting at `a` to zero. `size` must be a multiple of 8 and at most 16 MiB; ' +
      'the fill value operand must be the literal `0` (no other value is supported).\n\n' +
      'Without `.shared::cta` the address is generic and must fall in the shared window. The store is weak: other threads ' +
      'see the zeros only after normal synchronization such as a barrier.',
    syntax: ['st.bulk{.weak}{.shared::cta}  [a], size, initval;   // initval must be 0'],
    operands: [
      { name: '[a]', role: 'address', description: 'Start of the shared-memory region to clear (a shared address, or a generic address that points into shared memory).' },
      { name: 'size', role: 'source', description: '32-bit or 64-bit integer (register or immediate): number of bytes, a multiple of 8, at most 16777216.' },
      { name: 'initval', role: 'source', description: 'Immediate fill value; only `0` is allowed.' },
    ],
    modifiers: [
      { name: '.weak', description: 'The writes are ordinary weak stores (the only, default semantics).' },
      { name: '.shared::cta', description: 'The address is a shared-memory address of the executing CTA; without it, generic addressing is used.' },
    ],
    introduced: '8.6',
    versionNotes: [{ version: '9.0', change: '32-bit `size` operand.' }],
    minTarget: 'sm_100',
    cuda: 'libcu++ `cuda::ptx::st_bulk(addr, size, cuda::ptx::n32_t<0>{})`, or inline asm (for example to clear a shared-memory staging buffer in Blackwell kernels).',
    example: {
      target: 'sm_100',
      caption: 'Clears a 1 KiB shared-memory buffer before the block uses it.',
      code: `.visible .entry st_bulk_demo() {
  .shared .align 16 .b8 stage[1024];
  .reg .b32 %r1;
  mov.u32 %r1, stage;
  st.bulk.weak.shared::cta [%r1], 1024, 0;
  bar.sync 0;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-st-bulk',
  },
  {
    opcode: 'prefetch',
    aliases: ['prefetchu'],
    family: 'data-movement',
    summary: 'Bring the cache line holding an address into a cache level ahead of use',
    description:
      '`prefetch` asks the memory system to pull the line containing address `a` into L1 or L2 now, so a later load finds ' +
      'it in cache. Nothing is written to registers and the thread does not wait. An optional L2 eviction priority can be ' +
      'attached to the prefetched line. Prefetching a shared-memory address does nothing.\n\n' +
      '`prefetch.tensormap` (sm_90) instead warms the cache with a TMA tensor map that lives in `.const` or `.param` space ' +
      '(or at a generic address), so the first `cp.async.bulk.tensor` that uses it does not stall on fetching the ' +
      'descriptor.\n\n' +
      '`prefetchu.L1` loads the line into the uniform cache; it needs a generic address and does nothing for const, local ' +
      'or shared addresses.',
    syntax: [
      'prefetch{.space}.level  [a];',
      'prefetch.global.level::eviction_priority  [a];',
      'prefetchu.L1  [a];',
      'prefetch{.tensormap_space}.tensormap  [a];',
      '.space = { .global, .local };',
      '.level = { .L1, .L2 };',
      '.level::eviction_priority = { .L2::evict_last, .L2::evict_normal };',
      '.tensormap_space = { .const, .param };',
    ],
    operands: [{ name: '[a]', role: 'address', description: 'Address whose cache line is fetched: `[reg]`, `[reg+imm]`, `[var]` or `[imm]`.' }],
    modifiers: [
      { name: '.L1', description: 'Target the L1 data cache (for `prefetchu`, the uniform cache).' },
      { name: '.L2', description: 'Target the L2 cache.' },
      { name: '.L2::evict_last', description: 'Prefetch into L2 and give the line evict-last priority, so it survives longer. Global only; sm_80.' },
      { name: '.L2::evict_normal', description: 'Prefetch into L2 with normal eviction priority. Global only; sm_80.' },
      { name: '.tensormap', description: 'The address is that of a tensor map (a TMA descriptor); prefetch it for later bulk tensor copies. PTX 8.0, sm_90.' },
    ],
    introduced: '2.0',
    versionNotes: [
      { version: '7.4', change: 'L2 eviction priority forms.' },
      { version: '8.0', change: '`.tensormap`.' },
    ],
    minTarget: 'sm_20',
    targetNotes: [
      { target: 'sm_80', requirement: '`.L2::evict_last` / `.L2::evict_normal`' },
      { target: 'sm_90', requirement: '`.tensormap`' },
    ],
    cuda:
      'No CUDA C++ built-in; inline asm (`asm("prefetch.global.L2 [%0];" :: "l"(p))`). CUTLASS\'s `cute::prefetch_tma_descriptor` emits ' +
      '`prefetch.tensormap`; libcu++ wraps the forms as `cuda::ptx::prefetch_L1`, `prefetch_L2`, `prefetch_L2_evict_last`, `prefetch_tensormap`.',
    example: {
      target: 'sm_90',
      caption: 'Prefetches the next tile of a global array into L2 with evict-last priority and warms a TMA descriptor passed as a kernel parameter.',
      code: `.visible .entry prefetch_demo(.param .u64 src, .param .align 64 .b8 tmap[128]) {
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [src];
  cvta.to.global.u64 %rd2, %rd1;
  prefetch.global.L2::evict_last [%rd2+4096];
  prefetch.global.L1 [%rd2];
  mov.u64 %rd3, tmap;
  prefetch.param.tensormap [%rd3];
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-prefetch-prefetchu',
  },
  {
    opcode: 'applypriority',
    family: 'data-movement',
    summary: 'Reset the L2 eviction priority of a 128-byte block to normal',
    description:
      'Changes the eviction priority of the lines covering `[a, a+size)` that are already in L2. Today the only priority ' +
      'allowed is `.L2::evict_normal` and the only size is 128 bytes, so its use is to undo an earlier evict-last hint ' +
      '(for example after a persisting buffer is no longer hot). The address must be 128-byte aligned and in global memory.',
    syntax: ['applypriority{.global}.level::eviction_priority  [a], size;', '.level::eviction_priority = { .L2::evict_normal };'],
    operands: [
      { name: '[a]', role: 'address', description: 'Global (or generic-to-global) address, aligned to 128 bytes.' },
      { name: 'size', role: 'other', description: 'Integer constant: number of bytes. Only `128` is supported.' },
    ],
    modifiers: [{ name: '.L2::evict_normal', description: 'Give the lines normal eviction priority in L2 (removing an evict-last or evict-first marking).' }],
    introduced: '7.4',
    minTarget: 'sm_80',
    cuda: 'Inline asm only. Related CUDA features: `cuda::discard_memory`, `cuda::apply_access_property`, and stream access-policy windows for L2 persistence.',
    example: {
      target: 'sm_80',
      caption: 'After a hot block was loaded with evict-last priority, demotes it back to normal priority.',
      code: `.visible .entry applypriority_demo(.param .u64 buf) {
  .reg .b32 %r1;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [buf];
  cvta.to.global.u64 %rd2, %rd1;
  ld.global.L1::evict_last.u32 %r1, [%rd2];
  applypriority.global.L2::evict_normal [%rd2], 128;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-applypriority',
  },
  {
    opcode: 'discard',
    family: 'data-movement',
    summary: 'Drop a 128-byte block from L2 without writing it back',
    description:
      'Tells the L2 cache that the data in `[a, a+128)` is no longer needed, so dirty lines can be thrown away instead of ' +
      'written back to DRAM. This saves memory bandwidth for scratch buffers.\n\n' +
      'In memory-model terms the block now holds garbage that is allowed to change: until something stores to it again, ' +
      'a read may return any bits, and two reads in a row may disagree. Use it only on data nobody reads before it is ' +
      'rewritten. The address must be global and 128-byte aligned.',
    syntax: ['discard{.global}.level  [a], size;', '.level = { .L2 };'],
    operands: [
      { name: '[a]', role: 'address', description: 'Global (or generic-to-global) address, 128-byte aligned.' },
      { name: 'size', role: 'other', description: 'Integer constant; only `128` is supported.' },
    ],
    modifiers: [{ name: '.L2', description: 'The cache level whose copy is discarded (only L2 is supported).' }],
    introduced: '7.4',
    minTarget: 'sm_80',
    cuda: '`cuda::discard_memory(ptr, nbytes)` from libcu++ issues `discard.global.L2` for each 128-byte block; otherwise inline asm.',
    example: {
      target: 'sm_80',
      caption: 'Throws away a scratch block in L2 once the kernel is done with it.',
      code: `.visible .entry discard_demo(.param .u64 scratch) {
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [scratch];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], 7;
  discard.global.L2 [%rd2], 128;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-discard',
  },
  {
    opcode: 'createpolicy',
    family: 'data-movement',
    summary: 'Build a 64-bit L2 cache-eviction policy for later .L2::cache_hint accesses',
    description:
      'Creates an opaque 64-bit value describing how L2 should prioritise lines, for use as the `cache-policy` operand of ' +
      'loads, stores, atomics and bulk copies that carry `.L2::cache_hint`.\n\n' +
      '- `.fractional`: a random fraction `fraction` (0 < f ≤ 1, default 1.0) of the accesses get the primary priority and ' +
      'the rest get the secondary one.\n' +
      '- `.range`: accesses to `[a, a+primary-size)` get the primary priority. Two secondary areas of `total-size − primary-size` ' +
      'bytes each, one right after the primary range and one right before `a`, get the secondary one; other addresses get an unspecified priority.\n' +
      '- `.cvt.L2`: converts an access-property object created by the CUDA API (`cuda::access_property`) into a policy.\n\n' +
      'The secondary priority defaults to `.L2::evict_unchanged`.',
    syntax: [
      'createpolicy.range{.global}.level::primary_priority{.level::secondary_priority}.b64  cache-policy, [a], primary-size, total-size;',
      'createpolicy.fractional.level::primary_priority{.level::secondary_priority}.b64  cache-policy{, fraction};',
      'createpolicy.cvt.L2.b64  cache-policy, access-property;',
      '.level::primary_priority = { .L2::evict_last, .L2::evict_normal, .L2::evict_first, .L2::evict_unchanged };',
      '.level::secondary_priority = { .L2::evict_first, .L2::evict_unchanged };',
    ],
    operands: [
      { name: 'cache-policy', role: 'destination', description: '64-bit register receiving the opaque policy.' },
      { name: '[a]', role: 'address', description: 'Range form: start of the primary range (global or generic-to-global).' },
      { name: 'primary-size', role: 'source', description: 'Range form: 32-bit byte size of the primary range (≤ total-size).' },
      { name: 'total-size', role: 'source', description: 'Range form: 32-bit byte size of primary plus secondary ranges, at most 4 GB.' },
      { name: 'fraction', role: 'source', description: 'Fractional form: `.f32` share of accesses that get the primary priority, in (0, 1]; default 1.0.' },
      { name: 'access-property', role: 'source', description: '`.cvt` form: 64-bit access-property value produced by the CUDA API.' },
    ],
    modifiers: [
      { name: '.range', description: 'Policy keyed on an address range: primary priority inside it, secondary priority in the neighbouring ranges.' },
      { name: '.fractional', description: 'Policy keyed on probability: each access gets the primary priority with probability `fraction`.' },
      { name: '.cvt', description: 'Convert a CUDA access-property object into a cache policy.' },
      { name: '.L2', description: 'The policy targets the L2 cache.' },
      { name: '.L2::evict_last', description: 'Lines stay in L2 as long as possible (persisting data such as weights reused by many CTAs).' },
      { name: '.L2::evict_normal', description: 'Normal eviction priority.' },
      { name: '.L2::evict_first', description: 'Lines are evicted first (streaming data you will not reuse).' },
      { name: '.L2::evict_unchanged', description: 'Leave the existing priority of the line unchanged (the default secondary priority).' },
      { name: '.global', description: 'Range form: the address `a` is a global-space address (otherwise generic).' },
      { name: '.b64', description: 'The policy is a 64-bit opaque value.' },
    ],
    introduced: '7.4',
    minTarget: 'sm_80',
    cuda:
      '`cuda::access_property` / `cuda::annotated_ptr` in libcu++ (the `.cvt` form or direct policies); CUTLASS/CuTe use fixed ' +
      'policy constants (`CacheHintSm90::EVICT_LAST` …) or inline `createpolicy` before TMA loads; otherwise inline asm.',
    example: {
      target: 'sm_80',
      caption: 'Creates an evict-first policy for half of the accesses and uses it on a global load.',
      code: `.visible .entry createpolicy_demo(.param .u64 src) {
  .reg .f32 %f1;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [src];
  cvta.to.global.u64 %rd2, %rd1;
  createpolicy.fractional.L2::evict_first.L2::evict_unchanged.b64 %rd3, 0.5;
  ld.global.L2::cache_hint.f32 %f1, [%rd2], %rd3;
  createpolicy.range.global.L2::evict_last.b64 %rd3, [%rd2], 4096, 8192;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-createpolicy',
  },
  {
    opcode: 'isspacep',
    family: 'data-movement',
    summary: 'Test whether a generic address points into a given state space',
    description:
      'Sets predicate `p` to true when the generic address `a` lies inside the window of the named state space, and false ' +
      'otherwise. Use it before `cvta.to.<space>` or a space-specific load when a pointer could point to several kinds of ' +
      'memory.\n\n' +
      'Kernel parameters live inside the global window, so `isspacep.global` is also true for them. `.shared::cluster` is true ' +
      'for any shared memory of the cluster, while `.shared::cta` (the default for `.shared`) only for the executing CTA\'s own.',
    syntax: ['isspacep.space  p, a;', '.space = { .const, .global, .local, .shared{::cta, ::cluster}, .param{::entry} };'],
    operands: [
      { name: 'p', role: 'predicate', description: 'Receives true or false.' },
      { name: 'a', role: 'source', description: 'The generic address to test (`.u32` or `.u64` register).' },
    ],
    modifiers: [
      { name: '.shared::cta', description: 'True only for shared memory of the executing CTA (what plain `.shared` means).' },
      { name: '.shared::cluster', description: 'True for shared memory of any CTA in the cluster. sm_90.' },
      { name: '.param::entry', description: 'True for addresses of kernel parameters (what plain `.param` means). Plain `.param` needs PTX 7.7; spelling out `::entry` needs PTX 8.3. sm_70.' },
    ],
    introduced: '2.0',
    versionNotes: [
      { version: '3.1', change: '`isspacep.const`.' },
      { version: '7.7', change: '`isspacep.param`.' },
      { version: '7.8', change: '`::cta` and `::cluster` on `.shared`.' },
      { version: '8.3', change: '`::entry` on `.param`.' },
    ],
    minTarget: 'sm_20',
    targetNotes: [
      { target: 'sm_70', requirement: '`isspacep.param`' },
      { target: 'sm_90', requirement: '`.shared::cluster`' },
    ],
    cuda: '`__isGlobal(p)`, `__isShared(p)`, `__isLocal(p)`, `__isConstant(p)`, `__isGridConstant(p)`, `__isClusterShared(p)`.',
    example: {
      target: 'sm_75',
      caption: 'Checks whether a generic pointer refers to shared memory and picks the matching load.',
      code: `.visible .entry isspacep_demo(.param .u64 ptr, .param .u64 out) {
  .reg .pred %p1;
  .reg .b32 %r<2>;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [ptr];
  ld.param.u64 %rd2, [out];
  mov.u32 %r1, 0;
  isspacep.shared %p1, %rd1;
  @%p1 cvta.to.shared.u64 %rd3, %rd1;
  @%p1 ld.shared.u32 %r1, [%rd3];
  @!%p1 ld.u32 %r1, [%rd1];
  st.u32 [%rd2], %r1;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-isspacep',
  },
  {
    opcode: 'cvta',
    family: 'data-movement',
    summary: 'Convert between a state-space address and a generic address',
    description:
      '`cvta.space` turns an address inside one state space (global, shared, local, const, kernel param) into a *generic* ' +
      'address, the kind of pointer plain `ld`/`st` and C++ pointers use. It can also take the generic address of a ' +
      'variable directly (`cvta.shared.u64 %rd, tile;`).\n\n' +
      '`cvta.to.space` goes the other way: it turns a generic address into an address inside the named space, which ' +
      'space-specific loads and stores need. If the generic address is not actually in that space, the result is ' +
      'undefined (check with `isspacep`). Source and destination have the same width; use `cvt` to widen or narrow.',
    syntax: [
      'cvta.space.size     p, a;        // space address in a register -> generic',
      'cvta.space.size     p, var;      // generic address of a variable',
      'cvta.space.size     p, var+imm;',
      'cvta.to.space.size  p, a;        // generic -> space address',
      '.space = { .const, .global, .local, .shared{::cta, ::cluster}, .param{::entry} };',
      '.size = { .u32, .u64 };',
    ],
    operands: [
      { name: 'p', role: 'destination', description: 'Receives the converted address.' },
      { name: 'a', role: 'source', description: 'Register holding the address to convert.' },
      { name: 'var', role: 'address', description: 'A variable in the named space, optionally plus a byte offset.' },
    ],
    modifiers: [
      { name: '.to', description: 'Direction: convert a generic address to an address in the named space (without it, space → generic).' },
      { name: '.shared::cta', description: 'Shared memory of the executing CTA (what plain `.shared` means).' },
      { name: '.shared::cluster', description: 'Shared memory of any CTA in the cluster. sm_90.' },
      { name: '.param::entry', description: 'Kernel parameter space (what plain `.param` means); the address must be a kernel parameter. Plain `.param` needs PTX 7.7; spelling out `::entry` needs PTX 8.3. sm_70.' },
    ],
    introduced: '2.0',
    versionNotes: [
      { version: '3.1', change: '`cvta.const` and `cvta.to.const`.' },
      { version: '7.7', change: '`cvta.param` and `cvta.to.param`.' },
      { version: '7.8', change: '`::cta` and `::cluster` on `.shared`.' },
      { version: '8.3', change: '`::entry` on `.param`.' },
    ],
    minTarget: 'sm_20',
    targetNotes: [
      { target: 'sm_70', requirement: '`.param` forms' },
      { target: 'sm_90', requirement: '`.shared::cluster`' },
    ],
    cuda:
      'Emitted whenever C++ pointers meet state spaces: `cvta.to.global` on kernel pointer arguments, `cvta.shared` when a ' +
      '`__shared__` array\'s address is used as a normal pointer. `__cvta_generic_to_shared(p)` and `__cvta_shared_to_generic` ' +
      'produce the shared forms (CUTLASS\'s `cast_smem_ptr_to_uint`).',
    example: {
      target: 'sm_75',
      caption: 'Converts a kernel pointer argument to a global address and a shared array to a generic pointer and back.',
      code: `.visible .entry cvta_demo(.param .u64 out) {
  .shared .align 4 .b32 smem[32];
  .reg .b32 %r<3>;
  .reg .b64 %rd<5>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  cvta.shared.u64 %rd3, smem;
  st.u32 [%rd3], 5;
  cvta.to.shared.u64 %rd4, %rd3;
  cvt.u32.u64 %r1, %rd4;
  ld.shared.u32 %r2, [%r1];
  st.global.u32 [%rd2], %r2;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cvta',
  },
  {
    opcode: 'cvt',
    family: 'data-movement',
    summary: 'Convert a value between integer, floating-point and low-precision float formats',
    description:
      'Converts `a` from type `.atype` to `.dtype` and writes `d`. It covers widening and narrowing integers, int ↔ float, ' +
      'float ↔ float (f64, f32, f16, bf16, tf32) and the packed low-precision formats used by tensor cores: FP8 ' +
      '(`.e4m3x2`, `.e5m2x2`), FP6 (`.e2m3x2`, `.e3m2x2`), FP4 (`.e2m1x2`) and the power-of-two scale format `.ue8m0x2`.\n\n' +
      'A rounding mode must be written for every integer ↔ float conversion, for every float conversion to a narrower ' +
      'float, and for all packed formats: `.rn/.rz/.rm/.rp/.rna/.rs` when the result is a float, `.rni/.rzi/.rmi/.rpi` ' +
      'when the result is an integer (or a float rounded to a whole number). Float-to-integer conversions always clamp to the ' +
      'destination range (NaN becomes 0 for most types).\n\n' +
      'Packed forms combine several inputs: `cvt.rn.f16x2.f32 d, a, b` puts `a` in the **upper** half and `b` in the ' +
      'lower half; the FP8/FP6/FP4 forms pack the same way (first operand in the high bits). `.satfinite` (mandatory for ' +
      'FP8/FP6/FP4 results) clamps overflow to the largest finite value instead of producing infinity.',
    syntax: [
      'cvt{.irnd}{.ftz}{.sat}.dtype.atype  d, a;   // integer rounding',
      'cvt{.frnd}{.ftz}{.sat}.dtype.atype  d, a;   // floating-point rounding',
      'cvt.frnd2{.relu}{.satfinite}.f16.f32      d, a;',
      'cvt.frnd2{.relu}{.satfinite}.f16x2.f32    d, a, b;',
      'cvt.rs{.relu}{.satfinite}.f16x2.f32       d, a, b, rbits;',
      'cvt.frnd2{.relu}{.satfinite}.bf16.f32     d, a;',
      'cvt.frnd2{.relu}{.satfinite}.bf16x2.f32   d, a, b;',
      'cvt.rs{.relu}{.satfinite}.bf16x2.f32      d, a, b, rbits;',
      'cvt.rna{.satfinite}.tf32.f32              d, a;',
      'cvt.frnd2{.satfinite}{.relu}.tf32.f32     d, a;',
      'cvt.rn.satfinite{.relu}.f8x2type.f32      d, a, b;',
      'cvt.rn.satfinite{.relu}.f8x2type.fp16x2type  d, a;',
      'cvt.rn{.relu}.f16x2.f8x2type              d, a;',
      'cvt.rs{.relu}.satfinite.f8x4type.f32      d, {a, b, e, f}, rbits;',
      'cvt.rn.satfinite{.relu}.f4x2type.f32      d, a, b;',
      'cvt.rn.satfinite{.relu}.f4x2type.fp16x2type  d, a;',
      'cvt.rn{.relu}.f16x2.f4x2type              d, a;',
      'cvt.rs{.relu}.satfinite.f4x4type.f32      d, {a, b, e, f}, rbits;',
      'cvt.rn.satfinite{.relu}.f6x2type.f32      d, a, b;',
      'cvt.rn.satfinite{.relu}.f6x2type.fp16x2type  d, a;',
      'cvt.rn{.relu}.f16x2.f6x2type              d, a;',
      'cvt.rs{.relu}.satfinite.f6x4type.f32      d, {a, b, e, f}, rbits;',
      'cvt.frnd3{.satfinite}.ue8m0x2.f32         d, a, b;',
      'cvt.frnd3{.satfinite}.ue8m0x2.bf16x2      d, a;',
      'cvt.rn.bf16x2.ue8m0x2                     d, a;',
      'cvt.rn.satfinite{.relu}{.scaled::n2::ue8m0}.s2f6x2.f32     d, a, b{, scale-factor};',
      'cvt.rn.satfinite{.relu}{.scaled::n2::ue8m0}.s2f6x2.bf16x2  d, a{, scale-factor};',
      'cvt.rn{.satfinite}{.relu}{.scaled::n2::ue8m0}.bf16x2.s2f6x2 d, a{, scale-factor};',
      '.irnd = { .rni, .rzi, .rmi, .rpi };',
      '.frnd = { .rn, .rz, .rm, .rp };',
      '.frnd2 = { .rn, .rz };',
      '.frnd3 = { .rz, .rp };',
      '.dtype = { .u8, .u16, .u32, .u64, .s8, .s16, .s32, .s64, .bf16, .f16, .f32, .f64 };',
      '.atype = { .u8, .u16, .u32, .u64, .s8, .s16, .s32, .s64, .bf16, .f16, .f32, .f64 };',
      '.f8x2type = { .e4m3x2, .e5m2x2 };',
      '.f8x4type = { .e4m3x4, .e5m2x4 };',
      '.f6x2type = { .e2m3x2, .e3m2x2 };',
      '.f6x4type = { .e2m3x4, .e3m2x4 };',
      '.f4x2type = { .e2m1x2 };',
      '.f4x4type = { .e2m1x4 };',
      '.fp16x2type = { .f16x2, .bf16x2 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'The converted value. Packed results go into `.b8` (e2m1x2), `.b16` (x2 8-bit formats, e2m1x4, ue8m0x2, s2f6x2) or `.b32` (f16x2, bf16x2, x4 8-bit formats) registers.' },
      { name: 'a', role: 'source', description: 'The value to convert; for packed sources, a register holding several packed values.' },
      { name: 'b', role: 'source', description: 'Second input of two-input packing forms; lands in the low part of `d`.' },
      { name: 'e, f', role: 'source', description: 'Third and fourth inputs of the four-input `.rs` forms.' },
      { name: 'rbits', role: 'source', description: '`.b32` register of random bits for stochastic rounding (`.rs`).' },
      { name: 'scale-factor', role: 'source', description: '`.b16` holding two `.ue8m0` scales (high byte for `a`/upper element). Inputs are divided by it when narrowing, results multiplied by it when widening. Default 1 (`0x7f7f`).' },
    ],
    modifiers: [
      { name: '.rn', description: 'Round to nearest, ties to even (float result).' },
      { name: '.rna', description: 'Round to nearest, ties away from zero; used for `.tf32`.' },
      { name: '.rz', description: 'Round toward zero (float result).' },
      { name: '.rm', description: 'Round toward negative infinity (float result).' },
      { name: '.rp', description: 'Round toward positive infinity (float result).' },
      {
        name: '.rs',
        description:
          'Stochastic rounding: the discarded mantissa bits are added to random bits from `rbits`, and the carry decides whether to round up or down in magnitude. Only for f16x2/bf16x2 and the x4 FP8/FP6/FP4 forms; sm_100a/sm_103a, PTX 8.7.',
      },
      { name: '.rni', description: 'Round to the nearest integer, ties to even (float→int, or float→same-size float holding an integral value).' },
      { name: '.rzi', description: 'Round to integer toward zero (C-style truncation).' },
      { name: '.rmi', description: 'Round to integer toward negative infinity (floor).' },
      { name: '.rpi', description: 'Round to integer toward positive infinity (ceil).' },
      { name: '.ftz', description: 'Tiny (subnormal) `.f32` values, in or out, are replaced by a zero of the same sign. Allowed only when the source or the destination type is `.f32`.' },
      {
        name: '.sat',
        description:
          'Integer result: clamp to the destination range instead of wrapping (only where overflow is possible). Float result: clamp to [0.0, 1.0], NaN → 0.',
      },
      { name: '.relu', description: 'Negative results become 0 (and NaN becomes the canonical NaN). For f16/bf16/tf32 and the FP8/FP6/FP4 results. PTX 7.0, sm_80.' },
      {
        name: '.satfinite',
        description:
          'Values beyond the largest finite number become ± that maximum instead of infinity. NaN stays NaN for f16/bf16/tf32/FP8 results, but becomes +MAX for FP6/FP4 (which have no NaN). Required for FP8/FP6/FP4 destinations.',
      },
      { name: '.scaled::n2::ue8m0', description: 'A `.b16` scale-factor operand with two `.ue8m0` scales follows; only with `.s2f6x2` conversions. PTX 9.1.' },
      { name: '.f16x2', description: 'Two f16 values packed in 32 bits; as a destination, from two f32 inputs (`a` → high half).' },
      { name: '.bf16x2', description: 'Two bf16 values packed in 32 bits.' },
      { name: '.tf32', description: 'TensorFloat-32: an f32 with a 10-bit mantissa, stored in a `.b32` register; input format for tf32 tensor-core MMA.' },
      { name: '.e4m3x2', description: 'Two FP8 E4M3 values (4 exponent, 3 mantissa bits; max 448; no infinity) packed in 16 bits. sm_89.' },
      { name: '.e5m2x2', description: 'Two FP8 E5M2 values (5 exponent, 2 mantissa bits; max 57344; has infinity) packed in 16 bits. sm_89.' },
      { name: '.e4m3x4', description: 'Four E4M3 values in 32 bits (`a` in the top byte); `.rs` form only.' },
      { name: '.e5m2x4', description: 'Four E5M2 values in 32 bits (`a` in the top byte); `.rs` form only.' },
      { name: '.e2m3x2', description: 'Two FP6 E2M3 values, each in a byte with the top 2 bits zero (max 7.5). sm_100a/sm_120a families.' },
      { name: '.e3m2x2', description: 'Two FP6 E3M2 values, each in a byte with the top 2 bits zero (max 28).' },
      { name: '.e2m3x4', description: 'Four FP6 E2M3 values, one per byte of a 32-bit register; `.rs` form only.' },
      { name: '.e3m2x4', description: 'Four FP6 E3M2 values, one per byte of a 32-bit register; `.rs` form only.' },
      { name: '.e2m1x2', description: 'Two FP4 E2M1 values (values 0, 0.5, 1, 1.5, 2, 3, 4, 6 and negatives) packed in one byte (`a` → high nibble).' },
      { name: '.e2m1x4', description: 'Four FP4 E2M1 values in 16 bits (`a` in the top nibble); `.rs` form only.' },
      { name: '.ue8m0x2', description: 'Two unsigned 8-bit exponent-only values (powers of two, the MX block-scale format) packed in 16 bits. Only `.rz`/`.rp` when narrowing.' },
      { name: '.s2f6x2', description: 'Two `.s2f6` fixed-point values packed in 16 bits. `.s2f6` is an 8-bit two\'s-complement number with 6 fraction bits (value = int8 / 64, range -2.0 … 1.984375; no NaN or infinity). Optionally block-scaled. PTX 9.1; sm_100a/103a/110a/120a/121a.' },
    ],
    semantics:
      '// scalar forms\nd = round(a as dtype);\n// two f32 inputs, first input ends up in the high part\nf16x2 / bf16x2:  d = (cvt16(a) << 16) | cvt16(b);\ne4m3x2 / e5m2x2: d = (cvt8(a) << 8)   | cvt8(b);\ne2m1x2:          d = (cvt4(a) << 4)   | cvt4(b);',
    introduced: '1.0',
    versionNotes: [
      { version: '7.0', change: '`.relu`; `.f16x2`, `.bf16`, `.bf16x2`, `.tf32` destinations.' },
      { version: '7.1', change: '`cvt.f32.bf16`.' },
      { version: '7.8', change: 'bf16 to/from integers, f16, f64; `cvt.tf32.f32` with `.rn`/`.rz` (optionally `.relu`); `.e4m3x2`/`.e5m2x2` for sm_90; `.ftz` with `cvt.f32.bf16`.' },
      { version: '8.1', change: 'FP8 conversions on sm_89; `.satfinite` for f16/bf16/f16x2/bf16x2/tf32 results.' },
      { version: '8.6', change: 'FP4 `.e2m1x2`, FP6 `.e2m3x2`/`.e3m2x2`, `.ue8m0x2` conversions; `.rn/.rz .satfinite .tf32`.' },
      { version: '8.7', change: '`.rs` stochastic rounding and the x4 packed destinations.' },
      { version: '9.1', change: 'FP8 from `.bf16x2`, FP6/FP4 from `.f16x2`/`.bf16x2`, and `.s2f6x2` with `.scaled::n2::ue8m0`.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_13', requirement: 'Conversions to or from `.f64`' },
      { target: 'sm_80', requirement: '`.relu`, `.f16x2`/`.bf16`/`.bf16x2`/`.tf32` destinations, `cvt.f32.bf16`' },
      { target: 'sm_89', requirement: '`.e4m3x2` / `.e5m2x2` conversions' },
      { target: 'sm_90', requirement: 'bf16 to/from integers, f16 and f64; `.tf32.f32` with `.rn/.rz`; `.ftz` on `cvt.f32.bf16`' },
      { target: 'sm_100', requirement: '`.rn/.rz .satfinite .tf32.f32`' },
      { target: 'sm_100a', requirement: 'FP4/FP6/`.ue8m0x2` conversions (also sm_110a, sm_120a and the sm_100f/110f/120f families); `.rs` stochastic rounding (sm_100a, sm_103a)' },
      { target: 'sm_100f', requirement: 'FP8 from `.bf16x2` and FP6/FP4 from `.f16x2`/`.bf16x2` (also sm_110f, sm_120f)' },
      { target: 'sm_100a', requirement: '`.s2f6x2` conversions: only sm_100a, sm_103a, sm_110a, sm_120a and sm_121a (no family targets)' },
    ],
    cuda:
      'C++ casts (`(float)i`, `(int)f`), `__float2int_rn/_rz/_rd/_ru`, `__int2float_rn`, `__float2half_rn`, `__floats2half2_rn`, ' +
      '`__float22bfloat162_rn`, `__float2bfloat16`, and the FP8/FP6/FP4 helpers in `cuda_fp8.h`/`cuda_fp6.h`/`cuda_fp4.h` ' +
      '(`__nv_cvt_float2_to_fp8x2`, `__nv_cvt_fp8x2_to_halfraw2`, `__nv_fp4x2_e2m1` …). DeepGEMM/CUTLASS epilogues also use inline asm.',
    example: {
      target: 'sm_90',
      caption: 'Truncates a float to an int, packs two floats as bf16x2 and as FP8 E4M3, then widens the FP8 pair back to f16x2.',
      code: `.visible .entry cvt_demo(.param .f32 x, .param .f32 y, .param .u64 out) {
  .reg .f32 %f<3>;
  .reg .b32 %r<4>;
  .reg .b16 %h1;
  .reg .b64 %rd1;
  ld.param.f32 %f1, [x];
  ld.param.f32 %f2, [y];
  ld.param.u64 %rd1, [out];
  cvt.rzi.s32.f32 %r1, %f1;
  cvt.rn.bf16x2.f32 %r2, %f1, %f2;          // x -> high half, y -> low half
  cvt.rn.satfinite.e4m3x2.f32 %h1, %f1, %f2;
  cvt.rn.f16x2.e4m3x2 %r3, %h1;
  st.global.v2.b32 [%rd1], {%r1, %r2};
  st.global.b32 [%rd1+8], %r3;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cvt',
  },
  {
    opcode: 'cvt.pack',
    family: 'data-movement',
    summary: 'Saturate two 32-bit integers to a narrow type and pack them together',
    description:
      'Clamps `a` and `b` into the range of a small integer type and packs them into the low bits of `d`, with `a` in the ' +
      'higher slot and `b` in the lowest. For 16-bit results the two values fill `d`.\n\n' +
      'For 8-, 4- and 2-bit results, the remaining upper bits of `d` are filled from the low bits of `c`. Chaining ' +
      'several `cvt.pack` instructions through `c` therefore builds a full register of quantized values (four int8, eight ' +
      'int4 or sixteen int2), which is how activations are quantized for integer tensor-core MMA.',
    syntax: [
      'cvt.pack.sat.convertType.abType  d, a, b;         // .convertType = { .u16, .s16 }',
      'cvt.pack.sat.convertType.abType.cType  d, a, b, c;',
      '.convertType = { .u2, .s2, .u4, .s4, .u8, .s8, .u16, .s16 };',
      '.abType = { .s32 };',
      '.cType = { .b32 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: '32-bit result.' },
      { name: 'a', role: 'source', description: '`.s32` value placed just above `b`.' },
      { name: 'b', role: 'source', description: '`.s32` value placed in the lowest bits.' },
      { name: 'c', role: 'source', description: '`.b32`; its low bits fill the rest of `d` (not used for 16-bit packing).' },
    ],
    modifiers: [
      { name: '.sat', description: 'Clamp each input to the min..max of the target type (required).' },
      { name: '.u2', description: 'Unsigned 2-bit result (0..3). sm_75.' },
      { name: '.s2', description: 'Signed 2-bit result (-2..1). sm_75.' },
      { name: '.u4', description: 'Unsigned 4-bit result (0..15). sm_75.' },
      { name: '.s4', description: 'Signed 4-bit result (-8..7). sm_75.' },
    ],
    semantics:
      'n = bits(convertType);\nta = clamp(a); tb = clamp(b);\nlow = (ta << n) | tb;             // 2n bits\nd = (n == 16) ? low : (c << 2n) | low;',
    introduced: '6.5',
    minTarget: 'sm_72',
    targetNotes: [{ target: 'sm_75', requirement: '`.u4`, `.s4`, `.u2`, `.s2`' }],
    cuda: 'No dedicated intrinsic; appears in quantization code through inline asm (e.g. CUTLASS\'s int4/int8 numeric converters).',
    example: {
      target: 'sm_75',
      caption: 'Quantizes four int32 values to saturated int8 and packs them into one register.',
      code: `.visible .entry cvt_pack_demo(.param .u64 in, .param .u64 out) {
  .reg .b32 %r<7>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [in];
  ld.param.u64 %rd2, [out];
  ld.global.v4.s32 {%r1, %r2, %r3, %r4}, [%rd1];
  cvt.pack.sat.s8.s32.b32 %r5, %r3, %r4, 0;     // byte1 = r3, byte0 = r4
  cvt.pack.sat.s8.s32.b32 %r6, %r1, %r2, %r5;   // byte1 = r1, byte0 = r2; bytes 3:2 = low half of r5
  st.global.b32 [%rd2], %r6;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-cvt-pack',
  },
  {
    opcode: 'mapa',
    family: 'data-movement',
    summary: 'Translate a shared-memory address into the same location in another CTA of the cluster',
    description:
      'Given the address of something in this CTA\'s shared memory, returns the address of the same variable in the shared ' +
      'memory of CTA number `b` of the cluster. The result can be used with `.shared::cluster` loads, stores, atomics, ' +
      'mbarriers and bulk copies to reach the other CTA\'s memory (distributed shared memory).\n\n' +
      'With `.shared::cluster`, `a` and `d` are shared-window addresses; without a space, both are generic addresses.',
    syntax: [
      'mapa{.space}.type  d, a, b;',
      'mapa.shared::cluster.type  d, sh, b;',
      'mapa.shared::cluster.type  d, sh+imm, b;',
      '.space = { .shared::cluster };',
      '.type = { .u32, .u64 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'The corresponding address in CTA `b`.' },
      { name: 'a / sh', role: 'source', description: 'A register with a shared (or generic) address, or a `.shared` variable, optionally plus an offset.' },
      { name: 'b', role: 'source', description: '32-bit rank of the target CTA within the cluster (`%cluster_ctarank` numbering).' },
    ],
    modifiers: [{ name: '.shared::cluster', description: 'Input and output are shared-memory-window addresses valid across the cluster; without it both are generic.' }],
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: '`cooperative_groups::cluster_group::map_shared_rank(ptr, rank)`; CuTe\'s `set_block_rank` / CUTLASS cluster utilities.',
    example: {
      target: 'sm_90',
      caption: 'Reads a value from the next CTA\'s copy of a shared variable in a 2-CTA cluster.',
      code: `.visible .entry mapa_demo(.param .u64 out) .reqnctapercluster 2, 1, 1 {
  .shared .align 4 .b32 val;
  .reg .b32 %r<6>;
  .reg .b64 %rd1;
  mov.u32 %r1, %cluster_ctarank;
  st.shared.u32 [val], %r1;
  barrier.cluster.arrive;
  barrier.cluster.wait;
  add.s32 %r2, %r1, 1;
  and.b32 %r2, %r2, 1;
  mov.u32 %r3, val;
  mapa.shared::cluster.u32 %r4, %r3, %r2;
  ld.shared::cluster.u32 %r5, [%r4];
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r5;
  barrier.cluster.arrive;
  barrier.cluster.wait;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-mapa',
  },
  {
    opcode: 'getctarank',
    family: 'data-movement',
    summary: 'Find which CTA of the cluster owns a shared-memory address',
    description:
      'Returns in the 32-bit register `d` the cluster rank of the CTA whose shared memory contains address `a`. It is the ' +
      'inverse question to `mapa`: given a distributed-shared-memory address, who owns it?\n\n' +
      'With `.shared::cluster`, `a` is a shared-window address or a shared variable; without a space, `a` is a generic ' +
      'address pointing into shared memory. `.type` gives the width of `a`.',
    syntax: [
      'getctarank{.space}.type  d, a;',
      'getctarank.shared::cluster.type  d, var;',
      'getctarank.shared::cluster.type  d, var+imm;',
      '.space = { .shared::cluster };',
      '.type = { .u32, .u64 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: '32-bit register receiving the owning CTA\'s rank.' },
      { name: 'a / var', role: 'source', description: 'A register with a shared or generic address, or a shared variable (plus offset).' },
    ],
    modifiers: [{ name: '.shared::cluster', description: 'The address is in the cluster-wide shared-memory window; without it, a generic address.' }],
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: '`cooperative_groups::cluster_group::query_shared_rank(ptr)`.',
    example: {
      target: 'sm_90',
      caption: 'Maps a shared variable into CTA 1 of the cluster and confirms the owner rank.',
      code: `.visible .entry getctarank_demo(.param .u64 out) .reqnctapercluster 2, 1, 1 {
  .shared .align 4 .b32 slot;
  .reg .b32 %r<4>;
  .reg .b64 %rd1;
  mov.u32 %r1, slot;
  mapa.shared::cluster.u32 %r2, %r1, 1;
  getctarank.shared::cluster.u32 %r3, %r2;   // 1
  ld.param.u64 %rd1, [out];
  st.global.u32 [%rd1], %r3;
}`,
    },
    anchor: 'data-movement-and-conversion-instructions-getctarank',
  },
];
