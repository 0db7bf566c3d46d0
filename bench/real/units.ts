/**
 * The translation units of the real-code PTX corpus (see README.md beside this file).
 *
 * Each unit is one `.cu` file of a public project (or one of our own small files in
 * `units/` that instantiates a header-only kernel with fixed template arguments), an
 * architecture and the flags that project's own build passes. `build.ts` always adds
 * `--ptx -lineinfo -arch=<arch>`.
 *
 * Include directories are written as:
 *   - `rel/path`          relative to the unit's own project tree;
 *   - `tree:rel/path`     relative to another tree under the source folder (e.g. `cutlass:include`);
 *   - `@gen/<name>`       a folder of headers `build.ts` writes itself (see `GENERATED` there).
 */

export type Arch = 'sm_80' | 'sm_86' | 'sm_89' | 'sm_90' | 'sm_90a' | 'sm_100a' | 'sm_100f' | 'sm_103a' | 'sm_103f';

export interface Unit {
  /** Unique within the project; the output is `<project>/<name>.<arch>.ptx`. */
  name: string;
  /** Output folder and, unless `own` is set, the tree the source is relative to. */
  project: string;
  /** Source path relative to the project's tree, or to `bench/real/units/` when `own` is set. */
  source: string;
  /** The source is one of ours under `bench/real/units/`. */
  own?: boolean;
  arch: Arch;
  /** Extra nvcc flags (defines, language standard, `-rdc=true`, ...). */
  flags: string[];
  /** Include directories, in the notation described above. */
  includes: string[];
  /** Per-unit timeout in seconds (default: the `--timeout` option). */
  timeout?: number;
  /**
   * Built only with `--extra`: units that work but would take the default corpus past
   * ~150 MB or ~30 minutes on two cores (mostly large duplicates of a kind already present).
   */
  extra?: boolean;
}

/** The folder each project's tree is expected in, under `--src`. */
export const TREES = {
  cutlass: 'cutlass',
  DeepGEMM: 'DeepGEMM',
  DeepEP: 'DeepEP',
  nvshmem: 'nvshmem',
  ThunderKittens: 'ThunderKittens',
  'flash-attention': 'flash-attention',
} as const;

function extra(unit: Unit): Unit {
  return { ...unit, extra: true };
}

// ---------------------------------------------------------------- CUTLASS examples

const CUTLASS_FLAGS = ['-std=c++17', '--expt-relaxed-constexpr', '-O3', '-DNDEBUG'];
const CUTLASS_INCLUDES = ['@gen/curand', 'include', 'tools/util/include', 'examples/common'];

function cutlass(name: string, source: string, arch: Arch, extra: string[] = []): Unit {
  return {
    name,
    project: 'cutlass',
    source: `examples/${source}`,
    arch,
    flags: [...CUTLASS_FLAGS, ...extra],
    includes: [...CUTLASS_INCLUDES, ...includeDirOf(source)],
  };
}

/** Examples include their own headers relative to the example folder. */
function includeDirOf(source: string): string[] {
  const slash = source.lastIndexOf('/');
  return slash < 0 ? [] : [`examples/${source.slice(0, slash)}`];
}

const CUTLASS: Unit[] = [
  // Ampere (sm_80): mma.sync, ldmatrix, cp.async
  cutlass('ampere_tf32_tensorop_gemm', '14_ampere_tf32_tensorop_gemm/ampere_tf32_tensorop_gemm.cu', 'sm_80'),
  cutlass('ampere_sparse_tensorop_gemm', '15_ampere_sparse_tensorop_gemm/ampere_sparse_tensorop_gemm.cu', 'sm_80'),
  cutlass('ampere_gemm_universal_streamk', '47_ampere_gemm_universal_streamk/ampere_gemm_universal_streamk.cu', 'sm_80'),
  cutlass('gemm_grouped', '24_gemm_grouped/gemm_grouped.cu', 'sm_80'),
  cutlass('fused_mha_fixed_seqlen', '41_fused_multi_head_attention/fused_multihead_attention_fixed_seqlen.cu', 'sm_80'),
  cutlass('ampere_3xtf32_gemm', '27_ampere_3xtf32_fast_accurate_tensorop_gemm/27_ampere_3xtf32_fast_accurate_tensorop_gemm.cu', 'sm_80'),
  cutlass('dual_gemm', '45_dual_gemm/dual_gemm.cu', 'sm_80'),

  // Hopper (sm_90a): wgmma, TMA, mbarrier, clusters, setmaxnreg
  cutlass('hopper_warp_specialized_gemm', '48_hopper_warp_specialized_gemm/48_hopper_warp_specialized_gemm.cu', 'sm_90a'),
  cutlass('hopper_collective_builder', '49_hopper_gemm_with_collective_builder/49_collective_builder.cu', 'sm_90a'),
  cutlass('hopper_epilogue_swizzle', '50_hopper_gemm_with_epilogue_swizzle/50_hopper_gemm_with_epilogue_swizzle.cu', 'sm_90a'),
  cutlass('hopper_fp8_warp_specialized_gemm', '54_hopper_fp8_warp_specialized_gemm/54_hopper_fp8_warp_specialized_gemm.cu', 'sm_90a'),
  cutlass('hopper_int4_bf16_gemm', '55_hopper_mixed_dtype_gemm/55_hopper_int4_bf16_gemm.cu', 'sm_90a'),
  cutlass('hopper_mixed_dtype_gemm', '55_hopper_mixed_dtype_gemm/55_hopper_mixed_dtype_gemm.cu', 'sm_90a'),
  cutlass('hopper_ptr_array_batched_gemm', '56_hopper_ptr_array_batched_gemm/56_hopper_ptr_array_batched_gemm.cu', 'sm_90a'),
  cutlass('hopper_grouped_gemm', '57_hopper_grouped_gemm/57_hopper_grouped_gemm.cu', 'sm_90a'),
  cutlass('hopper_sparse_gemm', '62_hopper_sparse_gemm/62_hopper_sparse_gemm.cu', 'sm_90a'),
  cutlass(
    'hopper_fp8_blockwise_scaling',
    '67_hopper_fp8_warp_specialized_gemm_with_blockwise_scaling/67_hopper_fp8_warp_specialized_gemm_with_blockwise_scaling.cu',
    'sm_90a',
  ),
  cutlass(
    'hopper_fp8_grouped_blockwise_scaling',
    '68_hopper_fp8_warp_specialized_grouped_gemm_with_blockwise_scaling/68_hopper_fp8_warp_specialized_grouped_gemm_with_blockwise_scaling.cu',
    'sm_90a',
  ),
  cutlass('hopper_fmha', '88_hopper_fmha/88_hopper_fmha.cu', 'sm_90a', ['--use_fast_math']),

  // Blackwell (sm_100a): tcgen05.mma / tcgen05.ld / tmem alloc, block-scaled MMA
  cutlass('blackwell_fp16_gemm', '70_blackwell_gemm/70_blackwell_fp16_gemm.cu', 'sm_100a'),
  cutlass('blackwell_fp8_gemm', '70_blackwell_gemm/70_blackwell_fp8_gemm.cu', 'sm_100a'),
  cutlass('blackwell_collective_builder', '71_blackwell_gemm_with_collective_builder/71_blackwell_gemm_with_collective_builder.cu', 'sm_100a'),
  cutlass('blackwell_nvfp4_bf16_gemm', '72_blackwell_narrow_precision_gemm/72a_blackwell_nvfp4_bf16_gemm.cu', 'sm_100a'),
  cutlass('blackwell_nvfp4_nvfp4_gemm', '72_blackwell_narrow_precision_gemm/72b_blackwell_nvfp4_nvfp4_gemm.cu', 'sm_100a'),
  cutlass('blackwell_mixed_mxfp8_bf16_gemm', '72_blackwell_narrow_precision_gemm/72c_blackwell_mixed_mxfp8_bf16_gemm.cu', 'sm_100a'),
  cutlass('blackwell_preferred_cluster', '73_blackwell_gemm_preferred_cluster/blackwell_gemm_preferred_cluster.cu', 'sm_100a'),
  cutlass('blackwell_streamk', '74_blackwell_gemm_streamk/blackwell_gemm_streamk.cu', 'sm_100a'),
  cutlass('blackwell_grouped_gemm', '75_blackwell_grouped_gemm/75_blackwell_grouped_gemm.cu', 'sm_100a'),
  cutlass('blackwell_grouped_gemm_block_scaled', '75_blackwell_grouped_gemm/75_blackwell_grouped_gemm_block_scaled.cu', 'sm_100a'),
  cutlass('blackwell_fmha', '77_blackwell_fmha/77_blackwell_fmha.cu', 'sm_100a', ['-DFP16', '--use_fast_math']),
  extra(cutlass('blackwell_fmha_gen', '77_blackwell_fmha/77_blackwell_fmha_gen.cu', 'sm_100a', ['-DFP16', '--use_fast_math'])),
  cutlass('blackwell_mla', '77_blackwell_fmha/77_blackwell_mla.cu', 'sm_100a', ['-DFP16', '--use_fast_math']),
  extra(cutlass('blackwell_fmha_bwd', '77_blackwell_fmha/77_blackwell_fmha_bwd.cu', 'sm_100a', ['-DFP16', '--use_fast_math'])),
  cutlass('blackwell_grouped_gemm_blockwise', '81_blackwell_gemm_blockwise/81_blackwell_grouped_gemm_blockwise.cu', 'sm_100a'),
  extra(cutlass('blackwell_moe_gemm_grouped', '92_blackwell_moe_gemm/92_blackwell_moe_gemm_grouped.cu', 'sm_100a')),
  cutlass('blackwell_low_latency_gqa', '93_blackwell_low_latency_gqa/tgv_gqa.cu', 'sm_100a', ['--use_fast_math']),

  // Blackwell family target (sm_100f): the same tcgen05 code, family-portable
  cutlass('blackwell_gemm_blockwise', '81_blackwell_gemm_blockwise/81_blackwell_gemm_blockwise.cu', 'sm_100f'),
  cutlass('blackwell_gemm_groupwise', '81_blackwell_gemm_blockwise/81_blackwell_gemm_groupwise.cu', 'sm_100f'),
  extra(cutlass('blackwell_fp8_gemm', '70_blackwell_gemm/70_blackwell_fp8_gemm.cu', 'sm_100f')),
  cutlass('blackwell_moe_gemm_fp4_grouped', '92_blackwell_moe_gemm/92_blackwell_moe_gemm_fp4_grouped.cu', 'sm_100f'),
  cutlass('fp4_gemv', '91_fp4_gemv/91_fp4_gemv.cu', 'sm_100f'),
];

// ---------------------------------------------------------------- DeepGEMM (our instantiations)

const DEEPGEMM_FLAGS = [
  '-std=c++20',
  '-O3',
  '--expt-relaxed-constexpr',
  '--expt-extended-lambda',
  '--diag-suppress=39,161,174,177,186,940',
];
const DEEPGEMM_INCLUDES = ['DeepGEMM:deep_gemm/include', 'cutlass:include'];

function deepgemm(name: string, arch: Arch): Unit {
  return {
    name,
    project: 'DeepGEMM',
    source: `deepgemm/${name}.cu`,
    own: true,
    arch,
    flags: DEEPGEMM_FLAGS,
    includes: DEEPGEMM_INCLUDES,
  };
}

const DEEPGEMM: Unit[] = [
  deepgemm('sm90_fp8_gemm_1d2d', 'sm_90a'),
  deepgemm('sm90_fp8_gemm_1d1d', 'sm_90a'),
  deepgemm('sm90_bf16_gemm', 'sm_90a'),
  deepgemm('sm100_bf16_gemm', 'sm_100f'),
  deepgemm('sm100_fp8_fp4_gemm_1d1d', 'sm_100f'),
];

// ---------------------------------------------------------------- DeepEP (needs NVSHMEM headers)

const DEEPEP_FLAGS = [
  '-std=c++17',
  '-O3',
  '-rdc=true',
  '--expt-relaxed-constexpr',
  '--extended-lambda',
  '--diag-suppress=128,2417',
  '-DDISABLE_AGGRESSIVE_PTX_INSTRS',
];
const DEEPEP_INCLUDES = ['deep_ep/include', '@gen/nvshmem', 'nvshmem:src/include'];

function deepep(name: string, arch: Arch, extra: string[] = []): Unit {
  return {
    name,
    project: 'DeepEP',
    source: `csrc/kernels/legacy/${name}.cu`,
    arch,
    flags: [...DEEPEP_FLAGS, ...extra],
    includes: DEEPEP_INCLUDES,
  };
}

const DEEPEP: Unit[] = [
  deepep('internode', 'sm_90'),
  deepep('internode_ll', 'sm_90'),
  deepep('intranode', 'sm_90'),
  deepep('layout', 'sm_90'),
  extra(deepep('internode', 'sm_100f')),
  deepep('intranode', 'sm_100f'),
];

// ---------------------------------------------------------------- ThunderKittens

// The standalone harnesses use std::chrono without including <chrono> (other toolchains
// include it transitively), hence the pre-include.
const TK_FLAGS = [
  '-std=c++20',
  '-O3',
  '--use_fast_math',
  '--expt-extended-lambda',
  '--expt-relaxed-constexpr',
  '-DNDEBUG',
  '--pre-include=chrono',
];

function tk(name: string, source: string, arch: Arch): Unit {
  const gpu = arch.startsWith('sm_90') ? 'KITTENS_HOPPER' : arch === 'sm_80' ? 'KITTENS_AMPERE' : 'KITTENS_BLACKWELL';
  return {
    name,
    project: 'ThunderKittens',
    source: `kernels/${source}`,
    arch,
    flags: [...TK_FLAGS, `-D${gpu}`],
    includes: ['include', 'prototype'],
  };
}

const THUNDERKITTENS: Unit[] = [
  tk('mha_h100', 'attention/mha_h100/mha_h100.cu', 'sm_90a'),
  tk('mha_h100_lcf', 'attention/mha_h100_lcf/mha_h100_lcf.cu', 'sm_90a'),
  tk('bf16_h100_gemm', 'gemm/bf16_h100/bf16_h100_gemm.cu', 'sm_90a'),
  tk('fp8_h100_gemm', 'gemm/fp8_h100/fp8_h100_gemm.cu', 'sm_90a'),
  tk('fp8_h100_gemm_scaled', 'gemm/fp8_h100_scaled/fp8_h100_gemm_scaled.cu', 'sm_90a'),
  tk('mamba2', 'mamba2/mamba2.cu', 'sm_90a'),
  tk('bf16_b200_gemm', 'gemm/bf16_b200/bf16_b200_gemm.cu', 'sm_100a'),
  tk('fp8_b200_gemm', 'gemm/fp8_b200/fp8_b200_gemm.cu', 'sm_100a'),
  tk('mxfp8_b200_gemm', 'gemm/mxfp8_b200/mxfp8_b200_gemm.cu', 'sm_100a'),
  tk('nvfp4_b200_gemm', 'gemm/nvfp4_b200/nvfp4_b200_gemm.cu', 'sm_100a'),
];

// ---------------------------------------------------------------- FlashAttention 3 (hopper/)

const FA3_FLAGS = [
  '-std=c++17',
  '-O3',
  '--use_fast_math',
  '--expt-relaxed-constexpr',
  '-DCUTE_SM90_EXTENDED_MMA_SHAPES_ENABLED',
  '-DCUTLASS_ENABLE_GDC_FOR_SM90',
  '-DCUTLASS_DEBUG_TRACE_LEVEL=0',
  '-DNDEBUG',
];

function fa3(name: string, arch: Arch): Unit {
  return {
    name,
    project: 'flash-attention',
    source: `hopper/instantiations/${name}.cu`,
    arch,
    flags: FA3_FLAGS,
    includes: ['hopper', 'cutlass:include'],
  };
}

const FLASH_ATTENTION: Unit[] = [
  fa3('flash_fwd_hdim128_bf16_sm90', 'sm_90a'),
  fa3('flash_fwd_hdim64_e4m3_sm90', 'sm_90a'),
  fa3('flash_bwd_hdim128_bf16_sm90', 'sm_90a'),
  extra(fa3('flash_fwd_hdim128_bf16_sm80', 'sm_80')),
];

export const UNITS: Unit[] = [...CUTLASS, ...DEEPGEMM, ...DEEPEP, ...THUNDERKITTENS, ...FLASH_ATTENTION];
