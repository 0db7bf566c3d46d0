/**
 * PTX directives (.version, .entry, .reg, .maxnreg, .loc …) and `.pragma` strings.
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapters 5, 11 and 12); descriptions are our own.
 */
import type { DirectiveDoc, PragmaDoc } from './schema';

export const directives: DirectiveDoc[] = [
  // ------------------------------------------------------------------ module directives
  {
    name: '.version',
    kind: 'module',
    summary: 'Declares the PTX ISA version the module is written in',
    description:
      'The first statement of every PTX module, written exactly once. It tells the assembler which edition of the PTX language to expect; ' +
      'tools refuse modules whose version is newer than they understand.\n\n' +
      'The major number changes on incompatible language changes, the minor number when features are added. ' +
      'CUDA 13.0 emits and accepts `.version 9.0`; many features need a minimum version (each instruction lists its own).',
    syntax: ['.version major.minor'],
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'nvcc writes it at the top of every generated `.ptx` file, using the newest version the toolkit supports (`.version 9.0` for CUDA 13.0).',
    example: {
      target: 'sm_75',
      caption: 'A complete module starts with `.version`, `.target` and `.address_size` (here supplied as the header), followed by its kernels.',
      code: `// Module header (written once, at the very top):
//   .version 9.0
//   .target sm_75
//   .address_size 64
.visible .entry version_demo()
{
  ret;
}`,
    },
    anchor: 'ptx-module-directives-version',
  },
  {
    name: '.target',
    kind: 'module',
    summary: 'Names the GPU architecture (and options) the module is written for',
    description:
      'Follows `.version` immediately. It names the feature set the code may use, such as `sm_80` or `sm_90a`, and the assembler reports an error for any instruction the target lacks. ' +
      'Plain targets follow an "onion" model: code for `sm_80` also runs on later GPUs.\n\n' +
      'Targets ending in `a` (like `sm_90a`) unlock architecture-specific features and run only on that exact architecture; targets ending in `f` (like `sm_100f`) unlock family features and run on later members of the same family. ' +
      'Optional platform words are `texmode_unified`/`texmode_independent`, `debug` (the file carries DWARF info) and the legacy `map_f64_to_f32`.',
    syntax: [
      '.target stringlist',
      'string = { sm_120a, sm_120f, sm_120, sm_121a, sm_121f, sm_121, sm_110a, sm_110f, sm_110, sm_103a, sm_103f, sm_103, sm_100a, sm_100f, sm_100, sm_90a, sm_90, sm_89, sm_88, sm_87, sm_86, sm_80, sm_75, sm_72, sm_70, …, texmode_unified, texmode_independent, debug, map_f64_to_f32 };',
    ],
    introduced: '1.0',
    versionNotes: [
      { version: '3.0', change: '`debug` platform option.' },
      { version: '7.8', change: '`sm_89` and `sm_90`.' },
      { version: '8.0', change: '`sm_90a`.' },
      { version: '8.6', change: '`sm_100`, `sm_100a` (and `sm_101`, later renamed `sm_110`).' },
      { version: '8.7', change: '`sm_120`, `sm_120a`.' },
      { version: '8.8', change: 'Family targets `sm_100f`, `sm_101f`, `sm_120f`, plus `sm_103`/`sm_103a`/`sm_103f` and `sm_121`/`sm_121a`/`sm_121f`.' },
      { version: '9.0', change: '`sm_88` and `sm_110`/`sm_110f`/`sm_110a` (renamed from `sm_101*`).' },
    ],
    minTarget: 'all',
    cuda: 'Chosen by nvcc\'s `-arch`/`--gpu-architecture` (`-arch=sm_90a` → `.target sm_90a`; `compute_XX` virtual architectures give the same `.target sm_XX`).',
    example: {
      target: 'sm_90a',
      caption: 'The module header says `.target sm_90a`, so the kernel may use the architecture-specific `setmaxnreg` instruction.',
      code: `// Header: .version 9.0 / .target sm_90a / .address_size 64
.visible .entry target_demo() .maxntid 128
{
  setmaxnreg.inc.sync.aligned.u32 232;
  ret;
}`,
    },
    anchor: 'ptx-module-directives-target',
  },
  {
    name: '.address_size',
    kind: 'module',
    summary: 'Sets the pointer width (32 or 64 bits) for the whole module',
    description:
      'Declares whether addresses in the module are 32 or 64 bits wide; it must come right after `.target` and can appear only once. ' +
      'Without it, addresses default to 32 bits. Modules linked together must agree. Current toolkits produce 64-bit code, so in practice every module says `.address_size 64` and pointers live in `.b64`/`.u64` registers.',
    syntax: ['.address_size address-size', 'address-size = { 32, 64 };'],
    introduced: '2.3',
    minTarget: 'all',
    cuda: 'nvcc always emits `.address_size 64` (64-bit device code is the only supported mode in current CUDA).',
    example: {
      target: 'sm_75',
      caption: 'With `.address_size 64` in the header, the pointer parameter and the registers that hold addresses are 64-bit.',
      code: `// Header: .version 9.0 / .target sm_75 / .address_size 64
.visible .entry address_size_demo(.param .u64 ptr)
{
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [ptr];
  cvta.to.global.u64 %rd1, %rd1;
  st.global.u32 [%rd1], 7;
  ret;
}`,
    },
    anchor: 'ptx-module-directives-address-size',
  },
  // ------------------------------------------------------------------ entry points and functions
  {
    name: '.entry',
    kind: 'function',
    summary: 'Defines a kernel: a function the host can launch',
    description:
      'Introduces a kernel entry point with its name, an optional parameter list and a body. Parameters live in the `.param` state space; the body reads them with `ld.param`. ' +
      'Launch geometry is then available through special registers such as `%ntid` and `%nctaid`.\n\n' +
      'Performance and cluster directives (`.maxntid`, `.reqntid`, `.minnctapersm`, `.maxnreg`, `.reqnctapercluster`, …) go between the parameter list and the body. ' +
      'Kernel parameters may total up to 32764 bytes on `sm_70`+ with PTX 8.1 or newer (4 KB before).',
    syntax: ['.entry kernel-name ( param-list )  kernel-body', '.entry kernel-name  kernel-body'],
    introduced: '1.0',
    versionNotes: [
      { version: '1.4', change: 'Parameters are declared in the parameter list instead of the body.' },
      { version: '8.1', change: 'Parameter space limit raised to 32764 bytes.' },
    ],
    minTarget: 'all',
    cuda: 'Every `__global__` function becomes a `.visible .entry` named by its mangled C++ name (or the plain name with `extern "C"`).',
    example: {
      target: 'sm_75',
      caption: 'A kernel taking a pointer and a count scales the first element of an array.',
      code: `.visible .entry entry_demo(.param .u64 data, .param .u32 n)
{
  .reg .b32 %r<3>;
  .reg .f32 %f<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [data];
  ld.param.u32 %r1, [n];
  cvta.to.global.u64 %rd1, %rd1;
  cvt.rn.f32.u32 %f1, %r1;
  ld.global.f32 %f2, [%rd1];
  mul.f32 %f2, %f2, %f1;
  st.global.f32 [%rd1], %f2;
  ret;
}`,
    },
    anchor: 'kernel-and-function-directives-entry',
  },
  {
    name: '.func',
    kind: 'function',
    summary: 'Defines or declares a device function',
    description:
      'Introduces a function that kernels and other functions call with `call`. It may have one return parameter and a list of input parameters, in `.reg` or `.param` space; parameters are passed by value. ' +
      'A `.func` without a body is a prototype. The last parameter may be a `.param .b8` array with no size, through which a caller can pass any number of packed values.\n\n' +
      'Before the name an `.attribute(...)` may appear; after the parameter list come the optional `.noreturn` marker and the ABI register hints. ' +
      'Some parts need newer targets: the size-less last parameter and `.noreturn` need `sm_30`, the hints `sm_80`, and `.attribute` `sm_90`.',
    syntax: [
      '.func {.attribute(attr-list)} fname {.noreturn} {.abi_preserve N} {.abi_preserve_control N} function-body',
      '.func {.attribute(attr-list)} fname (param-list) {.noreturn} {.abi_preserve N} {.abi_preserve_control N} function-body',
      '.func {.attribute(attr-list)} (ret-param) fname (param-list) {.abi_preserve N} {.abi_preserve_control N} function-body',
    ],
    introduced: '1.0',
    versionNotes: [
      { version: '2.0', change: '`.param` parameters, a real call stack and recursion (with `sm_20`).' },
      { version: '6.0', change: 'Unsized array as last parameter.' },
      { version: '6.4', change: '`.noreturn`.' },
      { version: '8.0', change: '`.attribute` on functions.' },
      { version: '9.0', change: '`.abi_preserve` and `.abi_preserve_control`.' },
    ],
    minTarget: 'all',
    cuda: 'A `__device__` function that is not inlined (e.g. `__noinline__`, recursive, or called across translation units with `-rdc=true`) becomes a `.func`; its return value travels in `.param .b32 func_retval0`-style parameters.',
    example: {
      target: 'sm_75',
      caption: 'A device function returning three times its argument, called from a kernel.',
      code: `.func (.reg .b32 result) func_demo_triple(.reg .b32 x)
{
  mul.lo.s32 result, x, 3;
  ret;
}

.visible .entry func_demo(.param .u64 out)
{
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  call (%r2), func_demo_triple, (%r1);
  st.global.u32 [%rd1], %r2;
  ret;
}`,
    },
    anchor: 'kernel-and-function-directives-func',
  },
  {
    name: '.alias',
    kind: 'function',
    summary: 'Makes one function name refer to another function',
    description:
      'A module-level directive `.alias fAlias, fAliasee;` that lets a second name stand for an existing device function. The alias is declared as a body-less `.func` with the same prototype; ' +
      'the target must be defined in the same module and must not be `.weak`. Calls through either name run the same code. Kernels (`.entry`) cannot be aliased.',
    syntax: ['.alias fAlias, fAliasee;'],
    introduced: '6.3',
    minTarget: 'sm_30',
    cuda: 'nvcc does not normally emit it for CUDA C++; it appears in hand-written PTX or PTX from other generators that need symbol aliases.',
    example: {
      target: 'sm_75',
      caption: '`alias_demo_twice` is a second name for `alias_demo_double`; the kernel calls it through the alias.',
      code: `.visible .func (.param .b32 r) alias_demo_double(.param .b32 x)
{
  .reg .b32 %v;
  ld.param.b32 %v, [x];
  add.s32 %v, %v, %v;
  st.param.b32 [r], %v;
  ret;
}
.visible .func (.param .b32 r) alias_demo_twice(.param .b32 x);
.alias alias_demo_twice, alias_demo_double;

.visible .entry alias_demo(.param .u64 out)
{
  .reg .b32 %r<2>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  {
    .param .b32 arg;
    .param .b32 ret;
    st.param.b32 [arg], 21;
    call (ret), alias_demo_twice, (arg);
    ld.param.b32 %r1, [ret];
  }
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'kernel-and-function-directives-alias',
  },
  // ------------------------------------------------------------------ control-flow directives
  {
    name: '.branchtargets',
    kind: 'control-flow',
    summary: 'Lists the labels an indirect branch (brx.idx) may jump to',
    description:
      'Written as `Label: .branchtargets L0, L1, …;` inside a function. It builds a jump table; `brx.idx index, Label;` then jumps to the entry selected by the index. ' +
      'All labels must be in the same function. A range like `N<5>` expands to `N0 … N4`.',
    syntax: ['Label:   .branchtargets  list-of-labels ;'],
    introduced: '2.1',
    minTarget: 'sm_20',
    cuda: 'A dense `switch` statement may be compiled to `brx.idx` with a `.branchtargets` table (nvcc usually prefers compare-and-branch chains).',
    example: {
      target: 'sm_75',
      caption: 'A three-way switch on `%tid.x % 3` implemented with a jump table.',
      code: `.visible .entry branchtargets_demo(.param .u64 out)
{
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  rem.u32 %r2, %r1, 3;
  table: .branchtargets CASE0, CASE1, CASE2;
  brx.idx %r2, table;
CASE0:
  mov.u32 %r3, 10;
  bra.uni DONE;
CASE1:
  mov.u32 %r3, 20;
  bra.uni DONE;
CASE2:
  mov.u32 %r3, 30;
DONE:
  st.global.u32 [%rd1], %r3;
  ret;
}`,
    },
    anchor: 'control-flow-directives-branchtargets',
  },
  {
    name: '.calltargets',
    kind: 'control-flow',
    summary: 'Lists the functions an indirect call may reach',
    description:
      'Written as `Label: .calltargets f1, f2;`. An indirect `call` through a register can name this label so the assembler knows every possible callee. ' +
      'The functions must be declared earlier and share one signature.',
    syntax: ['Label:   .calltargets  list-of-functions ;'],
    introduced: '2.1',
    minTarget: 'sm_20',
    cuda: 'Not produced by nvcc for ordinary function pointers (it uses `.callprototype`); available to hand-written PTX.',
    example: {
      target: 'sm_75',
      caption: 'Calls one of two functions through a register, telling the assembler the only possible targets.',
      code: `.func (.param .b32 r) calltargets_demo_inc(.param .b32 x)
{
  .reg .b32 %v;
  ld.param.b32 %v, [x];
  add.s32 %v, %v, 1;
  st.param.b32 [r], %v;
  ret;
}
.func (.param .b32 r) calltargets_demo_dec(.param .b32 x)
{
  .reg .b32 %v;
  ld.param.b32 %v, [x];
  sub.s32 %v, %v, 1;
  st.param.b32 [r], %v;
  ret;
}

.visible .entry calltargets_demo(.param .u64 out)
{
  .reg .pred %p1;
  .reg .b32 %r<3>;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  setp.eq.u32 %p1, %r1, 0;
  mov.u64 %rd2, calltargets_demo_inc;
  mov.u64 %rd3, calltargets_demo_dec;
  selp.b64 %rd2, %rd2, %rd3, %p1;
  {
    .param .b32 arg;
    .param .b32 ret;
    st.param.b32 [arg], %r1;
    targets: .calltargets calltargets_demo_inc, calltargets_demo_dec;
    call (ret), %rd2, (arg), targets;
    ld.param.b32 %r2, [ret];
  }
  st.global.u32 [%rd1], %r2;
  ret;
}`,
    },
    anchor: 'control-flow-directives-calltargets',
  },
  {
    name: '.callprototype',
    kind: 'control-flow',
    summary: 'Declares a function signature for indirect calls',
    description:
      'Associates a label with a nameless signature (`_` stands for the missing name). An indirect `call` through a function pointer names this label so the assembler knows how to pass parameters when the callee is unknown. ' +
      'It may carry `.noreturn`, `.abi_preserve N` and `.abi_preserve_control N` like a `.func`.',
    syntax: [
      'label: .callprototype _ .noreturn {.abi_preserve N} {.abi_preserve_control N};',
      'label: .callprototype _ (param-list) .noreturn {.abi_preserve N} {.abi_preserve_control N};',
      'label: .callprototype (ret-param) _ {.abi_preserve N} {.abi_preserve_control N};',
      'label: .callprototype (ret-param) _ (param-list) {.abi_preserve N} {.abi_preserve_control N};',
    ],
    introduced: '2.1',
    versionNotes: [
      { version: '6.4', change: '`.noreturn`.' },
      { version: '9.0', change: '`.abi_preserve` and `.abi_preserve_control`.' },
    ],
    minTarget: 'sm_20',
    cuda: 'Calls through CUDA function pointers and virtual functions compile to an indirect `call` with a `prototype_N: .callprototype …` line right before it.',
    example: {
      target: 'sm_75',
      caption: 'Calls a function through a pointer, describing its signature with `.callprototype`.',
      code: `.func (.param .b32 r) callprototype_demo_square(.param .b32 x)
{
  .reg .b32 %v;
  ld.param.b32 %v, [x];
  mul.lo.s32 %v, %v, %v;
  st.param.b32 [r], %v;
  ret;
}

.visible .entry callprototype_demo(.param .u64 out)
{
  .reg .b32 %r<2>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u64 %rd2, callprototype_demo_square;
  {
    .param .b32 arg;
    .param .b32 ret;
    st.param.b32 [arg], 9;
    proto: .callprototype (.param .b32 _) _ (.param .b32 _);
    call (ret), %rd2, (arg), proto;
    ld.param.b32 %r1, [ret];
  }
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'control-flow-directives-callprototype',
  },
  // ------------------------------------------------------------------ performance tuning
  {
    name: '.maxnreg',
    kind: 'performance',
    summary: 'Caps the number of registers per thread of a kernel',
    description:
      'Placed after a kernel\'s parameter list, `.maxnreg N` promises that the compiled code uses at most N registers per thread. ' +
      'Fewer registers can let more warps run at once (higher occupancy), at the risk of spilling values to slow local memory. The backend may use fewer than N.',
    syntax: ['.maxnreg n'],
    introduced: '1.3',
    minTarget: 'all',
    cuda: '`__maxnreg__(N)` on a kernel produces `.maxnreg N`; the compiler flag `-maxrregcount=N` applies a similar cap to every kernel of the file without writing the directive.',
    example: {
      target: 'sm_75',
      caption: 'Limits a simple kernel to 32 registers per thread.',
      code: `.visible .entry maxnreg_demo(.param .u64 out) .maxnreg 32
{
  .reg .b32 %r<2>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'performance-tuning-directives-maxnreg',
  },
  {
    name: '.maxntid',
    kind: 'performance',
    summary: 'Upper bound on the number of threads per block',
    description:
      'Declares the largest block the kernel will be launched with, as 1–3 extents whose product is the limit. Knowing the bound lets the compiler budget registers so that a full block fits on an SM. ' +
      'Only the total is enforced, not each dimension; launching a bigger block fails.',
    syntax: ['.maxntid nx', '.maxntid nx, ny', '.maxntid nx, ny, nz'],
    introduced: '1.3',
    minTarget: 'all',
    cuda: '`__launch_bounds__(maxThreadsPerBlock, …)` produces `.maxntid maxThreadsPerBlock, 1, 1`.',
    example: {
      target: 'sm_75',
      caption: 'A kernel promising never to run with more than 256 threads per block.',
      code: `.visible .entry maxntid_demo(.param .u64 out) .maxntid 256, 1, 1
{
  .reg .b32 %r<2>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  mul.wide.u32 %rd2, %r1, 4;
  add.s64 %rd1, %rd1, %rd2;
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'performance-tuning-directives-maxntid',
  },
  {
    name: '.reqntid',
    kind: 'performance',
    summary: 'Requires an exact block shape',
    description:
      'Fixes the block size in each dimension: the kernel must be launched with exactly this shape, otherwise the launch fails. ' +
      'The compiler can then treat `%ntid` as a constant and optimize accordingly. It cannot be combined with `.maxntid`.',
    syntax: ['.reqntid nx', '.reqntid nx, ny', '.reqntid nx, ny, nz'],
    introduced: '2.1',
    minTarget: 'all',
    cuda: 'The kernel attribute `__block_size__((X, Y, Z))` produces `.reqntid X, Y, Z` (nvcc also adds `.blocksareclusters` and `.reqnctapercluster` for it); `__launch_bounds__` gives only the upper bound `.maxntid`.',
    example: {
      target: 'sm_75',
      caption: 'A kernel that must be launched with 16×16 blocks.',
      code: `.visible .entry reqntid_demo(.param .u64 out) .reqntid 16, 16, 1
{
  .reg .b32 %r<4>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  mov.u32 %r2, %tid.y;
  mad.lo.u32 %r3, %r2, 16, %r1;
  mul.wide.u32 %rd2, %r3, 4;
  add.s64 %rd1, %rd1, %rd2;
  st.global.u32 [%rd1], %r3;
  ret;
}`,
    },
    anchor: 'performance-tuning-directives-reqntid',
  },
  {
    name: '.minnctapersm',
    kind: 'performance',
    summary: 'Asks for at least N blocks to fit on one SM',
    description:
      'A request that the compiler keep resource use (mainly registers) low enough for N blocks of the kernel to be resident on one SM at the same time. ' +
      'It only has an effect together with `.maxntid` or `.reqntid`, which give the block size; if N blocks of that size exceed the SM\'s thread limit the directive is ignored.',
    syntax: ['.minnctapersm ncta'],
    introduced: '2.0',
    minTarget: 'all',
    cuda: 'The second argument of `__launch_bounds__(maxThreads, minBlocksPerMultiprocessor)` produces `.minnctapersm`.',
    example: {
      target: 'sm_75',
      caption: 'Asks for four 256-thread blocks per SM, as `__launch_bounds__(256, 4)` would.',
      code: `.visible .entry minnctapersm_demo(.param .u64 out) .maxntid 256, 1, 1 .minnctapersm 4
{
  .reg .b32 %r<2>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %ctaid.x;
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'performance-tuning-directives-minnctapersm',
  },
  {
    name: '.maxnctapersm',
    kind: 'performance',
    summary: 'Deprecated: former name of .minnctapersm',
    description:
      'The original spelling of the blocks-per-SM hint. It was misleading (the compiler derives a register budget from it, so more blocks than stated may still fit) and was replaced by `.minnctapersm` in PTX 2.0. ' +
      'Current assemblers reject it in modules of recent PTX versions; write `.minnctapersm` instead.',
    syntax: ['.maxnctapersm ncta'],
    introduced: '1.3',
    versionNotes: [{ version: '2.0', change: 'Deprecated in favour of `.minnctapersm`.' }],
    minTarget: 'all',
    cuda: 'Not produced by current nvcc; `__launch_bounds__` emits `.minnctapersm`.',
    example: {
      target: 'sm_75',
      caption: 'The modern replacement: `.maxntid 128 .minnctapersm 2` states what `.maxntid 128 .maxnctapersm 2` meant in old PTX.',
      code: `.visible .entry maxnctapersm_demo(.param .u64 out) .maxntid 128, 1, 1 .minnctapersm 2
{
  .reg .b32 %r<2>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'performance-tuning-directives-maxnctapersm',
  },
  {
    name: '.noreturn',
    kind: 'performance',
    summary: 'Marks a device function that never returns to its caller',
    description:
      'Written between a `.func` parameter list and its body (or in a `.callprototype`). The compiler can drop the code after calls to such a function. ' +
      'The function must not have a return parameter, and actually returning from it is undefined behaviour. Typical use: a function that ends in `trap` or `exit`.',
    syntax: ['.noreturn'],
    introduced: '6.4',
    minTarget: 'sm_30',
    cuda: 'Emitted for non-inlined device functions the compiler can prove never return (for example helpers that end in `__trap()`).',
    example: {
      target: 'sm_75',
      caption: 'An error helper that aborts the kernel; callers need no code after the call.',
      code: `.func noreturn_demo_fail() .noreturn
{
  trap;
}

.visible .entry noreturn_demo(.param .u32 n)
{
  .reg .pred %p1;
  .reg .b32 %r1;
  ld.param.u32 %r1, [n];
  setp.ne.u32 %p1, %r1, 0;
  @%p1 bra OK;
  call noreturn_demo_fail, ();
OK:
  ret;
}`,
    },
    anchor: 'performance-tuning-directives-noreturn',
  },
  {
    name: '.pragma',
    kind: 'performance',
    summary: 'Passes a hint string to the backend compiler',
    description:
      'Hands one or more strings to ptxas. Pragmas never change the meaning of the program, only how it is optimized. ' +
      'Depending on the pragma it may appear at module level, right after a kernel header, or as a statement inside a body. ' +
      'The recognized strings are `"nounroll"`, `"used_bytes_mask …"`, `"enable_smem_spilling"` and `"frequency …"`.',
    syntax: ['.pragma list-of-strings ;'],
    introduced: '2.0',
    minTarget: 'all',
    cuda: '`#pragma unroll 1` on a loop produces `.pragma "nounroll";` in the loop header; `#pragma nv_diag…` pragmas do not reach PTX.',
    example: {
      target: 'sm_75',
      caption: 'A counted loop whose header carries `.pragma "nounroll"`, as `#pragma unroll 1` produces.',
      code: `.visible .entry pragma_demo(.param .u64 out, .param .u32 n)
{
  .reg .pred %p1;
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [out];
  ld.param.u32 %r1, [n];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r2, 0;
  mov.u32 %r3, 0;
LOOP:
  .pragma "nounroll";
  setp.ge.u32 %p1, %r2, %r1;
  @%p1 bra DONE;
  add.u32 %r3, %r3, %r2;
  add.u32 %r2, %r2, 1;
  bra.uni LOOP;
DONE:
  st.global.u32 [%rd1], %r3;
  ret;
}`,
    },
    anchor: 'performance-tuning-directives-pragma',
  },
  {
    name: '.abi_preserve',
    kind: 'performance',
    summary: 'How many general-purpose registers a function keeps for its callers',
    description:
      'Written after a `.func` parameter list (or in a `.callprototype`) as `.abi_preserve N`. The calling convention splits registers into caller-saved and callee-saved; ' +
      'this number tells the backend how many callee-saved general-purpose registers to provide, which limits how many live values callers may keep in them across the call. It is architecture independent.',
    syntax: ['.abi_preserve N'],
    introduced: '9.0',
    minTarget: 'sm_80',
    cuda: 'Not exposed as a CUDA C++ attribute; written in hand-tuned PTX for functions called indirectly or across modules.',
    example: {
      target: 'sm_80',
      caption: 'A device function declared to preserve 16 general-purpose registers for its callers.',
      code: `.func (.param .b32 r) abi_preserve_demo_add(.param .b32 x) .abi_preserve 16
{
  .reg .b32 %v;
  ld.param.b32 %v, [x];
  add.s32 %v, %v, 5;
  st.param.b32 [r], %v;
  ret;
}

.visible .entry abi_preserve_demo(.param .u64 out)
{
  .reg .b32 %r1;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  {
    .param .b32 arg;
    .param .b32 ret;
    st.param.b32 [arg], 1;
    call (ret), abi_preserve_demo_add, (arg);
    ld.param.b32 %r1, [ret];
  }
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'performance-tuning-directives-abi-preserve',
  },
  {
    name: '.abi_preserve_control',
    kind: 'performance',
    summary: 'How many control (divergence) registers a function keeps for its callers',
    description:
      'Like `.abi_preserve`, but for the control registers the hardware uses to track divergent program points (for reconvergence). ' +
      'N reflects how many divergent points can be live in the call chain leading to the function; the backend adjusts the calling convention so callers stay within it.',
    syntax: ['.abi_preserve_control N'],
    introduced: '9.0',
    minTarget: 'sm_80',
    cuda: 'Not exposed as a CUDA C++ attribute; written in hand-tuned PTX.',
    example: {
      target: 'sm_80',
      caption: 'A device function that preserves four control registers for its callers.',
      code: `.func abi_preserve_control_demo_store(.param .b64 p) .abi_preserve_control 4
{
  .reg .b64 %a;
  ld.param.b64 %a, [p];
  st.global.u32 [%a], 1;
  ret;
}

.visible .entry abi_preserve_control_demo(.param .u64 out)
{
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  {
    .param .b64 arg;
    st.param.b64 [arg], %rd1;
    call abi_preserve_control_demo_store, (arg);
  }
  ret;
}`,
    },
    anchor: 'performance-tuning-directives-abi-preserve-control',
  },
  // ------------------------------------------------------------------ debugging
  {
    name: '.dwarf',
    kind: 'debug',
    summary: 'Legacy @@DWARF lines carrying raw debug data (deprecated)',
    description:
      'Very old PTX embedded DWARF debug information line by line with the `@@DWARF` prefix followed by `.byte`, `.4byte` or `.quad` data. ' +
      'PTX 2.0 replaced it with `.section` blocks, and current assemblers reject `@@DWARF` in modern modules.',
    syntax: ['@@DWARF dwarf-string', 'dwarf-string = { .byte byte-list, .4byte int32-list, .quad int64-list, .4byte label, .quad label };'],
    introduced: '1.2',
    versionNotes: [{ version: '2.0', change: 'Deprecated; replaced by `.section`.' }],
    minTarget: 'all',
    cuda: 'Not produced by any current toolkit; `nvcc -G` emits `.section .debug_*` blocks instead.',
    example: {
      target: 'sm_75',
      caption: 'The modern replacement: debug bytes go into a `.section` block instead of `@@DWARF` lines.',
      code: `.visible .entry dwarf_demo()
{
  ret;
}

.section .debug_abbrev
{
  .b8 1, 17, 0, 0, 0
}`,
    },
    anchor: 'debugging-directives-atatdwarf',
  },
  {
    name: '.section',
    kind: 'debug',
    summary: 'A block of raw DWARF debug data',
    description:
      'Defines the contents of a debug section such as `.debug_info` or `.debug_abbrev` as a list of `.b8`/`.b16`/`.b32`/`.b64` values, labels, label offsets and label differences. ' +
      'Compilers use it to carry full source-level debug information through PTX to the final binary.',
    syntax: [
      '.section section_name { dwarf-lines }',
      'dwarf-lines = { .b8 byte-list, .b16 int16-list, .b32 int32-list, .b64 int64-list, label:, .b32 label, .b64 label, .b32 label+imm, .b64 label+imm, .b32 label1-label2, .b64 label3-label4 };',
    ],
    introduced: '2.0',
    versionNotes: [
      { version: '3.2', change: '`label+imm` expressions.' },
      { version: '6.0', change: '`.b16` values.' },
      { version: '7.2', change: 'Labels defined inside a section.' },
      { version: '7.5', change: '`label1-label2` differences and negative numbers.' },
    ],
    minTarget: 'all',
    cuda: '`nvcc -G` (device debug) emits `.section .debug_info`, `.debug_abbrev`, … blocks.',
    example: {
      target: 'sm_75',
      caption: 'A small debug section with a label and a label difference.',
      code: `.visible .entry section_demo()
{
  ret;
}

.section .debug_str
{
section_demo_start:
  .b8 107, 101, 114, 110, 101, 108, 0
section_demo_end:
  .b32 section_demo_end-section_demo_start
}`,
    },
    anchor: 'debugging-directives-section',
  },
  {
    name: '.file',
    kind: 'debug',
    summary: 'Gives a source file a number for .loc line information',
    description:
      'Associates an integer index with a source file name, optionally with its modification time and size (0 means unknown). `.loc` directives then refer to the file by that index. ' +
      'It is only allowed at module level.',
    syntax: ['.file file_index "filename" {, timestamp, file_size}'],
    introduced: '1.0',
    versionNotes: [{ version: '3.2', change: 'Optional timestamp and file size.' }],
    minTarget: 'all',
    cuda: '`nvcc -lineinfo` (or `-G`) emits `.file` entries for each source and header so profilers and debuggers can map SASS back to source lines.',
    example: {
      target: 'sm_75',
      caption: 'Numbers a source file and attributes the kernel\'s store to line 12 of it.',
      code: `.file 1 "scale.cu"

.visible .entry file_demo(.param .u64 out)
{
  .reg .b64 %rd1;
  .loc 1 11 3
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  .loc 1 12 5
  st.global.u32 [%rd1], 0;
  ret;
}`,
    },
    anchor: 'debugging-directives-file',
  },
  {
    name: '.loc',
    kind: 'debug',
    summary: 'Attributes the following instructions to a source line and column',
    description:
      'Sets the source position (file index from `.file`, line, column) for every instruction after it until the next `.loc`. Labels take the position of the next instruction. ' +
      'An extended form records inlining: `function_name` points at the inlined function\'s name in `.debug_str`, and `inlined_at` gives the call site.',
    syntax: [
      '.loc file_index line_number column_position',
      '.loc file_index line_number column_position, function_name label {+ immediate}, inlined_at file_index2 line_number2 column_position2',
    ],
    introduced: '1.0',
    versionNotes: [{ version: '7.2', change: '`function_name` and `inlined_at` attributes.' }],
    minTarget: 'all',
    cuda: '`nvcc -lineinfo` (or `-G`) emits `.loc` before the instructions of each source line; Nsight Compute uses it for source-level views.',
    example: {
      target: 'sm_75',
      caption: 'Two statements of a source file mapped to the instructions they produced.',
      code: `.file 1 "add.cu"

.visible .entry loc_demo(.param .u64 out)
{
  .reg .b32 %r<3>;
  .reg .b64 %rd1;
  .loc 1 4 3
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  .loc 1 5 3
  add.u32 %r2, %r1, 1;
  st.global.u32 [%rd1], %r2;
  ret;
}`,
    },
    anchor: 'debugging-directives-loc',
  },
  // ------------------------------------------------------------------ linking
  {
    name: '.extern',
    kind: 'linking',
    summary: 'Declares a symbol defined in another module',
    description:
      'Says that a variable or function is defined elsewhere; the linker resolves references to the one `.visible` or `.weak` definition. The declaration may be repeated. ' +
      'Linking modules together needs separate compilation (`nvcc -rdc=true` and `nvlink`).',
    syntax: ['.extern identifier'],
    introduced: '1.0',
    minTarget: 'all',
    cuda: '`extern __device__ int x;` becomes `.extern .global .align 4 .u32 x;`; a dynamic shared array `extern __shared__ float buf[];` becomes `.extern .shared .align 4 .b8 buf[];`.',
    example: {
      target: 'sm_75',
      caption: 'Reads a counter that another module defines.',
      code: `.extern .global .u32 extern_demo_total;

.visible .entry extern_demo(.param .u64 out)
{
  .reg .b32 %r1;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  ld.global.u32 %r1, [extern_demo_total];
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'linking-directives-extern',
  },
  {
    name: '.visible',
    kind: 'linking',
    summary: 'Makes a symbol visible outside its module',
    description:
      'PTX symbols are private to their module unless marked. `.visible` exports a variable, function or kernel so that other modules and the host runtime can find it by name. ' +
      'Kernels are normally `.visible .entry`.',
    syntax: ['.visible identifier'],
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'Non-static `__global__` functions, `__device__`/`__constant__` variables and (with `-rdc=true`) external `__device__` functions are emitted as `.visible`; `static` ones are not.',
    example: {
      target: 'sm_75',
      caption: 'An exported global variable that the kernel increments, plus the exported kernel itself.',
      code: `.visible .global .align 4 .u32 visible_demo_hits;

.visible .entry visible_demo()
{
  .reg .b32 %r1;
  atom.global.add.u32 %r1, [visible_demo_hits], 1;
  ret;
}`,
    },
    anchor: 'linking-directives-visible',
  },
  {
    name: '.weak',
    kind: 'linking',
    summary: 'Exports a symbol that a strong definition may override',
    description:
      'Like `.visible`, but several modules may each define the same weak symbol; the linker picks a `.visible` (strong) definition if there is one, otherwise one of the weak ones. ' +
      'C++ templates and inline functions need this, since every translation unit that uses them contains a copy.',
    syntax: ['.weak identifier'],
    introduced: '3.1',
    minTarget: 'all',
    cuda: 'With `-rdc=true`, template instantiations and `inline` device functions become `.weak .func` (and template kernels `.weak .entry`).',
    example: {
      target: 'sm_75',
      caption: 'A weak helper function that another module could replace with a strong definition.',
      code: `.weak .func (.param .b32 r) weak_demo_clamp(.param .b32 x)
{
  .reg .b32 %v;
  ld.param.b32 %v, [x];
  min.s32 %v, %v, 255;
  st.param.b32 [r], %v;
  ret;
}

.visible .entry weak_demo(.param .u64 out)
{
  .reg .b32 %r1;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  {
    .param .b32 arg;
    .param .b32 ret;
    st.param.b32 [arg], 300;
    call (ret), weak_demo_clamp, (arg);
    ld.param.b32 %r1, [ret];
  }
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'linking-directives-weak',
  },
  {
    name: '.common',
    kind: 'linking',
    summary: 'Exports a global variable that several modules may define (largest wins)',
    description:
      'A "common" symbol, as in C\'s old tentative definitions: several modules may declare it, even with different types and sizes, and the linker keeps the largest. ' +
      'At most one module may initialize it, and that one must be the largest. Only `.global` variables can be common.',
    syntax: ['.common identifier'],
    introduced: '5.0',
    minTarget: 'sm_20',
    cuda: 'Not produced by nvcc for CUDA C++; used by other PTX generators (e.g. Fortran common blocks).',
    example: {
      target: 'sm_75',
      caption: 'A common global counter shared by all modules that declare it.',
      code: `.common .global .align 4 .u32 common_demo_counter;

.visible .entry common_demo()
{
  .reg .b32 %r1;
  atom.global.add.u32 %r1, [common_demo_counter], 1;
  ret;
}`,
    },
    anchor: 'linking-directives-common',
  },
  // ------------------------------------------------------------------ cluster dimensions
  {
    name: '.reqnctapercluster',
    kind: 'cluster',
    summary: 'Fixes the cluster shape of a kernel',
    description:
      'Declares how many blocks (CTAs) form one thread-block cluster in each dimension. If the launch does not give a cluster shape, the runtime uses this one; ' +
      'if it gives a different one, the launch fails. Cannot be combined with `.maxclusterrank`.',
    syntax: ['.reqnctapercluster nx', '.reqnctapercluster nx, ny', '.reqnctapercluster nx, ny, nz'],
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: '`__cluster_dims__(X, Y, Z)` on a kernel produces `.reqnctapercluster X, Y, Z` (together with `.explicitcluster`).',
    example: {
      target: 'sm_90',
      caption: 'A kernel that always runs in clusters of two blocks and records its rank in the cluster.',
      code: `.visible .entry reqnctapercluster_demo(.param .u64 out) .explicitcluster .reqnctapercluster 2, 1, 1
{
  .reg .b32 %r1;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %cluster_ctarank;
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'cluster-dimension-directives-reqnctapercluster',
  },
  {
    name: '.explicitcluster',
    kind: 'cluster',
    summary: 'Requires the kernel to be launched with a cluster shape',
    description:
      'States that the kernel relies on clusters, so its launch must specify a cluster shape, either in the launch configuration or through `.reqnctapercluster`. Launching it without one fails.',
    syntax: ['.explicitcluster'],
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: 'Emitted with `__cluster_dims__(…)`; kernels launched with `cudaLaunchKernelEx` and a cluster-dimension attribute satisfy it at run time.',
    example: {
      target: 'sm_90',
      caption: 'A kernel that insists on a cluster launch and synchronizes the whole cluster.',
      code: `.visible .entry explicitcluster_demo() .explicitcluster
{
  barrier.cluster.arrive;
  barrier.cluster.wait;
  ret;
}`,
    },
    anchor: 'cluster-dimension-directives-explicitcluster',
  },
  {
    name: '.maxclusterrank',
    kind: 'cluster',
    summary: 'Upper bound on the number of blocks per cluster',
    description:
      'Limits the total number of CTAs in a cluster (the product of the three cluster dimensions) for any launch of the kernel; a larger cluster makes the launch fail. ' +
      'It lets the compiler plan resources without fixing the exact shape. Cannot be combined with `.reqnctapercluster`.',
    syntax: ['.maxclusterrank n'],
    introduced: '7.8',
    minTarget: 'sm_90',
    cuda: 'The third argument of `__launch_bounds__(maxThreads, minBlocks, maxBlocksPerCluster)` produces `.maxclusterrank`.',
    example: {
      target: 'sm_90',
      caption: 'A kernel that may be launched with clusters of up to 8 blocks.',
      code: `.visible .entry maxclusterrank_demo(.param .u64 out) .maxntid 128, 1, 1 .maxclusterrank 8
{
  .reg .b32 %r1;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %cluster_nctarank;
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'cluster-dimension-directives-maxclusterrank',
  },
  {
    name: '.blocksareclusters',
    kind: 'cluster',
    summary: 'The launch grid counts clusters instead of blocks',
    description:
      'Changes the meaning of the launch configuration for this kernel: the grid size given at launch is a number of clusters, not blocks. ' +
      'The blocks per cluster then come from `.reqnctapercluster` and the threads per block from `.reqntid`, both of which must be present. Allowed on `.entry` only.',
    syntax: ['.blocksareclusters'],
    introduced: '9.0',
    minTarget: 'sm_90',
    cuda: 'The kernel attribute `__block_size__((threads…), (blocksPerCluster…))` produces `.blocksareclusters` with `.reqntid` and `.reqnctapercluster`; the first `<<<…>>>` argument then counts clusters.',
    example: {
      target: 'sm_90',
      caption: 'A kernel launched as a grid of clusters, each of two 128-thread blocks.',
      code: `.visible .entry blocksareclusters_demo(.param .u64 out) .reqntid 128, 1, 1 .reqnctapercluster 2, 1, 1 .blocksareclusters
{
  .reg .b32 %r1;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %clusterid.x;
  st.global.u32 [%rd1], %r1;
  ret;
}`,
    },
    anchor: 'miscellaneous-directives-blocksareclusters',
  },
  // ------------------------------------------------------------------ state spaces and variables
  {
    name: '.reg',
    kind: 'variable',
    summary: 'Declares registers',
    description:
      'Declares per-thread register variables of a type, e.g. `.reg .b32 %r<10>;` (ten registers `%r0 … %r9`) or `.reg .pred %p;`. ' +
      'PTX has unlimited virtual registers; ptxas maps them to hardware registers and spills to local memory if needed. Registers have no address and are declared inside functions.',
    syntax: ['.reg .type name;', '.reg .type name<count>;', '.reg .vN .type name;'],
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'Local scalar variables of CUDA code end up in registers; nvcc declares them in bulk as `.reg .b32 %r<N>;`, `.reg .b64 %rd<N>;`, `.reg .f32 %f<N>;`, `.reg .pred %p<N>;`.',
    example: {
      target: 'sm_75',
      caption: 'Declares predicate, 32-bit and 64-bit registers with the `<N>` range shorthand.',
      code: `.visible .entry reg_demo(.param .u64 out)
{
  .reg .pred %p<2>;
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  setp.lt.u32 %p1, %r1, 16;
  selp.u32 %r2, 1, 0, %p1;
  st.global.u32 [%rd1], %r2;
  ret;
}`,
    },
    anchor: 'register-state-space',
  },
  {
    name: '.sreg',
    kind: 'variable',
    summary: 'The special-register state space (predefined, read-only)',
    description:
      'The state space of the predefined special registers (`%tid`, `%ctaid`, `%clock64`, …). Programs never declare `.sreg` variables themselves; the ISA predeclares them, and code reads them with `mov` (or `cvt`).',
    syntax: ['.sreg .type %name;   // predefined only'],
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'Built-ins such as `threadIdx`, `blockIdx`, `blockDim`, `gridDim` and `clock64()` read special registers.',
    example: {
      target: 'sm_75',
      caption: 'Reads two special registers into ordinary registers.',
      code: `.visible .entry sreg_demo(.param .u64 out)
{
  .reg .b32 %r<3>;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %laneid;
  mov.u32 %r2, %smid;
  st.global.v2.u32 [%rd1], {%r1, %r2};
  ret;
}`,
    },
    anchor: 'special-register-state-space',
  },
  {
    name: '.const',
    kind: 'variable',
    summary: 'Declares a variable in constant memory',
    description:
      'Constant memory is read-only during a kernel and set up by the host. A module can declare up to 64 KB of `.const` variables, optionally initialized (otherwise zero). ' +
      'Reads go through a cache that is fastest when all threads of a warp read the same address.',
    syntax: ['.const {.align n} .type name{[size]} {= initializer};'],
    introduced: '1.0',
    minTarget: 'all',
    cuda: '`__constant__ float coeffs[4];` becomes `.visible .const .align 4 .b8 coeffs[16];`; the host fills it with `cudaMemcpyToSymbol`.',
    example: {
      target: 'sm_75',
      caption: 'An initialized constant table indexed by the lane number.',
      code: `.const .align 4 .f32 const_demo_weights[4] = {0.1, 0.2, 0.3, 0.4};

.visible .entry const_demo(.param .u64 out)
{
  .reg .b32 %r<3>;
  .reg .f32 %f1;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %laneid;
  and.b32 %r2, %r1, 3;
  mul.wide.u32 %rd2, %r2, 4;
  mov.u64 %rd3, const_demo_weights;
  add.s64 %rd3, %rd3, %rd2;
  ld.const.f32 %f1, [%rd3];
  st.global.f32 [%rd1], %f1;
  ret;
}`,
    },
    anchor: 'constant-state-space',
  },
  {
    name: '.global',
    kind: 'variable',
    summary: 'Declares a variable in global (device) memory',
    description:
      'A module-level variable in device memory, visible to every thread of every grid. Without an initializer it starts at zero. ' +
      'Access it with `ld.global`/`st.global`/`atom.global`, or take its address with `mov` and use generic addressing.',
    syntax: ['.global {.align n} .type name{[size]} {= initializer};'],
    introduced: '1.0',
    minTarget: 'all',
    cuda: '`__device__ int counter;` becomes `.visible .global .align 4 .u32 counter;`; `__managed__` adds `.attribute(.managed)`.',
    example: {
      target: 'sm_75',
      caption: 'A global counter that every thread increments atomically.',
      code: `.visible .global .align 4 .u32 global_demo_count;

.visible .entry global_demo()
{
  .reg .b32 %r1;
  atom.global.add.u32 %r1, [global_demo_count], 1;
  ret;
}`,
    },
    anchor: 'global-state-space',
  },
  {
    name: '.local',
    kind: 'variable',
    summary: 'Declares per-thread local memory',
    description:
      'Private, addressable memory for one thread, such as an array indexed with a run-time value. It lives in device memory (cached), so it is slower than registers. ' +
      'Under the ABI `.local` variables must be declared inside a function, where they become part of the stack frame.',
    syntax: ['.local {.align n} .type name{[size]};'],
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'Per-thread arrays indexed dynamically and register spills use local memory; nvcc usually allocates them through the `__local_depot` stack array (`.local .align 8 .b8 __local_depot0[N];`).',
    example: {
      target: 'sm_75',
      caption: 'A small per-thread scratch array written and read at a run-time index.',
      code: `.visible .entry local_demo(.param .u64 out)
{
  .local .align 4 .b32 local_demo_buf[8];
  .reg .b32 %r<3>;
  .reg .b64 %rd<4>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  and.b32 %r2, %r1, 7;
  mul.wide.u32 %rd2, %r2, 4;
  mov.u64 %rd3, local_demo_buf;
  add.s64 %rd3, %rd3, %rd2;
  st.local.u32 [%rd3], %r1;
  ld.local.u32 %r2, [%rd3];
  st.global.u32 [%rd1], %r2;
  ret;
}`,
    },
    anchor: 'local-state-space',
  },
  {
    name: '.param',
    kind: 'variable',
    summary: 'Declares kernel parameters, function parameters and call arguments',
    description:
      'In a kernel\'s parameter list, `.param` variables receive the launch arguments (read-only). In a device function they are its inputs and return value, and inside a body a `{ .param … }` block declares the argument slots for a `call`. ' +
      'Large structs are passed as aligned `.b8` arrays.',
    syntax: ['.param {.align n} .type name{[size]}', '.param .type .ptr{.space}{.align n} name   // kernel pointer parameter'],
    introduced: '1.0',
    versionNotes: [{ version: '2.0', change: 'Device-function parameters in `.param` space (with `sm_20`).' }],
    minTarget: 'all',
    cuda: 'Each `__global__` argument becomes `.param .u64 name_param_0` (pointers), `.param .u32` (ints), or an aligned `.b8` array for structs passed by value.',
    example: {
      target: 'sm_75',
      caption: 'A kernel receiving a 16-byte struct by value and reading two of its fields.',
      code: `.visible .entry param_demo(.param .u64 out, .param .align 8 .b8 cfg[16])
{
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  ld.param.u64 %rd2, [cfg];
  ld.param.u32 %r1, [cfg+8];
  cvt.u32.u64 %r2, %rd2;
  add.u32 %r2, %r2, %r1;
  st.global.u32 [%rd1], %r2;
  ret;
}`,
    },
    anchor: 'parameter-state-space',
  },
  {
    name: '.shared',
    kind: 'variable',
    summary: 'Declares a variable in shared memory of the thread block',
    description:
      'Shared memory is fast on-chip memory owned by one block and visible to all its threads (and, on `sm_90`+, to other blocks of the cluster via `.shared::cluster`). ' +
      'Declare fixed-size buffers with `.shared`; a size-less `.extern .shared` array receives the dynamic amount given at launch. Contents start undefined.',
    syntax: ['.shared {.align n} .type name{[size]};', '.extern .shared {.align n} .type name[];   // dynamic shared memory'],
    introduced: '1.0',
    minTarget: 'all',
    cuda: '`__shared__ float tile[256];` becomes `.shared .align 4 .b8 name[1024];` inside the kernel; `extern __shared__ T buf[];` becomes `.extern .shared .align N .b8 buf[];`.',
    example: {
      target: 'sm_75',
      caption: 'Each thread writes its index into a shared tile; after a barrier it reads its neighbour\'s value.',
      code: `.visible .entry shared_demo(.param .u64 out) .maxntid 256, 1, 1
{
  .shared .align 4 .b32 shared_demo_tile[256];
  .reg .b32 %r<4>;
  .reg .b64 %rd<2>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  shl.b32 %r2, %r1, 2;
  mov.u32 %r3, shared_demo_tile;
  add.u32 %r3, %r3, %r2;
  st.shared.u32 [%r3], %r1;
  bar.sync 0;
  xor.b32 %r2, %r2, 4;
  mov.u32 %r3, shared_demo_tile;
  add.u32 %r3, %r3, %r2;
  ld.shared.u32 %r2, [%r3];
  st.global.u32 [%rd1], %r2;
  ret;
}`,
    },
    anchor: 'shared-state-space',
  },
  {
    name: '.tex',
    kind: 'variable',
    summary: 'Deprecated texture state space declaration',
    description:
      'Old PTX declared texture bindings as `.tex .u32 name;`. This is deprecated and current assemblers reject it in modern modules; the equivalent is a module-level `.global .texref name;` ' +
      '(or, in modern CUDA, a bindless texture object passed as a 64-bit handle).',
    syntax: ['.tex .u32 name;   // deprecated', '.tex .u64 name;   // deprecated'],
    introduced: '1.0',
    versionNotes: [{ version: '1.5', change: 'Deprecated; `.texref` variables replace it.' }],
    minTarget: 'all',
    cuda: 'Not produced by current nvcc. Texture objects (`cudaTextureObject_t`) become `.u64` kernel parameters used by `tex.*` instructions.',
    example: {
      target: 'sm_75',
      caption: 'The modern equivalent of `.tex .u64 tex_a;`: a `.global .texref` declared at module scope and sampled with `tex`.',
      code: `.global .texref tex_demo_ref;

.visible .entry tex_demo(.param .u64 out)
{
  .reg .f32 %f<5>;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.f32 %f1, 0f3F000000;
  tex.1d.v4.f32.f32 {%f1, %f2, %f3, %f4}, [tex_demo_ref, {%f1}];
  st.global.f32 [%rd1], %f1;
  ret;
}`,
    },
    anchor: 'texture-state-space-deprecated',
  },
  {
    name: '.align',
    kind: 'variable',
    summary: 'Sets the byte alignment of a variable',
    description:
      'Written right after the state space, `.align n` places the variable at an address that is a multiple of n (a power of two). For arrays it aligns the start of the array. ' +
      'By default a variable is aligned to its element size (or to the whole vector size). Wider alignment is needed when the data is accessed with vector loads, e.g. `.v4.b32` requires 16 bytes.',
    syntax: ['.space .align n .type name{[size]};'],
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'nvcc always writes an explicit `.align` (from C++ `alignof`) on module variables and shared arrays; `__align__(16)` or `alignas(16)` raises it.',
    example: {
      target: 'sm_75',
      caption: 'A shared byte buffer aligned to 16 bytes so it can be read with one vector load.',
      code: `.visible .entry align_demo(.param .u64 out)
{
  .shared .align 16 .b8 align_demo_buf[64];
  .reg .b32 %r<5>;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  st.shared.u32 [align_demo_buf], %r1;
  bar.sync 0;
  ld.shared.v4.u32 {%r1, %r2, %r3, %r4}, [align_demo_buf];
  st.global.v4.u32 [%rd1], {%r1, %r2, %r3, %r4};
  ret;
}`,
    },
    anchor: 'alignment',
  },
  {
    name: '.attribute',
    kind: 'variable',
    summary: 'Attaches special attributes (.managed, .unified) to a variable or function',
    description:
      '`.attribute(.managed)` places a `.global` variable in unified (managed) memory that host and device can both use directly. ' +
      '`.attribute(.unified(uuid1, uuid2))` gives a device function or `.global` variable the same address on host and device, identified by a 128-bit id; such variables are read-only and must be loaded with the `.unified` address qualifier.',
    syntax: ['.global .attribute(.managed) .type name;', '.global .attribute(.unified(uuid1, uuid2)) .type name;', '.func .attribute(.unified(uuid1, uuid2)) fname …'],
    introduced: '4.0',
    versionNotes: [{ version: '8.0', change: 'Attributes on functions and the `.unified` attribute.' }],
    minTarget: 'sm_30',
    cuda: '`__managed__ int x;` becomes `.visible .global .attribute(.managed) .align 4 .u32 x;`.',
    example: {
      target: 'sm_75',
      caption: 'A managed variable that the host can read directly after the kernel updates it.',
      code: `.visible .global .attribute(.managed) .align 4 .u32 attribute_demo_flag;

.visible .entry attribute_demo()
{
  st.global.u32 [attribute_demo_flag], 1;
  ret;
}`,
    },
    anchor: 'variable-and-function-attribute-directive-attribute',
  },
  {
    name: '.ptr',
    kind: 'variable',
    summary: 'Tells the compiler what a pointer kernel parameter points to',
    description:
      'An optional attribute on a kernel parameter holding an address: `.ptr` with an optional state space (`.global`, `.shared`, `.const`, `.local`) and alignment. ' +
      'Without a state space the pointer is generic; without `.align` the target is assumed 4-byte aligned. It lets the backend use cheaper, wider accesses.',
    syntax: ['.param .type .ptr .space .align N varname', '.param .type .ptr .align N varname', '.space = { .const, .global, .local, .shared };'],
    introduced: '2.2',
    versionNotes: [{ version: '3.1', change: 'A generic `.ptr` may also point into the `.const` window.' }],
    minTarget: 'all',
    cuda: 'Not emitted by current nvcc (it converts pointers with `cvta.to.global` instead); available to hand-written PTX and other generators.',
    example: {
      target: 'sm_75',
      caption: 'A pointer parameter declared to address 16-byte-aligned global memory.',
      code: `.visible .entry ptr_demo(.param .u64 .ptr.global.align 16 dst)
{
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [dst];
  st.global.v4.u32 [%rd1], {1, 2, 3, 4};
  ret;
}`,
    },
    anchor: 'kernel-parameter-attribute-ptr',
  },
];

export const pragmas: PragmaDoc[] = [
  {
    name: 'nounroll',
    summary: 'Turn off loop unrolling in ptxas',
    description:
      'Stops the backend from unrolling loops. At module level it covers every loop of the module; right after a kernel header it covers that kernel; ' +
      'as a statement it applies to the loop whose header block contains it, and must come before any instruction of that block (elsewhere it is silently ignored). ' +
      'nvcc emits it for `#pragma unroll 1`.',
    introduced: '2.0',
    minTarget: 'sm_20',
    example: {
      target: 'sm_75',
      caption: 'A kernel-wide `"nounroll"` keeps its accumulation loop rolled.',
      code: `.visible .entry nounroll_demo(.param .u64 out, .param .u32 n)
.pragma "nounroll";
{
  .reg .pred %p1;
  .reg .b32 %r<4>;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  ld.param.u32 %r1, [n];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r2, 0;
  mov.u32 %r3, 1;
LOOP:
  setp.ge.u32 %p1, %r2, %r1;
  @%p1 bra DONE;
  shl.b32 %r3, %r3, 1;
  add.u32 %r2, %r2, 1;
  bra.uni LOOP;
DONE:
  st.global.u32 [%rd1], %r3;
  ret;
}`,
    },
    anchor: 'pragma-strings-nounroll',
  },
  {
    name: 'used_bytes_mask',
    summary: 'Tell ptxas which bytes of the next load are actually used',
    description:
      'Placed immediately before a load as `.pragma "used_bytes_mask MASK";`. Each set bit of the 32-bit mask marks a byte of the loaded data that the program uses (the most significant bit is the most significant byte). ' +
      'The backend can then avoid work for the unused bytes. Without the pragma every byte counts as used; it is ignored if the next instruction is not a load.',
    introduced: '8.3',
    minTarget: 'sm_50',
    example: {
      target: 'sm_75',
      caption: 'A 16-byte vector load of which only the first 12 bytes (three words) are used.',
      code: `.visible .entry used_bytes_mask_demo(.param .u64 src, .param .u64 dst)
{
  .reg .b32 %r<5>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [src];
  ld.param.u64 %rd2, [dst];
  cvta.to.global.u64 %rd1, %rd1;
  cvta.to.global.u64 %rd2, %rd2;
  .pragma "used_bytes_mask 0xfff";
  ld.global.v4.u32 {%r1, %r2, %r3, %r4}, [%rd1];
  add.u32 %r1, %r1, %r2;
  add.u32 %r1, %r1, %r3;
  st.global.u32 [%rd2], %r1;
  ret;
}`,
    },
    anchor: 'pragma-strings-used-bytes-mask',
  },
  {
    name: 'enable_smem_spilling',
    summary: 'Let ptxas spill registers to shared memory before local memory',
    description:
      'Inside a function body, allows register spills to go to unused shared memory first and to local memory only when that is full, which is faster. ' +
      'It is refused in per-function compilation modes (separate compilation, device debug, recursion) and for kernels using dynamic shared memory or `setmaxnreg`. ' +
      'Give the kernel launch bounds (`.maxntid`/`.reqntid`): otherwise the compiler assumes the largest block size when sizing the spill area, which can reduce occupancy.',
    introduced: '9.0',
    minTarget: 'sm_75',
    example: {
      target: 'sm_75',
      caption: 'A kernel with launch bounds that allows spilling to shared memory.',
      code: `.visible .entry smem_spill_demo(.param .u64 out) .maxntid 128, 1, 1
{
  .pragma "enable_smem_spilling";
  .reg .b32 %r<3>;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, %tid.x;
  mul.lo.u32 %r2, %r1, %r1;
  st.global.u32 [%rd1], %r2;
  ret;
}`,
    },
    anchor: 'pragma-strings-enable-smem-spilling',
  },
  {
    name: 'frequency',
    summary: 'Hint how often a basic block executes',
    description:
      'Written at the start of a basic block as `.pragma "frequency N";`, where N is a non-negative 64-bit count of how many times a thread runs the block. ' +
      'The backend uses it as profile-like information for layout and optimization decisions; it does not change behaviour.',
    introduced: '9.0',
    minTarget: 'all',
    example: {
      target: 'sm_75',
      caption: 'Marks a loop body as running about 64 times per thread.',
      code: `.visible .entry frequency_demo(.param .u64 out)
{
  .reg .pred %p1;
  .reg .b32 %r<3>;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd1, %rd1;
  mov.u32 %r1, 0;
  mov.u32 %r2, 0;
BODY:
  .pragma "frequency 64";
  add.u32 %r2, %r2, %r1;
  add.u32 %r1, %r1, 1;
  setp.lt.u32 %p1, %r1, 64;
  @%p1 bra BODY;
  st.global.u32 [%rd1], %r2;
  ret;
}`,
    },
    anchor: 'pragma-strings-frequency',
  },
];
