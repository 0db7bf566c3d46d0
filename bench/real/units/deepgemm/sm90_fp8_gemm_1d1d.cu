// One FP8 GEMM kernel with 1D1D scaling (SM90), FP32 accumulated output,
// K-grouped contiguous layout (as for MoE weight gradients).
#include <deep_gemm/impls/sm90_fp8_gemm_1d1d.cuh>

using namespace deep_gemm;

void* unit_kernel() {
    return reinterpret_cast<void*>(&sm90_fp8_gemm_1d1d_impl<
        4096, 7168, 0,
        4,
        128, 128, 128,
        128, 128,
        5,
        128, 256,
        1, false,
        132,
        GemmType::KGroupedContiguous, float>);
}
