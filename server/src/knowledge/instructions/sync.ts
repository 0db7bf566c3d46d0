/**
 * PTX instructions: parallel synchronization and communication.
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc } from '../schema';

// ---------------------------------------------------------------------------------------------
// Shared explanations
// ---------------------------------------------------------------------------------------------

const MEMBERMASK_NOTE =
  'Bit i of `membermask` stands for lane i of the warp. The executing thread must be in the mask; on sm_70 and later ' +
  'the named threads need not reach the instruction in lock-step, the instruction waits for them.';

const SYNC_WARP: ModifierDoc = {
  name: '.sync',
  description:
    'The thread waits until every non-exited thread named in `membermask` has executed the same instruction (same ' +
    'qualifiers, same mask) before it continues; this is what makes the exchange safe under independent thread scheduling.',
};

function scopeMods(what: string): ModifierDoc[] {
  return [
    { name: '.cta', description: `Scope: ${what} synchronizes directly only with threads of the same CTA. The narrowest and cheapest scope.` },
    { name: '.cluster', description: `Scope: ${what} synchronizes directly with threads of any CTA in the same cluster (sm_90+).` },
    { name: '.gpu', description: `Scope: ${what} synchronizes directly with any thread on the same GPU, including threads of other grids running there.` },
    { name: '.sys', description: `Scope: ${what} synchronizes directly with any thread in the system, including other GPUs and the host CPU (for memory they can reach, e.g. mapped or managed memory).` },
  ];
}

const ATOMIC_SPACES: ModifierDoc[] = [
  { name: '.global', description: 'The address is in global memory (device memory, possibly mapped host or peer memory).' },
  { name: '.shared', description: 'The address is in shared memory; without a sub-qualifier it means `.shared::cta`.' },
  { name: '.shared::cta', description: 'The address is in the executing CTA\'s own shared memory.' },
  {
    name: '.shared::cluster',
    description:
      'The address is in the shared memory of any CTA of the cluster (distributed shared memory, sm_90+); get such an ' +
      'address with `mapa`.',
  },
];

const CACHE_HINT: ModifierDoc = {
  name: '.L2::cache_hint',
  description:
    'Adds a 64-bit `cache-policy` operand (usually made with `createpolicy`) that tells the L2 cache how to prioritise ' +
    'keeping the line, e.g. evict-first or evict-last. Only a performance hint; global memory only; sm_80+.',
};

const NOFTZ: ModifierDoc = {
  name: '.noftz',
  description:
    'Required for the `.f16`, `.f16x2`, `.bf16` and `.bf16x2` adds (and the vector half forms): subnormal inputs and ' +
    'results are kept, not flushed to zero.',
};

const ATOMIC_OPS: ModifierDoc[] = [
  { name: '.and', description: 'Bitwise AND of the memory value with `b` (bit types `.b32`/`.b64`).' },
  { name: '.or', description: 'Bitwise OR of the memory value with `b`.' },
  { name: '.xor', description: 'Bitwise XOR of the memory value with `b`.' },
  { name: '.add', description: 'Adds `b` to the memory value: integers wrap; floating-point rounds to nearest even.' },
  { name: '.inc', description: 'Wrapping increment: the new value is 0 if the old value is `>= b`, otherwise old + 1 (`.u32` only).' },
  { name: '.dec', description: 'Wrapping decrement: the new value is `b` if the old value is 0 or `> b`, otherwise old - 1 (`.u32` only).' },
  { name: '.min', description: 'Stores the smaller of the memory value and `b` (signed or unsigned by type; also half types with `.noftz`).' },
  { name: '.max', description: 'Stores the larger of the memory value and `b`.' },
];

const MBAR_SPACES: ModifierDoc[] = [
  {
    name: '.shared',
    description: 'The mbarrier address is a shared-memory address; without a sub-qualifier it means `.shared::cta`. Without any state space, the address is generic and must point into shared memory.',
  },
  { name: '.shared::cta', description: 'The mbarrier lives in the executing CTA\'s own shared memory.' },
];

const MBAR_CLUSTER_SPACE: ModifierDoc = {
  name: '.shared::cluster',
  description:
    'The mbarrier may live in another CTA of the cluster (an address from `mapa`). Only arrive, expect-tx and complete-tx ' +
    'style operations may target a remote mbarrier, and they cannot return a state (use `_`).',
};

const B64_MBAR: ModifierDoc = {
  name: '.b64',
  description: 'The mbarrier object is an opaque 64-bit value: declare it `.shared .align 8 .b64`.',
};

function mbarSemScope(defaultSem: string, sems: ModifierDoc[]): ModifierDoc[] {
  return [
    ...sems,
    {
      name: '.cta',
      description: `Scope of the memory-ordering effect: threads of the same CTA. This is the default when no scope is written${defaultSem ? ` (together with ${defaultSem})` : ''}.`,
    },
    {
      name: '.cluster',
      description:
        'Scope: threads of the whole cluster synchronize through this operation, for example consumers in other CTAs ' +
        'that signal a barrier in this CTA (sm_90+).',
    },
  ];
}

const RELAXED_MBAR: ModifierDoc = {
  name: '.relaxed',
  description:
    'No memory-ordering guarantee: only the barrier state changes. Pair with explicit `fence` instructions when needed. ' +
    'Must be written together with a scope. sm_90+, PTX 8.6+.',
};

export const syncInstructions: InstructionDoc[] = [
  // -------------------------------------------------------------------------------------------
  // CTA barriers
  // -------------------------------------------------------------------------------------------
  {
    opcode: 'bar',
    aliases: ['barrier'],
    family: 'synchronization',
    summary: 'Synchronize threads of a CTA at one of 16 named barriers, optionally reducing a predicate',
    description:
      'Each CTA has 16 hardware barriers, numbered 0–15. `bar.sync` / `barrier.sync` makes the thread wait until the ' +
      'expected number of threads (all threads of the CTA, or `b` threads, a multiple of 32) have arrived at barrier `a`. ' +
      '`arrive` only signals arrival and keeps going, which enables producer/consumer hand-offs between warps. `red` waits ' +
      'like `sync` and also combines a predicate from every participant: a count (`.popc`), all-true (`.and`) or any-true ' +
      '(`.or`).\n\n' +
      'When the barrier completes, memory accesses made before it by participating threads are visible to all ' +
      'participants. The barrier then resets itself for reuse.\n\n' +
      '`bar` is the older spelling and always behaves like `barrier` with `.aligned`. Without `.aligned`, `barrier` lets the ' +
      'threads of one warp reach the barrier from different places in the code (on sm_70 and later; older targets treat it as ' +
      'aligned). Different warps may use different forms on the same barrier, e.g. `arrive` in producers and `sync` in ' +
      'consumers, but never mix `red` with `sync`/`arrive` on a barrier that is in use.',
    syntax: [
      'barrier{.cta}.sync{.aligned}          a{, b};',
      'barrier{.cta}.arrive{.aligned}        a, b;',
      'barrier{.cta}.red.popc{.aligned}.u32  d, a{, b}, {!}c;',
      'barrier{.cta}.red.op{.aligned}.pred   p, a{, b}, {!}c;',
      'bar{.cta}.sync                        a{, b};',
      'bar{.cta}.arrive                      a, b;',
      'bar{.cta}.red.popc.u32                d, a{, b}, {!}c;',
      'bar{.cta}.red.op.pred                 p, a{, b}, {!}c;',
      '.op = { .and, .or };',
    ],
    operands: [
      { name: 'a', role: 'other', description: 'Barrier number 0–15: an immediate or a `.u32` register.' },
      { name: 'b', role: 'other', description: 'Optional number of participating threads, a multiple of the warp size. Omitted: all threads of the CTA. Required for `arrive`.' },
      { name: 'c', role: 'predicate', description: 'The predicate each thread contributes to a `red` reduction; `!c` uses its negation.' },
      { name: 'd', role: 'destination', description: '`.red.popc`: receives the number of participating threads whose predicate was true.' },
      { name: 'p', role: 'predicate', description: '`.red.and` / `.red.or`: receives the combined predicate.' },
    ],
    modifiers: [
      { name: '.cta', description: 'Only documents that the barrier works at CTA level; it changes nothing (PTX 7.8+).' },
      { name: '.sync', description: 'Arrive at the barrier and wait until all expected threads have arrived.' },
      { name: '.arrive', description: 'Arrive at the barrier without waiting. A thread count `b` is required. Producers typically `arrive` while consumers `sync`.' },
      { name: '.red', description: 'Arrive, wait, and reduce the predicate `c` over all participants; every waiting thread gets the result.' },
      { name: '.popc', description: 'Reduction: count how many participating threads had a true predicate (result in a `.u32`).' },
      { name: '.and', description: 'Reduction: true only if every participating thread had a true predicate.' },
      { name: '.or', description: 'Reduction: true if at least one participating thread had a true predicate.' },
      {
        name: '.aligned',
        description:
          'A promise that the threads execute this very barrier instruction together rather than reaching the barrier from ' +
          'different code paths. Inside a condition, every thread of the CTA must evaluate the condition the same way, ' +
          'otherwise behaviour is undefined. `bar` always implies it.',
      },
      { name: '.u32', description: 'Type of the `.popc` result.' },
      { name: '.pred', description: 'Type of the `.and` / `.or` result: a predicate.' },
    ],
    semantics: 'arrive(barrier[a], expected = b or CTA size);\nif (sync or red) wait until barrier[a] has all arrivals;\nif (red) d/p = reduce(op, c of every participant);',
    introduced: '1.0',
    versionNotes: [
      { version: '2.0', change: 'Register operands, thread count, `bar.arrive` and `bar.red`.' },
      { version: '6.0', change: '`barrier` spelling with optional `.aligned`.' },
      { version: '7.8', change: 'Optional `.cta` qualifier.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_20', requirement: 'Register barrier numbers, thread counts, `arrive` and `red`' },
      { target: 'sm_30', requirement: '`barrier` (non-`bar`) spelling' },
      { target: 'sm_70', requirement: 'Real non-aligned behaviour of `barrier` without `.aligned` (on sm_6x and below it acts as aligned)' },
    ],
    cuda: 'nvcc 13 compiles `__syncthreads()` to `bar.sync 0`, `__syncthreads_count(p)` to `bar.red.popc.u32 d, 0, p`, `__syncthreads_and(p)` to `bar.red.and.pred` and `__syncthreads_or(p)` to `bar.red.or.pred`. The named-barrier intrinsics `__barrier_sync(id)` and `__barrier_sync_count(id, n)` produce the non-aligned `barrier.sync id` / `barrier.sync id, n`. There is no intrinsic for `arrive`; it needs inline `asm`.',
    example: {
      target: 'sm_75',
      caption: 'Warps 0–1 produce into shared memory and `bar.arrive`; warps 2–3 `bar.sync` on the same named barrier, then the whole CTA counts positive values with `bar.red.popc`.',
      code: `.visible .entry bar_producer_consumer(.param .u64 out) {
  .shared .align 4 .b32 slots[64];
  .reg .b32 %r<8>;
  .reg .b64 %rd<3>;
  .reg .pred %p<3>;
  mov.u32 %r1, %tid.x;              // launched with 128 threads
  mov.u32 %r2, slots;
  and.b32 %r3, %r1, 63;
  shl.b32 %r3, %r3, 2;
  add.u32 %r4, %r2, %r3;
  setp.lt.u32 %p1, %r1, 64;
  @!%p1 bra CONSUMER;
  st.shared.u32 [%r4], %r1;         // producers fill the slots
  bar.arrive 1, 128;                // signal, do not wait
  bra.uni JOIN;
CONSUMER:
  bar.sync 1, 128;                  // wait for the producers
  ld.shared.u32 %r5, [%r4];
JOIN:
  setp.gt.u32 %p2, %r1, 99;
  bar.red.popc.u32 %r6, 0, %p2;     // all 128 threads: how many have tid > 99?
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r6;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-bar',
  },
  {
    opcode: 'bar.warp.sync',
    family: 'synchronization',
    summary: 'Synchronize the threads of a warp named by a lane mask',
    description:
      'Makes the thread wait until every lane in `membermask` has executed a `bar.warp.sync` with the same mask. It also ' +
      'orders memory: stores made by participating lanes before the barrier are visible to the others after it, so lanes ' +
      'can exchange data through shared memory.\n\n' +
      MEMBERMASK_NOTE,
    syntax: ['bar.warp.sync  membermask;'],
    operands: [{ name: 'membermask', role: 'other', description: '32-bit mask of participating lanes (immediate or register); must include the executing lane.' }],
    modifiers: [],
    introduced: '6.0',
    minTarget: 'sm_30',
    targetNotes: [{ target: 'sm_70', requirement: 'Non-converged use (on sm_6x and below all lanes of the mask must execute it together)' }],
    cuda: 'nvcc 13 compiles `__syncwarp()` (default mask `0xffffffff`) to `bar.warp.sync -1`, and `__syncwarp(mask)` to `bar.warp.sync mask`; `cooperative_groups::tiled_partition<32>(block).sync()` gives the same `bar.warp.sync -1`.',
    example: {
      target: 'sm_75',
      caption: 'Each lane writes its value to shared memory, the warp synchronizes, and each lane reads its neighbour\'s value.',
      code: `.visible .entry warp_sync_rotate(.param .u64 out) {
  .shared .align 4 .b32 buf[32];
  .reg .b32 %r<8>;
  .reg .b64 %rd<5>;
  mov.u32 %r1, %laneid;
  mov.u32 %r2, buf;
  shl.b32 %r3, %r1, 2;
  add.u32 %r4, %r2, %r3;
  mul.lo.u32 %r5, %r1, %r1;
  st.shared.u32 [%r4], %r5;
  bar.warp.sync 0xffffffff;         // all 32 lanes stored
  add.u32 %r6, %r1, 1;
  and.b32 %r6, %r6, 31;
  shl.b32 %r6, %r6, 2;
  add.u32 %r6, %r2, %r6;
  ld.shared.u32 %r7, [%r6];         // neighbour's square
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  mul.wide.u32 %rd3, %r1, 4;
  add.s64 %rd4, %rd2, %rd3;
  st.global.u32 [%rd4], %r7;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-bar-warp-sync',
  },
  {
    opcode: 'barrier.cluster',
    aliases: ['barrier.cluster.arrive', 'barrier.cluster.wait'],
    family: 'synchronization',
    summary: 'Split arrive/wait barrier that every thread of a thread-block cluster takes part in',
    description:
      'A hardware barrier for every thread of a cluster (sm_90+). `barrier.cluster.arrive` records the thread\'s arrival ' +
      'and returns immediately; `barrier.cluster.wait` blocks until all non-exited threads of the cluster have arrived. ' +
      'Work placed between the two overlaps the wait. Both instructions also wait for the non-exited threads of the ' +
      'executing thread\'s own warp. Each thread arrives exactly once per phase, and the barrier resets itself when it completes.\n\n' +
      'By default `arrive` has release semantics and `wait` acquire semantics at cluster scope: after `wait`, memory ' +
      'accesses made by any cluster thread before its `arrive` are visible (asynchronous operations excepted). ' +
      '`.relaxed` drops the release part, for when an explicit `fence` already provides it. A common use is making sure ' +
      'peer CTAs have started (their shared memory exists) before accessing it, and have not exited before others are done ' +
      'with it.',
    syntax: ['barrier.cluster.arrive{.sem}{.aligned};', 'barrier.cluster.wait{.acquire}{.aligned};', '.sem = { .release, .relaxed };'],
    operands: [],
    modifiers: [
      { name: '.arrive', description: 'Signal arrival at the cluster barrier without waiting.' },
      { name: '.wait', description: 'Wait until every non-exited thread of the cluster has arrived in the current phase.' },
      { name: '.release', description: 'Default for `arrive`: memory accesses before the arrive become visible to threads that complete the matching `wait`.' },
      { name: '.relaxed', description: '`arrive` with no ordering guarantee for earlier memory accesses; cheaper. Use a `fence` first if data must be published.' },
      { name: '.acquire', description: 'Default (and only) semantics of `wait`: later accesses see what other threads published before arriving.' },
      {
        name: '.aligned',
        description:
          'All threads of the warp execute this same instruction together; inside a condition, every thread of the warp must ' +
          'evaluate it the same way, otherwise behaviour is undefined.',
      },
    ],
    introduced: '7.8',
    versionNotes: [{ version: '8.0', change: '`.acquire`, `.release` and `.relaxed` qualifiers.' }],
    minTarget: 'sm_90',
    cuda: 'nvcc 13 compiles `cooperative_groups::this_cluster().sync()` to `barrier.cluster.arrive; barrier.cluster.wait;` (no `.aligned`). The split form comes from `__cluster_barrier_arrive()`, `__cluster_barrier_arrive_relaxed()` (→ `barrier.cluster.arrive.relaxed`) and `__cluster_barrier_wait()`, or from libcu++ `cuda::ptx::barrier_cluster_arrive` / `barrier_cluster_wait`.',
    example: {
      target: 'sm_90',
      caption: 'Two CTAs of a cluster each write a value, synchronize the cluster, read the partner\'s value through distributed shared memory, and synchronize again before exiting.',
      code: `.visible .entry cluster_exchange(.param .u64 out)
  .reqnctapercluster 2, 1, 1
{
  .shared .align 4 .b32 mine;
  .reg .b32 %r<7>;
  .reg .b64 %rd<5>;
  mov.u32 %r1, %cluster_ctarank;
  mov.u32 %r2, mine;
  add.u32 %r3, %r1, 100;
  st.shared.u32 [%r2], %r3;
  barrier.cluster.arrive.aligned;          // release: my store is published
  barrier.cluster.wait.aligned;            // acquire: partner's store is visible
  xor.b32 %r4, %r1, 1;
  mapa.shared::cluster.u32 %r5, %r2, %r4;  // partner's copy of 'mine'
  ld.shared::cluster.u32 %r6, [%r5];
  barrier.cluster.arrive.relaxed.aligned;  // keep partner's shared memory alive
  barrier.cluster.wait.aligned;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  mul.wide.u32 %rd3, %r1, 4;
  add.s64 %rd4, %rd2, %rd3;
  st.global.u32 [%rd4], %r6;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-barrier-cluster',
  },

  // -------------------------------------------------------------------------------------------
  // Memory fences
  // -------------------------------------------------------------------------------------------
  {
    opcode: 'membar',
    family: 'synchronization',
    summary: 'Legacy memory barrier: order this thread\'s memory accesses at CTA, GPU or system level',
    description:
      'Makes sure the memory accesses this thread issued before the `membar` are performed, as seen by the threads at ' +
      '`level`, before any of its later accesses. A read is "performed" once its value can no longer change; a write once ' +
      'other threads at that level can no longer read the old value.\n\n' +
      'On sm_70 and later `membar` is simply another name for `fence.sc` with the matching scope (`.cta`, `.gl` = `.gpu`, ' +
      '`.sys`), so it is the strongest and slowest fence. `membar.proxy.alias` is a synonym of `fence.proxy.alias`.',
    syntax: ['membar.level;', 'membar.proxy.proxykind;', '.level = { .cta, .gl, .sys };', '.proxykind = { .alias };'],
    operands: [],
    modifiers: [
      { name: '.cta', description: 'Order accesses as observed by threads of the same CTA (same as `fence.sc.cta`).' },
      { name: '.gl', description: 'Order accesses as observed by all threads on the GPU (same as `fence.sc.gpu`).' },
      { name: '.sys', description: 'Order accesses as observed by the whole system, including the host and peer devices (same as `fence.sc.sys`).' },
      { name: '.proxy', description: 'A proxy fence instead of a thread fence: orders accesses made through different proxies (see `fence.proxy`).' },
      { name: '.alias', description: 'Orders accesses to the same physical memory made through different virtual addresses (aliases).' },
    ],
    introduced: '1.4',
    versionNotes: [
      { version: '2.0', change: '`membar.sys`.' },
      { version: '7.5', change: '`membar.proxy`.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_20', requirement: '`membar.sys`' },
      { target: 'sm_60', requirement: '`membar.proxy`' },
      { target: 'sm_70', requirement: 'Full `fence.sc` semantics' },
    ],
    cuda: 'nvcc 13 compiles `__threadfence_block()` to `membar.cta`, `__threadfence()` to `membar.gl` and `__threadfence_system()` to `membar.sys` (checked for sm_75, sm_90 and sm_100a); on sm_70+ these behave as `fence.sc.cta/.gpu/.sys`.',
    example: {
      target: 'sm_75',
      caption: 'Classic "last block" pattern: write a partial result, `membar.gl`, then bump a global counter.',
      code: `.visible .entry membar_publish(.param .u64 partial, .param .u64 counter) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<7>;
  mov.u32 %r1, %ctaid.x;
  ld.param.u64 %rd1, [partial];
  ld.param.u64 %rd2, [counter];
  cvta.to.global.u64 %rd3, %rd1;
  cvta.to.global.u64 %rd4, %rd2;
  mul.wide.u32 %rd5, %r1, 4;
  add.s64 %rd6, %rd3, %rd5;
  st.global.u32 [%rd6], %r1;        // this block's partial result
  membar.gl;                        // make it visible GPU-wide first
  atom.global.add.u32 %r2, [%rd4], 1;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-membar',
  },
  {
    opcode: 'fence',
    family: 'synchronization',
    summary: 'Memory fence with release/acquire or sequentially consistent semantics at a scope',
    description:
      'Orders this thread\'s memory accesses according to the PTX memory model, as observed by threads within `.scope`. ' +
      '`fence.acq_rel` (the default) is the lightweight fence for release/acquire patterns: a release fence before a relaxed ' +
      'flag store, paired with an acquire fence after the flag load in the other thread, makes the data visible. ' +
      '`fence.sc` is stronger and slower: all `fence.sc` of a scope fall into one global order, which restores sequential ' +
      'consistency.\n\n' +
      '`fence.acquire` and `fence.release` (sm_90+) are one-sided versions. With `.sync_restrict::shared::cta` (release) or ' +
      '`.sync_restrict::shared::cluster` (acquire) the fence only orders shared-memory operations, at cluster scope; this is ' +
      'cheaper and is the usual companion of mbarrier operations across a cluster.\n\n' +
      'Other forms have their own entries: `fence.proxy.*` (ordering between proxies) and `fence.mbarrier_init`.',
    syntax: [
      'fence{.sem}.scope;',
      'fence.acquire.sync_restrict::shared::cluster.cluster;',
      'fence.release.sync_restrict::shared::cta.cluster;',
      '.sem   = { .sc, .acq_rel, .acquire, .release };',
      '.scope = { .cta, .cluster, .gpu, .sys };',
    ],
    operands: [],
    modifiers: [
      { name: '.sc', description: 'Sequentially consistent fence: release + acquire, and all `fence.sc` with enough scope are totally ordered. Slowest.' },
      { name: '.acq_rel', description: 'Default. Acts as both a release fence (for earlier accesses) and an acquire fence (for later ones).' },
      {
        name: '.acquire',
        description:
          'Acquire-only fence (sm_90+, PTX 8.6+). Placed after a strong read (`ld.relaxed`, `atom`, …) that sees another ' +
          'thread\'s released write, it makes that thread\'s earlier writes visible to this thread\'s later accesses. A `red` ' +
          'before it does not count as such a read.',
      },
      {
        name: '.release',
        description:
          'Release-only fence (sm_90+, PTX 8.6+). Placed before a strong write (`st.relaxed`, `atom`, …): a thread that ' +
          'acquires that write also sees everything this thread wrote before the fence.',
      },
      ...scopeMods('the fence'),
      {
        name: '.sync_restrict::shared::cta',
        description: 'Restricts a `.release` fence to operations on objects in the executing CTA\'s shared memory; scope must be `.cluster`.',
      },
      {
        name: '.sync_restrict::shared::cluster',
        description: 'Restricts an `.acquire` fence to operations on objects in cluster shared memory; scope must be `.cluster`.',
      },
    ],
    introduced: '6.0',
    versionNotes: [
      { version: '7.8', change: '`.cluster` scope.' },
      { version: '8.6', change: '`.acquire` and `.release` semantics and `.sync_restrict`.' },
    ],
    minTarget: 'sm_70',
    targetNotes: [
      { target: 'sm_90', requirement: '`.cluster` scope, `.acquire` / `.release` (so the ISA says; ptxas 13 also takes them on earlier targets), `.sync_restrict`' },
    ],
    cuda: 'With nvcc 13, `cuda::atomic_thread_fence` with `memory_order_seq_cst` and `thread_scope_device` → `fence.sc.gpu`, and the acquire, release and acq_rel orders all → `fence.acq_rel.<scope>` (`thread_scope_block` → `.cta`, `_device` → `.gpu`, `_system` → `.sys`). The one-sided and `.sync_restrict` forms come from libcu++ `cuda::ptx::fence(...)` / `cuda::ptx::fence_sync_restrict(...)` or inline `asm`. (`__threadfence()` still compiles to `membar.gl`.)',
    example: {
      target: 'sm_90',
      caption: 'Message passing: the writer stores data, fences with release semantics and sets a flag; the reader sees the flag, fences with acquire semantics and reads the data.',
      code: `.visible .entry fence_message_passing(.param .u64 data, .param .u64 flag) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<5>;
  .reg .pred %p<3>;
  ld.param.u64 %rd1, [data];
  ld.param.u64 %rd2, [flag];
  cvta.to.global.u64 %rd3, %rd1;
  cvta.to.global.u64 %rd4, %rd2;
  mov.u32 %r1, %ctaid.x;
  setp.eq.u32 %p1, %r1, 0;
  @!%p1 bra READER;
  st.global.u32 [%rd3], 42;            // payload
  fence.release.gpu;                   // publish it before the flag
  st.relaxed.gpu.global.u32 [%rd4], 1;
  ret;
READER:
  ld.relaxed.gpu.global.u32 %r2, [%rd4];
  setp.ne.u32 %p2, %r2, 0;
  @!%p2 bra READER;
  fence.acq_rel.gpu;                   // pairs with the writer's release
  ld.global.u32 %r3, [%rd3];           // guaranteed to read 42
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-membar',
  },
  {
    opcode: 'fence.mbarrier_init',
    family: 'synchronization',
    summary: 'Release prior mbarrier.init operations to the whole cluster',
    description:
      'An operation-restricted fence: its release effect covers only the `mbarrier.init` operations this thread made ' +
      'earlier on mbarrier objects in its own shared memory. It is the cheap way to make freshly initialized barriers ' +
      'visible to other CTAs of the cluster before they arrive on them or signal them. Follow it with a cluster barrier (`barrier.cluster.arrive.relaxed` / `wait`) so others wait for it.',
    syntax: ['fence.op_restrict.release.cluster;', '.op_restrict = { .mbarrier_init };'],
    operands: [],
    modifiers: [
      { name: '.mbarrier_init', description: 'The fence only orders earlier `mbarrier.init` operations on `.shared::cta` mbarriers.' },
      {
        name: '.release',
        description:
          'A release fence: paired with a later strong write or arrive that a thread in another CTA acquires (typically ' +
          '`barrier.cluster.arrive.relaxed` followed by the default-acquire `barrier.cluster.wait`), it makes the initialized ' +
          'barriers visible to that thread.',
      },
      { name: '.cluster', description: 'The only allowed scope: the initializations are published to threads anywhere in the cluster.' },
    ],
    introduced: '8.0',
    minTarget: 'sm_90',
    cuda: 'libcu++ `cuda::ptx::fence_mbarrier_init(cuda::ptx::sem_release, cuda::ptx::scope_cluster)`; otherwise inline `asm`.',
    example: {
      target: 'sm_90',
      caption: 'One thread initializes a barrier, releases the initialization to the cluster, and the cluster synchronizes before anyone uses it.',
      code: `.visible .entry fence_mbarrier_init_demo()
  .reqnctapercluster 2, 1, 1
{
  .shared .align 8 .b64 full_bar;
  .reg .b32 %r1;
  .reg .pred %p1;
  mov.u32 %r1, %tid.x;
  setp.eq.u32 %p1, %r1, 0;
  @%p1 mbarrier.init.shared::cta.b64 [full_bar], 2;
  fence.mbarrier_init.release.cluster;     // publish the init cheaply
  barrier.cluster.arrive.relaxed.aligned;
  barrier.cluster.wait.aligned;            // now peers may signal full_bar
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-membar',
  },
  {
    opcode: 'fence.proxy',
    aliases: ['membar.proxy'],
    family: 'synchronization',
    summary: 'Bi-directional proxy fence, e.g. between accesses through aliased virtual addresses',
    description:
      'Memory can be reached through different *proxies*: ordinary loads and stores use the generic proxy, TMA and other ' +
      'bulk copies use the async proxy, texture and surface paths have their own, and two virtual addresses mapping the ' +
      'same physical memory behave like separate proxies too. A normal fence does not order accesses across proxies; a ' +
      'proxy fence does.\n\n' +
      '`fence.proxy.alias` orders accesses made through virtually aliased addresses, in both directions. The async-proxy ' +
      'forms (`fence.proxy.async…`) and the tensormap form (`fence.proxy.tensormap::generic`) have their own entries. ' +
      '`membar.proxy` is the older synonym.',
    syntax: ['fence.proxy.proxykind;', 'membar.proxy.proxykind;', '.proxykind = { .alias, .async, .async.global, .async.shared::cta, .async.shared::cluster };'],
    operands: [],
    modifiers: [
      { name: '.alias', description: 'Order memory accesses that reach the same location through different virtual addresses.' },
      { name: '.async', description: 'Order generic-proxy accesses against async-proxy accesses (see the `fence.proxy.async` entry).' },
      { name: '.global', description: 'With `.async`: limit the ordering to global memory.' },
      { name: '.shared::cta', description: 'With `.async`: limit the ordering to the CTA\'s shared memory.' },
      { name: '.shared::cluster', description: 'With `.async`: limit the ordering to cluster shared memory.' },
    ],
    introduced: '7.5',
    versionNotes: [{ version: '8.0', change: '`.async` proxy kinds.' }],
    minTarget: 'sm_70',
    targetNotes: [
      { target: 'sm_60', requirement: '`membar.proxy`' },
      { target: 'sm_90', requirement: '`.async` proxy kinds' },
    ],
    cuda: 'Inline `asm` (for code that maps the same memory at two virtual addresses, e.g. with the CUDA virtual memory management APIs); `cuda::ptx::fence_proxy_alias()` in libcu++.',
    example: {
      target: 'sm_75',
      caption: 'Writes through one mapping of a buffer and reads it back through an alias of the same memory, with a proxy fence in between.',
      code: `.visible .entry fence_proxy_alias_demo(.param .u64 view_a, .param .u64 view_b) {
  .reg .b32 %r1;
  .reg .b64 %rd<5>;
  ld.param.u64 %rd1, [view_a];      // two virtual addresses of the same pages
  ld.param.u64 %rd2, [view_b];
  cvta.to.global.u64 %rd3, %rd1;
  cvta.to.global.u64 %rd4, %rd2;
  st.global.u32 [%rd3], 7;
  fence.proxy.alias;                // order the store before the aliased load
  ld.global.u32 %r1, [%rd4];
  st.global.u32 [%rd3+4], %r1;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-membar',
  },
  {
    opcode: 'fence.proxy.async',
    aliases: ['fence.proxy.async::generic'],
    family: 'synchronization',
    summary: 'Order ordinary memory accesses against async-proxy operations such as TMA copies',
    description:
      'Bulk asynchronous copies (`cp.async.bulk*`, TMA), `wgmma`/`tcgen05` operand reads and similar work go through the ' +
      '*async proxy*. Plain `ld`/`st` go through the generic proxy. `fence.proxy.async` orders the two in both directions ' +
      'for this thread. The typical case: threads write a shared-memory tile with `st.shared`, then a TMA store (or a ' +
      '`wgmma` reading its operands from shared memory) consumes it; the fence must sit between the two, followed by the ' +
      'usual barrier between threads. A state-space suffix limits the fence to that memory. The opposite direction is ' +
      'usually implicit: once you observe that a bulk copy or `wgmma` has completed (mbarrier or wait-group), its results ' +
      'are already visible to ordinary loads.\n\n' +
      'The one-directional forms (sm_90+, PTX 8.6) are lighter. `async::generic` reads "to the async proxy, from the generic ' +
      'proxy": they only order earlier generic-proxy accesses before later async-proxy accesses, and they take part in ' +
      'release/acquire synchronization at cluster scope. The `.release` form (covering the executing CTA\'s shared memory) ' +
      'goes on the publishing side before the signal; the `.acquire` form (covering cluster shared memory) goes on the ' +
      'receiving side after the wait (e.g. after `barrier.cluster.wait`), before that thread issues async-proxy work such ' +
      'as a TMA copy into the same buffer.',
    syntax: [
      'fence.proxy.async{.space};',
      'fence.proxy.async::generic.release.sync_restrict::shared::cta.cluster;',
      'fence.proxy.async::generic.acquire.sync_restrict::shared::cluster.cluster;',
      '.space = { .global, .shared::cta, .shared::cluster };',
    ],
    operands: [],
    modifiers: [
      {
        name: '.async::generic',
        description: 'One-directional proxy kind: orders earlier generic-proxy accesses before later async-proxy accesses (not the reverse).',
      },
      { name: '.global', description: 'Only order accesses to global memory.' },
      { name: '.shared::cta', description: 'Only order accesses to the CTA\'s own shared memory (the usual case before a TMA store).' },
      { name: '.shared::cluster', description: 'Only order accesses to shared memory anywhere in the cluster.' },
      {
        name: '.release',
        description:
          'With `.async::generic`: a release proxy fence. Followed by a strong write or arrive that another thread acquires, ' +
          'it makes this thread\'s earlier generic-proxy accesses ordered before that thread\'s later async-proxy accesses.',
      },
      {
        name: '.acquire',
        description:
          'With `.async::generic`: an acquire proxy fence, placed after the acquiring wait; async-proxy work issued after it is ' +
          'ordered after the generic-proxy accesses that were released.',
      },
      {
        name: '.sync_restrict::shared::cta',
        description: 'The release form only covers objects in the executing CTA\'s shared memory.',
      },
      {
        name: '.sync_restrict::shared::cluster',
        description: 'The acquire form only covers objects in cluster shared memory.',
      },
      { name: '.cluster', description: 'Scope of the one-directional forms: the ordering is observed across the cluster.' },
    ],
    introduced: '8.0',
    versionNotes: [{ version: '8.6', change: 'One-directional `async::generic` release/acquire forms with `.sync_restrict`.' }],
    minTarget: 'sm_90',
    cuda: '`cuda::device::experimental::fence_proxy_async_shared_cta()` (from `<cuda/barrier>`, sm_90) compiles to `fence.proxy.async.shared::cta`; libcu++ also has `cuda::ptx::fence_proxy_async(...)` and `cuda::ptx::fence_proxy_async_generic_sync_restrict(...)`. Otherwise inline `asm`.',
    example: {
      target: 'sm_90',
      caption: 'Threads fill a shared-memory tile with ordinary stores, fence against the async proxy, and one thread launches a bulk (TMA) store of the tile to global memory.',
      code: `.visible .entry fence_proxy_async_tma_store(.param .u64 dst) {
  .shared .align 128 .b32 tile[32];
  .reg .b32 %r<5>;
  .reg .b64 %rd<3>;
  .reg .pred %p1;
  mov.u32 %r1, %tid.x;              // 32 threads
  mov.u32 %r2, tile;
  shl.b32 %r3, %r1, 2;
  add.u32 %r4, %r2, %r3;
  st.shared.u32 [%r4], %r1;         // generic-proxy writes
  fence.proxy.async.shared::cta;    // make them visible to the async proxy
  bar.sync 0;
  setp.eq.u32 %p1, %r1, 0;
  @!%p1 bra DONE;
  ld.param.u64 %rd1, [dst];
  cvta.to.global.u64 %rd2, %rd1;
  cp.async.bulk.global.shared::cta.bulk_group [%rd2], [tile], 128;
  cp.async.bulk.commit_group;
  cp.async.bulk.wait_group.read 0;
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-membar',
  },
  {
    opcode: 'fence.proxy.tensormap::generic',
    family: 'synchronization',
    summary: 'One-directional fence from generic-proxy writes of a tensor map to its use by TMA',
    description:
      'A tensor map (the 128-byte descriptor that TMA instructions read) is fetched through the *tensormap proxy*. When a ' +
      'kernel modifies a tensor map in global memory with ordinary or `tensormap.replace` writes, those writes must be ' +
      'ordered before the TMA unit reads it. The `.release` form, executed by the writer after its writes, and the ' +
      '`.acquire` form, executed by the user before issuing TMA with that map, establish that ordering at `.scope`.\n\n' +
      'The acquire form names the 128-byte tensor map it applies to: `[addr]` is a generic address that must point to ' +
      'global memory and `size` must be 128.',
    syntax: [
      'fence.proxy.tensormap::generic.release.scope;',
      'fence.proxy.tensormap::generic.acquire.scope  [addr], size;',
      '.scope = { .cta, .cluster, .gpu, .sys };',
    ],
    operands: [
      { name: 'addr', role: 'address', description: 'Acquire form: generic address of the tensor map in global memory.' },
      { name: 'size', role: 'other', description: 'Acquire form: size of the range in bytes; must be the literal 128.' },
    ],
    modifiers: [
      { name: '.release', description: 'Writer side: earlier generic-proxy writes are released to later tensormap-proxy reads.' },
      { name: '.acquire', description: 'Reader side: later TMA reads of the tensor map at `[addr]` observe the released writes.' },
      ...scopeMods('the tensormap fence'),
    ],
    introduced: '8.3',
    minTarget: 'sm_90',
    cuda: 'libcu++ `cuda::ptx::fence_proxy_tensormap_generic(...)` (release and acquire overloads); otherwise inline `asm`.',
    example: {
      target: 'sm_90a',
      caption: 'One thread changes the extent of dimension 1 in a tensor map stored in global memory, orders that write before tensormap-proxy reads, and then lets a TMA prefetch read the edited map.',
      code: `.visible .entry tensormap_resize_then_prefetch(.param .u64 tmap, .param .u32 rows) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  .reg .pred %p1;
  mov.u32 %r1, %tid.x;
  setp.ne.u32 %p1, %r1, 0;
  @%p1 bra DONE;                                   // thread 0 edits and uses the map
  ld.param.u64 %rd1, [tmap];                       // generic address of the 128-byte map
  ld.param.u32 %r2, [rows];
  cvta.to.global.u64 %rd2, %rd1;
  tensormap.replace.tile.global_dim.global.b1024.b32 [%rd2], 1, %r2;
  fence.proxy.tensormap::generic.release.cta;      // writer side
  fence.proxy.tensormap::generic.acquire.cta [%rd1], 128;   // user side
  cp.async.bulk.prefetch.tensor.2d.L2.global.tile [%rd1, {%r1, %r1}];
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-membar',
  },

  // -------------------------------------------------------------------------------------------
  // Atomics and reductions
  // -------------------------------------------------------------------------------------------
  {
    opcode: 'atom',
    family: 'synchronization',
    summary: 'Atomic read-modify-write on global or shared memory, returning the old value',
    description:
      'Reads the value at `[a]`, combines it with `b` using `.op`, writes the result back and returns the *old* value in ' +
      '`d`, as one indivisible step. Two atomics (`atom` or `red`) are indivisible with respect to each other only when ' +
      'each one\'s scope contains the other thread; otherwise each sees the other as a separate read and write. Use `_` as ' +
      '`d` if the old value is not needed (or use `red`).\n\n' +
      'Without `.sem` the atomic is `.relaxed`; `.acquire`, `.release` and `.acq_rel` make it also synchronize, as in the ' +
      'C++ memory model. Without `.scope` it is `.gpu`. Without a state space the address is generic and must point to ' +
      'global or shared memory.\n\n' +
      'Vector forms (`.v2`, `.v4`, `.v8`, global memory only, sm_90+) and packed types update several adjacent elements, ' +
      'but each element is atomic on its own, not the whole vector. `.b128` (sm_90+) supports only `.exch` and `.cas` ' +
      '(compare-and-swap has its own entry, `atom.cas`). On sm_6x and older, shared-memory atomics are not atomic with ' +
      'respect to plain stores to the same address.',
    syntax: [
      'atom{.sem}{.scope}{.space}.op{.level::cache_hint}.type  d, [a], b{, cache-policy};',
      'atom{.sem}{.scope}{.space}.exch{.level::cache_hint}.b128  d, [a], b{, cache-policy};',
      'atom{.sem}{.scope}{.space}.add.noftz{.level::cache_hint}.half  d, [a], b{, cache-policy};',
      'atom{.sem}{.scope}{.global}.add{.level::cache_hint}.vec_32_bit.f32  d, [a], b{, cache-policy};',
      'atom{.sem}{.scope}{.global}.vop.noftz{.level::cache_hint}.vec_16_bit.half_word_type  d, [a], b{, cache-policy};',
      'atom{.sem}{.scope}{.global}.vop.noftz{.level::cache_hint}.vec_32_bit.packed_type  d, [a], b{, cache-policy};',
      '.space = { .global, .shared, .shared::cta, .shared::cluster };',
      '.sem   = { .relaxed, .acquire, .release, .acq_rel };',
      '.scope = { .cta, .cluster, .gpu, .sys };',
      '.op    = { .and, .or, .xor, .exch, .add, .inc, .dec, .min, .max };',
      '.level::cache_hint = { .L2::cache_hint };',
      '.type  = { .b32, .b64, .u32, .u64, .s32, .s64, .f32, .f64 };',
      '.half  = { .f16, .f16x2, .bf16, .bf16x2 };',
      '.vop   = { .add, .min, .max };',
      '.half_word_type = { .f16, .bf16 };',
      '.packed_type    = { .f16x2, .bf16x2 };',
      '.vec_16_bit     = { .v2, .v4, .v8 };',
      '.vec_32_bit     = { .v2, .v4 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the value that was in memory before the update (a brace list for vector forms); `_` discards it.' },
      { name: '[a]', role: 'address', description: 'Address of the variable; naturally aligned for the access size.' },
      { name: 'b', role: 'source', description: 'The operand combined with the memory value (a brace list for vector forms).' },
      { name: 'cache-policy', role: 'other', description: 'With `.L2::cache_hint`: a 64-bit L2 eviction policy, e.g. from `createpolicy`.' },
    ],
    modifiers: [
      {
        name: '.relaxed',
        description: 'Default. Atomic, but does not order other memory accesses of the thread.',
      },
      {
        name: '.acquire',
        description:
          'Acquire: if the value read was written by another thread\'s release (in scope), everything that thread wrote before ' +
          'its release is visible to this thread\'s later accesses.',
      },
      { name: '.release', description: 'Release: a thread (in scope) that acquires the value this atomic writes also sees all of this thread\'s earlier writes.' },
      { name: '.acq_rel', description: 'Both acquire and release, e.g. for a lock hand-off or an atomic in the middle of a chain of threads.' },
      ...scopeMods('the atomic'),
      ...ATOMIC_SPACES,
      ...ATOMIC_OPS,
      { name: '.exch', description: 'Exchange: stores `b` and returns the previous value (bit types `.b32`, `.b64`, `.b128`).' },
      NOFTZ,
      CACHE_HINT,
      { name: '.b128', description: '128-bit exchange (or compare-and-swap) on a 16-byte aligned location; registers are `.b128`. sm_90+.' },
      { name: '.f32', description: '`.add` on single precision; in global memory subnormals are flushed to zero, in shared memory they are kept.' },
      { name: '.f64', description: '`.add` on double precision (sm_60+).' },
    ],
    semantics: 'atomically {\n  d = *a;\n  *a = op(*a, b);   // inc: (old >= b) ? 0 : old + 1;  dec: (old == 0 || old > b) ? b : old - 1\n}',
    introduced: '1.1',
    versionNotes: [
      { version: '1.2', change: '`atom.shared` and 64-bit global `.add/.cas/.exch`.' },
      { version: '2.0', change: '`atom.add.f32` and 64-bit shared `.add/.cas/.exch`.' },
      { version: '3.1', change: '64-bit `.and/.or/.xor/.min/.max`.' },
      { version: '5.0', change: '`atom.add.f64` and `.scope`.' },
      { version: '6.0', change: '`.sem` qualifier.' },
      { version: '6.2', change: '`atom.add.noftz.f16x2`.' },
      { version: '6.3', change: '`atom.add.noftz.f16` and `atom.cas.b16`; `.f16x2` atomicity clarified as per element (applies back to 6.2).' },
      { version: '7.4', change: '`.L2::cache_hint`.' },
      { version: '7.8', change: '`.bf16`/`.bf16x2` add, `.cluster` scope, `.shared::cta` / `.shared::cluster`.' },
      { version: '8.1', change: 'Vector forms.' },
      { version: '8.3', change: '`.b128` `.exch` and `.cas`.' },
      { version: '8.4', change: '`.sys` scope with `.b128`.' },
    ],
    minTarget: 'sm_11',
    targetNotes: [
      { target: 'sm_12', requirement: '`atom.shared`, 64-bit global `.add/.cas/.exch`' },
      { target: 'sm_20', requirement: '`atom.add.f32`, 64-bit shared `.add/.cas/.exch`, generic addressing' },
      { target: 'sm_30', requirement: '`::cta` sub-qualifier on `.shared`' },
      { target: 'sm_32', requirement: '64-bit `.and/.or/.xor/.min/.max`' },
      { target: 'sm_60', requirement: '`.add.f64`, `.scope`, `.add.noftz.f16x2`' },
      { target: 'sm_70', requirement: '`.sem`, `.add.noftz.f16`, `.cas.b16`' },
      { target: 'sm_80', requirement: '`.L2::cache_hint`' },
      { target: 'sm_90', requirement: '`.bf16`/`.bf16x2`, `.cluster` scope, `.shared::cluster`, vector forms, `.b128`' },
    ],
    cuda: 'Checked with nvcc 13 (sm_90): `atomicAdd(int*, v)` → `atom.global.add.u32` (even when the result is unused), `atomicSub` → an add of the negated value, `atomicExch` → `.exch.b32`, `atomicMin/Max` → `.min/.max.s32`, `atomicInc/Dec` → `.inc/.dec.u32`, `atomicAnd/Or/Xor` → `.and/.or/.xor.b32`, `atomicAdd(float*)` → `.add.f32`. `atomicAdd_block` / `atomicAdd_system` add `.cta` / `.sys`. `cuda::atomic_ref<int, cuda::thread_scope_device>::fetch_add(v, memory_order_acq_rel)` → `atom.add.acq_rel.gpu.s32`. `atomicAdd` on `__half2`, `__nv_bfloat162` and `__half` → `atom.add.noftz.f16x2/.bf16x2/.f16`, and on `float2` / `float4` (sm_90) → `atom.global.add.v2.f32` / `.v4.f32`. The sm_90 templated `atomicExch` on a 16-byte type → `atom.global.exch.b128`.',
    example: {
      target: 'sm_90',
      caption: 'A histogram bump with a plain relaxed atomic add, a ticket taken with acquire-release at GPU scope, and a four-float vector add.',
      code: `.visible .entry atom_histogram(.param .u64 bins, .param .u64 ticket, .param .u64 acc) {
  .reg .b32 %r<5>;
  .reg .f32 %f<5>;
  .reg .b64 %rd<8>;
  mov.u32 %r1, %tid.x;
  and.b32 %r2, %r1, 15;                         // bin index
  ld.param.u64 %rd1, [bins];
  cvta.to.global.u64 %rd2, %rd1;
  mul.wide.u32 %rd3, %r2, 4;
  add.s64 %rd4, %rd2, %rd3;
  atom.global.add.u32 %r3, [%rd4], 1;           // relaxed, .gpu scope by default
  ld.param.u64 %rd5, [ticket];
  cvta.to.global.u64 %rd6, %rd5;
  atom.acq_rel.gpu.global.inc.u32 %r4, [%rd6], 1023;  // wraps back to 0 after 1023
  cvt.rn.f32.u32 %f1, %r1;
  mov.f32 %f2, 1.0;
  mov.f32 %f3, 2.0;
  mov.f32 %f4, 0.5;
  ld.param.u64 %rd7, [acc];
  cvta.to.global.u64 %rd7, %rd7;
  atom.global.add.v4.f32 {%f1, %f2, %f3, %f4}, [%rd7], {%f1, %f2, %f3, %f4};
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-atom',
  },
  {
    opcode: 'atom.cas',
    family: 'synchronization',
    summary: 'Atomic compare-and-swap: store c only if memory still equals b',
    description:
      'Reads `[a]`; if it equals `b`, writes `c`; either way returns the old value in `d`. Comparing `d` with `b` tells ' +
      'whether the swap happened. This is the building block for lock-free updates that other atomics cannot express: ' +
      'read, compute, and retry the CAS until no other thread intervened.\n\n' +
      'Types: `.b16` (sm_70+), `.b32`, `.b64`, and `.b128` (sm_90+). The same `.sem`, `.scope` and state-space rules as ' +
      'other `atom` forms apply.',
    syntax: [
      'atom{.sem}{.scope}{.space}.cas.type  d, [a], b, c;',
      '.space = { .global, .shared, .shared::cta, .shared::cluster };',
      '.sem   = { .relaxed, .acquire, .release, .acq_rel };',
      '.scope = { .cta, .cluster, .gpu, .sys };',
      '.type  = { .b16, .b32, .b64, .b128 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives the value that was in memory before the operation.' },
      { name: '[a]', role: 'address', description: 'Address of the variable.' },
      { name: 'b', role: 'source', description: 'The expected value.' },
      { name: 'c', role: 'source', description: 'The new value, stored only if memory equals `b`.' },
    ],
    modifiers: [
      { name: '.relaxed', description: 'Default: atomic only, no ordering of other accesses.' },
      { name: '.acquire', description: 'Acquire semantics, e.g. when the CAS takes a lock.' },
      { name: '.release', description: 'Release semantics, e.g. when the CAS publishes a new node.' },
      { name: '.acq_rel', description: 'Both acquire and release.' },
      ...scopeMods('the compare-and-swap'),
      ...ATOMIC_SPACES,
      { name: '.b16', description: '16-bit compare-and-swap (sm_70+).' },
      { name: '.b128', description: '128-bit compare-and-swap on a 16-byte aligned location using `.b128` registers (sm_90+).' },
    ],
    semantics: 'atomically {\n  d = *a;\n  if (*a == b) *a = c;\n}',
    introduced: '1.1',
    versionNotes: [
      { version: '1.2', change: 'Shared-memory CAS and 64-bit global CAS.' },
      { version: '2.0', change: '64-bit shared-memory CAS.' },
      { version: '5.0', change: '`.scope`.' },
      { version: '6.0', change: '`.sem`.' },
      { version: '6.3', change: '`.b16`.' },
      { version: '7.8', change: '`.cluster` scope, `.shared::cta` / `.shared::cluster`.' },
      { version: '8.3', change: '`.b128`.' },
      { version: '8.4', change: '`.sys` scope with `.b128`.' },
    ],
    minTarget: 'sm_11',
    targetNotes: [
      { target: 'sm_12', requirement: 'Shared-memory CAS and 64-bit global CAS' },
      { target: 'sm_20', requirement: '64-bit shared-memory CAS, generic addressing' },
      { target: 'sm_60', requirement: '`.scope`' },
      { target: 'sm_70', requirement: '`.b16` and `.sem`' },
      { target: 'sm_90', requirement: '`.b128`, `.cluster` scope, `.shared::cluster`' },
    ],
    cuda: 'nvcc 13: `atomicCAS` on `unsigned short`, `unsigned int` and `unsigned long long` → `atom.global.cas.b16` / `.b32` / `.b64`; `cuda::atomic_ref::compare_exchange_strong/weak` also use it. Operations with no native atomic (for example a floating-point maximum) are written as CAS loops like the example below. On sm_90 the templated `atomicCAS` for a 16-byte, 16-byte-aligned trivially copyable type → `atom.global.cas.b128`.',
    example: {
      target: 'sm_75',
      caption: 'A CAS loop that atomically raises a global float to a new maximum.',
      code: `.visible .entry atom_cas_float_max(.param .u64 target, .param .f32 value) {
  .reg .b32 %r<4>;
  .reg .f32 %f<3>;
  .reg .b64 %rd<3>;
  .reg .pred %p<3>;
  ld.param.u64 %rd1, [target];
  cvta.to.global.u64 %rd2, %rd1;
  ld.param.f32 %f1, [value];
  mov.b32 %r3, %f1;
  ld.global.u32 %r1, [%rd2];
RETRY:
  mov.b32 %f2, %r1;
  setp.ge.f32 %p1, %f2, %f1;
  @%p1 bra DONE;                          // already larger: nothing to do
  atom.global.cas.b32 %r2, [%rd2], %r1, %r3;
  setp.ne.u32 %p2, %r2, %r1;              // somebody changed it meanwhile?
  mov.u32 %r1, %r2;
  @%p2 bra RETRY;
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-atom',
  },
  {
    opcode: 'red',
    family: 'synchronization',
    summary: 'Atomic reduction into global or shared memory, without returning the old value',
    description:
      'Atomically combines the value at `[a]` with `b` using `.op` and stores the result, like `atom` but with no ' +
      'destination register. Because nothing comes back, the thread does not wait for the memory system, so `red` is the ' +
      'cheaper choice for counters, histograms and accumulations whose old value is not needed.\n\n' +
      'The default semantics is `.relaxed` at `.gpu` scope; `.release` makes the update publish the thread\'s earlier ' +
      'writes. `red` never acts as the read half of an acquire: `red` followed by `fence.acquire` does not synchronize. ' +
      'Vector and packed forms update each element atomically on its own.',
    syntax: [
      'red{.sem}{.scope}{.space}.op{.level::cache_hint}.type  [a], b{, cache-policy};',
      'red{.sem}{.scope}{.space}.add.noftz{.level::cache_hint}.half  [a], b{, cache-policy};',
      'red{.sem}{.scope}{.global}.add{.level::cache_hint}.vec_32_bit.f32  [a], b{, cache-policy};',
      'red{.sem}{.scope}{.global}.vop.noftz{.level::cache_hint}.vec_16_bit.half_word_type  [a], b{, cache-policy};',
      'red{.sem}{.scope}{.global}.vop.noftz{.level::cache_hint}.vec_32_bit.packed_type  [a], b{, cache-policy};',
      '.space = { .global, .shared, .shared::cta, .shared::cluster };',
      '.sem   = { .relaxed, .release };',
      '.scope = { .cta, .cluster, .gpu, .sys };',
      '.op    = { .and, .or, .xor, .add, .inc, .dec, .min, .max };',
      '.level::cache_hint = { .L2::cache_hint };',
      '.type  = { .b32, .b64, .u32, .u64, .s32, .s64, .f32, .f64 };',
      '.half  = { .f16, .f16x2, .bf16, .bf16x2 };',
      '.vop   = { .add, .min, .max };',
      '.half_word_type = { .f16, .bf16 };',
      '.packed_type    = { .f16x2, .bf16x2 };',
      '.vec_16_bit     = { .v2, .v4, .v8 };',
      '.vec_32_bit     = { .v2, .v4 };',
    ],
    operands: [
      { name: '[a]', role: 'address', description: 'Address of the variable to update.' },
      { name: 'b', role: 'source', description: 'The value combined into memory (a brace list for vector forms).' },
      { name: 'cache-policy', role: 'other', description: 'With `.L2::cache_hint`: a 64-bit L2 eviction policy.' },
    ],
    modifiers: [
      { name: '.relaxed', description: 'Default: atomic only, no ordering of the thread\'s other accesses.' },
      { name: '.release', description: 'Release: the thread\'s earlier writes become visible to a thread that acquires the updated value.' },
      ...scopeMods('the reduction'),
      ...ATOMIC_SPACES,
      ...ATOMIC_OPS,
      NOFTZ,
      CACHE_HINT,
      { name: '.f32', description: '`.add` on floats; flushes subnormals in global memory, keeps them in shared memory.' },
      { name: '.f64', description: '`.add` on doubles (sm_60+).' },
    ],
    semantics: 'atomically { *a = op(*a, b); }',
    introduced: '1.2',
    versionNotes: [
      { version: '2.0', change: '`red.add.f32` and shared 64-bit add.' },
      { version: '3.1', change: '64-bit `.and/.or/.xor/.min/.max`.' },
      { version: '5.0', change: '`red.add.f64` and `.scope`.' },
      { version: '6.0', change: '`.sem` qualifier.' },
      { version: '6.2', change: '`red.add.noftz.f16x2`.' },
      { version: '6.3', change: '`red.add.noftz.f16`; `.f16x2` atomicity clarified as per element (applies back to 6.2).' },
      { version: '7.4', change: '`.L2::cache_hint`.' },
      { version: '7.8', change: '`.bf16`/`.bf16x2`, `.cluster` scope, `.shared::cta` / `.shared::cluster`.' },
      { version: '8.1', change: 'Vector forms.' },
    ],
    minTarget: 'sm_11',
    targetNotes: [
      { target: 'sm_12', requirement: '`red.shared`, `red.global.add.u64`' },
      { target: 'sm_20', requirement: '`red.add.f32`, `red.shared.add.u64`, generic addressing' },
      { target: 'sm_30', requirement: '`::cta` sub-qualifier on `.shared`' },
      { target: 'sm_32', requirement: '64-bit `.and/.or/.xor/.min/.max`' },
      { target: 'sm_60', requirement: '`.add.f64`, `.scope`, `.add.noftz.f16x2`' },
      { target: 'sm_70', requirement: '`.sem`, `.add.noftz.f16`' },
      { target: 'sm_80', requirement: '`.L2::cache_hint`' },
      { target: 'sm_90', requirement: '`.bf16`/`.bf16x2`, `.cluster`, `.shared::cluster`, vector forms' },
    ],
    cuda: 'nvcc 13 does not turn discarded-result atomics into `red`: `atomicAdd(p, 1);`, `atomicOr`, `atomicMax` and `cuda::atomic_ref::fetch_add` with the result unused all stay `atom` in the PTX (checked on sm_90). Write `red` with inline `asm` when you want it explicitly, e.g. a `.release` reduction.',
    example: {
      target: 'sm_80',
      caption: 'Accumulates a per-thread value into a global sum (old value unused), with an evict-last L2 policy for the hot counter, and sets a flag bit with release semantics.',
      code: `.visible .entry red_accumulate(.param .u64 sum, .param .u64 flags) {
  .reg .b32 %r<3>;
  .reg .f32 %f1;
  .reg .b64 %rd<6>;
  mov.u32 %r1, %tid.x;
  cvt.rn.f32.u32 %f1, %r1;
  ld.param.u64 %rd1, [sum];
  cvta.to.global.u64 %rd2, %rd1;
  createpolicy.fractional.L2::evict_last.b64 %rd3, 1.0;
  red.global.add.L2::cache_hint.f32 [%rd2], %f1, %rd3;
  ld.param.u64 %rd4, [flags];
  cvta.to.global.u64 %rd5, %rd4;
  and.b32 %r2, %r1, 31;
  shl.b32 %r2, 1, %r2;
  red.release.gpu.global.or.b32 [%rd5], %r2;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-red',
  },
  {
    opcode: 'red.async',
    family: 'synchronization',
    summary: 'Asynchronous atomic reduction into a peer CTA\'s shared memory (or, sm_100+, into global memory)',
    description:
      'Starts an atomic reduction and returns immediately. In the relaxed form (sm_90+), the target `[a]` and the mbarrier ' +
      '`[mbar]` must both be in the shared memory of *another* CTA of the same cluster. When the update has been done, the ' +
      'hardware performs a complete-tx on that mbarrier for the number of bytes written, so the receiving CTA can wait for ' +
      'incoming updates with `mbarrier.try_wait` after an `expect_tx` of the right byte count.\n\n' +
      'The release form (sm_100+, PTX 8.7) instead targets global memory with release semantics at `.gpu` or `.sys` (or ' +
      '`.cluster`) scope and needs no mbarrier; `.mmio` marks a memory-mapped I/O access and requires `.sys`.',
    syntax: [
      'red.async.relaxed.cluster{.shared::cluster}.mbarrier::complete_tx::bytes.op.type  [a], b, [mbar];',
      'red.async{.mmio}.release.scope{.global}.add.gtype  [a], b;',
      '.op    = { .inc, .dec, .min, .max, .and, .or, .xor, .add };',
      '.type  = { .u32, .s32, .b32, .u64 };     // .inc/.dec: .u32; .min/.max: .u32 .s32; bitwise: .b32; .add: .u32 .s32 .u64',
      '.scope = { .cluster, .gpu, .sys };',
      '.gtype = { .u32, .s32, .u64, .s64 };',
    ],
    operands: [
      { name: '[a]', role: 'address', description: 'Destination: a shared-memory location in a peer CTA (relaxed form) or a global location (release form).' },
      { name: 'b', role: 'source', description: 'The value to combine into the destination.' },
      { name: '[mbar]', role: 'address', description: 'The mbarrier in the same peer CTA as `[a]`; it receives a complete-tx of the bytes written.' },
    ],
    modifiers: [
      { name: '.relaxed', description: 'The reduction itself is relaxed; the complete-tx on the mbarrier has release semantics at cluster scope.' },
      { name: '.release', description: 'sm_100+: the reduction to global memory is a strong release operation at `.scope`.' },
      { name: '.cluster', description: 'Scope: the relaxed form is always cluster-scoped; the release form may also use it.' },
      { name: '.gpu', description: 'Scope of the release form: the whole GPU (sm_100+).' },
      { name: '.sys', description: 'Scope of the release form: the whole system (sm_100+); required with `.mmio`.' },
      { name: '.shared::cluster', description: 'Both `[a]` and `[mbar]` are cluster shared-memory addresses (from `mapa`). Without it, generic addresses are used.' },
      { name: '.global', description: 'Release form: `[a]` is a global address. Without it, a generic address that must point to global memory.' },
      {
        name: '.mbarrier::complete_tx::bytes',
        description:
          'Completion mechanism: when the update lands, a complete-tx with the number of bytes written is performed on ' +
          '`[mbar]`. The default (and only choice) for the relaxed form; not allowed in the release form.',
      },
      { name: '.mmio', description: 'Marks the access as memory-mapped I/O: the write is always performed and never combined with others within the scope; needs `.release.sys`. sm_100+.' },
      ...ATOMIC_OPS,
      { name: '.u32', description: 'Unsigned 32-bit operand (`.inc`, `.dec`, `.min`, `.max`, `.add`).' },
      { name: '.s32', description: 'Signed 32-bit operand (`.min`, `.max`, `.add`).' },
      { name: '.b32', description: '32-bit bit pattern for `.and`, `.or`, `.xor`.' },
      { name: '.u64', description: 'Unsigned 64-bit operand for `.add`.' },
      { name: '.s64', description: 'Signed 64-bit operand for the global `.add` form.' },
    ],
    introduced: '8.1',
    versionNotes: [{ version: '8.7', change: '`.mmio`, `.release` semantics, `.global` state space and `.gpu` / `.sys` scopes.' }],
    minTarget: 'sm_90',
    targetNotes: [{ target: 'sm_100', requirement: '`.mmio`, `.release`, `.global`, `.gpu` and `.sys` scopes' }],
    cuda: 'Only through inline `asm` or libcu++\'s `cuda::ptx::red_async(...)` wrappers (CUDA 13.0 wraps the relaxed cluster form).',
    example: {
      target: 'sm_90',
      caption: 'In a 2-CTA cluster, each CTA expects 4 bytes on its own mbarrier and asynchronously adds into a counter in its partner\'s shared memory.',
      code: `.visible .entry red_async_peer_count()
  .reqnctapercluster 2, 1, 1
{
  .shared .align 8 .b64 bar;
  .shared .align 4 .u32 counter;
  .reg .b32 %r<8>;
  .reg .b64 %rd1;
  .reg .pred %p<3>;
  mov.u32 %r1, %tid.x;
  setp.eq.u32 %p1, %r1, 0;
  @!%p1 bra SYNC;
  st.shared.u32 [counter], 0;
  mbarrier.init.shared::cta.b64 [bar], 1;
SYNC:
  fence.mbarrier_init.release.cluster;
  barrier.cluster.arrive.aligned;
  barrier.cluster.wait.aligned;
  @!%p1 bra DONE;
  mbarrier.arrive.expect_tx.shared::cta.b64 %rd1, [bar], 4;   // one 4-byte update will come in
  mov.u32 %r2, %cluster_ctarank;
  xor.b32 %r3, %r2, 1;
  mov.u32 %r4, counter;
  mapa.shared::cluster.u32 %r5, %r4, %r3;
  mov.u32 %r6, bar;
  mapa.shared::cluster.u32 %r7, %r6, %r3;
  red.async.relaxed.cluster.shared::cluster.mbarrier::complete_tx::bytes.add.u32 [%r5], 5, [%r7];
WAIT:
  mbarrier.try_wait.acquire.cluster.shared::cta.b64 %p2, [bar], %rd1;  // the complete-tx is a cluster-scope release
  @!%p2 bra WAIT;
  ld.shared.u32 %r2, [counter];            // now 5, added by the partner CTA
DONE:
  barrier.cluster.arrive.aligned;
  barrier.cluster.wait.aligned;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-red-async',
  },

  // -------------------------------------------------------------------------------------------
  // Warp-level votes, matches and reductions
  // -------------------------------------------------------------------------------------------
  {
    opcode: 'vote',
    family: 'synchronization',
    summary: 'Deprecated warp vote over the active threads (without .sync)',
    description:
      'The pre-Volta warp vote: combines a predicate over the *active* threads of the warp. `.all` is true when every ' +
      'active thread\'s predicate is true, `.any` when at least one is, `.uni` when all active threads agree. ' +
      '`vote.ballot.b32` returns a 32-bit mask with bit i set when lane i\'s predicate is true (inactive lanes give 0).\n\n' +
      'It relies on implicit warp convergence, which independent thread scheduling on sm_70+ no longer guarantees. It was ' +
      'deprecated in PTX 6.0, and for sm_70 and later targets it is only accepted in modules declaring `.version 6.3` or ' +
      'older (ptxas then warns that the result may be unpredictable). Replace `vote.mode` with `vote.sync.mode` and a mask ' +
      'such as the result of `activemask`.',
    syntax: ['vote.mode.pred   d, {!}a;', 'vote.ballot.b32  d, {!}a;', '.mode = { .all, .any, .uni };'],
    operands: [
      { name: 'd', role: 'destination', description: 'A predicate (`.all`, `.any`, `.uni`) or a `.b32` lane mask (`.ballot`).' },
      { name: 'a', role: 'predicate', description: 'The predicate each thread votes with; `!a` votes with its negation.' },
    ],
    modifiers: [
      { name: '.all', description: 'True if the predicate is true in every active thread (vote with `!a` to get "none").' },
      { name: '.any', description: 'True if the predicate is true in at least one active thread (with `!a`: "not all").' },
      { name: '.uni', description: 'True if all active threads have the same predicate value.' },
      { name: '.ballot', description: 'Gather every lane\'s predicate into one 32-bit mask, bit i = lane i.' },
      { name: '.pred', description: 'The result of `.all` / `.any` / `.uni` is a predicate, identical in all threads.' },
      { name: '.b32', description: 'The ballot result is a 32-bit mask.' },
    ],
    introduced: '1.2',
    versionNotes: [
      { version: '6.0', change: 'Deprecated in favour of `vote.sync`.' },
      { version: '6.4', change: 'No longer supported for sm_70 and higher targets.' },
    ],
    minTarget: 'sm_12',
    targetNotes: [{ target: 'sm_20', requirement: '`vote.ballot.b32`' }],
    cuda: 'The removed pre-CUDA 9 intrinsics `__all(p)`, `__any(p)` and `__ballot(p)`. Modern code uses `__all_sync`, `__any_sync`, `__uni_sync` and `__ballot_sync`, which produce `vote.sync`.',
    example: {
      target: 'sm_75',
      ptxVersion: '6.3',
      caption: 'Counts the lanes of a warp below lane 16 with the pre-Volta `vote`; it needs `.version 6.3` or older on sm_70 and newer, and ptxas warns that it is deprecated (new code uses `vote.sync`).',
      code: `.visible .entry vote_legacy_demo(.param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<3>;
  .reg .pred %p<3>;
  mov.u32 %r1, %laneid;
  setp.lt.u32 %p1, %r1, 16;
  vote.any.pred %p2, %p1;
  vote.ballot.b32 %r2, %p1;
  selp.u32 %r3, 1, 0, %p2;
  add.u32 %r3, %r3, %r2;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r3;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-vote',
  },
  {
    opcode: 'vote.sync',
    family: 'synchronization',
    summary: 'Warp vote (all, any, uniform, or ballot mask) over the lanes in a member mask',
    description:
      'Each lane in `membermask` contributes a predicate. The mode forms give every participating lane the same predicate ' +
      'result: `.all` (all true), `.any` (some true) or `.uni` (all equal). The ballot form returns a 32-bit mask with bit i ' +
      'set when lane i voted true; lanes outside the mask contribute 0.\n\n' +
      MEMBERMASK_NOTE,
    syntax: ['vote.sync.mode.pred   d, {!}a, membermask;', 'vote.sync.ballot.b32  d, {!}a, membermask;', '.mode = { .all, .any, .uni };'],
    operands: [
      { name: 'd', role: 'destination', description: 'A predicate (mode forms) or a `.b32` lane mask (`.ballot`).' },
      { name: 'a', role: 'predicate', description: 'This lane\'s vote; `!a` uses the negation.' },
      { name: 'membermask', role: 'other', description: '32-bit mask of participating lanes (immediate or register).' },
    ],
    modifiers: [
      { name: '.all', description: 'True when every non-exited lane in the mask has a true predicate (`!a` gives "none").' },
      { name: '.any', description: 'True when at least one lane in the mask has a true predicate (`!a` gives "not all").' },
      { name: '.uni', description: 'True when all non-exited lanes in the mask have the same predicate value.' },
      { name: '.ballot', description: 'Return the votes as a bit mask: bit i is lane i\'s predicate.' },
      { name: '.pred', description: 'Mode forms write a predicate register.' },
      { name: '.b32', description: 'The ballot form writes a 32-bit register.' },
      SYNC_WARP,
    ],
    introduced: '6.0',
    minTarget: 'sm_30',
    targetNotes: [{ target: 'sm_70', requirement: 'Non-converged execution (on sm_6x and below all masked lanes must execute it together)' }],
    cuda: 'nvcc 13: `__ballot_sync(mask, p)` → `vote.sync.ballot.b32`, `__all_sync` → `vote.sync.all.pred`, `__any_sync` → `vote.sync.any.pred`, `__uni_sync` → `vote.sync.uni.pred`. Cooperative groups `tile.ballot()`, `tile.all()` and `tile.any()` on a 32-thread tile all compile to `vote.sync.ballot.b32` (all/any then compare the mask).',
    example: {
      target: 'sm_75',
      caption: 'Builds a ballot of lanes holding a positive value and checks whether the whole warp agrees.',
      code: `.visible .entry vote_sync_ballot(.param .u64 data, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<6>;
  .reg .pred %p<3>;
  mov.u32 %r1, %laneid;
  ld.param.u64 %rd1, [data];
  cvta.to.global.u64 %rd2, %rd1;
  mul.wide.u32 %rd3, %r1, 4;
  add.s64 %rd4, %rd2, %rd3;
  ld.global.s32 %r2, [%rd4];
  setp.gt.s32 %p1, %r2, 0;
  vote.sync.ballot.b32 %r3, %p1, 0xffffffff;   // bit i: lane i is positive
  vote.sync.uni.pred %p2, %p1, 0xffffffff;     // all lanes agree?
  selp.u32 %r4, 1, 0, %p2;
  add.u32 %r3, %r3, %r4;
  ld.param.u64 %rd5, [out];
  cvta.to.global.u64 %rd5, %rd5;
  st.global.u32 [%rd5], %r3;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-vote-sync',
  },
  {
    opcode: 'match.sync',
    family: 'synchronization',
    summary: 'Find which lanes of a warp hold the same value',
    description:
      'Every lane in `membermask` broadcasts its value `a` and compares it with the others. `match.any` returns, in each ' +
      'lane, the mask of lanes whose value equals its own, which groups lanes by key (for example to aggregate atomics per ' +
      'key). `match.all` returns the mask of all participating lanes if every one of them has the same value, otherwise 0, ' +
      'and can also set predicate `p` to say whether they all matched.\n\n' +
      MEMBERMASK_NOTE,
    syntax: ['match.any.sync.type  d, a, membermask;', 'match.all.sync.type  d[|p], a, membermask;', '.type = { .b32, .b64 };'],
    operands: [
      { name: 'd', role: 'destination', description: '32-bit lane mask (see the mode); `_` may replace it in `match.all` when only `p` is needed.' },
      { name: 'p', role: 'predicate', description: '`match.all` only, optional: true when all participating lanes have equal values.' },
      { name: 'a', role: 'source', description: 'The value to compare, 32 or 64 bits.' },
      { name: 'membermask', role: 'other', description: '32-bit mask of participating lanes.' },
    ],
    modifiers: [
      { name: '.any', description: 'Each lane gets the mask of lanes whose `a` equals its own.' },
      { name: '.all', description: 'Every lane gets the full participating mask if all values are equal, otherwise 0.' },
      { name: '.b32', description: 'Compare 32-bit values.' },
      { name: '.b64', description: 'Compare 64-bit values (e.g. pointers).' },
      SYNC_WARP,
    ],
    introduced: '6.0',
    minTarget: 'sm_70',
    cuda: 'nvcc 13: `__match_any_sync(mask, value)` → `match.any.sync.b32` (`.b64` for 64-bit values) and `__match_all_sync(mask, value, &pred)` → `match.all.sync.b32 d|p, …`; `cooperative_groups::labeled_partition(tile, key)` also emits `match.any.sync`.',
    example: {
      target: 'sm_75',
      caption: 'Groups lanes by bucket so that only the lowest lane of each group performs one aggregated atomic add.',
      code: `.visible .entry match_any_aggregate(.param .u64 keys, .param .u64 bins) {
  .reg .b32 %r<9>;
  .reg .b64 %rd<9>;
  .reg .pred %p1;
  mov.u32 %r1, %laneid;
  ld.param.u64 %rd1, [keys];
  cvta.to.global.u64 %rd2, %rd1;
  mul.wide.u32 %rd3, %r1, 4;
  add.s64 %rd4, %rd2, %rd3;
  ld.global.u32 %r2, [%rd4];                    // this lane's bucket
  match.any.sync.b32 %r3, %r2, 0xffffffff;      // lanes sharing the bucket
  popc.b32 %r4, %r3;                            // group size
  bfind.u32 %r5, %r3;                           // highest lane in the group
  brev.b32 %r6, %r3;
  bfind.shiftamt.u32 %r7, %r6;                  // lowest lane in the group
  setp.ne.u32 %p1, %r7, %r1;
  @%p1 bra DONE;                                // only the leader adds
  ld.param.u64 %rd5, [bins];
  cvta.to.global.u64 %rd6, %rd5;
  mul.wide.u32 %rd7, %r2, 4;
  add.s64 %rd8, %rd6, %rd7;
  red.global.add.u32 [%rd8], %r4;
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-match-sync',
  },
  {
    opcode: 'activemask',
    family: 'synchronization',
    summary: 'Get the mask of lanes currently executing together in this warp',
    description:
      'Writes a 32-bit mask with bit i set when lane i is active and executing this instruction with the current thread ' +
      '(not exited, not predicated off, not on another branch). It does not synchronize anything: it only reports who ' +
      'happens to be converged right now, which is often used as the `membermask` of a following `*.sync` instruction.',
    syntax: ['activemask.b32  d;'],
    operands: [{ name: 'd', role: 'destination', description: '32-bit register receiving the active-lane mask.' }],
    modifiers: [{ name: '.b32', description: 'The result is a 32-bit mask.' }],
    introduced: '6.2',
    minTarget: 'sm_30',
    cuda: '`__activemask()` is inline `asm` for `activemask.b32`; `cooperative_groups::coalesced_threads()` also emits it (checked with nvcc 13).',
    example: {
      target: 'sm_75',
      caption: 'Inside a divergent branch, counts how many lanes took it and lets the first of them report the count.',
      code: `.visible .entry activemask_branch_count(.param .u64 out) {
  .reg .b32 %r<6>;
  .reg .b64 %rd<3>;
  .reg .pred %p<3>;
  mov.u32 %r1, %laneid;
  and.b32 %r2, %r1, 3;
  setp.ne.u32 %p1, %r2, 0;
  @%p1 bra SKIP;                       // only lanes 0, 4, 8, ... continue
  activemask.b32 %r3;                  // who is here with me?
  popc.b32 %r4, %r3;
  mov.u32 %r5, %lanemask_lt;
  and.b32 %r5, %r5, %r3;
  setp.ne.u32 %p2, %r5, 0;
  @%p2 bra SKIP;                       // not the lowest active lane
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r4;
SKIP:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-activemask',
  },
  {
    opcode: 'redux.sync',
    family: 'synchronization',
    summary: 'Reduce a 32-bit value across the lanes of a warp in one instruction',
    description:
      'Combines `src` from every non-exited lane in `membermask` and gives every participating lane the result: integer ' +
      '`.add` (wraps to 32 bits), `.min`, `.max`, or bitwise `.and`, `.or`, `.xor`. It replaces a five-step shuffle ' +
      'reduction on sm_80 and later.\n\n' +
      'On sm_100a/sm_100f and later family targets, `.f32` `.min`/`.max` are also available: `.abs` reduces absolute ' +
      'values and `.NaN` makes any NaN input produce a NaN result (by default NaNs are ignored unless all inputs are NaN). ' +
      '+0.0 counts as larger than -0.0.\n\n' +
      MEMBERMASK_NOTE,
    syntax: [
      'redux.sync.op.type  dst, src, membermask;   // .op = { .add, .min, .max }, .type = { .u32, .s32 }',
      'redux.sync.bop.b32  dst, src, membermask;',
      'redux.sync.fop{.abs}{.NaN}.f32  dst, src, membermask;',
      '.op   = { .add, .min, .max };',
      '.type = { .u32, .s32 };',
      '.bop  = { .and, .or, .xor };',
      '.fop  = { .min, .max };',
    ],
    operands: [
      { name: 'dst', role: 'destination', description: 'Receives the reduction result, the same in every participating lane.' },
      { name: 'src', role: 'source', description: 'This lane\'s 32-bit contribution.' },
      { name: 'membermask', role: 'other', description: '32-bit mask of participating lanes.' },
    ],
    modifiers: [
      { name: '.add', description: 'Sum of all contributions, truncated to 32 bits.' },
      { name: '.min', description: 'Smallest contribution (signed or unsigned by type; `.f32` on sm_100a+).' },
      { name: '.max', description: 'Largest contribution.' },
      { name: '.and', description: 'Bitwise AND of all contributions.' },
      { name: '.or', description: 'Bitwise OR of all contributions.' },
      { name: '.xor', description: 'Bitwise XOR of all contributions.' },
      { name: '.abs', description: '`.f32` only: reduce the absolute values of the inputs.' },
      { name: '.NaN', description: '`.f32` only: if any input is NaN, the result is the canonical NaN. Without it, NaNs are skipped.' },
      { name: '.f32', description: 'Single-precision min/max (PTX 8.6 on sm_100a; on the sm_100f family targets too, from PTX 8.8).' },
      SYNC_WARP,
    ],
    introduced: '7.0',
    versionNotes: [
      { version: '8.6', change: '`.f32` type with `.abs` and `.NaN`.' },
      { version: '8.8', change: '`.f32`, `.abs` and `.NaN` on the sm_100f family targets.' },
    ],
    minTarget: 'sm_80',
    targetNotes: [
      { target: 'sm_100a', requirement: '`.f32`, `.abs`, `.NaN`' },
      { target: 'sm_100f', requirement: '`.f32`, `.abs`, `.NaN` (from PTX 8.8; also later members of the family)' },
    ],
    cuda: 'nvcc 13 (sm_80+): `__reduce_add_sync(mask, unsigned)` → `redux.sync.add.u32`, the `int` overloads → `.s32` (e.g. `__reduce_max_sync` → `redux.sync.max.s32`), `__reduce_and/or/xor_sync` → `.b32`; `cooperative_groups::reduce(tile, v, cg::plus<int>())` on a 32-thread tile → `redux.sync.add.s32`. CUDA 13.0 has no `float` overloads, so the `.f32` forms need inline `asm`.',
    example: {
      target: 'sm_80',
      caption: 'Warp-wide sum and maximum of one value per lane, written out by lane 0.',
      code: `.visible .entry redux_warp_sum(.param .u64 data, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<6>;
  .reg .pred %p1;
  mov.u32 %r1, %laneid;
  ld.param.u64 %rd1, [data];
  cvta.to.global.u64 %rd2, %rd1;
  mul.wide.u32 %rd3, %r1, 4;
  add.s64 %rd4, %rd2, %rd3;
  ld.global.u32 %r2, [%rd4];
  redux.sync.add.u32 %r3, %r2, 0xffffffff;   // sum over the warp
  redux.sync.max.s32 %r4, %r2, 0xffffffff;   // signed maximum
  setp.ne.u32 %p1, %r1, 0;
  @%p1 bra DONE;
  ld.param.u64 %rd5, [out];
  cvta.to.global.u64 %rd5, %rd5;
  st.global.v2.u32 [%rd5], {%r3, %r4};
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-redux-sync',
  },
  {
    opcode: 'griddepcontrol',
    family: 'synchronization',
    summary: 'Programmatic dependent launch: let the next grid start early, or wait for the previous one',
    description:
      'Controls overlap between consecutive kernels launched with programmatic dependent launch. ' +
      '`griddepcontrol.launch_dependents`, executed by the current (primary) grid, says that its dependent grid may be ' +
      'scheduled once every CTA of this grid has executed it or exited; this lets the next kernel\'s prologue overlap this ' +
      'kernel\'s tail. Only the first execution per CTA has an effect. There is no guarantee that the dependent actually ' +
      'starts early.\n\n' +
      '`griddepcontrol.wait`, executed by the dependent grid, blocks until all prerequisite grids have completed and their ' +
      'memory writes are visible. A dependent grid whose producer uses `launch_dependents` must call `wait` before reading ' +
      'the producer\'s results.',
    syntax: ['griddepcontrol.action;', '.action = { .launch_dependents, .wait };'],
    operands: [],
    modifiers: [
      { name: '.launch_dependents', description: 'Signal that dependent grids may be launched now (counted per CTA; repeats are no-ops).' },
      { name: '.wait', description: 'Wait until the prerequisite grids have finished and their memory operations are visible.' },
    ],
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: '`cudaTriggerProgrammaticLaunchCompletion()` → `griddepcontrol.launch_dependents`; `cudaGridDependencySynchronize()` → `griddepcontrol.wait`. The host enables it with the `cudaLaunchAttributeProgrammaticStreamSerialization` launch attribute.',
    example: {
      target: 'sm_90',
      caption: 'A dependent kernel does independent setup, waits for the previous grid\'s results, then immediately allows its own successor to launch.',
      code: `.visible .entry griddep_consumer(.param .u64 input, .param .u64 output) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<7>;
  mov.u32 %r1, %tid.x;
  mul.wide.u32 %rd1, %r1, 4;           // setup that needs no upstream data
  griddepcontrol.wait;                 // previous grid finished, writes visible
  ld.param.u64 %rd2, [input];
  cvta.to.global.u64 %rd3, %rd2;
  add.s64 %rd4, %rd3, %rd1;
  ld.global.u32 %r2, [%rd4];
  griddepcontrol.launch_dependents;    // the next kernel may start its prologue
  add.u32 %r3, %r2, 1;
  ld.param.u64 %rd5, [output];
  cvta.to.global.u64 %rd6, %rd5;
  add.s64 %rd6, %rd6, %rd1;
  st.global.u32 [%rd6], %r3;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-griddepcontrol',
  },
  {
    opcode: 'elect.sync',
    family: 'synchronization',
    summary: 'Elect one leader lane from a set of lanes',
    description:
      'Picks one active lane from `membermask` as leader. Every participating lane receives the leader\'s lane id in `d` ' +
      'and a predicate `p` that is true only in the leader. The choice is deterministic: the same mask always elects the ' +
      'same lane. Typical use: one lane of a warp issues a TMA copy, an mbarrier arrive or an MMA on behalf of the warp.\n\n' +
      'The `.sync` qualifier (mandatory) makes every lane wait until all lanes in the mask have executed the instruction.',
    syntax: ['elect.sync  d|p, membermask;'],
    operands: [
      { name: 'd', role: 'destination', description: '32-bit register receiving the leader\'s lane id; `_` if not needed.' },
      { name: 'p', role: 'predicate', description: 'True in the elected lane, false elsewhere.' },
      { name: 'membermask', role: 'other', description: '32-bit mask of lanes to choose from; must include the executing lane.' },
    ],
    modifiers: [SYNC_WARP],
    introduced: '8.0',
    minTarget: 'sm_90',
    cuda: '`cooperative_groups::invoke_one(group, fn)` compiles to `elect.sync` on sm_90 (checked with nvcc 13) and runs `fn` in the elected lane; otherwise inline `asm`. Warp-specialised Hopper/Blackwell kernels use it to pick the lane that issues TMA copies, mbarrier arrivals or MMAs.',
    example: {
      target: 'sm_90',
      caption: 'Each warp elects one lane to add the warp\'s contribution to a global counter.',
      code: `.visible .entry elect_one_per_warp(.param .u64 counter) {
  .reg .b32 %r1;
  .reg .b64 %rd<3>;
  .reg .pred %p1;
  elect.sync %r1|%p1, 0xffffffff;
  @!%p1 bra DONE;                      // everyone except the leader skips
  ld.param.u64 %rd1, [counter];
  cvta.to.global.u64 %rd2, %rd1;
  red.global.add.u32 [%rd2], 32;
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-elect-sync',
  },

  // -------------------------------------------------------------------------------------------
  // mbarrier
  // -------------------------------------------------------------------------------------------
  {
    opcode: 'mbarrier.init',
    family: 'synchronization',
    summary: 'Initialize an mbarrier object in shared memory with an expected arrival count',
    description:
      'An *mbarrier* is a 64-bit barrier object that you place in shared memory yourself (`.shared .align 8 .b64`), so a ' +
      'CTA can have as many as it likes. It counts arrivals per *phase* and can also track bytes of asynchronous copies ' +
      '(the *tx-count*). A phase completes when the pending arrivals reach zero and the tx-count is zero; the barrier then ' +
      'moves to the next phase and re-arms itself with the expected count.\n\n' +
      '`mbarrier.init` sets phase 0, expected and pending arrivals to `count` (1 to 2^20 - 1) and tx-count to 0. It must ' +
      'run before any other mbarrier operation on the object, and other threads must be ordered after it (e.g. with ' +
      '`bar.sync`, or `fence.mbarrier_init` plus a cluster barrier for cluster-wide use). Re-initializing a live barrier is ' +
      'undefined: use `mbarrier.inval` first.',
    syntax: ['mbarrier.init{.shared{::cta}}.b64  [addr], count;'],
    operands: [
      { name: '[addr]', role: 'address', description: 'The 8-byte aligned mbarrier object in the CTA\'s shared memory (or a generic address pointing there).' },
      { name: 'count', role: 'source', description: '`.u32` number of arrivals expected per phase, 1 to 2^20 - 1.' },
    ],
    modifiers: [...MBAR_SPACES, B64_MBAR],
    semantics: 'phase = 0; expected = pending = count; tx_count = 0;',
    introduced: '7.0',
    versionNotes: [{ version: '7.8', change: '`.shared::cta` sub-qualifier.' }],
    minTarget: 'sm_80',
    cuda: '`init(&bar, count)` on a `__shared__ cuda::barrier<cuda::thread_scope_block>` compiles to `mbarrier.init.shared.b64` (nvcc 13, sm_80 and sm_90); also `__mbarrier_init` (cuda_awbarrier_primitives.h) and `cuda::ptx::mbarrier_init`.',
    example: {
      target: 'sm_80',
      caption: 'Thread 0 initializes a barrier for the whole CTA; a `bar.sync` orders the initialization before every thread arrives and waits on it.',
      code: `.visible .entry mbarrier_init_block(.param .u32 nthreads) {
  .shared .align 8 .b64 bar;
  .reg .b32 %r<3>;
  .reg .b64 %rd1;
  .reg .pred %p<3>;
  mov.u32 %r1, %tid.x;
  ld.param.u32 %r2, [nthreads];
  setp.eq.u32 %p1, %r1, 0;
  @%p1 mbarrier.init.shared::cta.b64 [bar], %r2;   // expect every thread once
  bar.sync 0;                                      // init is visible to all
  mbarrier.arrive.shared::cta.b64 %rd1, [bar];
WAIT:
  mbarrier.test_wait.shared::cta.b64 %p2, [bar], %rd1;
  @!%p2 bra WAIT;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-mbarrier-init',
  },
  {
    opcode: 'mbarrier.inval',
    family: 'synchronization',
    summary: 'Invalidate an mbarrier object so its shared memory can be reused',
    description:
      'Marks the mbarrier at `[addr]` as no longer valid. You must do this before using those 8 bytes for anything else, ' +
      'including initializing a new mbarrier there. Any mbarrier operation other than `mbarrier.init` on an invalidated ' +
      'object is undefined. Make sure no thread still uses the barrier (e.g. with a `bar.sync` before invalidating).',
    syntax: ['mbarrier.inval{.shared{::cta}}.b64  [addr];'],
    operands: [{ name: '[addr]', role: 'address', description: 'The mbarrier object to invalidate, in the CTA\'s shared memory.' }],
    modifiers: [...MBAR_SPACES, B64_MBAR],
    introduced: '7.0',
    versionNotes: [{ version: '7.8', change: '`.shared::cta` sub-qualifier.' }],
    minTarget: 'sm_80',
    cuda: '`__mbarrier_inval` (cuda_awbarrier_primitives.h) or inline `asm`. The destructor of a block-scope `cuda::barrier` executes `mbarrier.inval.shared.b64` when the object is in shared memory, but a `__shared__` barrier variable is normally never destroyed.',
    example: {
      target: 'sm_80',
      caption: 'After the barrier\'s last use the CTA synchronizes, one thread invalidates it, and the same shared memory is reused as a plain counter.',
      code: `.visible .entry mbarrier_inval_reuse() {
  .shared .align 8 .b64 slot;
  .reg .b32 %r1;
  .reg .b64 %rd1;
  .reg .pred %p<3>;
  mov.u32 %r1, %tid.x;
  setp.eq.u32 %p1, %r1, 0;
  @%p1 mbarrier.init.shared.b64 [slot], 32;       // launched with 32 threads
  bar.sync 0;
  mbarrier.arrive.shared.b64 %rd1, [slot];
WAIT:
  mbarrier.test_wait.shared.b64 %p2, [slot], %rd1;
  @!%p2 bra WAIT;
  bar.sync 0;                                     // nobody uses the barrier any more
  @%p1 mbarrier.inval.shared::cta.b64 [slot];
  bar.sync 0;
  @%p1 st.shared.u64 [slot], 0;                   // the memory is ordinary again
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-mbarrier-inval',
  },
  {
    opcode: 'mbarrier.expect_tx',
    family: 'synchronization',
    summary: 'Tell an mbarrier to expect a number of bytes from asynchronous transfers',
    description:
      'Raises the current phase\'s *tx-count* of the mbarrier by `txCount` bytes. The phase cannot complete until ' +
      'asynchronous operations (TMA / `cp.async.bulk`, `red.async`, `st.async`, …) signalling this barrier have reported ' +
      'that many bytes with complete-tx. It does not count as an arrival; usually the combined ' +
      '`mbarrier.arrive.expect_tx` is used instead.\n\n' +
      'The mbarrier may be in this CTA (`.shared::cta`) or in another CTA of the cluster (`.shared::cluster`).',
    syntax: [
      'mbarrier.expect_tx{.sem.scope}{.space}.b64  [addr], txCount;',
      '.sem   = { .relaxed };',
      '.scope = { .cta, .cluster };',
      '.space = { .shared, .shared::cta, .shared::cluster };',
    ],
    operands: [
      { name: '[addr]', role: 'address', description: 'The mbarrier object.' },
      { name: 'txCount', role: 'source', description: '`.u32` number of bytes to add to the expected transaction count.' },
    ],
    modifiers: [
      { name: '.relaxed', description: 'The only semantics: no memory-ordering effect. `.sem` and `.scope` are written together or not at all.' },
      ...mbarSemScope('', []),
      ...MBAR_SPACES,
      MBAR_CLUSTER_SPACE,
      B64_MBAR,
    ],
    semantics: 'mbar.tx_count += txCount;',
    introduced: '8.0',
    minTarget: 'sm_90',
    cuda: '`cuda::device::barrier_expect_tx(bar, bytes)` on a block-scope `cuda::barrier` compiles to `mbarrier.expect_tx.relaxed.cta.shared::cta.b64` (nvcc 13, sm_90); also `cuda::ptx::mbarrier_expect_tx`.',
    example: {
      target: 'sm_90',
      caption: 'One thread announces 256 expected bytes, arrives, and starts a bulk copy that completes the bytes on the same barrier; all threads wait for the data.',
      code: `.visible .entry mbarrier_expect_tx_bulk(.param .u64 src) {
  .shared .align 8 .b64 bar;
  .shared .align 128 .b8 buf[256];
  .reg .b32 %r1;
  .reg .b64 %rd<4>;
  .reg .pred %p<3>;
  mov.u32 %r1, %tid.x;
  setp.eq.u32 %p1, %r1, 0;
  @%p1 mbarrier.init.shared::cta.b64 [bar], 1;
  bar.sync 0;
  @!%p1 bra WAIT;
  ld.param.u64 %rd1, [src];
  cvta.to.global.u64 %rd2, %rd1;
  mbarrier.expect_tx.relaxed.cta.shared::cta.b64 [bar], 256;   // 256 bytes will arrive
  mbarrier.arrive.shared::cta.b64 %rd3, [bar];                 // the one expected arrival
  cp.async.bulk.shared::cluster.global.mbarrier::complete_tx::bytes [buf], [%rd2], 256, [bar];
WAIT:
  mbarrier.try_wait.parity.shared::cta.b64 %p2, [bar], 0;      // phase 0 done = data landed
  @!%p2 bra WAIT;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-mbarrier-expect-tx',
  },
  {
    opcode: 'mbarrier.complete_tx',
    family: 'synchronization',
    summary: 'Decrease an mbarrier\'s pending transaction byte count by hand',
    description:
      'Performs a complete-tx on the mbarrier: lowers its tx-count by `txCount`, exactly as an asynchronous copy does when ' +
      'its bytes land, but without any data movement. It is useful when a thread produces data itself and wants to satisfy ' +
      'a barrier that consumers wait on with the same byte-count protocol, or to cancel an expectation that will not be ' +
      'met. If that brings the pending arrivals and tx-count to zero, the phase completes.',
    syntax: [
      'mbarrier.complete_tx{.sem.scope}{.space}.b64  [addr], txCount;',
      '.sem   = { .relaxed };',
      '.scope = { .cta, .cluster };',
      '.space = { .shared, .shared::cta, .shared::cluster };',
    ],
    operands: [
      { name: '[addr]', role: 'address', description: 'The mbarrier object.' },
      { name: 'txCount', role: 'source', description: '`.u32` number of bytes to mark as completed.' },
    ],
    modifiers: [
      { name: '.relaxed', description: 'The only semantics: no memory ordering. Written together with a scope or not at all.' },
      ...mbarSemScope('', []),
      ...MBAR_SPACES,
      MBAR_CLUSTER_SPACE,
      B64_MBAR,
    ],
    semantics: 'mbar.tx_count -= txCount;  // may complete the phase',
    introduced: '8.0',
    minTarget: 'sm_90',
    cuda: 'Only inline `asm`: CUDA 13.0 has no intrinsic or `cuda::ptx` wrapper for it.',
    example: {
      target: 'sm_90',
      caption: 'A producer thread expects 16 bytes, fills them with ordinary stores, reports them with `complete_tx` and then arrives (release) so waiting threads see the data.',
      code: `.visible .entry mbarrier_complete_tx_manual() {
  .shared .align 8 .b64 bar;
  .shared .align 16 .b32 data[4];
  .reg .b32 %r1;
  .reg .b64 %rd1;
  .reg .pred %p<3>;
  mov.u32 %r1, %tid.x;
  setp.eq.u32 %p1, %r1, 0;
  @%p1 mbarrier.init.shared::cta.b64 [bar], 1;
  bar.sync 0;
  @!%p1 bra WAIT;
  mbarrier.expect_tx.relaxed.cta.shared::cta.b64 [bar], 16;
  st.shared.v4.u32 [data], {%r1, %r1, %r1, %r1};
  mbarrier.complete_tx.relaxed.cta.shared::cta.b64 [bar], 16;   // "the 16 bytes are here"
  mbarrier.arrive.release.cta.shared::cta.b64 %rd1, [bar];      // publish the stores, complete the phase
WAIT:
  mbarrier.try_wait.parity.shared::cta.b64 %p2, [bar], 0;
  @!%p2 bra WAIT;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-mbarrier-complete-tx',
  },
  {
    opcode: 'mbarrier.arrive',
    aliases: ['mbarrier.arrive.expect_tx'],
    family: 'synchronization',
    summary: 'Arrive on an mbarrier, optionally also announcing expected transaction bytes',
    description:
      'Performs an arrive-on: lowers the pending arrival count of the current phase by `count` (default 1). If that makes ' +
      'the pending count and tx-count zero, the phase completes. For a barrier in this CTA it returns an opaque 64-bit ' +
      '`state` token for the phase it arrived in, to pass to `test_wait` / `try_wait`; use `_` if you wait by parity ' +
      'instead. Arriving on a barrier in another CTA (`.shared::cluster`) returns nothing and needs `_`.\n\n' +
      '`.expect_tx` first adds `txCount` bytes to the tx-count and then arrives once; it is the usual way a producer ' +
      'thread arms a barrier for an incoming TMA copy. `.noComplete` promises the arrival will not complete the phase ' +
      '(required on sm_8x whenever `count` is given).\n\n' +
      'By default the arrive has `.release` semantics at `.cta` scope: memory accesses before it become visible to threads ' +
      'that later observe the phase complete with an acquire wait.',
    syntax: [
      'mbarrier.arrive{.sem.scope}{.shared{::cta}}.b64            state, [addr]{, count};',
      'mbarrier.arrive{.sem.scope}{.shared::cluster}.b64          _, [addr]{, count};',
      'mbarrier.arrive.expect_tx{.sem.scope}{.shared{::cta}}.b64  state, [addr], txCount;',
      'mbarrier.arrive.expect_tx{.sem.scope}{.shared::cluster}.b64  _, [addr], txCount;',
      'mbarrier.arrive.noComplete{.release.cta}{.shared{::cta}}.b64  state, [addr], count;',
      '.sem   = { .release, .relaxed };',
      '.scope = { .cta, .cluster };',
    ],
    operands: [
      { name: 'state', role: 'destination', description: 'Opaque 64-bit token of the phase arrived in (local barrier only); `_` to discard.' },
      { name: '[addr]', role: 'address', description: 'The mbarrier object, local or (with `.shared::cluster`) in a peer CTA.' },
      { name: 'count', role: 'source', description: 'Optional `.u32` number of arrivals to signal at once (default 1; sm_90+ without `.noComplete`).' },
      { name: 'txCount', role: 'source', description: 'With `.expect_tx`: bytes to add to the tx-count before arriving.' },
    ],
    modifiers: [
      {
        name: '.expect_tx',
        description: 'Perform an expect-tx of `txCount` bytes, then arrive once. sm_90+.',
      },
      {
        name: '.noComplete',
        description: 'Promise that this arrival does not complete the phase (undefined behaviour otherwise). Its `state` can be queried with `mbarrier.pending_count`.',
      },
      { name: '.release', description: 'Default: this thread\'s earlier memory accesses are published to threads that acquire the completed phase.' },
      RELAXED_MBAR,
      ...mbarSemScope('`.release`', []),
      ...MBAR_SPACES,
      MBAR_CLUSTER_SPACE,
      B64_MBAR,
    ],
    semantics: 'if (.expect_tx) mbar.tx_count += txCount;\nstate = current phase token;\nmbar.pending -= count;                 // 1 by default\nif (mbar.pending == 0 && mbar.tx_count == 0) advance phase, pending = expected;',
    introduced: '7.0',
    versionNotes: [
      { version: '7.1', change: 'Sink `_` as destination.' },
      { version: '7.8', change: '`count` without `.noComplete`; `.shared::cta`.' },
      { version: '8.0', change: '`.expect_tx`, `.shared::cluster`, `.sem` and `.scope`.' },
      { version: '8.6', change: '`.relaxed`.' },
    ],
    minTarget: 'sm_80',
    targetNotes: [{ target: 'sm_90', requirement: '`count` without `.noComplete`, `.expect_tx`, `.shared::cluster`, `.cluster` scope, `.relaxed`' }],
    cuda: 'For a block-scope `cuda::barrier` in shared memory, nvcc 13 compiles `bar.arrive()` to `mbarrier.arrive.shared.b64 state, [addr]` on sm_80 and to `mbarrier.arrive.shared::cta.b64 state, [addr], count` on sm_90; `cuda::device::barrier_arrive_tx(bar, 1, bytes)` → `mbarrier.arrive.expect_tx.release.cta.shared::cta.b64`. Also `__mbarrier_arrive` and libcu++ `cuda::ptx::mbarrier_arrive` / `mbarrier_arrive_expect_tx` (which also cover remote `.shared::cluster` arrivals).',
    example: {
      target: 'sm_90',
      caption: 'A full/empty pair: the producer warp fills a buffer and arrives on `full`; consumers wait on `full`, read, then the consumer warp\'s first lane arrives once on `empty` using an explicit count.',
      code: `.visible .entry mbarrier_arrive_pipeline() {
  .shared .align 8 .b64 full;
  .shared .align 8 .b64 empty;
  .shared .align 4 .b32 buf[32];
  .reg .b32 %r<6>;
  .reg .b64 %rd<3>;
  .reg .pred %p<5>;
  mov.u32 %r1, %tid.x;                 // 64 threads: warp 0 produces, warp 1 consumes
  setp.eq.u32 %p1, %r1, 0;
  @%p1 mbarrier.init.shared::cta.b64 [full], 32;
  @%p1 mbarrier.init.shared::cta.b64 [empty], 1;
  bar.sync 0;
  and.b32 %r2, %r1, 31;
  shl.b32 %r3, %r2, 2;
  mov.u32 %r4, buf;
  add.u32 %r4, %r4, %r3;
  setp.lt.u32 %p2, %r1, 32;
  @!%p2 bra CONSUMER;
  st.shared.u32 [%r4], %r1;
  mbarrier.arrive.release.cta.shared::cta.b64 %rd1, [full];   // publish my slot
  bra.uni DONE;
CONSUMER:
  mbarrier.try_wait.parity.shared::cta.b64 %p3, [full], 0;
  @!%p3 bra CONSUMER;
  ld.shared.u32 %r5, [%r4];
  setp.eq.u32 %p4, %r2, 0;
  @%p4 mbarrier.arrive.shared::cta.b64 _, [empty], 1;        // one arrival for the warp
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-mbarrier-arrive',
  },
  {
    opcode: 'mbarrier.arrive_drop',
    aliases: ['mbarrier.arrive_drop.expect_tx'],
    family: 'synchronization',
    summary: 'Arrive on an mbarrier and permanently leave it (lower its expected count)',
    description:
      'Like `mbarrier.arrive`, but it also decreases the barrier\'s *expected* arrival count by `count` (default 1), for ' +
      'this and all later phases. A thread that is about to exit, or that stops taking part in a repeating ' +
      'synchronization, uses it so that the others do not wait for it forever.\n\n' +
      'Options mirror `mbarrier.arrive`: `.expect_tx` adds transaction bytes first, `.noComplete` promises the phase will ' +
      'not complete, `.release` (default) or `.relaxed` semantics at `.cta` (default) or `.cluster` scope, and a remote ' +
      '`.shared::cluster` barrier takes `_` as destination.',
    syntax: [
      'mbarrier.arrive_drop{.sem.scope}{.shared{::cta}}.b64            state, [addr]{, count};',
      'mbarrier.arrive_drop{.sem.scope}{.shared::cluster}.b64          _, [addr]{, count};',
      'mbarrier.arrive_drop.expect_tx{.sem.scope}{.shared{::cta}}.b64  state, [addr], txCount;',
      'mbarrier.arrive_drop.expect_tx{.sem.scope}{.shared::cluster}.b64  _, [addr], txCount;',
      'mbarrier.arrive_drop.noComplete{.release.cta}{.shared{::cta}}.b64  state, [addr], count;',
      '.sem   = { .release, .relaxed };',
      '.scope = { .cta, .cluster };',
    ],
    operands: [
      { name: 'state', role: 'destination', description: 'Opaque 64-bit phase token (local barrier only); `_` to discard.' },
      { name: '[addr]', role: 'address', description: 'The mbarrier object.' },
      { name: 'count', role: 'source', description: 'Optional `.u32`: how much to lower the expected count and signal (default 1).' },
      { name: 'txCount', role: 'source', description: 'With `.expect_tx`: bytes to add to the tx-count first.' },
    ],
    modifiers: [
      { name: '.expect_tx', description: 'Do an expect-tx of `txCount` bytes before dropping out; the arrival count is then 1. sm_90+.' },
      { name: '.noComplete', description: 'Promise that this operation does not complete the current phase (required with `count` on sm_8x).' },
      { name: '.release', description: 'Default: publishes this thread\'s earlier accesses to whoever acquires the completed phase.' },
      RELAXED_MBAR,
      ...mbarSemScope('`.release`', []),
      ...MBAR_SPACES,
      MBAR_CLUSTER_SPACE,
      B64_MBAR,
    ],
    semantics: 'if (.expect_tx) mbar.tx_count += txCount;\nmbar.expected -= count;   // for all later phases too\nmbar.pending -= count;    // the arrive-on\nif (phase complete) advance phase, pending = expected;',
    introduced: '7.0',
    versionNotes: [
      { version: '7.8', change: '`count` without `.noComplete`; `.shared::cta`.' },
      { version: '8.0', change: '`.expect_tx`, `.shared::cluster`, `.sem` and `.scope`.' },
      { version: '8.6', change: '`.relaxed`.' },
    ],
    minTarget: 'sm_80',
    targetNotes: [{ target: 'sm_90', requirement: '`count` without `.noComplete`, `.expect_tx`, `.shared::cluster`, `.cluster` scope, `.relaxed`' }],
    cuda: '`arrive_and_drop()` on a block-scope `cuda::barrier` in shared memory compiles to `mbarrier.arrive_drop.shared.b64 _, [addr]` (nvcc 13); also `__mbarrier_arrive_and_drop`.',
    example: {
      target: 'sm_80',
      caption: 'Threads without work drop out of the barrier and exit; the remaining threads keep synchronizing on it without waiting for them.',
      code: `.visible .entry mbarrier_arrive_drop_exit(.param .u32 nwork) {
  .shared .align 8 .b64 bar;
  .reg .b32 %r<3>;
  .reg .b64 %rd1;
  .reg .pred %p<4>;
  mov.u32 %r1, %tid.x;
  ld.param.u32 %r2, [nwork];
  setp.eq.u32 %p1, %r1, 0;
  @%p1 mbarrier.init.shared.b64 [bar], 64;        // launched with 64 threads
  bar.sync 0;
  setp.ge.u32 %p2, %r1, %r2;
  @!%p2 bra WORK;
  mbarrier.arrive_drop.shared.b64 _, [bar];       // leave for good
  exit;
WORK:
  mbarrier.arrive.shared.b64 %rd1, [bar];
WAIT:
  mbarrier.test_wait.shared.b64 %p3, [bar], %rd1;
  @!%p3 bra WAIT;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-mbarrier-arrive-drop',
  },
  {
    opcode: 'cp.async.mbarrier.arrive',
    family: 'synchronization',
    summary: 'Make an mbarrier receive an arrival once this thread\'s earlier cp.async copies finish',
    description:
      'Ties the completion of all `cp.async` (non-bulk, sm_80-style) copies this thread has started so far to an ' +
      'mbarrier: when they are done, the hardware performs an arrive-on on the barrier on the thread\'s behalf. The thread ' +
      'itself continues immediately. Waiters on the barrier therefore see the copied data once the phase completes.\n\n' +
      'Without `.noinc`, the pending count is first raised by 1, so the asynchronous arrival cancels out and the ' +
      'barrier\'s initial count only needs to include the threads\' own `mbarrier.arrive`. With `.noinc` there is no ' +
      'increment, and the init count must include these asynchronous arrivals too.',
    syntax: ['cp.async.mbarrier.arrive{.noinc}{.shared{::cta}}.b64  [addr];'],
    operands: [{ name: '[addr]', role: 'address', description: 'The mbarrier object in the CTA\'s shared memory.' }],
    modifiers: [
      {
        name: '.noinc',
        description: 'Do not add 1 to the pending count first; the asynchronous arrival then counts against the count given to `mbarrier.init`.',
      },
      ...MBAR_SPACES,
      B64_MBAR,
    ],
    introduced: '7.0',
    versionNotes: [{ version: '7.8', change: '`.shared::cta` sub-qualifier.' }],
    minTarget: 'sm_80',
    cuda: '`cuda::memcpy_async(dst, src, size, bar)` with a block-scope `cuda::barrier` issues `cp.async` copies followed by `cp.async.mbarrier.arrive.shared.b64` (nvcc 13, sm_80; also on sm_90 for a plain byte count, whereas a size given as `cuda::aligned_size_t<16>` makes sm_90 use a bulk copy with complete-tx instead). Also `__pipeline_arrive_on` and `cuda::ptx::cp_async_mbarrier_arrive`.',
    example: {
      target: 'sm_80',
      caption: 'Each thread copies 16 bytes with `cp.async`, attaches their completion to a barrier, arrives, and waits until all copies and arrivals are in.',
      code: `.visible .entry cp_async_mbarrier_stage(.param .u64 src) {
  .shared .align 8 .b64 bar;
  .shared .align 16 .b8 stage[512];
  .reg .b32 %r<4>;
  .reg .b64 %rd<5>;
  .reg .pred %p<3>;
  mov.u32 %r1, %tid.x;                   // 32 threads
  setp.eq.u32 %p1, %r1, 0;
  @%p1 mbarrier.init.shared.b64 [bar], 32;
  bar.sync 0;
  ld.param.u64 %rd1, [src];
  cvta.to.global.u64 %rd2, %rd1;
  mul.wide.u32 %rd3, %r1, 16;
  add.s64 %rd4, %rd2, %rd3;
  mov.u32 %r2, stage;
  shl.b32 %r3, %r1, 4;
  add.u32 %r2, %r2, %r3;
  cp.async.cg.shared.global [%r2], [%rd4], 16;
  cp.async.mbarrier.arrive.shared.b64 [bar];   // arrival when my copies land (net zero count)
  mbarrier.arrive.shared.b64 %rd1, [bar];
WAIT:
  mbarrier.test_wait.shared.b64 %p2, [bar], %rd1;
  @!%p2 bra WAIT;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-cp-async-mbarrier-arrive',
  },
  {
    opcode: 'mbarrier.test_wait',
    family: 'synchronization',
    summary: 'Check, without blocking, whether an mbarrier phase has completed',
    description:
      'Tests whether the phase identified by `state` (a token returned by `mbarrier.arrive`) or by `phaseParity` (0 for ' +
      'even phases, 1 for odd, with `.parity`) has completed, and writes the answer to the predicate `waitComplete`. It ' +
      'never blocks, so it is used in a loop, often with `nanosleep` for back-off. Only the current phase (answer false) ' +
      'and the immediately preceding one (answer true) may be tested.\n\n' +
      'With the default `.acquire` semantics, a true result makes visible to this thread all memory accesses that ' +
      'participants made before their (release) arrivals, and data of `cp.async` / bulk copies tracked by the barrier. ' +
      'Default scope is `.cta`; `.relaxed` gives no such ordering.',
    syntax: [
      'mbarrier.test_wait{.sem.scope}{.shared{::cta}}.b64         waitComplete, [addr], state;',
      'mbarrier.test_wait.parity{.sem.scope}{.shared{::cta}}.b64  waitComplete, [addr], phaseParity;',
      '.sem   = { .acquire, .relaxed };',
      '.scope = { .cta, .cluster };',
    ],
    operands: [
      { name: 'waitComplete', role: 'predicate', description: 'Set to true when the tested phase has completed.' },
      { name: '[addr]', role: 'address', description: 'The mbarrier object in the CTA\'s shared memory.' },
      { name: 'state', role: 'source', description: '64-bit token from `mbarrier.arrive` in the current or previous phase.' },
      { name: 'phaseParity', role: 'source', description: 'With `.parity`: `.u32` 0 or 1, the parity of the phase to test.' },
    ],
    modifiers: [
      { name: '.parity', description: 'Identify the phase by its parity (0 even, 1 odd) instead of an arrive token; you must track the phase number yourself.' },
      { name: '.acquire', description: 'Default: when the result is true, later accesses see everything released by arrivals of that phase.' },
      RELAXED_MBAR,
      ...mbarSemScope('`.acquire`', []),
      ...MBAR_SPACES,
      B64_MBAR,
    ],
    semantics: 'waitComplete = phase(state or phaseParity) has completed;',
    introduced: '7.0',
    versionNotes: [
      { version: '7.1', change: '`.parity` variant.' },
      { version: '7.8', change: '`.shared::cta`.' },
      { version: '8.0', change: '`.sem` and `.scope`.' },
      { version: '8.6', change: '`.relaxed`.' },
    ],
    minTarget: 'sm_80',
    targetNotes: [{ target: 'sm_90', requirement: '`.cluster` scope and `.relaxed`' }],
    cuda: 'On sm_80, `cuda::barrier::wait(token)` and `arrive_and_wait()` poll with `mbarrier.test_wait.shared.b64` (nvcc 13); also `__mbarrier_test_wait`, `__mbarrier_test_wait_parity` and `cuda::ptx::mbarrier_test_wait` / `mbarrier_test_wait_parity`.',
    example: {
      target: 'sm_80',
      caption: 'A polling loop that tests the phase token and sleeps briefly between attempts.',
      code: `.visible .entry mbarrier_test_wait_poll() {
  .shared .align 8 .b64 bar;
  .reg .b32 %r1;
  .reg .b64 %rd1;
  .reg .pred %p<3>;
  mov.u32 %r1, %tid.x;
  setp.eq.u32 %p1, %r1, 0;
  @%p1 mbarrier.init.shared::cta.b64 [bar], 128;   // launched with 128 threads
  bar.sync 0;
  mbarrier.arrive.shared::cta.b64 %rd1, [bar];
POLL:
  mbarrier.test_wait.shared::cta.b64 %p2, [bar], %rd1;
  @%p2 bra DONE;
  nanosleep.u32 64;                                  // back off before retrying
  bra.uni POLL;
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-mbarrier-test-wait-try-wait',
  },
  {
    opcode: 'mbarrier.try_wait',
    family: 'synchronization',
    summary: 'Wait, possibly suspending the thread, for an mbarrier phase to complete',
    description:
      'Like `mbarrier.test_wait`, but if the phase is not yet complete the hardware may suspend the thread until it ' +
      'completes or a time limit passes, then writes `waitComplete`. This is cheaper than spinning, but the result can ' +
      'still be false (time-out), so it is used in a loop. `suspendTimeHint` (nanoseconds, optional) replaces the ' +
      'system\'s default time limit.\n\n' +
      'The phase is named by a `state` token from `mbarrier.arrive`, or by its parity with `.parity` (the usual style in ' +
      'TMA pipelines, where waiting threads never arrive themselves). Default semantics are `.acquire` at `.cta` scope; ' +
      'use `.acquire.cluster` when the releasing arrivals or complete-tx signals come from other CTAs of the cluster.',
    syntax: [
      'mbarrier.try_wait{.sem.scope}{.shared{::cta}}.b64         waitComplete, [addr], state{, suspendTimeHint};',
      'mbarrier.try_wait.parity{.sem.scope}{.shared{::cta}}.b64  waitComplete, [addr], phaseParity{, suspendTimeHint};',
      '.sem   = { .acquire, .relaxed };',
      '.scope = { .cta, .cluster };',
    ],
    operands: [
      { name: 'waitComplete', role: 'predicate', description: 'True if the phase completed; false if the wait timed out first.' },
      { name: '[addr]', role: 'address', description: 'The mbarrier object in the CTA\'s shared memory.' },
      { name: 'state', role: 'source', description: '64-bit token from `mbarrier.arrive`.' },
      { name: 'phaseParity', role: 'source', description: 'With `.parity`: 0 or 1, the parity of the phase to wait for.' },
      { name: 'suspendTimeHint', role: 'source', description: 'Optional `.u32` time limit in nanoseconds for the suspension.' },
    ],
    modifiers: [
      { name: '.parity', description: 'Name the phase by parity (0 even, 1 odd) rather than by an arrive token; flip the parity after each completed phase.' },
      { name: '.acquire', description: 'Default: a true result makes the released writes (and tracked async copies) of that phase visible.' },
      RELAXED_MBAR,
      ...mbarSemScope('`.acquire`', []),
      ...MBAR_SPACES,
      B64_MBAR,
    ],
    semantics: 'if (!phase complete) suspend until complete or time limit (suspendTimeHint ns if given);\nwaitComplete = phase complete;',
    introduced: '7.8',
    versionNotes: [
      { version: '8.0', change: '`.sem` and `.scope`.' },
      { version: '8.6', change: '`.relaxed`.' },
    ],
    minTarget: 'sm_90',
    cuda: 'On sm_90, nvcc 13 compiles `cuda::barrier::wait(token)` and `arrive_and_wait()` to a loop around `mbarrier.try_wait.shared.b64`; also `__mbarrier_try_wait`, `__mbarrier_try_wait_parity` and `cuda::ptx::mbarrier_try_wait` / `mbarrier_try_wait_parity`.',
    example: {
      target: 'sm_90',
      caption: 'A consumer waits by parity for two successive phases of a barrier, with a 1000 ns suspend hint.',
      code: `.visible .entry mbarrier_try_wait_parity() {
  .shared .align 8 .b64 bar;
  .reg .b32 %r<3>;
  .reg .b64 %rd1;
  .reg .pred %p<4>;
  mov.u32 %r1, %tid.x;                    // 32 threads
  setp.eq.u32 %p1, %r1, 0;
  @%p1 mbarrier.init.shared::cta.b64 [bar], 32;
  bar.sync 0;
  mov.u32 %r2, 0;                         // phase parity we wait for
ROUND:
  mbarrier.arrive.shared::cta.b64 _, [bar];
WAIT:
  mbarrier.try_wait.parity.acquire.cta.shared::cta.b64 %p2, [bar], %r2, 1000;
  @!%p2 bra WAIT;
  xor.b32 %r2, %r2, 1;                    // next phase has the other parity
  setp.ne.u32 %p3, %r2, 0;
  @%p3 bra ROUND;                         // run two phases: 0 then 1
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-mbarrier-test-wait-try-wait',
  },
  {
    opcode: 'mbarrier.pending_count',
    family: 'synchronization',
    summary: 'Read the pending arrival count out of an mbarrier state token',
    description:
      'Decodes a 64-bit `state` token and returns the number of arrivals that were still pending in the barrier just ' +
      'before the arrive that produced the token. The token must come from `mbarrier.arrive.noComplete` or ' +
      '`mbarrier.arrive_drop.noComplete`; anything else is undefined.',
    syntax: ['mbarrier.pending_count.b64  count, state;'],
    operands: [
      { name: 'count', role: 'destination', description: '`.u32` pending arrival count before that arrive.' },
      { name: 'state', role: 'source', description: 'Token from a `.noComplete` arrive or arrive_drop.' },
    ],
    modifiers: [{ name: '.b64', description: 'The state operand is a 64-bit opaque token.' }],
    introduced: '7.0',
    minTarget: 'sm_80',
    cuda: '`__mbarrier_token_pending_count` in cuda_awbarrier_primitives.h, or inline `asm`.',
    example: {
      target: 'sm_80',
      caption: 'A thread arrives with `.noComplete` and decodes how many arrivals were outstanding at that moment.',
      code: `.visible .entry mbarrier_pending_probe(.param .u64 out) {
  .shared .align 8 .b64 bar;
  .reg .b32 %r1;
  .reg .b64 %rd<4>;
  mbarrier.init.shared.b64 [bar], 4;                    // single thread, count 4
  mbarrier.arrive.noComplete.shared.b64 %rd1, [bar], 1;
  mbarrier.pending_count.b64 %r1, %rd1;                 // 4: pending before this arrive
  ld.param.u64 %rd2, [out];
  cvta.to.global.u64 %rd3, %rd2;
  st.global.u32 [%rd3], %r1;
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-mbarrier-pending-count',
  },

  // -------------------------------------------------------------------------------------------
  // Tensor-map copy with fence, cluster launch control
  // -------------------------------------------------------------------------------------------
  {
    opcode: 'tensormap.cp_fenceproxy',
    family: 'synchronization',
    summary: 'Copy a 128-byte tensor map from shared to global memory and release it to the tensormap proxy',
    description:
      'A fused copy and fence for updating TMA descriptors. A warp usually builds or patches a tensor map in shared memory ' +
      '(for example with `tensormap.replace`), then this instruction copies the 128 bytes to global memory and, in the same ' +
      'step, establishes a release ordering from that copy to later reads of the map through the tensormap proxy, i.e. by ' +
      'TMA instructions. The consumer still performs `fence.proxy.tensormap::generic.acquire` on the global address before ' +
      'using the map.\n\n' +
      'All threads of the warp must execute it together (`.sync.aligned`). `src` and `dst` are state-space addresses, not ' +
      'generic ones, and `size` must be 128.',
    syntax: [
      'tensormap.cp_fenceproxy.cp_qualifiers.fence_qualifiers.sync.aligned  [dst], [src], size;',
      '.cp_qualifiers    = { .global.shared::cta };',
      '.fence_qualifiers = { .tensormap::generic.release.scope };',
      '.scope            = { .cta, .cluster, .gpu, .sys };',
    ],
    operands: [
      { name: '[dst]', role: 'address', description: 'Destination of the tensor map in global memory (a `.global` address).' },
      { name: '[src]', role: 'address', description: 'The tensor map in the CTA\'s shared memory.' },
      { name: 'size', role: 'other', description: 'Number of bytes; must be the immediate 128.' },
    ],
    modifiers: [
      { name: '.global', description: 'Destination state space: the copy writes global memory.' },
      { name: '.shared::cta', description: 'Source state space: the tensor map is read from the CTA\'s shared memory.' },
      { name: '.tensormap::generic', description: 'Uni-directional proxy ordering: from the generic-proxy copy to later tensormap-proxy (TMA) reads.' },
      { name: '.release', description: 'The fence part is a release; it pairs with `fence.proxy.tensormap::generic.acquire` on the consumer side.' },
      ...scopeMods('the proxy release'),
      { name: '.sync', description: 'Each thread waits until all threads of the warp have executed the same instruction.' },
      { name: '.aligned', description: 'All threads of the warp execute the same instruction; under a branch, the condition must be warp-uniform.' },
    ],
    introduced: '8.3',
    minTarget: 'sm_90',
    cuda: 'libcu++ `cuda::ptx::tensormap_cp_fenceproxy(cuda::ptx::sem_release, scope, dst, src, cuda::ptx::n32_t<128>{})`; otherwise inline `asm`. Used when kernels (e.g. grouped GEMMs) patch TMA descriptors on the device.',
    example: {
      target: 'sm_90a',
      caption: 'A warp copies a tensor-map template into shared memory, lane 0 changes its first global stride, the warp publishes the result to a second global buffer with `tensormap.cp_fenceproxy`, and lane 0 acquires the new map and uses it for a TMA prefetch.',
      code: `.visible .entry tensormap_publish_stride(.param .u64 tmpl, .param .u64 tmap_out, .param .u64 stride) {
  .shared .align 128 .b8 tmap_smem[128];
  .reg .b32 %r<5>;
  .reg .b64 %rd<7>;
  .reg .pred %p1;
  mov.u32 %r1, %laneid;                      // launched with one warp
  shl.b32 %r2, %r1, 2;                       // 32 lanes x 4 bytes = 128 bytes
  ld.param.u64 %rd1, [tmpl];
  cvta.to.global.u64 %rd2, %rd1;
  cvt.u64.u32 %rd3, %r2;
  add.s64 %rd3, %rd2, %rd3;
  ld.global.u32 %r3, [%rd3];
  mov.u32 %r4, tmap_smem;
  add.u32 %r4, %r4, %r2;
  st.shared.u32 [%r4], %r3;
  bar.warp.sync 0xffffffff;                  // template complete in shared memory
  setp.eq.u32 %p1, %r1, 0;
  ld.param.u64 %rd4, [stride];
  @%p1 tensormap.replace.tile.global_stride.shared::cta.b1024.b64 [tmap_smem], 0, %rd4;
  bar.warp.sync 0xffffffff;
  ld.param.u64 %rd5, [tmap_out];             // generic address of the output map
  cvta.to.global.u64 %rd6, %rd5;
  tensormap.cp_fenceproxy.global.shared::cta.tensormap::generic.release.cta.sync.aligned [%rd6], [tmap_smem], 128;
  @!%p1 bra DONE;
  fence.proxy.tensormap::generic.acquire.cta [%rd5], 128;
  cp.async.bulk.prefetch.tensor.2d.L2.global.tile [%rd5, {%r1, %r1}];
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-tensormap-cp-fenceproxy',
  },
  {
    opcode: 'clusterlaunchcontrol.try_cancel',
    family: 'synchronization',
    summary: 'Ask the scheduler to cancel a not-yet-started cluster so this one can do its work',
    description:
      'The core of cluster launch control ("work stealing", sm_100+): a running CTA asks the hardware to atomically cancel ' +
      'the launch of some cluster of the same grid that has not started yet. If that succeeds, the running CTA can process ' +
      'the cancelled cluster\'s work itself and avoid a new launch; this gives persistent-kernel behaviour while keeping ' +
      'normal launch semantics.\n\n' +
      'The request is asynchronous. A 16-byte opaque response is written to shared memory at `[addr]`, and completion is ' +
      'reported as a complete-tx of 16 bytes on the mbarrier `[mbar]` (observed at cluster scope), so the thread first ' +
      'does `mbarrier.arrive.expect_tx` with 16 and later waits on the barrier. The response is then loaded into a ' +
      '`.b128` register and decoded with `clusterlaunchcontrol.query_cancel`. With `.multicast::cluster::all` the ' +
      'response goes to the same `addr`/`mbar` offsets in every CTA of the cluster. After a request has been observed to ' +
      'fail, issuing another one is undefined.',
    syntax: [
      'clusterlaunchcontrol.try_cancel.async{.space}.completion_mechanism{.multicast::cluster::all}.b128  [addr], [mbar];',
      '.completion_mechanism = { .mbarrier::complete_tx::bytes };',
      '.space = { .shared::cta };',
    ],
    operands: [
      { name: '[addr]', role: 'address', description: '16-byte aligned shared-memory location that receives the opaque 16-byte response.' },
      { name: '[mbar]', role: 'address', description: 'The mbarrier that receives a complete-tx of 16 bytes when the response is written.' },
    ],
    modifiers: [
      { name: '.async', description: 'Mandatory: the cancellation request runs in the background; the thread continues immediately.' },
      { name: '.shared::cta', description: 'Both `[addr]` and `[mbar]` are addresses in the CTA\'s shared memory. Without it they are generic addresses that must point there.' },
      {
        name: '.mbarrier::complete_tx::bytes',
        description: 'Completion is signalled by a complete-tx, with the number of response bytes, on the mbarrier `[mbar]`.',
      },
      {
        name: '.multicast::cluster::all',
        description:
          'Write the response into every CTA of the requesting cluster (same shared-memory offsets) and signal each CTA\'s ' +
          'own mbarrier. Undefined if any CTA of the cluster has exited. sm_100a / sm_110a / sm_120a, or family targets ' +
          'sm_100f, sm_110f, sm_120f.',
      },
      { name: '.b128', description: 'The response is a 128-bit opaque value.' },
    ],
    introduced: '8.6',
    minTarget: 'sm_100',
    targetNotes: [
      { target: 'sm_100a', requirement: '`.multicast::cluster::all` (also sm_110a, sm_120a)' },
      { target: 'sm_100f', requirement: '`.multicast::cluster::all` on family targets sm_100f, sm_110f, sm_120f and later (PTX 8.8+)' },
    ],
    cuda: 'libcu++ `cuda::ptx::clusterlaunchcontrol_try_cancel(&result, &bar)` and `clusterlaunchcontrol_try_cancel_multicast(...)`; the CUDA Programming Guide\'s cluster launch control example issues it from one elected thread with `cooperative_groups::invoke_one`. Otherwise inline `asm`.',
    example: {
      target: 'sm_100',
      caption: 'A single-thread work-stealing loop: request a cancellation, wait for the 16-byte response on an mbarrier, and process the stolen block\'s x index if it succeeded.',
      code: `.visible .entry clc_work_steal(.param .u64 out) {
  .shared .align 8 .b64 bar;
  .shared .align 16 .b8 response[16];
  .reg .b32 %r<4>;
  .reg .b64 %rd<5>;
  .reg .b128 %q1;
  .reg .pred %p<3>;
  mbarrier.init.shared::cta.b64 [bar], 1;      // launched with one thread per CTA
  fence.mbarrier_init.release.cluster;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  mov.u32 %r1, %ctaid.x;                       // first work item: our own block
  mov.u32 %r3, 0;                              // phase parity
WORK:
  mul.wide.u32 %rd3, %r1, 4;
  add.s64 %rd4, %rd2, %rd3;
  st.global.u32 [%rd4], %r1;                   // "process" block r1
  mbarrier.arrive.expect_tx.relaxed.cluster.shared::cta.b64 _, [bar], 16;
  clusterlaunchcontrol.try_cancel.async.shared::cta.mbarrier::complete_tx::bytes.b128 [response], [bar];
WAIT:
  mbarrier.try_wait.parity.acquire.cluster.shared::cta.b64 %p1, [bar], %r3;   // completion is cluster-scoped
  @!%p1 bra WAIT;
  xor.b32 %r3, %r3, 1;
  ld.shared.b128 %q1, [response];
  clusterlaunchcontrol.query_cancel.is_canceled.pred.b128 %p2, %q1;
  @!%p2 bra DONE;                              // nothing left to steal
  clusterlaunchcontrol.query_cancel.get_first_ctaid::x.b32.b128 %r1, %q1;
  fence.proxy.async::generic.release.sync_restrict::shared::cta.cluster;  // our read before the next async write
  bra.uni WORK;
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-clusterlaunchcontrol-try-cancel',
  },
  {
    opcode: 'clusterlaunchcontrol.query_cancel',
    family: 'synchronization',
    summary: 'Decode the response of a cluster cancellation request',
    description:
      'Interprets the 16-byte response that `clusterlaunchcontrol.try_cancel` wrote, after it has been loaded into a ' +
      '`.b128` register. `.is_canceled` sets a predicate telling whether a cluster was actually cancelled. ' +
      '`.get_first_ctaid` returns the CTA id (`%ctaid`) of the first CTA of the cancelled cluster: all of x, y, z as a ' +
      '`.v4.b32` vector (the 4th element is unspecified, use `_`), or a single coordinate with `::x`, `::y` or `::z`. Only ' +
      'ask for the ctaid after a successful cancel; otherwise the result is undefined.',
    syntax: [
      'clusterlaunchcontrol.query_cancel.is_canceled.pred.b128  pred, try_cancel_response;',
      'clusterlaunchcontrol.query_cancel.get_first_ctaid.v4.b32.b128  {xdim, ydim, zdim, _}, try_cancel_response;',
      'clusterlaunchcontrol.query_cancel.get_first_ctaid{::dimension}.b32.b128  reg, try_cancel_response;',
      '::dimension = { ::x, ::y, ::z }',
    ],
    operands: [
      { name: 'pred', role: 'predicate', description: '`.is_canceled`: true when the request cancelled a cluster.' },
      { name: '{xdim, ydim, zdim, _}', role: 'destination', description: '`.get_first_ctaid.v4`: the x, y, z ctaid of the first CTA of the cancelled cluster.' },
      { name: 'reg', role: 'destination', description: '`.get_first_ctaid::x/::y/::z`: one coordinate.' },
      { name: 'try_cancel_response', role: 'source', description: 'A `.b128` register holding the response loaded from shared memory.' },
    ],
    modifiers: [
      { name: '.is_canceled', description: 'Query whether the cancellation succeeded.' },
      { name: '.get_first_ctaid', description: 'Extract the ctaid of the first CTA in the cancelled cluster (all three coordinates as a vector).' },
      {
        name: '.get_first_ctaid::x',
        pattern: '\\.get_first_ctaid::[xyz]',
        description: 'Extract a single coordinate (`::x`, `::y` or `::z`) of that ctaid into a 32-bit register.',
      },
      { name: '.pred', description: 'The `.is_canceled` result is a predicate.' },
      { name: '.v4', description: 'The ctaid is returned as four 32-bit values; only the first three are meaningful.' },
      { name: '.b32', description: 'Each returned coordinate is 32 bits.' },
      { name: '.b128', description: 'The response operand is a 128-bit register.' },
    ],
    introduced: '8.6',
    minTarget: 'sm_100',
    cuda: '`cuda::ptx::clusterlaunchcontrol_query_cancel_is_canceled(result)` and `clusterlaunchcontrol_query_cancel_get_first_ctaid_x/_y/_z(result)` in libcu++; otherwise inline `asm`.',
    example: {
      target: 'sm_100',
      caption: 'Decodes a stored cancellation response: checks for success and extracts the stolen block\'s full ctaid.',
      code: `.visible .entry clc_decode_response(.param .u64 resp, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<5>;
  .reg .b128 %q1;
  .reg .pred %p1;
  ld.param.u64 %rd1, [resp];
  cvta.to.global.u64 %rd2, %rd1;
  ld.global.b128 %q1, [%rd2];                 // a response saved earlier
  clusterlaunchcontrol.query_cancel.is_canceled.pred.b128 %p1, %q1;
  @!%p1 bra DONE;
  clusterlaunchcontrol.query_cancel.get_first_ctaid.v4.b32.b128 {%r1, %r2, %r3, _}, %q1;
  ld.param.u64 %rd3, [out];
  cvta.to.global.u64 %rd4, %rd3;
  st.global.v2.u32 [%rd4], {%r1, %r2};
  st.global.u32 [%rd4+8], %r3;
DONE:
  ret;
}`,
    },
    anchor: 'parallel-synchronization-and-communication-instructions-clusterlaunchcontrol-query-cancel',
  },
];
