// Block and warp reductions over several element types, operators and block sizes.
template <typename T> struct Sum { __device__ T operator()(T a, T b) const { return a + b; } static __device__ T id() { return T(0); } };
template <typename T> struct Max { __device__ T operator()(T a, T b) const { return a > b ? a : b; } static __device__ T id() { return T(-1000000); } };
template <typename T> struct Min { __device__ T operator()(T a, T b) const { return a < b ? a : b; } static __device__ T id() { return T(1000000); } };

template <typename T, typename Op>
__device__ __forceinline__ T warpReduce(T v, Op op) {
#pragma unroll
  for (int o = 16; o > 0; o >>= 1) v = op(v, __shfl_down_sync(0xffffffffu, v, o));
  return v;
}

template <typename T, typename Op, int BLOCK, int ITEMS>
__global__ void __launch_bounds__(BLOCK) reduce_block(const T* __restrict__ in, T* __restrict__ out, int n) {
  __shared__ T warpSums[BLOCK / 32];
  Op op;
  T v = Op::id();
  const int base = blockIdx.x * BLOCK * ITEMS + threadIdx.x;
#pragma unroll
  for (int i = 0; i < ITEMS; ++i) {
    const int idx = base + i * BLOCK;
    if (idx < n) v = op(v, in[idx]);
  }
  v = warpReduce(v, op);
  if ((threadIdx.x & 31) == 0) warpSums[threadIdx.x >> 5] = v;
  __syncthreads();
  if (threadIdx.x < 32) {
    v = threadIdx.x < BLOCK / 32 ? warpSums[threadIdx.x] : Op::id();
    v = warpReduce(v, op);
    if (threadIdx.x == 0) out[blockIdx.x] = v;
  }
}

#define RED(T, OP, B, I) template __global__ void reduce_block<T, OP<T>, B, I>(const T*, T*, int);
#define RED_I(T, OP, B) RED(T, OP, B, 1) RED(T, OP, B, 2) RED(T, OP, B, 4) RED(T, OP, B, 8) RED(T, OP, B, 16)
#define RED_B(T, OP) RED_I(T, OP, 128) RED_I(T, OP, 256) RED_I(T, OP, 512)
#define RED_T(T) RED_B(T, Sum) RED_B(T, Max) RED_B(T, Min)
RED_T(float)
RED_T(double)
RED_T(int)
RED_T(unsigned)
RED_T(long long)
