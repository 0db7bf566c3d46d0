/**
 * Concept notes on how threads execute: the thread hierarchy, predication and divergence,
 * warp specialisation, occupancy. Entries of `concepts` (see `../concepts.ts`), each naming the
 * sections of NVIDIA's PTX ISA 9.1 and CUDA C++ Programming Guide 13.1 its facts come from.
 */
import type { ConceptNote } from '../concepts';

export const threadHierarchy: ConceptNote = {
  name: 'thread-hierarchy',
  title: 'Threads, warps, warpgroups, CTAs and clusters',
  summary:
    'A kernel launch is a grid of CTAs (thread blocks), optionally grouped into clusters, and each CTA runs as warps of 32 threads, four aligned warps making a warpgroup.',
  body: [
    'PTX code is written from the point of view of **one thread**; the launch decides how many copies run and how they are grouped.',
    '',
    '- **Thread.** Each thread finds itself through special registers: `%tid` is its position inside the CTA (up to three dimensions) and `%ntid` is the CTA’s shape.',
    '- **Warp.** The SM issues instructions for 32 threads at a time. Thread IDs are linearised x first (`x + y·Dx + z·Dx·Dy`), and warp *k* holds IDs 32k … 32k+31; `%laneid` is a thread’s slot within its warp. Since Volta every thread has its own program counter, so never assume the lanes of a warp move in lockstep (see *predication*).',
    '- **Warpgroup.** Four consecutive warps whose first warp index is a multiple of 4, i.e. 128 threads. `wgmma` and `setmaxnreg` are issued by a whole warpgroup.',
    '- **CTA (thread block).** At most 1024 threads, all resident on one SM, sharing that SM’s shared memory and able to wait for each other at `bar.sync` / `barrier.sync`. `%ctaid` and `%nctaid` place the CTA in the grid. CTAs may run in any order, so apart from CTAs of the same cluster they must not wait for one another.',
    '- **Cluster** (`sm_90` and later). CTAs that are guaranteed to be scheduled at the same time on one GPC. They can read and write each other’s shared memory and meet at `barrier.cluster`. Eight CTAs is the portable limit; `%cluster_ctarank` numbers a CTA inside its cluster, and `.reqnctapercluster` fixes the cluster shape in the kernel itself.',
    '- **Grid.** All CTAs or clusters of one launch. Threads in different clusters cooperate only through global memory.',
    '',
    'A C++ mental model: the grid is a parallel `for` over CTAs with no ordering promise, and each CTA is a team of threads with a private scratchpad and a barrier.',
    '',
    '`%warpid` looks convenient but tells where a warp happens to run right now, and the value can change after preemption. Derive a warp index from `%tid` instead (`%tid.x / 32` in a one-dimensional block).',
  ].join('\n'),
  related: [
    '%tid',
    '%ntid',
    '%laneid',
    '%warpid',
    '%ctaid',
    '%nctaid',
    '%cluster_ctarank',
    'bar',
    'barrier',
    'barrier.cluster',
    '.reqnctapercluster',
  ],
  sources: [
    'PTX ISA 9.1, 2.2.1 "Cooperative Thread Arrays"',
    'PTX ISA 9.1, 2.2.2 "Cluster of Cooperative Thread Arrays"',
    'PTX ISA 9.1, 2.2.3 "Grid of Clusters"',
    'PTX ISA 9.1, 3.2 "Independent Thread Scheduling"',
    'PTX ISA 9.1, 9.7.15.1 "Warpgroup"',
    'PTX ISA 9.1, 9.7.13.3 "Parallel Synchronization and Communication Instructions: barrier.cluster"',
    'PTX ISA 9.1, 10.4 "Special Registers: %warpid"',
    'PTX ISA 9.1, 11.7.1 "Cluster Dimension Directives: .reqnctapercluster"',
    'CUDA C++ Programming Guide 13.1, 5.2 "Thread Hierarchy"',
    'CUDA C++ Programming Guide 13.1, 5.2.1 "Thread Block Clusters"',
    'CUDA C++ Programming Guide 13.1, 7.1 "SIMT Architecture"',
  ],
};

export const predication: ConceptNote = {
  name: 'predication',
  title: 'Predication and divergence',
  summary:
    'PTX expresses conditions as 1-bit predicate registers that guard instructions, and when the lanes of a warp disagree the warp runs each path in turn with the other lanes masked off.',
  body: [
    'PTX has a one-bit register type, `.pred`. A comparison such as `setp.lt.s32 p, i, n;` writes one, and any instruction can carry a guard: `@p add.s32 j, j, 1;` takes effect only in threads where `p` holds, `@!p` only where it does not. Predicates and integers do not convert implicitly: `selp` chooses between two values by a predicate (`selp.u32 r, 1, 0, p;` yields 0 or 1), and `and`, `or`, `xor`, `not` combine predicates.',
    '',
    'A short `if` can become a few guarded instructions with no jump; a longer one becomes a guarded branch such as `@!p bra L_else;`. Either way the warp is the unit that issues instructions. When the condition has the same value in all 32 lanes, the branch is *uniform* and costs nothing special. When it differs, the branch is *divergent*: the warp walks through each path that some lane took, one after the other, with the lanes not on that path switched off, and the lanes come back together afterwards. For a C++ programmer the closest picture is a SIMD unit with per-lane masks, where a divergent `if/else` costs roughly both sides. Different warps never slow each other down this way; only disagreement inside one warp matters.',
    '',
    'PTX treats every branch as possibly divergent and leaves the choice of reconvergence points to the compiler. `bra.uni` states that all active lanes agree on the branch, which can help performance; the statement must be true.',
    '',
    'Since Volta the threads of a warp are scheduled independently, so code must not rely on lanes running in lockstep. Warp-wide operations therefore name their participants with a 32-bit lane mask and wait for those lanes: `vote.sync` (all, any, uniform, or a ballot bitmask of a predicate), `shfl.sync`, `bar.warp.sync`. `activemask` reports which lanes are executing the current instruction together, and `elect.sync` (`sm_90` and later) picks one leader lane from a mask, the same lane every time for the same mask, which suits work that a single lane should issue.',
  ].join('\n'),
  related: ['setp', 'selp', 'bra', 'vote.sync', 'shfl.sync', 'bar.warp.sync', 'activemask', 'elect.sync'],
  sources: [
    'PTX ISA 9.1, 9.3 "Predicated Execution"',
    'PTX ISA 9.1, 9.3.2 "Manipulating Predicates"',
    'PTX ISA 9.1, 9.5 "Divergence of Threads in Control Constructs"',
    'PTX ISA 9.1, 9.7.12.3 "Control Flow Instructions: bra"',
    'PTX ISA 9.1, 9.7.13.9 "Parallel Synchronization and Communication Instructions: vote.sync"',
    'PTX ISA 9.1, 9.7.13.11 "Parallel Synchronization and Communication Instructions: activemask"',
    'PTX ISA 9.1, 9.7.13.14 "Parallel Synchronization and Communication Instructions: elect.sync"',
    'PTX ISA 9.1, 3.2 "Independent Thread Scheduling"',
    'CUDA C++ Programming Guide 13.1, 7.1 "SIMT Architecture"',
  ],
};

export const warpSpecialization: ConceptNote = {
  name: 'warp-specialization',
  title: 'Warp specialisation and setmaxnreg',
  summary:
    'Warp specialisation gives the warps of one CTA different jobs, typically producers that bring data into shared memory and consumers that compute on it, linked by one-way signals through barriers.',
  body: [
    'In a plain kernel every warp runs the same loop: load a tile, wait, compute, repeat. A **warp-specialised** kernel divides the CTA by role instead. A role is nothing more than a branch on a warp or warpgroup index computed from `%tid` (for example `%tid.x / 128` for the warpgroup), and the branch must agree across every warp or warpgroup that later issues a collective instruction.',
    '',
    'On `sm_90a` such a split can look like this:',
    '',
    '- a **producer** warp that issues `cp.async.bulk.tensor` copies into a ring of shared-memory buffers (`elect.sync` is a convenient way to pick the one lane that issues them);',
    '- **consumer** warpgroups that run `wgmma.mma_async` on filled buffers.',
    '',
    'Each buffer needs two one-way signals. *Filled*: the producer posts the expected byte count with `mbarrier.arrive.expect_tx`, the copy completes it, and consumers wait with `mbarrier.try_wait`. *Free again*: consumers `mbarrier.arrive` when they are done reading, and the producer waits on that before refilling. With two or more buffers, loading one overlaps computing on another. Named barriers support the same pattern inside a CTA: one side signals with `bar.arrive` without stopping, the other waits with `bar.sync` on the same barrier number (16 per CTA).',
    '',
    '**Registers.** The producer needs few registers while the consumers hold large accumulators, yet a kernel is compiled with one per-thread register limit for all its warps. `setmaxnreg` (PTX 8.0; `sm_90a`, `sm_100a`, `sm_110a`, `sm_120a`, and from PTX 8.8 the `sm_100f`/`sm_110f` families) lets a warpgroup change its own per-thread limit at run time: `setmaxnreg.dec.sync.aligned.u32 40;` hands registers back to a pool shared by the CTA, and `setmaxnreg.inc.sync.aligned.u32 232;` takes them, stalling until enough are free. The count must be a multiple of 8 from 24 to 256, every warp of the warpgroup must execute the same instruction, and newly gained registers hold garbage until written. The kernel needs a register limit fixed at compile time (for instance `.maxnreg`), otherwise the instruction may have no effect.',
  ].join('\n'),
  related: [
    'setmaxnreg',
    'mbarrier.arrive',
    'mbarrier.arrive.expect_tx',
    'mbarrier.try_wait',
    'bar',
    'elect.sync',
    '.maxnreg',
  ],
  sources: [
    'CUDA C++ Programming Guide 13.1, 10.26.5 "Spatial Partitioning (also known as Warp Specialization)"',
    'CUDA C++ Programming Guide 13.1, 20.8.4 "Features Accelerating Specialized Computations"',
    'PTX ISA 9.1, 9.7.19.5 "Miscellaneous Instructions: setmaxnreg"',
    'PTX ISA 9.1, 9.7.13.1 "Parallel Synchronization and Communication Instructions: bar, barrier"',
    'PTX ISA 9.1, 9.7.13.15 "Parallel Synchronization and Communication Instructions: mbarrier"',
    'PTX ISA 9.1, 9.7.13.15.13 "Parallel Synchronization and Communication Instructions: mbarrier.arrive"',
    'PTX ISA 9.1, 9.7.9.25.1.2 "Mbarrier-based mechanism"',
    'PTX ISA 9.1, 9.7.15.1 "Warpgroup"',
  ],
};

export const occupancy: ConceptNote = {
  name: 'occupancy',
  title: 'Occupancy and register pressure',
  summary:
    'Occupancy is how many warps an SM holds compared with its maximum, and it is capped by whichever per-SM resource the CTAs use up first: registers, shared memory, warp slots or block slots.',
  body: [
    'An SM hides latency by switching between its resident warps at no cost: while one waits for memory, another issues. How many warps can be resident depends on what each CTA asks for. On compute capability 9.0, for instance, an SM has 65,536 32-bit registers, room for 64 warps (2048 threads) and 32 blocks, and up to 228 KB of shared memory, of which one block may use 227 KB; a thread may use at most 255 registers.',
    '',
    'The first limit reached decides:',
    '',
    '- **Registers.** A block needs about registers-per-thread × threads, rounded up to the allocation granularity. For all 2048 threads to be resident each may use at most 32 registers; at 64 per thread only 1024 fit. One extra register can push a whole block off the SM.',
    '- **Shared memory.** Static plus dynamic shared memory per block, against the SM’s configured carve-out.',
    '- **Warp and block slots.** Very small blocks run out of block slots first.',
    '',
    '`--ptxas-options=-v` prints each kernel’s registers, shared memory and local memory (`lmem`, which includes spills); `cudaOccupancyMaxActiveBlocksPerMultiprocessor` predicts resident blocks per SM.',
    '',
    'Directives let a module bound register use:',
    '',
    '- `.maxnreg n` caps registers per thread; `__maxnreg__` compiles to it, and `-maxrregcount` sets a limit for a whole file.',
    '- `.maxntid` (the first `__launch_bounds__` argument) promises a maximum block size, `.reqntid` an exact one; `.minnctapersm` (the second argument) asks for that many resident CTAs, and the compiler derives a register cap that makes them fit.',
    '',
    'Capping registers has a price: short of registers, the compiler spills values to `.local` memory, which lives in device memory and appears as `ld.local`/`st.local` traffic. Higher occupancy is not automatically faster either: independent instructions within one warp hide latency too, and warp-specialised kernels deliberately move registers between warpgroups with `setmaxnreg` (see *warp-specialization*).',
  ].join('\n'),
  related: ['.maxnreg', '.maxntid', '.reqntid', '.minnctapersm', 'setmaxnreg'],
  sources: [
    'CUDA C++ Programming Guide 13.1, 7.2 "Hardware Multithreading"',
    'CUDA C++ Programming Guide 13.1, 8.2.3 "Multiprocessor Level"',
    'CUDA C++ Programming Guide 13.1, 8.2.3.1 "Occupancy Calculator"',
    'CUDA C++ Programming Guide 13.1, 8.3.2 "Device Memory Accesses"',
    'CUDA C++ Programming Guide 13.1, 10.38 "Launch Bounds"',
    'CUDA C++ Programming Guide 13.1, 10.39 "Maximum Number of Registers per Thread"',
    'CUDA C++ Programming Guide 13.1, 20.2 "Features and Technical Specifications"',
    'PTX ISA 9.1, 5.1.1 "Register State Space"',
    'PTX ISA 9.1, 11.4.1 "Performance-Tuning Directives: .maxnreg"',
    'PTX ISA 9.1, 11.4.2 "Performance-Tuning Directives: .maxntid"',
    'PTX ISA 9.1, 11.4.3 "Performance-Tuning Directives: .reqntid"',
    'PTX ISA 9.1, 11.4.4 "Performance-Tuning Directives: .minnctapersm"',
  ],
};
