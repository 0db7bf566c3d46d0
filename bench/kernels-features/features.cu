// Kernels that exercise what nvcc emits for the features of each architecture: tensor cores,
// bulk copies with barriers, clusters, cooperative groups, atomics at every scope, textures and
// surfaces, FP8 conversions, warp intrinsics and inline PTX. Compiled for many targets and
// flags by `bench/featureCorpus.ts`; every part is guarded by the architecture that has it.
#include <cooperative_groups.h>
#include <cooperative_groups/reduce.h>
#include <cuda/atomic>
#include <cuda/barrier>
#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_fp8.h>
#include <mma.h>

namespace cg = cooperative_groups;

__global__ void tensor_cores(const half* a, const half* b, float* c) {
  using namespace nvcuda;
  wmma::fragment<wmma::matrix_a, 16, 16, 16, half, wmma::row_major> fa;
  wmma::fragment<wmma::matrix_b, 16, 16, 16, half, wmma::col_major> fb;
  wmma::fragment<wmma::accumulator, 16, 16, 16, float> fc;
  wmma::fill_fragment(fc, 0.0f);
  wmma::load_matrix_sync(fa, a, 16);
  wmma::load_matrix_sync(fb, b, 16);
  wmma::mma_sync(fc, fa, fb, fc);
  wmma::store_matrix_sync(c, fc, 16, wmma::mem_row_major);
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 800
  unsigned ra[4] = {1, 2, 3, 4}, rb[2] = {5, 6};
  float d[4] = {0, 0, 0, 0};
  asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, {%0,%1,%2,%3};\n"
               : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3])
               : "r"(ra[0]), "r"(ra[1]), "r"(ra[2]), "r"(ra[3]), "r"(rb[0]), "r"(rb[1]));
  c[threadIdx.x + 256] = d[0] + d[1] + d[2] + d[3];
#endif
}

__global__ void bulk_copy(const float4* in, float4* out, int n) {
  __shared__ alignas(16) float4 tile[256];
#pragma nv_diag_suppress static_var_with_dynamic_init
  __shared__ cuda::barrier<cuda::thread_scope_block> bar;
  auto block = cg::this_thread_block();
  if (block.thread_rank() == 0) init(&bar, block.size());
  block.sync();
  cuda::memcpy_async(block, tile, in + blockIdx.x * 256, cuda::aligned_size_t<16>(sizeof(tile)), bar);
  bar.arrive_and_wait();
  float4 v = tile[threadIdx.x];
  out[blockIdx.x * 256 + threadIdx.x] = make_float4(v.x * 2, v.y, v.z, v.w + n);
}

#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 900
__global__ void __cluster_dims__(2, 1, 1) cluster_exchange(int* out) {
  __shared__ int slot;
  cg::cluster_group cluster = cg::this_cluster();
  if (threadIdx.x == 0) slot = static_cast<int>(cluster.block_rank());
  cluster.sync();
  int* peer = cluster.map_shared_rank(&slot, cluster.block_rank() ^ 1);
  if (threadIdx.x == 0) out[blockIdx.x] = *peer;
  cluster.sync();
}

__global__ void mbarrier_wait(unsigned long long* out) {
  __shared__ alignas(8) unsigned long long bar;
  unsigned addr = static_cast<unsigned>(__cvta_generic_to_shared(&bar));
  if (threadIdx.x == 0) asm volatile("mbarrier.init.shared::cta.b64 [%0], %1;" ::"r"(addr), "r"(blockDim.x) : "memory");
  __syncthreads();
  unsigned long long state;
  asm volatile("mbarrier.arrive.shared::cta.b64 %0, [%1];" : "=l"(state) : "r"(addr) : "memory");
  asm volatile(
      "{\n\t.reg .pred P1;\n"
      "WAIT:\n\t"
      "mbarrier.try_wait.shared::cta.b64 P1, [%0], %1;\n\t"
      "@!P1 bra WAIT;\n"
      "}\n" ::"r"(addr), "l"(state) : "memory");
  out[threadIdx.x] = state;
}
#endif

__global__ void groups(const int* in, int* out) {
  auto block = cg::this_thread_block();
  auto warp = cg::tiled_partition<32>(block);
  int v = in[block.thread_rank()];
  int sum = cg::reduce(warp, v, cg::plus<int>());
  auto tile8 = cg::tiled_partition<8>(warp);
  int small = cg::reduce(tile8, v, cg::greater<int>());
  if (warp.thread_rank() == 0) out[warp.meta_group_rank()] = sum + small;
}

__global__ void atomics(int* i, float* f, unsigned long long* u, double* d) {
  atomicAdd(i, 1);
  atomicAdd_block(i + 1, 2);
  atomicAdd_system(i + 2, 3);
  atomicAdd(f, 1.5f);
  atomicMax(i + 3, threadIdx.x);
  atomicCAS(u, 0ull, 1ull);
  atomicExch(f + 1, 2.0f);
  atomicAdd(d, 1.0);
  cuda::atomic_ref<int, cuda::thread_scope_device> device(i[4]);
  device.fetch_add(1, cuda::memory_order_acq_rel);
  cuda::atomic_ref<int, cuda::thread_scope_system> system(i[5]);
  system.store(7, cuda::memory_order_release);
  cuda::atomic_ref<int, cuda::thread_scope_block> block(i[6]);
  i[7] = block.load(cuda::memory_order_acquire);
}

__global__ void textures(cudaTextureObject_t tex, cudaSurfaceObject_t surf, float* out) {
  float v = tex1Dfetch<float>(tex, threadIdx.x);
  float w = tex2D<float>(tex, 0.5f, 0.5f);
  surf2Dwrite(v + w, surf, threadIdx.x * 4, blockIdx.x);
  out[threadIdx.x] = surf2Dread<float>(surf, 0, 0);
}

__global__ void fp8_and_half(const float* in, __nv_fp8_e4m3* e4, __nv_fp8_e5m2* e5, __half2* h, __nv_bfloat16* b) {
  float x = in[threadIdx.x];
  e4[threadIdx.x] = __nv_fp8_e4m3(x);
  e5[threadIdx.x] = __nv_fp8_e5m2(x * 0.5f);
  __half2 p = __floats2half2_rn(x, float(e4[threadIdx.x]));
  h[threadIdx.x] = __hfma2(p, p, h[threadIdx.x]);
  b[threadIdx.x] = __float2bfloat16(x) * __float2bfloat16(2.0f);
}

__global__ void warps(const int* in, int* out, const int4* src) {
  int v = in[threadIdx.x];
  v += __shfl_xor_sync(0xffffffffu, v, 16);
  unsigned ballot = __ballot_sync(0xffffffffu, v > 0);
  unsigned same = __match_any_sync(0xffffffffu, v);
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 800
  v += __reduce_add_sync(0xffffffffu, v);
#endif
  int4 r;
  asm volatile("ld.global.nc.L1::no_allocate.v4.s32 {%0, %1, %2, %3}, [%4];" : "=r"(r.x), "=r"(r.y), "=r"(r.z), "=r"(r.w) : "l"(src + threadIdx.x));
  asm volatile("prefetch.global.L2 [%0];" ::"l"(src + 32));
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 700
  asm volatile("red.release.gpu.global.add.s32 [%0], %1;" ::"l"(out + 64), "r"(1) : "memory");
#endif
  out[threadIdx.x] = v + __popc(ballot) + __popc(same) + r.x + r.w;
}
