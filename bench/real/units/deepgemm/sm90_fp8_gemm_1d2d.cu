// One FP8 GEMM kernel with 1D2D scaling (SM90), fixed as a 4096x7168 weight
// with BF16 output. Taking the kernel's address instantiates it.
#include <deep_gemm/impls/sm90_fp8_gemm_1d2d.cuh>

using namespace deep_gemm;

void* unit_kernel() {
    return reinterpret_cast<void*>(&sm90_fp8_gemm_1d2d_impl<
        cute::UMMA::Major::K,
        0, 4096, 7168,
        1,
        128, 128, 128,
        128, 128, 0,
        5,
        128, 256,
        1, false,
        132, GemmType::Normal,
        cutlass::bfloat16_t,
        epilogue::transform::EpilogueIdentity>);
}
