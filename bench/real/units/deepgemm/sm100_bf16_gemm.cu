// One BF16 GEMM kernel (SM100, tcgen05), K-major operands, BF16 output.
#include <deep_gemm/impls/sm100_bf16_gemm.cuh>

using namespace deep_gemm;

void* unit_kernel() {
    return reinterpret_cast<void*>(&sm100_bf16_gemm_impl<
        cute::UMMA::Major::K, cute::UMMA::Major::K,
        0, 4096, 7168,
        128, 128, 64,
        1,
        128, 128, 128,
        6,
        128, 128,
        1, false,
        148,
        128,
        false, false,
        GemmType::Normal, false, cutlass::bfloat16_t,
        1>);
}
