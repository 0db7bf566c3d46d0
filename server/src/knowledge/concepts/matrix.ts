/**
 * Concept notes on matrix hardware: tensor-core generations and Tensor Memory, narrow floating
 * point formats and block scaling, and how the techniques of the DeepSeek-V3 technical report
 * correspond to PTX. Entries of `concepts` (see `../concepts.ts`), each naming the sections of
 * NVIDIA's PTX ISA 9.1, CUDA C++ Programming Guide 13.1 or the DeepSeek-V3 report its facts
 * come from.
 */
import type { ConceptNote } from '../concepts';

export const tensorCores: ConceptNote = {
  name: 'tensor-cores',
  title: 'Tensor cores: from mma to wgmma to tcgen05',
  summary:
    'Tensor cores compute a small matrix product D = A×B + C per instruction, and each generation changed who issues it, where the operands live and how completion is observed.',
  body: [
    'A tensor-core instruction multiplies fixed-size tiles, `D = A×B + C`, with the `MxNxK` shape spelled in the opcode (`.m16n8k16`). Three generations coexist in PTX.',
    '',
    '**Warp level: `wmma` and `mma`** (`sm_70` and later). The 32 lanes of a warp execute the instruction together (`mma.sync.aligned`), and each operand is a *fragment* spread over the lanes’ registers. With `wmma` the layout stays hidden behind `wmma.load`, `wmma.mma` and `wmma.store`; `mma` documents the layout for each shape, and `ldmatrix` fetches fragments from shared memory. Tiles are small (f16 `m16n8k16` needs `sm_80`), and the result is in registers when the instruction finishes.',
    '',
    '**Warpgroup level: `wgmma`** (PTX 8.0, `sm_90a` only). The four warps of a warpgroup issue one `wgmma.mma_async` with M = 64 and N up to 256. A and B can be read directly from shared memory through 64-bit *matrix descriptors* (A may also come from registers), while the accumulator stays in registers. The operation is asynchronous and has a fixed protocol: `wgmma.fence` before the first MMA and whenever the registers involved were touched in between; `fence.proxy.async` when the shared-memory operands were just written by ordinary stores; the MMAs; `wgmma.commit_group` to close a batch; `wgmma.wait_group N` before reading results, which leaves at most N batches in flight.',
    '',
    '**Fifth generation: `tcgen05`** (PTX 8.6; `sm_100a`, `sm_110a` and their `f` families). A single thread issues `tcgen05.mma`. The accumulator lives neither in registers nor in shared memory but in **Tensor Memory**, a per-CTA on-chip array that on `sm_100a`/`sm_100f` has 128 lanes × 512 columns of 32-bit cells. One warp allocates columns with `tcgen05.alloc` (a power of two from 32 to 512) and all of it must be released with `tcgen05.dealloc` before the kernel ends. `tcgen05.ld` copies results to registers, and each warp of a warpgroup may only reach its own quarter of the lanes. `tcgen05.commit` makes an mbarrier signal when the issued operations finish. With `.cta_group::2` one MMA spans a pair of CTAs and uses both CTAs’ Tensor Memory.',
    '',
    'Input types widened along the way: f16, bf16, tf32 and integers first, then FP8 (`mma` on `sm_89`, `wgmma` on `sm_90a`), then FP6 and FP4 with block scaling (see *low-precision*). The CUDA guide recommends reaching the Hopper and Blackwell features through CUTLASS or the CUDA libraries rather than hand-written PTX.',
  ].join('\n'),
  related: [
    'wmma.load',
    'wmma.mma',
    'mma',
    'ldmatrix',
    'wgmma.mma_async',
    'wgmma.fence',
    'wgmma.commit_group',
    'wgmma.wait_group',
    'tcgen05.mma',
    'tcgen05.alloc',
    'tcgen05.dealloc',
    'tcgen05.ld',
    'tcgen05.commit',
  ],
  sources: [
    'PTX ISA 9.1, 9.7.14 "Warp Level Matrix Multiply-Accumulate Instructions"',
    'PTX ISA 9.1, 9.7.14.5.14 "Multiply-and-Accumulate Instruction: mma"',
    'PTX ISA 9.1, 9.7.14.5.15 "Warp-level matrix load instruction: ldmatrix"',
    'PTX ISA 9.1, 9.7.15 "Asynchronous Warpgroup Level Matrix Multiply-Accumulate Instructions"',
    'PTX ISA 9.1, 9.7.15.5.2 "Asynchronous Multiply-and-Accumulate Instruction: wgmma.mma_async"',
    'PTX ISA 9.1, 9.7.15.7.1 "Asynchronous Multiply-and-Accumulate Instruction: wgmma.fence"',
    'PTX ISA 9.1, 9.7.15.7.3 "Asynchronous Multiply-and-Accumulate Instruction: wgmma.wait_group"',
    'PTX ISA 9.1, 9.7.16.1 "Tensor Memory"',
    'PTX ISA 9.1, 9.7.16.5.1 "CTA Pair"',
    'PTX ISA 9.1, 9.7.16.7.1 "Tensorcore 5th Generation Instructions: tcgen05.alloc, tcgen05.dealloc, tcgen05.relinquish_alloc_permit"',
    'PTX ISA 9.1, 9.7.16.8.1 "Access restrictions"',
    'PTX ISA 9.1, 9.7.16.10.9.1 "TensorCore 5th Generation Instructions: tcgen05.mma"',
    'PTX ISA 9.1, 9.7.16.12.1 "TensorCore 5th Generation Instructions: tcgen05.commit"',
    'CUDA C++ Programming Guide 13.1, 20.8.4 "Features Accelerating Specialized Computations"',
    'CUDA C++ Programming Guide 13.1, 20.9.4 "Features Accelerating Specialized Computations"',
  ],
};

export const lowPrecision: ConceptNote = {
  name: 'low-precision',
  title: 'FP8, FP6, FP4 and block scaling',
  summary:
    'Narrow floating-point formats trade precision for tensor-core throughput and memory, and block scaling gives each short run of values its own scale factor to win back dynamic range.',
  body: [
    'PTX names small floats by their exponent and mantissa bits; all but the scale formats also have a sign bit.',
    '',
    '| Format | Bits | Notes |',
    '|---|---|---|',
    '| `e4m3` | 8 | No infinity; NaN only as 0x7f and 0xff. More precision, less range. |',
    '| `e5m2` | 8 | More range, two mantissa bits. |',
    '| `e2m3`, `e3m2` | 6 | Held in a byte whose two top bits are zero; no infinity or NaN. |',
    '| `e2m1` | 4 | Always packed two to a byte (`e2m1x2`); no infinity or NaN. |',
    '| `ue8m0` | 8 | Unsigned, exponent only: a power-of-two scale factor. |',
    '| `ue4m3` | 7 | Unsigned scale factor for one FP4 variant. |',
    '',
    'None of these is a fundamental type. Registers holding them are declared with bit types (`.b8`, `.b16`, `.b32`), and only some instructions understand them. `cvt` converts to and from them, two or four values at a time (`cvt.rn.satfinite.e4m3x2.f32 d, a, b;`); for these destinations `.satfinite` is mandatory, so magnitudes beyond the largest normal value become that value with the sign kept. Tensor cores take them directly: FP8 `mma` needs `sm_89`, FP8 `wgmma.mma_async` needs `sm_90a`, and `tcgen05.mma` with `.kind::f8f6f4` accepts any mix of FP8, FP6 and FP4 inputs.',
    '',
    '**Why scale.** With a few mantissa bits and a narrow exponent, one scale for a whole tensor is dictated by its largest value, and small values lose precision or vanish. **Block scaling** gives every short stretch along K its own scale, and PTX builds it into the instruction. `mma` and `tcgen05.mma` with `.kind::mxf8f6f4`, `.kind::mxf4` or `.kind::mxf4nvf4` compute `D = (A·scale_A)(B·scale_B) + C`: each row of A is split along K into 1, 2 or 4 chunks (`.scale_vec::1X`, `2X`, `4X`), each multiplied by its own scale, and likewise each column of B. Scales are `ue8m0`, or `ue4m3` for the 4X FP4 variant. `tcgen05` reads the scale matrices from Tensor Memory; for warp-level `mma`, chosen lanes supply them from registers. Block-scaled `mma` needs `sm_120a` (or the `sm_120f` family from PTX 8.8); block-scaled `tcgen05.mma` needs `sm_100a`, and PTX 8.8 adds `.block16` and `.block32` as other spellings of the scale-vector sizes for the `sm_100f` and `sm_110f` families.',
    '',
    'The accumulator is FP32 (FP16 for some variants); what the narrow format limits is what is stored, moved and multiplied. See *deepseek-v3* for why the effective accumulation precision still deserves attention.',
  ].join('\n'),
  related: ['cvt', 'mma', 'wgmma.mma_async', 'tcgen05.mma'],
  sources: [
    'PTX ISA 9.1, 5.2.3 "Alternate Floating-Point Data Formats"',
    'PTX ISA 9.1, 5.2.5.1 "Packed Floating Point Data Types"',
    'PTX ISA 9.1, 9.7.9.21 "Data Movement and Conversion Instructions: cvt"',
    'PTX ISA 9.1, 9.7.14.3 "Block Scaling for mma.sync"',
    'PTX ISA 9.1, 9.7.14.5.14 "Multiply-and-Accumulate Instruction: mma"',
    'PTX ISA 9.1, 9.7.15.3 "Matrix Data-types"',
    'PTX ISA 9.1, 9.7.16.10 "TensorCore 5th Generation Matrix Multiply and accumulate Operations"',
    'PTX ISA 9.1, 9.7.16.10.7 "Block Scaling for tcgen05.mma.sync"',
    'PTX ISA 9.1, 9.7.16.10.7.1 "Valid combinations of scale_vectorsize with types and MMA-Kind"',
  ],
};

export const deepseekV3: ConceptNote = {
  name: 'deepseek-v3',
  title: 'DeepSeek-V3 training kernels, read as PTX',
  summary:
    'The DeepSeek-V3 technical report describes communication kernels confined to 20 SMs with warp-specialised roles and FP8 GEMMs with fine-grained scaling and periodic promotion to FP32, and each technique corresponds to PTX features covered by the other notes.',
  body: [
    'The DeepSeek-V3 technical report (arXiv 2412.19437) describes low-level techniques used to train the model on NVIDIA H800 GPUs, which it treats as Hopper parts. The report says what the kernels did rather than which instructions they used; the PTX side below names the instructions such techniques rest on.',
    '',
    '**Communication on a fixed set of SMs.** The mixture-of-experts all-to-all kernels (dispatch and combine) used 20 of the H800’s 132 SMs, organised as 10 communication channels, leaving the others to compute. Inside them the report applies *warp specialisation*: during dispatch, separate warps send over InfiniBand, forward from InfiniBand to NVLink, and receive over NVLink, and the number of warps per task follows the load. In PTX terms a role is a branch on a warp index computed from `%tid`; how roles pass work to each other is the subject of *warp-specialization*.',
    '',
    '**PTX-level tuning.** According to the report, customised PTX instructions and an auto-tuned chunk size cut the kernels’ L2 cache use and their interference with other SMs. It does not list the instructions. The PTX features that govern how loads and stores use the caches are the cache operators and eviction priorities (`.L1::no_allocate`, `.L2::evict_first` and others), `createpolicy` policies and the non-coherent `ld.global.nc` path (see *cache-hints*).',
    '',
    '**FP8 GEMMs with fine-grained scaling.** GEMM inputs were E4M3, scaled per 1×128 tile of activations and per 128×128 block of weights. On Hopper this means `wgmma.mma_async` with `.e4m3` operands (`sm_90a`), with the per-group scales applied outside the tensor core.',
    '',
    '**Higher-precision accumulation.** The authors measured that FP8 accumulation inside H800 tensor cores keeps only about 14 bits (PTX itself leaves the accumulation order and rounding of `wgmma` unspecified). Every 128 elements of K, four WGMMAs, their kernels moved the partial sums into FP32 registers, applied the scales there and accumulated in FP32. Two warpgroups take turns so that one promotes while the other issues MMAs; in PTX, `wgmma.commit_group` and `wgmma.wait_group` mark the point after which a batch’s accumulators may be read.',
    '',
    'The report asks for tensor cores that take per-group scales themselves, and points out that Blackwell was announced with microscaling support at a finer grain. In PTX these are the block-scaled kinds of `mma` and `tcgen05.mma` (see *low-precision*).',
  ].join('\n'),
  related: ['wgmma.mma_async', 'wgmma.commit_group', 'wgmma.wait_group', 'ld.global.nc', 'createpolicy'],
  sources: [
    'DeepSeek-V3 Technical Report (arXiv:2412.19437v2), 3.2.2 "Efficient Implementation of Cross-Node All-to-All Communication"',
    'DeepSeek-V3 Technical Report (arXiv:2412.19437v2), 3.3.1 "Mixed Precision Framework"',
    'DeepSeek-V3 Technical Report (arXiv:2412.19437v2), 3.3.2 "Improved Precision from Quantization and Multiplication"',
    'DeepSeek-V3 Technical Report (arXiv:2412.19437v2), 3.5.1 "Communication Hardware"',
    'DeepSeek-V3 Technical Report (arXiv:2412.19437v2), 3.5.2 "Compute Hardware"',
    'PTX ISA 9.1, 9.7.15.5.2 "Asynchronous Multiply-and-Accumulate Instruction: wgmma.mma_async"',
    'PTX ISA 9.1, 9.7.15.7.3 "Asynchronous Multiply-and-Accumulate Instruction: wgmma.wait_group"',
    'PTX ISA 9.1, 9.7.9.1 "Cache Operators"',
    'PTX ISA 9.1, 9.7.9.2 "Cache Eviction Priority Hints"',
    'PTX ISA 9.1, 9.7.14.3 "Block Scaling for mma.sync"',
    'PTX ISA 9.1, 9.7.16.10.7 "Block Scaling for tcgen05.mma.sync"',
  ],
};
