// y = a * x + y, one element per thread: the smallest kernel worth reading in PTX.
#include <cuda_runtime.h>

__device__ __forceinline__ float axpy(float a, float x, float y) {
  return a * x + y;
}

__global__ void saxpy(int n, float a, const float* __restrict__ x, float* __restrict__ y) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) {
    y[i] = a * x[i] + y[i];
  }
}

__global__ void saxpy_inlined(int n, float a, const float* x, float* y) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) {
    y[i] = axpy(a, x[i], y[i]);
  }
}

// A warp-level sum: each warp adds up 32 values with shuffles, lane 0 writes the result.
__global__ void warp_sum(const float* in, float* out) {
  float v = in[blockIdx.x * blockDim.x + threadIdx.x];
  for (int offset = 16; offset > 0; offset /= 2) {
    v += __shfl_down_sync(0xffffffffu, v, offset);
  }
  if ((threadIdx.x & 31) == 0) {
    atomicAdd(out, v);
  }
}
