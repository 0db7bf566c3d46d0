// One 64x8x32 FP8 tile on a Hopper tensor core (sm_90a): a warpgroup (128 threads) stages A
// (64x32, e4m3) and B (8x32, e4m3) in shared memory, describes each with a 64-bit matrix
// descriptor, and multiplies them with wgmma.mma_async into 32-bit float accumulators.
// The layout is the plain one (no swizzle, K-major 8x16-byte core matrices); hover the
// descriptor operands of wgmma in the PTX to read their fields.
#include <cstdint>
#include <cuda_fp8.h>

// Start address, leading and stride byte offsets, each encoded as (bytes & 0x3FFFF) >> 4; no swizzle.
__device__ uint64_t matrix_descriptor(const void* smem, uint32_t leading_bytes, uint32_t stride_bytes) {
  uint32_t address = static_cast<uint32_t>(__cvta_generic_to_shared(smem));
  return (uint64_t)((address & 0x3FFFF) >> 4) | ((uint64_t)((leading_bytes & 0x3FFFF) >> 4) << 16) |
         ((uint64_t)((stride_bytes & 0x3FFFF) >> 4) << 32);
}

__global__ void __launch_bounds__(128) fp8_tile(const __nv_fp8_e4m3* a, const __nv_fp8_e4m3* b, float* d) {
  __shared__ alignas(128) __nv_fp8_e4m3 sa[64 * 32];
  __shared__ alignas(128) __nv_fp8_e4m3 sb[8 * 32];
  for (int i = threadIdx.x; i < 64 * 32; i += 128) sa[i] = a[i];
  for (int i = threadIdx.x; i < 8 * 32; i += 128) sb[i] = b[i];
  __syncthreads();
  // The generic-proxy stores above must be visible to the tensor core's async proxy.
  asm volatile("fence.proxy.async.shared::cta;" ::: "memory");

  uint64_t desc_a = matrix_descriptor(sa, 128, 256);
  uint64_t desc_b = matrix_descriptor(sb, 128, 256);
  float acc[4] = {0.f, 0.f, 0.f, 0.f};
  asm volatile("wgmma.fence.sync.aligned;" ::: "memory");
  asm volatile(
      "wgmma.mma_async.sync.aligned.m64n8k32.f32.e4m3.e4m3 {%0, %1, %2, %3}, %4, %5, 0, 1, 1;"
      : "+f"(acc[0]), "+f"(acc[1]), "+f"(acc[2]), "+f"(acc[3])
      : "l"(desc_a), "l"(desc_b));
  asm volatile("wgmma.commit_group.sync.aligned;" ::: "memory");
  asm volatile("wgmma.wait_group.sync.aligned 0;" ::: "memory");
  for (int i = 0; i < 4; ++i) d[threadIdx.x * 4 + i] = acc[i];
}
