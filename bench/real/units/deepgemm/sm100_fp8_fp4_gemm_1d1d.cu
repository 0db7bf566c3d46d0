// One FP8 x FP8 GEMM kernel with per-128 K scaling (SM100, block-scaled
// tcgen05 MMA), BF16 output.
#include <deep_gemm/impls/sm100_fp8_fp4_gemm_1d1d.cuh>

using namespace deep_gemm;

void* unit_kernel() {
    return reinterpret_cast<void*>(&sm100_fp8_fp4_gemm_1d1d_impl<
        cute::UMMA::Major::K, cute::UMMA::Major::K,
        128, 128, 128,
        0, 4096, 7168,
        128, 128, 128,
        1,
        128, 128, 128,
        6,
        128, 128,
        1, false,
        148,
        false, false,
        GemmType::Normal, false,
        cutlass::float_e4m3_t, cutlass::float_e4m3_t, cutlass::bfloat16_t,
        epilogue::transform::EpilogueIdentity>);
}
