// Row softmax with online max/sum, over element counts per thread and row widths.
#include <cuda_fp16.h>

template <typename T> __device__ __forceinline__ float ld(const T* p) { return static_cast<float>(*p); }
template <> __device__ __forceinline__ float ld<__half>(const __half* p) { return __half2float(*p); }
template <typename T> __device__ __forceinline__ void st(T* p, float v) { *p = static_cast<T>(v); }
template <> __device__ __forceinline__ void st<__half>(__half* p, float v) { *p = __float2half(v); }

template <typename T, int COLS, int PER_THREAD>
__global__ void softmax_rows(const T* __restrict__ x, T* __restrict__ y, int rows, float scale) {
  const int row = blockIdx.x * (blockDim.x / 32) + threadIdx.x / 32;
  const int lane = threadIdx.x & 31;
  if (row >= rows) return;
  float v[PER_THREAD];
  float mx = -3.0e38f;
#pragma unroll
  for (int i = 0; i < PER_THREAD; ++i) {
    const int c = lane + i * 32;
    v[i] = c < COLS ? ld(x + row * COLS + c) * scale : -3.0e38f;
    mx = fmaxf(mx, v[i]);
  }
#pragma unroll
  for (int o = 16; o > 0; o >>= 1) mx = fmaxf(mx, __shfl_xor_sync(0xffffffffu, mx, o));
  float sum = 0.f;
#pragma unroll
  for (int i = 0; i < PER_THREAD; ++i) { v[i] = __expf(v[i] - mx); sum += v[i]; }
#pragma unroll
  for (int o = 16; o > 0; o >>= 1) sum += __shfl_xor_sync(0xffffffffu, sum, o);
  const float inv = 1.f / sum;
#pragma unroll
  for (int i = 0; i < PER_THREAD; ++i) {
    const int c = lane + i * 32;
    if (c < COLS) st(y + row * COLS + c, v[i] * inv);
  }
}

#define SM(T, C) template __global__ void softmax_rows<T, C, (C + 31) / 32>(const T*, T*, int, float);
#define SM_T(T) SM(T, 32) SM(T, 64) SM(T, 128) SM(T, 256) SM(T, 384) SM(T, 512) SM(T, 768) SM(T, 1024) SM(T, 2048)
SM_T(float)
SM_T(__half)
SM_T(double)
