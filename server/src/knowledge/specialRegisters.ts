/**
 * PTX special registers (%tid, %clock64, %cluster_ctarank …).
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 10); descriptions are our own.
 */
import type { SpecialRegisterDoc, WorkedExample } from './schema';

/** A kernel that reads special registers (`body`) and stores 32-bit results through a global pointer. */
function kernel(target: string, name: string, caption: string, body: string): WorkedExample {
  return {
    target,
    caption,
    code: `.visible .entry ${name}(.param .u64 out)
{
  .reg .pred %p<2>;
  .reg .b32 %r<8>;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
${body
  .trim()
  .split('\n')
  .map((line) => `  ${line.trim()}`)
  .join('\n')}
}`,
  };
}

const LIBCU = '`cuda::ptx::get_sreg_*()` from libcu++ (`<cuda/ptx>`) wraps the read';

export const specialRegisters: SpecialRegisterDoc[] = [
  {
    name: '%tid',
    components: ['x', 'y', 'z'],
    type: '.v4.u32',
    summary: 'Thread index within its CTA (thread block)',
    description:
      'Each thread of a block gets its own coordinates in `%tid.x`, `%tid.y` and `%tid.z`, counting from 0 up to `%ntid - 1` in each dimension. ' +
      'Dimensions the block does not use read as 0 (a 1-D block has `%tid.y == %tid.z == 0`).\n\n' +
      'Read a component with `mov.u32`. The vector has a fourth element that is always zero.',
    introduced: '1.0',
    versionNotes: [{ version: '2.0', change: 'Widened from `.v4.u16` to `.v4.u32`; 16-bit reads of a component are still accepted for old code.' }],
    minTarget: 'all',
    cuda: '`threadIdx.x`, `threadIdx.y`, `threadIdx.z` compile to `mov.u32 %r, %tid.x;` and so on.',
    example: kernel(
      'sm_75',
      'sreg_tid_demo',
      'Computes the global index `blockIdx.x * blockDim.x + threadIdx.x` and stores it at that index.',
      `mov.u32 %r1, %tid.x;
       mov.u32 %r2, %ntid.x;
       mov.u32 %r3, %ctaid.x;
       mad.lo.s32 %r4, %r3, %r2, %r1;
       mul.wide.u32 %rd2, %r4, 4;
       add.s64 %rd3, %rd1, %rd2;
       st.global.u32 [%rd3], %r4;`,
    ),
    anchor: 'special-registers-tid',
  },
  {
    name: '%ntid',
    components: ['x', 'y', 'z'],
    type: '.v4.u32',
    summary: 'Size of the CTA (threads per block) in each dimension',
    description:
      'Holds the block shape chosen at launch: `%ntid.x × %ntid.y × %ntid.z` is the number of threads in the block. Unused dimensions read as 1. ' +
      'On current GPUs the limits are 1024 for x and y and 64 for z (and at most 1024 threads in total).',
    introduced: '1.0',
    versionNotes: [{ version: '2.0', change: 'Widened from `.v4.u16` to `.v4.u32`.' }],
    minTarget: 'all',
    cuda: '`blockDim.x`, `blockDim.y`, `blockDim.z` compile to `mov.u32 %r, %ntid.x;` and so on.',
    example: kernel(
      'sm_75',
      'sreg_ntid_demo',
      'Computes the number of threads in a 2-D block from `%ntid.x` and `%ntid.y`.',
      `mov.u32 %r1, %ntid.x;
       mov.u32 %r2, %ntid.y;
       mul.lo.u32 %r3, %r1, %r2;
       st.global.u32 [%rd1], %r3;`,
    ),
    anchor: 'special-registers-ntid',
  },
  {
    name: '%laneid',
    type: '.u32',
    summary: "The thread's lane number within its warp (0–31)",
    description:
      'Tells a thread which of the 32 slots of its warp it occupies. It is the index used by warp shuffles, votes and lane masks. ' +
      'For a 1-D block it equals `%tid.x % 32`, but reading `%laneid` is correct for any block shape.',
    introduced: '1.3',
    minTarget: 'all',
    cuda: `No built-in variable; code usually writes \`threadIdx.x % warpSize\`. Cooperative groups read it with inline asm to build tile member masks and \`coalesced_group\` shuffles, and ${LIBCU}.`,
    example: kernel(
      'sm_75',
      'sreg_laneid_demo',
      'Reads the lane number and lets only lane 0 of the warp store.',
      `mov.u32 %r1, %laneid;
       setp.ne.u32 %p1, %r1, 0;
       @%p1 bra DONE;
       st.global.u32 [%rd1], %r1;
       DONE:
       ret;`,
    ),
    anchor: 'special-registers-laneid',
  },
  {
    name: '%warpid',
    type: '.u32',
    summary: 'Hardware warp slot the thread is running in (for profiling)',
    description:
      'Identifies the warp slot on the SM at the moment of the read. It is unique within a CTA but can change while the kernel runs (for example after preemption), ' +
      'so do not use it for indexing work: compute a warp index from `%tid` instead. It is meant for diagnostics and sampling.',
    introduced: '1.3',
    minTarget: 'all',
    cuda: `Only through inline asm (\`asm volatile("mov.u32 %0, %%warpid;" : "=r"(w));\`) or ${LIBCU}.`,
    example: kernel('sm_75', 'sreg_warpid_demo', 'Records which hardware warp slot ran the thread.', `mov.u32 %r1, %warpid;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-warpid',
  },
  {
    name: '%nwarpid',
    type: '.u32',
    summary: 'Number of hardware warp slots (maximum %warpid + 1)',
    description: 'The upper bound for `%warpid` values on this SM: the maximum number of warp identifiers. Like `%warpid`, it is for profiling and diagnostics.',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: `Only through inline asm or ${LIBCU}.`,
    example: kernel('sm_75', 'sreg_nwarpid_demo', 'Stores the number of warp slots next to the current slot.', `mov.u32 %r1, %warpid;\nmov.u32 %r2, %nwarpid;\nst.global.v2.u32 [%rd1], {%r1, %r2};`),
    anchor: 'special-registers-nwarpid',
  },
  {
    name: '%ctaid',
    components: ['x', 'y', 'z'],
    type: '.v4.u32',
    summary: 'Index of the CTA (thread block) within the grid',
    description:
      'Gives the coordinates of the block in the grid, from 0 to `%nctaid - 1` in each dimension. Together with `%tid` and `%ntid` it yields a global thread index.',
    introduced: '1.0',
    versionNotes: [{ version: '2.0', change: 'Widened from `.v4.u16` to `.v4.u32`.' }],
    minTarget: 'all',
    cuda: '`blockIdx.x`, `blockIdx.y`, `blockIdx.z` compile to `mov.u32 %r, %ctaid.x;` and so on.',
    example: kernel('sm_75', 'sreg_ctaid_demo', 'Stores the 2-D block coordinates.', `mov.u32 %r1, %ctaid.x;\nmov.u32 %r2, %ctaid.y;\nst.global.v2.u32 [%rd1], {%r1, %r2};`),
    anchor: 'special-registers-ctaid',
  },
  {
    name: '%nctaid',
    components: ['x', 'y', 'z'],
    type: '.v4.u32',
    summary: 'Number of CTAs (blocks) in the grid in each dimension',
    description:
      'Holds the grid shape chosen at launch; every component is at least 1. On current GPUs x may go up to 2^31 - 1 and y, z up to 65535. ' +
      'A grid-stride loop steps by `%nctaid.x * %ntid.x`.',
    introduced: '1.0',
    versionNotes: [{ version: '2.0', change: 'Widened from `.v4.u16` to `.v4.u32`.' }],
    minTarget: 'all',
    cuda: '`gridDim.x`, `gridDim.y`, `gridDim.z` compile to `mov.u32 %r, %nctaid.x;` and so on.',
    example: kernel(
      'sm_75',
      'sreg_nctaid_demo',
      'Computes the stride of a grid-stride loop: total threads in the x dimension.',
      `mov.u32 %r1, %nctaid.x;
       mov.u32 %r2, %ntid.x;
       mul.lo.u32 %r3, %r1, %r2;
       st.global.u32 [%rd1], %r3;`,
    ),
    anchor: 'special-registers-nctaid',
  },
  {
    name: '%smid',
    type: '.u32',
    summary: 'Identifier of the SM the thread is running on',
    description:
      'Returns the number of the streaming multiprocessor executing the thread, between 0 and `%nsmid - 1`. The numbering may have gaps, ' +
      'and the value can change during execution if the thread is rescheduled, so use it only for profiling or load-balance diagnostics.',
    introduced: '1.3',
    minTarget: 'all',
    cuda: `No built-in; inline asm \`asm volatile("mov.u32 %0, %%smid;" : "=r"(id));\` or ${LIBCU}.`,
    example: kernel('sm_75', 'sreg_smid_demo', 'Records which SM ran the block.', `mov.u32 %r1, %smid;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-smid',
  },
  {
    name: '%nsmid',
    type: '.u32',
    summary: 'Upper bound of SM identifiers',
    description:
      'The maximum number of SM identifiers. Because SM numbering may be non-contiguous, this can be larger than the physical SM count of the device.',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: `No built-in; inline asm or ${LIBCU}. Host code gets the real SM count from \`cudaDeviceProp::multiProcessorCount\`.`,
    example: kernel('sm_75', 'sreg_nsmid_demo', 'Stores the SM id range bound.', `mov.u32 %r1, %nsmid;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-nsmid',
  },
  {
    name: '%gridid',
    type: '.u64',
    summary: 'Launch number of the current grid (for debuggers)',
    description:
      'A per-launch identifier that tells apart grids running at the same time in one context. Debuggers use it; each kernel launch gets a new value.',
    introduced: '1.0',
    versionNotes: [
      { version: '1.3', change: 'Widened from `.u16` to `.u32`.' },
      { version: '3.0', change: 'Widened to `.u64`.' },
    ],
    minTarget: 'all',
    cuda: `Only through inline asm or ${LIBCU}.`,
    example: kernel('sm_75', 'sreg_gridid_demo', 'Stores the 64-bit grid launch number.', `mov.u64 %rd2, %gridid;\nst.global.u64 [%rd1], %rd2;`),
    anchor: 'special-registers-gridid',
  },
  {
    name: '%is_explicit_cluster',
    type: '.pred',
    summary: 'True when the kernel was launched with an explicit cluster shape',
    description:
      'A predicate that is true when the launch specified a thread-block cluster (through `__cluster_dims__` or the cluster launch attribute), and false when each block forms an implicit 1×1×1 cluster.',
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: `${LIBCU} (\`get_sreg_is_explicit_cluster()\`); otherwise inline asm.`,
    example: kernel(
      'sm_90',
      'sreg_is_explicit_cluster_demo',
      'Turns the predicate into 0/1 and stores it.',
      `mov.pred %p1, %is_explicit_cluster;
       selp.u32 %r1, 1, 0, %p1;
       st.global.u32 [%rd1], %r1;`,
    ),
    anchor: 'special-registers-is-explicit-cluster',
  },
  {
    name: '%clusterid',
    components: ['x', 'y', 'z'],
    type: '.v4.u32',
    summary: 'Index of the cluster within the grid',
    description:
      'Gives the coordinates of the thread-block cluster in the grid, from 0 to `%nclusterid - 1` in each dimension. Every cluster has a distinct value.',
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: '`cooperative_groups::this_grid().cluster_index()` and the built-in `__clusterIdx()` compile to reads of `%clusterid.x/y/z`.',
    example: kernel('sm_90', 'sreg_clusterid_demo', 'Stores the x coordinate of the cluster.', `mov.u32 %r1, %clusterid.x;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-clusterid',
  },
  {
    name: '%nclusterid',
    components: ['x', 'y', 'z'],
    type: '.v4.u32',
    summary: 'Number of clusters in the grid in each dimension',
    description: 'The grid shape measured in clusters rather than blocks: the grid size divided by the cluster size in each dimension.',
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: '`cooperative_groups::this_grid().dim_clusters()` and the built-in `__clusterGridDimInClusters()` read it.',
    example: kernel('sm_90', 'sreg_nclusterid_demo', 'Stores how many clusters the grid has along x.', `mov.u32 %r1, %nclusterid.x;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-nclusterid',
  },
  {
    name: '%cluster_ctaid',
    components: ['x', 'y', 'z'],
    type: '.v4.u32',
    summary: 'Index of the CTA within its cluster',
    description: "The block's coordinates inside its cluster, from 0 to `%cluster_nctaid - 1` in each dimension.",
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: '`cooperative_groups::this_cluster().block_index()` and `__clusterRelativeBlockIdx()` compile to reads of `%cluster_ctaid.x/y/z`.',
    example: kernel('sm_90', 'sreg_cluster_ctaid_demo', "Stores the block's x position in its cluster.", `mov.u32 %r1, %cluster_ctaid.x;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-cluster-ctaid',
  },
  {
    name: '%cluster_nctaid',
    components: ['x', 'y', 'z'],
    type: '.v4.u32',
    summary: 'Shape of the cluster in CTAs',
    description: 'How many blocks the cluster has in each dimension, as set by `__cluster_dims__`, `.reqnctapercluster` or the launch attribute.',
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: '`cooperative_groups::this_cluster().dim_blocks()` and `__clusterDim()` compile to reads of `%cluster_nctaid.x/y/z`.',
    example: kernel('sm_90', 'sreg_cluster_nctaid_demo', 'Stores the cluster width in blocks.', `mov.u32 %r1, %cluster_nctaid.x;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-cluster-nctaid',
  },
  {
    name: '%cluster_ctarank',
    type: '.u32',
    summary: 'Linear rank of the CTA within its cluster',
    description:
      'A single number from 0 to `%cluster_nctarank - 1` identifying the block inside its cluster, independent of the cluster shape. ' +
      'It is the rank that `mapa` takes to address another block\'s shared memory, and the number `getctarank` returns for a shared::cluster address.',
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: '`cooperative_groups::this_cluster().block_rank()` and `__clusterRelativeBlockRank()` compile to `mov.b32 %r, %cluster_ctarank;`.',
    example: kernel(
      'sm_90',
      'sreg_cluster_ctarank_demo',
      'Lets only the first block of each cluster write its rank count.',
      `mov.u32 %r1, %cluster_ctarank;
       setp.ne.u32 %p1, %r1, 0;
       @%p1 bra DONE;
       mov.u32 %r2, %cluster_nctarank;
       st.global.u32 [%rd1], %r2;
       DONE:
       ret;`,
    ),
    anchor: 'special-registers-cluster-ctarank',
  },
  {
    name: '%cluster_nctarank',
    type: '.u32',
    summary: 'Number of CTAs in the cluster',
    description: 'The total number of blocks in the cluster: the product of the three `%cluster_nctaid` components.',
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: '`cooperative_groups::this_cluster().num_blocks()` and `__clusterSizeInBlocks()` compile to a read of `%cluster_nctarank`.',
    example: kernel('sm_90', 'sreg_cluster_nctarank_demo', 'Stores the number of blocks per cluster.', `mov.u32 %r1, %cluster_nctarank;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-cluster-nctarank',
  },
  {
    name: '%lanemask_eq',
    type: '.u32',
    summary: "Mask with only this thread's lane bit set",
    description: 'Equals `1 << %laneid`. Handy for testing or setting the own bit in a ballot or active mask.',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: `No built-in variable; cooperative groups and CUB read the lane masks with inline asm, and ${LIBCU}.`,
    example: kernel(
      'sm_75',
      'sreg_lanemask_eq_demo',
      "Checks whether this lane's bit is set in the warp's active mask.",
      `activemask.b32 %r1;
       mov.u32 %r2, %lanemask_eq;
       and.b32 %r3, %r1, %r2;
       st.global.u32 [%rd1], %r3;`,
    ),
    anchor: 'special-registers-lanemask-eq',
  },
  {
    name: '%lanemask_le',
    type: '.u32',
    summary: 'Mask of lanes at or below this lane',
    description: 'Bits 0 … `%laneid` are set. AND it with a ballot and count the bits to get an inclusive prefix count within the warp.',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: `No built-in variable; read with inline asm or ${LIBCU}.`,
    example: kernel(
      'sm_75',
      'sreg_lanemask_le_demo',
      'Counts how many lanes up to and including this one are active (inclusive prefix count).',
      `activemask.b32 %r1;
       mov.u32 %r2, %lanemask_le;
       and.b32 %r3, %r1, %r2;
       popc.b32 %r4, %r3;
       st.global.u32 [%rd1], %r4;`,
    ),
    anchor: 'special-registers-lanemask-le',
  },
  {
    name: '%lanemask_lt',
    type: '.u32',
    summary: 'Mask of lanes below this lane',
    description:
      'Bits 0 … `%laneid - 1` are set. `popc(ballot & %lanemask_lt)` gives each thread its position among the threads that voted true: the classic warp-aggregated atomic and stream-compaction trick.',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: `Used by cooperative groups (\`coalesced_group::thread_rank\`) and CUB through inline asm; ${LIBCU}.`,
    example: kernel(
      'sm_75',
      'sreg_lanemask_lt_demo',
      'Gives each active lane a compact index among the active lanes (exclusive prefix count).',
      `activemask.b32 %r1;
       mov.u32 %r2, %lanemask_lt;
       and.b32 %r3, %r1, %r2;
       popc.b32 %r4, %r3;
       st.global.u32 [%rd1], %r4;`,
    ),
    anchor: 'special-registers-lanemask-lt',
  },
  {
    name: '%lanemask_ge',
    type: '.u32',
    summary: 'Mask of lanes at or above this lane',
    description: 'Bits `%laneid` … 31 are set. Useful for suffix counts and for finding the next active lane above this one.',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: `No built-in variable; read with inline asm or ${LIBCU}.`,
    example: kernel(
      'sm_75',
      'sreg_lanemask_ge_demo',
      'Counts the active lanes at or above this one.',
      `activemask.b32 %r1;
       mov.u32 %r2, %lanemask_ge;
       and.b32 %r3, %r1, %r2;
       popc.b32 %r4, %r3;
       st.global.u32 [%rd1], %r4;`,
    ),
    anchor: 'special-registers-lanemask-ge',
  },
  {
    name: '%lanemask_gt',
    type: '.u32',
    summary: 'Mask of lanes above this lane',
    description: 'Bits `%laneid + 1` … 31 are set. AND it with a mask of candidates and take the lowest bit to find the next lane after this one.',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: `No built-in variable; read with inline asm or ${LIBCU}.`,
    example: kernel(
      'sm_75',
      'sreg_lanemask_gt_demo',
      'Finds how many active lanes come after this one.',
      `activemask.b32 %r1;
       mov.u32 %r2, %lanemask_gt;
       and.b32 %r3, %r1, %r2;
       popc.b32 %r4, %r3;
       st.global.u32 [%rd1], %r4;`,
    ),
    anchor: 'special-registers-lanemask-gt',
  },
  {
    name: '%clock',
    aliases: ['%clock_hi'],
    type: '.u32',
    summary: '32-bit cycle counter of the SM (and %clock_hi, its upper half)',
    description:
      '`%clock` is a free-running 32-bit counter of SM clock cycles that silently wraps around; `%clock_hi` gives the upper 32 bits of the 64-bit counter `%clock64`. ' +
      'Counters of different SMs are not synchronized, so compare only readings taken on the same SM. Prefer `%clock64` to avoid wrap-around. `%clock_hi` needs `sm_20` or newer.',
    introduced: '1.0',
    versionNotes: [{ version: '5.0', change: '`%clock_hi` added.' }],
    minTarget: 'all',
    cuda: '`clock()` is the CUDA interface to the cycle counter; nvcc 13 implements it by reading `%clock64` and truncating. Read `%clock` or `%clock_hi` directly with inline asm or `cuda::ptx::get_sreg_clock()` / `get_sreg_clock_hi()`.',
    example: kernel(
      'sm_75',
      'sreg_clock_demo',
      'Measures the cycles between two reads of the 32-bit counter (wrap-around is harmless for short spans).',
      `mov.u32 %r1, %clock;
       mov.u32 %r2, %clock;
       sub.u32 %r3, %r2, %r1;
       mov.u32 %r4, %clock_hi;
       st.global.v2.u32 [%rd1], {%r3, %r4};`,
    ),
    anchor: 'special-registers-clock',
  },
  {
    name: '%clock64',
    type: '.u64',
    summary: '64-bit cycle counter of the SM',
    description:
      'A 64-bit count of SM clock cycles; its low half equals `%clock` and its high half `%clock_hi`. It is the usual way to time code inside a kernel. ' +
      'The counter is per SM, so subtract two readings from the same thread.',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: '`clock64()` (and, in CUDA 13, `clock()`) compile to `mov.u64 %rd, %clock64;`.',
    example: kernel(
      'sm_75',
      'sreg_clock64_demo',
      'Times a short stretch of code in cycles.',
      `mov.u64 %rd2, %clock64;
       mul.lo.u32 %r1, %r1, 3;
       mov.u64 %rd3, %clock64;
       sub.u64 %rd3, %rd3, %rd2;
       st.global.u64 [%rd1], %rd3;`,
    ),
    anchor: 'special-registers-clock64',
  },
  {
    name: '%pm0',
    aliases: ['%pm1', '%pm2', '%pm3', '%pm4', '%pm5', '%pm6', '%pm7'],
    type: '.u32',
    summary: 'Performance-monitor counters (32-bit)',
    description:
      'Eight read-only 32-bit counters, `%pm0` … `%pm7`, reserved for performance monitoring. Their contents are not defined by the ISA, so ordinary code should not rely on them; profilers configure and use them.',
    introduced: '1.3',
    versionNotes: [{ version: '3.0', change: '`%pm4` … `%pm7` added (need `sm_20`).' }],
    minTarget: 'all',
    cuda: 'No CUDA built-in; only inline asm. Use Nsight Compute or CUPTI for real counter data.',
    example: kernel('sm_75', 'sreg_pm_demo', 'Reads two of the performance-monitor counters.', `mov.u32 %r1, %pm0;\nmov.u32 %r2, %pm7;\nst.global.v2.u32 [%rd1], {%r1, %r2};`),
    anchor: 'special-registers-pm0-pm7',
  },
  {
    name: '%pm0_64',
    aliases: ['%pm1_64', '%pm2_64', '%pm3_64', '%pm4_64', '%pm5_64', '%pm6_64', '%pm7_64'],
    type: '.u64',
    summary: 'Performance-monitor counters (64-bit)',
    description:
      '64-bit versions of `%pm0` … `%pm7`; the low 32 bits match the 32-bit registers. As with those, the ISA leaves their meaning undefined.',
    introduced: '4.0',
    minTarget: 'sm_50',
    cuda: 'No CUDA built-in; only inline asm.',
    example: kernel('sm_75', 'sreg_pm64_demo', 'Reads a 64-bit performance-monitor counter.', `mov.u64 %rd2, %pm0_64;\nst.global.u64 [%rd1], %rd2;`),
    anchor: 'special-registers-pm0-64-pm7-64',
  },
  {
    name: '%envreg0',
    aliases: Array.from({ length: 31 }, (_, i) => `%envreg${i + 1}`),
    type: '.b32',
    summary: 'Driver-defined environment registers %envreg0 … %envreg31',
    description:
      'Thirty-two read-only 32-bit registers that the driver fills before a launch to describe the execution environment (values may be per CTA or per grid). ' +
      'Their meaning is defined by the driver, not by PTX, so ordinary kernels do not use them.',
    introduced: '2.1',
    minTarget: 'all',
    cuda: 'No CUDA built-in; only inline asm.',
    example: kernel('sm_75', 'sreg_envreg_demo', 'Copies one environment register to memory.', `mov.b32 %r1, %envreg0;\nst.global.b32 [%rd1], %r1;`),
    anchor: 'special-registers-envreg-32',
  },
  {
    name: '%globaltimer',
    aliases: ['%globaltimer_lo', '%globaltimer_hi'],
    type: '.u64',
    summary: 'Global nanosecond timer (and its 32-bit halves)',
    description:
      'A 64-bit timer in nanoseconds that, unlike `%clock64`, is shared across SMs, so timestamps from different blocks can be compared. ' +
      '`%globaltimer_lo` and `%globaltimer_hi` (both `.u32`) give the lower and upper halves. It is intended for NVIDIA tools: its resolution and behaviour depend on the GPU and may change.',
    introduced: '3.1',
    minTarget: 'sm_30',
    cuda: `No built-in; inline asm \`asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(t));\` or ${LIBCU}.`,
    example: kernel(
      'sm_75',
      'sreg_globaltimer_demo',
      'Stores a nanosecond timestamp and its low 32 bits.',
      `mov.u64 %rd2, %globaltimer;
       st.global.u64 [%rd1], %rd2;
       mov.u32 %r1, %globaltimer_lo;
       st.global.u32 [%rd1+8], %r1;`,
    ),
    anchor: 'special-registers-globaltimer',
  },
  {
    name: '%reserved_smem_offset_begin',
    type: '.b32',
    summary: 'Start offset of the shared memory reserved for system software',
    description:
      'On `sm_80`+ the driver may reserve a small region of each block\'s shared memory for its own use. This register gives the offset where that region begins. ' +
      'User code must not access the region.',
    introduced: '7.6',
    minTarget: 'sm_80',
    cuda: 'No built-in; inline asm. The CUDA programming guide describes the reserved shared memory per architecture.',
    example: kernel('sm_80', 'sreg_reserved_begin_demo', 'Reads where the reserved region starts.', `mov.b32 %r1, %reserved_smem_offset_begin;\nst.global.b32 [%rd1], %r1;`),
    anchor: 'special-registers-reserved-smem',
  },
  {
    name: '%reserved_smem_offset_end',
    type: '.b32',
    summary: 'End offset of the reserved shared-memory region',
    description: 'The offset just past the shared memory that system software reserved in the block. Together with the begin offset it bounds the region user code must not touch.',
    introduced: '7.6',
    minTarget: 'sm_80',
    cuda: 'No built-in; inline asm.',
    example: kernel(
      'sm_80',
      'sreg_reserved_end_demo',
      'Computes the size of the reserved region from its two ends.',
      `mov.b32 %r1, %reserved_smem_offset_begin;
       mov.b32 %r2, %reserved_smem_offset_end;
       sub.u32 %r3, %r2, %r1;
       st.global.u32 [%rd1], %r3;`,
    ),
    anchor: 'special-registers-reserved-smem',
  },
  {
    name: '%reserved_smem_offset_cap',
    type: '.b32',
    summary: 'How many bytes of shared memory are set aside for system software',
    description: 'The capacity of the block\'s system-reserved shared-memory area, in bytes. Kernels read it only to stay clear of that area.',
    introduced: '7.6',
    minTarget: 'sm_80',
    cuda: 'No built-in; inline asm.',
    example: kernel('sm_80', 'sreg_reserved_cap_demo', 'Reads the reserved-region capacity.', `mov.b32 %r1, %reserved_smem_offset_cap;\nst.global.b32 [%rd1], %r1;`),
    anchor: 'special-registers-reserved-smem',
  },
  {
    name: '%reserved_smem_offset_0',
    aliases: ['%reserved_smem_offset_1'],
    type: '.b32',
    summary: 'Offsets inside the reserved shared-memory region',
    description: 'Two registers, `%reserved_smem_offset_0` and `%reserved_smem_offset_1`, giving offsets of items placed in the reserved region by system software.',
    introduced: '7.6',
    minTarget: 'sm_80',
    cuda: 'No built-in; inline asm.',
    example: kernel('sm_80', 'sreg_reserved_offsets_demo', 'Reads both reserved offsets.', `mov.b32 %r1, %reserved_smem_offset_0;\nmov.b32 %r2, %reserved_smem_offset_1;\nst.global.v2.b32 [%rd1], {%r1, %r2};`),
    anchor: 'special-registers-reserved-smem',
  },
  {
    name: '%total_smem_size',
    type: '.u32',
    summary: 'Shared memory allocated to the CTA (static + dynamic)',
    description:
      'The shared memory given to the block at launch, both static variables and the dynamic amount, not counting the system-reserved region. ' +
      'The value is rounded to the allocation unit of the GPU (128 bytes on `sm_8x` and newer).',
    introduced: '4.1',
    minTarget: 'sm_20',
    cuda: `No built-in; inline asm or ${LIBCU}.`,
    example: kernel('sm_75', 'sreg_total_smem_demo', 'Stores the shared-memory size of the block.', `mov.u32 %r1, %total_smem_size;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-total-smem-size',
  },
  {
    name: '%aggr_smem_size',
    type: '.u32',
    summary: 'Shared memory of the CTA including the system-reserved part',
    description: 'Like `%total_smem_size` but also counting the region reserved for system software: the full amount of shared memory the block occupies.',
    introduced: '8.1',
    minTarget: 'sm_90',
    cuda: `No built-in; inline asm or ${LIBCU}.`,
    example: kernel('sm_90', 'sreg_aggr_smem_demo', 'Stores the aggregate shared-memory footprint.', `mov.u32 %r1, %aggr_smem_size;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-aggr-smem-size',
  },
  {
    name: '%dynamic_smem_size',
    type: '.u32',
    summary: 'Dynamic shared memory requested at launch',
    description:
      'The number of bytes of dynamic shared memory given to the block: the third launch parameter `<<<grid, block, bytes>>>`. Kernels using `extern __shared__` arrays can read it to know how large the array is.',
    introduced: '4.1',
    minTarget: 'sm_20',
    cuda: `No built-in; inline asm or ${LIBCU} (\`get_sreg_dynamic_smem_size()\`).`,
    example: kernel('sm_75', 'sreg_dynamic_smem_demo', 'Stores the dynamic shared-memory size.', `mov.u32 %r1, %dynamic_smem_size;\nst.global.u32 [%rd1], %r1;`),
    anchor: 'special-registers-dynamic-smem-size',
  },
  {
    name: '%current_graph_exec',
    type: '.u64',
    summary: 'Handle of the CUDA device graph currently executing',
    description:
      'Identifies the executable CUDA graph that launched this kernel when it runs as part of a device graph, or 0 otherwise. Device-side graph launch APIs use it to refer to the running graph.',
    introduced: '8.0',
    minTarget: 'sm_50',
    cuda: '`cudaGetCurrentGraphExec()` in device code (device graph launch) reads it; also available through `cuda::ptx::get_sreg_current_graph_exec()`.',
    example: kernel('sm_75', 'sreg_graph_exec_demo', 'Stores the running graph handle (0 outside a device graph).', `mov.u64 %rd2, %current_graph_exec;\nst.global.u64 [%rd1], %rd2;`),
    anchor: 'special-registers-current-graph-exec',
  },
];
