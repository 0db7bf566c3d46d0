// Tiled GEMM-like kernels instantiated over element types and tile shapes, so that the
// benchmark corpus looks like real library PTX (unrolled loops, shared memory, many registers).
#include <cuda_fp16.h>

template <typename T> __device__ __forceinline__ float toF(T v) { return static_cast<float>(v); }
template <> __device__ __forceinline__ float toF<__half>(__half v) { return __half2float(v); }
template <typename T> __device__ __forceinline__ T fromF(float v) { return static_cast<T>(v); }
template <> __device__ __forceinline__ __half fromF<__half>(float v) { return __float2half(v); }

template <typename T, int TM, int TN, int TK>
__global__ void __launch_bounds__(TM * TN) gemm_tile(const T* __restrict__ a, const T* __restrict__ b, T* __restrict__ c,
                                                    int m, int n, int k, float alpha, float beta) {
  __shared__ T as[TM][TK];
  __shared__ T bs[TK][TN];
  const int row = blockIdx.y * TM + threadIdx.y;
  const int col = blockIdx.x * TN + threadIdx.x;
  float acc = 0.f;
  for (int t = 0; t < k; t += TK) {
    if (threadIdx.x < TK) as[threadIdx.y][threadIdx.x] = (row < m && t + threadIdx.x < k) ? a[row * k + t + threadIdx.x] : fromF<T>(0.f);
    if (threadIdx.y < TK) bs[threadIdx.y][threadIdx.x] = (col < n && t + threadIdx.y < k) ? b[(t + threadIdx.y) * n + col] : fromF<T>(0.f);
    __syncthreads();
#pragma unroll
    for (int i = 0; i < TK; ++i) acc += toF(as[threadIdx.y][i]) * toF(bs[i][threadIdx.x]);
    __syncthreads();
  }
  if (row < m && col < n) c[row * n + col] = fromF<T>(alpha * acc + beta * toF(c[row * n + col]));
}

#define GEMM(T, TM, TN, TK) template __global__ void gemm_tile<T, TM, TN, TK>(const T*, const T*, T*, int, int, int, float, float);
#define GEMM_K(T, TM, TN) GEMM(T, TM, TN, 4) GEMM(T, TM, TN, 8) GEMM(T, TM, TN, 16) GEMM(T, TM, TN, 32)
#define GEMM_N(T, TM) GEMM_K(T, TM, 8) GEMM_K(T, TM, 16) GEMM_K(T, TM, 32)
#define GEMM_T(T) GEMM_N(T, 4) GEMM_N(T, 8) GEMM_N(T, 16)
GEMM_T(float)
GEMM_T(double)
GEMM_T(__half)
GEMM_T(int)
