/**
 * PTX instructions: control flow, stack manipulation, video and miscellaneous.
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc } from '../schema';

const UNI_BRANCH: ModifierDoc = {
  name: '.uni',
  description:
    'A promise that the branch is not divergent: every active thread of the warp that executes it has the same guard ' +
    'predicate and the same target, so the warp stays converged. If the promise is false, behaviour is undefined.',
};

// ---------------------------------------------------------------------------------------------
// Video instructions: shared modifier explanations.
// ---------------------------------------------------------------------------------------------

const SCALAR_SELECTORS: ModifierDoc[] = [
  {
    name: '.b0',
    pattern: '\\.b[0-3]',
    description:
      'Byte selector (`.b0` … `.b3`). On a source operand (`a.b1`) it picks that byte of the 32-bit register and sign- or ' +
      'zero-extends it according to the operand type. On the destination (`d.b2`) it means the result is truncated to a byte ' +
      'and merged into that byte position of `c`; the other bytes come from `c`.',
  },
  {
    name: '.h0',
    pattern: '\\.h[01]',
    description:
      'Half-word selector (`.h0` low 16 bits, `.h1` high 16 bits). On a source it extracts that half and extends it; on ' +
      'the destination it truncates the result to 16 bits and merges it into that half of `c`.',
  },
];

const SCALAR_TYPES: ModifierDoc[] = [
  {
    name: '.u32',
    description:
      'Unsigned operand. In the type list `.dtype.atype.btype` each position says how the destination, `a` and `b` are ' +
      'interpreted; selected bytes or halves of an unsigned source are zero-extended.',
  },
  {
    name: '.s32',
    description: 'Signed operand; selected bytes or halves of a signed source are sign-extended before the operation.',
  },
];

const SAT_VIDEO: ModifierDoc = {
  name: '.sat',
  description:
    'Saturates the value before the secondary operation or merge: it is limited to what the destination can hold, signed ' +
    'or unsigned according to `.dtype`. When the destination is a byte or half-word merge (`d.b1`, `d.h0`), the limit is ' +
    'the 8- or 16-bit range instead of 32 bits.',
};

const SECONDARY_OPS: ModifierDoc[] = [
  { name: '.add', description: 'Secondary operation: adds the third operand `c` to the intermediate result.' },
  { name: '.min', description: 'Secondary operation: returns the smaller of the intermediate result and `c`.' },
  { name: '.max', description: 'Secondary operation: returns the larger of the intermediate result and `c`.' },
];

const COMPARISONS: ModifierDoc[] = [
  { name: '.eq', description: 'Compare for equality.' },
  { name: '.ne', description: 'Compare for inequality.' },
  { name: '.lt', description: 'Less than (signed or unsigned, following the operand types).' },
  { name: '.le', description: 'Less than or equal.' },
  { name: '.gt', description: 'Greater than.' },
  { name: '.ge', description: 'Greater than or equal.' },
];

const SIMD2_SELECTORS: ModifierDoc[] = [
  {
    name: '.hxy',
    pattern: '\\.h[0-3][0-3]',
    description:
      'Half-word selector for a two-lane SIMD source. The two source registers `a` and `b` together hold four half-words, ' +
      'numbered 0–3 (0 and 1 in `a`, 2 and 3 in `b`). `.hxy` builds the two input lanes from half-words `x` (high lane) and ' +
      '`y` (low lane). `a` defaults to `.h10`, `b` to `.h32`.',
  },
  {
    name: '.h10',
    pattern: '\\.h(0|1|10)',
    description:
      'Destination mask: which 16-bit lanes of `d` receive results (`.h0` low lane, `.h1` high lane, `.h10` both, the ' +
      'default). Lanes not in the mask are copied from `c` in merge mode, or ignored in accumulate mode.',
  },
];

const SIMD4_SELECTORS: ModifierDoc[] = [
  {
    name: '.bxyzw',
    pattern: '\\.b[0-7]{4}',
    description:
      'Byte selector for a four-lane SIMD source. `a` and `b` together hold eight bytes numbered 0–7 (0–3 in `a`, 4–7 in ' +
      '`b`); `.bxyzw` picks the byte for each of the four lanes, highest lane first. `a` defaults to `.b3210`, `b` to `.b7654`.',
  },
  {
    name: '.b3210',
    pattern: '\\.b(?=[0-3])3?2?1?0?',
    description:
      'Destination mask: lists which byte lanes of `d` receive results (for example `.b0`, `.b31`, `.b3210`, the default). ' +
      'Lanes not listed are copied from `c` in merge mode, or left out of the sum in accumulate mode.',
  },
];

const SIMD_SAT: ModifierDoc = {
  name: '.sat',
  description:
    'Clamps each lane result to the lane range of the destination type: 16 bits for two-lane forms, 8 bits for four-lane ' +
    'forms, signed for `.s32` and unsigned for `.u32`. Not allowed together with `.add`.',
};

const SIMD_ADD: ModifierDoc = {
  name: '.add',
  description:
    'Accumulate mode: instead of merging lanes into `d`, the lane results selected by the mask are summed and added to the ' +
    'scalar `c`, giving a single 32-bit value (handy for sums of absolute differences).',
};

function videoCuda(what: string): string {
  return (
    `No C++ operator produces ${what} directly. The CUDA SIMD intrinsics (\`__vadd2\`, \`__vabsdiffu4\`, \`__vcmpgtu2\`, ` +
    '`__vmaxs4` …) perform the same per-lane work, and older toolkits implemented some of them with these instructions; ' +
    'current compilers usually emit ordinary integer code instead, so writing the instruction itself needs inline `asm`. ' +
    'On recent GPUs ptxas may expand a video instruction into several machine instructions.'
  );
}

export const controlFlowInstructions: InstructionDoc[] = [
  // -------------------------------------------------------------------------------------------
  // Control flow
  // -------------------------------------------------------------------------------------------
  {
    opcode: 'bra',
    family: 'control-flow',
    summary: 'Jump to a label, optionally only when a predicate is true',
    description:
      'Transfers control to the instruction at label `tgt`. Guarded by a predicate (`@p bra L;`), it becomes a conditional ' +
      'branch: threads whose predicate is true jump, the others fall through. Threads of one warp that go different ways ' +
      'diverge and are reconverged by the hardware later.\n\n' +
      'The target must be a label in the same function; PTX has no indirect `bra` (use `brx.idx` for computed jumps).',
    syntax: ['@p   bra{.uni}  tgt;   // conditional branch', '     bra{.uni}  tgt;   // unconditional branch'],
    operands: [
      { name: 'tgt', role: 'label', description: 'A label inside the current function where execution continues.' },
    ],
    modifiers: [UNI_BRANCH],
    semantics: 'if (p) pc = tgt;   // no guard: always jump',
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'Every `if`/`else`, loop (`for`, `while`), `break`, `continue`, `goto` and `switch` compiles to `setp` plus `@p bra`; nvcc 13 writes its unconditional jumps as `bra.uni` (even a dense 8-case `switch` became a compare-and-branch tree, not `brx.idx`).',
    example: {
      target: 'sm_75',
      caption: 'A counted loop: a conditional branch leaves the loop, an unconditional `bra.uni` jumps back to its head.',
      code: `.visible .entry bra_sum_loop(.param .u32 n, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<3>;
  .reg .pred %p1;
  ld.param.u32 %r1, [n];
  mov.u32 %r2, 0;              // i
  mov.u32 %r3, 0;              // sum
LOOP:
  setp.ge.u32 %p1, %r2, %r1;
  @%p1 bra DONE;               // leave when i >= n
  add.u32 %r3, %r3, %r2;
  add.u32 %r2, %r2, 1;
  bra.uni LOOP;                // every thread jumps back
DONE:
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r3;
  ret;
}`,
    },
    anchor: 'control-flow-instructions-bra',
  },
  {
    opcode: 'brx.idx',
    family: 'control-flow',
    summary: 'Jump to one of a list of labels chosen by an index',
    description:
      'A computed jump, like a jump table. `tlist` names a `.branchtargets` list of labels declared earlier in the same ' +
      'function; `index` (a `.u32` register) picks the zero-based entry to continue at. An index past the end of the list ' +
      'is undefined behaviour, so check it first.\n\n' +
      'A guard predicate makes the jump conditional. `.uni` promises that all active threads use the same index.',
    syntax: ['@p  brx.idx{.uni}  index, tlist;', '    brx.idx{.uni}  index, tlist;'],
    operands: [
      { name: 'index', role: 'source', description: 'A `.u32` register: zero-based position in the target list.' },
      { name: 'tlist', role: 'label', description: 'The label of a `.branchtargets` directive listing the possible destinations; it must appear earlier in the same function.' },
    ],
    modifiers: [
      {
        name: '.uni',
        description:
          'Promises that every active thread of the warp has the same guard predicate and the same `index`, so the jump does ' +
          'not diverge. Undefined behaviour if that is not true.',
      },
    ],
    semantics: 'if (p) pc = (index < length(tlist)) ? tlist[index] : undefined;',
    introduced: '6.0',
    minTarget: 'sm_30',
    cuda: 'nvcc 13 lowers even a dense `switch` to compare-and-branch code (checked for sm_90), so `brx.idx` normally comes from hand-written PTX or other front ends. Using it from CUDA C++ needs an inline `asm` block that contains both the `.branchtargets` table and all its labels.',
    example: {
      target: 'sm_75',
      caption: 'A three-way switch on a clamped selector using a `.branchtargets` jump table.',
      code: `.visible .entry brx_switch(.param .u32 sel, .param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [sel];
  min.u32 %r1, %r1, 2;          // keep the index inside the table
  bra.uni DISPATCH;
CASE0:
  mov.u32 %r2, 100;
  bra.uni STORE;
CASE1:
  mov.u32 %r2, 200;
  bra.uni STORE;
CASE2:
  mov.u32 %r2, 300;
  bra.uni STORE;
DISPATCH:
  table: .branchtargets CASE0, CASE1, CASE2;
  brx.idx %r1, table;
STORE:
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r2;
  ret;
}`,
    },
    anchor: 'control-flow-instructions-brx-idx',
  },
  {
    opcode: 'call',
    family: 'control-flow',
    summary: 'Call a function, directly by name or indirectly through a pointer',
    description:
      'Saves the return point and transfers control to a function. Arguments and the optional return value are passed by ' +
      'value, normally through `.param` variables declared in a `{ }` block around the call; registers and constants are ' +
      'also allowed. A call is assumed divergent unless it carries `.uni`.\n\n' +
      'A direct call names the function. An indirect call takes the function address in a register and must add either ' +
      '`flist` (a call table or `.calltargets` label listing every possible callee, which lets the backend optimise the ' +
      'calling convention) or `fproto` (a `.callprototype` label, which forces the standard ABI).',
    syntax: [
      '// direct call\ncall{.uni} (ret-param), func, (param-list);\ncall{.uni} func, (param-list);\ncall{.uni} func;',
      '// indirect call with the complete list of targets\ncall{.uni} (ret-param), fptr, (param-list), flist;\ncall{.uni} fptr, (param-list), flist;\ncall{.uni} fptr, flist;',
      '// indirect call with only a prototype\ncall{.uni} (ret-param), fptr, (param-list), fproto;\ncall{.uni} fptr, (param-list), fproto;\ncall{.uni} fptr, fproto;',
    ],
    operands: [
      { name: 'ret-param', role: 'destination', description: 'Optional return value: a `.param` variable (or register) that the callee writes.' },
      { name: 'func', role: 'label', description: 'Name of the called `.func` (direct call).' },
      { name: 'fptr', role: 'source', description: 'Register holding the address of the function to call (indirect call).' },
      { name: 'param-list', role: 'source', description: 'Arguments, passed by value: `.param` variables, registers or immediates.' },
      { name: 'flist', role: 'other', description: 'A call table (array of function names) or a `.calltargets` label listing every function `fptr` may point to.' },
      { name: 'fproto', role: 'other', description: 'A `.callprototype` label giving the common signature when the callees are not known.' },
    ],
    modifiers: [
      {
        name: '.uni',
        description:
          'Promises that all active threads of the warp call the same target under the same guard, so the call does not ' +
          'diverge. Undefined behaviour if that is not true.',
      },
    ],
    introduced: '1.0',
    versionNotes: [{ version: '2.1', change: 'Indirect calls through a function pointer (`flist` / `fproto` forms).' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_20', requirement: 'Indirect calls' }],
    cuda: 'A call to a `__device__` function that is not inlined (for example one marked `__noinline__`, or a recursive one) and `printf` (a call to `vprintf`) become direct `call.uni` with nvcc 13; calls through function pointers and virtual functions become an indirect `call` with a `.callprototype` label.',
    example: {
      target: 'sm_75',
      caption: 'Calls a non-inlined device function, passing one argument and receiving the result through `.param` space.',
      code: `.func (.param .b32 result) cube_of(.param .b32 x) {
  .reg .b32 %r<4>;
  ld.param.b32 %r1, [x];
  mul.lo.s32 %r2, %r1, %r1;
  mul.lo.s32 %r3, %r2, %r1;
  st.param.b32 [result], %r3;
  ret;
}

.visible .entry call_cube(.param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  mov.u32 %r1, %tid.x;
  {
    .param .b32 arg;
    .param .b32 retval;
    st.param.b32 [arg], %r1;
    call.uni (retval), cube_of, (arg);
    ld.param.b32 %r2, [retval];
  }
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r2;
  ret;
}`,
    },
    anchor: 'control-flow-instructions-call',
  },
  {
    opcode: 'ret',
    family: 'control-flow',
    summary: 'Return from the current function to its caller',
    description:
      'Resumes execution at the instruction after the `call` that entered this function. Store any return value into the ' +
      'return `.param` variable before `ret`. Several threads may return from different `ret` instructions; divergent ' +
      'returning threads wait until the whole group is ready to go back. `.uni` promises the return is not divergent.\n\n' +
      'In a kernel (`.entry`) there is no caller, so `ret` ends the thread.',
    syntax: ['ret{.uni};'],
    operands: [],
    modifiers: [
      {
        name: '.uni',
        description: 'Promises that all active threads of the warp return together (no divergence). Undefined behaviour if not.',
      },
    ],
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'A `return` statement, or the end of a `__device__` function that was not inlined. nvcc ends every kernel with `ret;`.',
    example: {
      target: 'sm_75',
      caption: 'A helper function with an early, predicated `ret` for negative inputs and a normal return at the end.',
      code: `.func (.param .b32 result) clamp_positive(.param .b32 x) {
  .reg .b32 %r1;
  .reg .pred %p1;
  ld.param.b32 %r1, [x];
  st.param.b32 [result], 0;
  setp.lt.s32 %p1, %r1, 0;
  @%p1 ret;                    // negative: keep the 0 already stored
  st.param.b32 [result], %r1;
  ret;
}

.visible .entry ret_demo(.param .u32 v, .param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [v];
  {
    .param .b32 a;
    .param .b32 r;
    st.param.b32 [a], %r1;
    call (r), clamp_positive, (a);
    ld.param.b32 %r2, [r];
  }
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r2;
  ret;
}`,
    },
    anchor: 'control-flow-instructions-ret',
  },
  {
    opcode: 'exit',
    family: 'control-flow',
    summary: 'Terminate the executing thread',
    description:
      'Ends the thread immediately, wherever it is (unlike `ret`, which only leaves the current function). Exited threads ' +
      'no longer count for barriers: a barrier that is only waiting for threads that have exited is released.',
    syntax: ['exit;'],
    operands: [],
    modifiers: [],
    introduced: '1.0',
    minTarget: 'all',
    cuda: 'nvcc 13 ends kernels with `ret` and turns an early `return` into a branch to that `ret`, so `exit` comes from inline `asm volatile("exit;")` or libcu++ `cuda::ptx::exit()`. In a kernel, `ret` and `exit` both end the thread.',
    example: {
      target: 'sm_75',
      caption: 'Threads whose index is past the end of the array leave early with a predicated `exit`.',
      code: `.visible .entry exit_bounds(.param .u64 data, .param .u32 n) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<5>;
  .reg .pred %p1;
  mov.u32 %r1, %tid.x;
  ld.param.u32 %r2, [n];
  setp.ge.u32 %p1, %r1, %r2;
  @%p1 exit;                   // out of range: this thread stops here
  ld.param.u64 %rd1, [data];
  cvta.to.global.u64 %rd2, %rd1;
  mul.wide.u32 %rd3, %r1, 4;
  add.s64 %rd4, %rd2, %rd3;
  st.global.u32 [%rd4], %r1;
  ret;
}`,
    },
    anchor: 'control-flow-instructions-exit',
  },

  // -------------------------------------------------------------------------------------------
  // Stack manipulation
  // -------------------------------------------------------------------------------------------
  {
    opcode: 'stacksave',
    family: 'stack',
    summary: 'Copy the current stack pointer into a register',
    description:
      'Reads the thread\'s stack pointer into `d`. Its purpose is to be handed to `stackrestore` later, which frees ' +
      'everything `alloca` allocated in between. Do not modify `d` before restoring it, or the stack may be corrupted.',
    syntax: ['stacksave.type  d;', '.type = { .u32, .u64 };'],
    operands: [{ name: 'd', role: 'destination', description: 'Receives the stack pointer; same width as `.type`.' }],
    modifiers: [
      { name: '.u32', description: 'A 32-bit stack pointer (32-bit addressing).' },
      { name: '.u64', description: 'A 64-bit stack pointer (the usual choice with `.address_size 64`).' },
    ],
    semantics: 'd = stackptr;',
    introduced: '7.3',
    minTarget: 'sm_52',
    cuda: 'No CUDA C++ construct produces it with nvcc 13: device-side `alloca()` compiles to a plain `alloca` (even inside a loop) and the space is freed when the function returns. Use inline `asm` or hand-written PTX; compilers for other front ends may emit it to free dynamic allocations early.',
    example: {
      target: 'sm_75',
      caption: 'Saves the stack pointer, makes a temporary stack buffer, then releases it by restoring the pointer.',
      code: `.visible .entry stacksave_scratch(.param .u32 n, .param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<6>;
  ld.param.u32 %r1, [n];
  stacksave.u64 %rd1;           // remember the stack pointer
  cvt.u64.u32 %rd2, %r1;
  shl.b64 %rd2, %rd2, 2;        // n * 4 bytes
  alloca.u64 %rd3, %rd2;
  st.local.u32 [%rd3], %r1;
  ld.local.u32 %r2, [%rd3];
  stackrestore.u64 %rd1;        // free the buffer
  ld.param.u64 %rd4, [out];
  cvta.to.global.u64 %rd5, %rd4;
  st.global.u32 [%rd5], %r2;
  ret;
}`,
    },
    anchor: 'stack-manipulation-instructions-stacksave',
  },
  {
    opcode: 'stackrestore',
    family: 'stack',
    summary: 'Set the stack pointer to a previously saved value',
    description:
      'Overwrites the stack pointer with `a`. Used with a value from an earlier `stacksave`, it rolls the stack back to ' +
      'that point and so frees every `alloca` made since. Memory freed this way must not be touched afterwards. Restoring an ' +
      'arbitrary value corrupts the stack.',
    syntax: ['stackrestore.type  a;', '.type = { .u32, .u64 };'],
    operands: [{ name: 'a', role: 'source', description: 'The saved stack pointer, unchanged since the matching `stacksave`.' }],
    modifiers: [
      { name: '.u32', description: 'A 32-bit stack pointer.' },
      { name: '.u64', description: 'A 64-bit stack pointer.' },
    ],
    semantics: 'stackptr = a;',
    introduced: '7.3',
    minTarget: 'sm_52',
    cuda: 'Not produced by nvcc 13 for CUDA C++ (device `alloca()` memory is only released at function return); pair it with `stacksave` in inline `asm` or hand-written PTX.',
    example: {
      target: 'sm_75',
      caption: 'Each loop iteration allocates a stack buffer and frees it again with `stackrestore`.',
      code: `.visible .entry stackrestore_loop(.param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<5>;
  .reg .pred %p1;
  mov.u32 %r1, 0;
  stacksave.u64 %rd1;
AGAIN:
  alloca.u64 %rd2, 64, 16;      // 64 bytes, 16-byte aligned
  st.local.u32 [%rd2], %r1;
  stackrestore.u64 %rd1;        // give the 64 bytes back every iteration
  add.u32 %r1, %r1, 1;
  setp.lt.u32 %p1, %r1, 4;
  @%p1 bra AGAIN;
  ld.param.u64 %rd3, [out];
  cvta.to.global.u64 %rd4, %rd3;
  st.global.u32 [%rd4], %r1;
  ret;
}`,
    },
    anchor: 'stack-manipulation-instructions-stackrestore',
  },
  {
    opcode: 'alloca',
    family: 'stack',
    summary: 'Allocate memory on the thread\'s stack at run time',
    description:
      'Grows the current function\'s stack frame by `size` bytes and returns a pointer to the new block in `ptr`. The ' +
      'pointer addresses local memory, so use it with `ld.local` / `st.local`. The block is freed automatically when the ' +
      'function returns, or earlier with `stacksave` / `stackrestore`.\n\n' +
      '`immAlign` (a power of two, at most 2^23) requests an alignment; 8 bytes is the default and the minimum. Running out ' +
      'of stack is not reported: accessing the block is then undefined. A size of 0 may not give a usable block.',
    syntax: ['alloca.type  ptr, size{, immAlign};', '.type = { .u32, .u64 };'],
    operands: [
      { name: 'ptr', role: 'destination', description: 'Receives the lowest address of the new block (the new stack pointer).' },
      { name: 'size', role: 'source', description: 'Number of bytes to allocate; unsigned, same type as the instruction.' },
      { name: 'immAlign', role: 'other', description: 'Optional constant alignment in bytes: a power of two up to 2^23, default 8.' },
    ],
    modifiers: [
      { name: '.u32', description: '32-bit pointer and size.' },
      { name: '.u64', description: '64-bit pointer and size.' },
    ],
    semantics: 'align = max(immAlign, 8);\nstackptr = allocate(size, align);  // the stack grows downwards\nptr = stackptr;',
    introduced: '7.3',
    minTarget: 'sm_52',
    cuda: 'Device-side `alloca(size)` (compute capability 5.2+): nvcc 13 emits `alloca.u64 ptr, size, 16`, since CUDA guarantees 16-byte alignment. Fixed-size local arrays do not use it; they live in the frame that ptxas lays out statically.',
    example: {
      target: 'sm_75',
      caption: 'Allocates an n-element scratch array on the stack, fills it and sums it.',
      code: `.visible .entry alloca_scratch(.param .u32 n, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<7>;
  .reg .pred %p1;
  ld.param.u32 %r1, [n];
  cvt.u64.u32 %rd1, %r1;
  shl.b64 %rd1, %rd1, 2;
  alloca.u64 %rd2, %rd1, 16;    // n * 4 bytes, 16-byte aligned
  mov.u32 %r2, 0;               // i
  mov.u32 %r3, 0;               // sum
  mov.u64 %rd3, %rd2;
FILL:
  setp.ge.u32 %p1, %r2, %r1;
  @%p1 bra DONE;
  st.local.u32 [%rd3], %r2;
  ld.local.u32 %r4, [%rd3];
  add.u32 %r3, %r3, %r4;
  add.u64 %rd3, %rd3, 4;
  add.u32 %r2, %r2, 1;
  bra.uni FILL;
DONE:
  ld.param.u64 %rd4, [out];
  cvta.to.global.u64 %rd5, %rd4;
  st.global.u32 [%rd5], %r3;
  ret;
}`,
    },
    anchor: 'stack-manipulation-instructions-alloca',
  },

  // -------------------------------------------------------------------------------------------
  // Video instructions
  // -------------------------------------------------------------------------------------------
  {
    opcode: 'vadd',
    aliases: ['vsub', 'vabsdiff', 'vmin', 'vmax'],
    family: 'video',
    summary: 'Scalar video add, subtract, absolute difference, min or max on selected bytes or half-words',
    description:
      'These scalar video instructions pick a byte (`.b0`–`.b3`), a half-word (`.h0`, `.h1`) or the whole word from each ' +
      '32-bit source, sign- or zero-extend it according to `.atype` / `.btype`, and then add (`vadd`), subtract (`vsub`), ' +
      'take the absolute difference (`vabsdiff`), the minimum (`vmin`) or the maximum (`vmax`). The work is done at more ' +
      'than 32 bits, so nothing overflows before the optional `.sat` clamp.\n\n' +
      'The result can then either go through a secondary operation with a third operand `c` (`.add`, `.min`, `.max`), or be ' +
      'truncated to a byte or half and merged into `c` at the position named on the destination (`d.b1`, `d.h0`).',
    syntax: [
      'vop.dtype.atype.btype{.sat}       d, a{.asel}, b{.bsel};',
      'vop.dtype.atype.btype{.sat}.op2   d, a{.asel}, b{.bsel}, c;',
      'vop.dtype.atype.btype{.sat}       d.dsel, a{.asel}, b{.bsel}, c;   // merge into c',
      'vop    = { vadd, vsub, vabsdiff, vmin, vmax };',
      '.dtype = { .u32, .s32 };',
      '.atype = { .u32, .s32 };',
      '.btype = { .u32, .s32 };',
      '.asel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.bsel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.dsel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.op2   = { .add, .min, .max };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'The 32-bit result; with `.dsel`, only that byte or half comes from the operation and the rest from `c`.' },
      { name: 'a', role: 'source', description: 'First 32-bit source; `.asel` chooses which part is used.' },
      { name: 'b', role: 'source', description: 'Second 32-bit source; `.bsel` chooses which part is used.' },
      { name: 'c', role: 'source', description: 'Third operand for the secondary operation, or the value the result is merged into.' },
    ],
    modifiers: [...SCALAR_TYPES, SAT_VIDEO, ...SECONDARY_OPS, ...SCALAR_SELECTORS],
    semantics:
      'ta = extend(select(a, asel), atype);\ntb = extend(select(b, bsel), btype);\ntmp = ta OP tb;              // +, -, |ta-tb|, min, max\nif (.sat) tmp = clamp(tmp, range of dtype or of the merged byte/half);\nd = .op2 ? op2(tmp, c) : .dsel ? merge(tmp, c, dsel) : tmp;',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: videoCuda('these'),
    example: {
      target: 'sm_75',
      caption: 'Absolute difference of two selected bytes accumulated into a running sum, and a saturating add of two half-words.',
      code: `.visible .entry vabsdiff_bytes(.param .u32 x, .param .u32 y, .param .u64 out) {
  .reg .b32 %r<6>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [y];
  mov.u32 %r3, 0;
  vabsdiff.u32.u32.u32.add %r3, %r1.b0, %r2.b0, %r3;   // sum += |x.b0 - y.b0|
  vabsdiff.u32.u32.u32.add %r3, %r1.b1, %r2.b1, %r3;   // sum += |x.b1 - y.b1|
  vadd.s32.s32.s32.sat %r4, %r1.h1, %r2.h0;            // signed halves, clamped
  vmax.u32.u32.u32 %r5, %r3, %r4;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r5;
  ret;
}`,
    },
    anchor: 'scalar-video-instructions-vadd-vsub-vabsdiff-vmin-vmax',
  },
  {
    opcode: 'vshl',
    aliases: ['vshr'],
    family: 'video',
    summary: 'Scalar video shift left or right of a selected byte, half-word or word',
    description:
      '`vshl` shifts the selected part of `a` left by the unsigned amount in `b`, filling with zeros. `vshr` shifts right; a ' +
      'signed `a` fills with copies of the sign bit, an unsigned one with zeros. `.clamp` limits shift amounts above 32 to ' +
      '32; `.wrap` uses only the low five bits of the amount.\n\n' +
      'As with the other scalar video instructions, the result can be clamped (`.sat`), combined with `c` (`.add`, `.min`, ' +
      '`.max`), or merged into a byte or half of `c`.',
    syntax: [
      'vop.dtype.atype.u32{.sat}.mode       d, a{.asel}, b{.bsel};',
      'vop.dtype.atype.u32{.sat}.mode.op2   d, a{.asel}, b{.bsel}, c;',
      'vop.dtype.atype.u32{.sat}.mode       d.dsel, a{.asel}, b{.bsel}, c;',
      'vop    = { vshl, vshr };',
      '.dtype = { .u32, .s32 };',
      '.atype = { .u32, .s32 };',
      '.mode  = { .clamp, .wrap };',
      '.asel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.bsel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.dsel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.op2   = { .add, .min, .max };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'The 32-bit result (or the merged value with `.dsel`).' },
      { name: 'a', role: 'source', description: 'Value to shift; `.asel` selects a byte, half or the whole word.' },
      { name: 'b', role: 'source', description: 'Unsigned shift amount; always typed `.u32`.' },
      { name: 'c', role: 'source', description: 'Third operand for the secondary operation or merge.' },
    ],
    modifiers: [
      ...SCALAR_TYPES,
      SAT_VIDEO,
      { name: '.clamp', description: 'Shift amounts greater than 32 are treated as 32.' },
      { name: '.wrap', description: 'Only the low five bits of the shift amount are used (amount modulo 32).' },
      ...SECONDARY_OPS,
      ...SCALAR_SELECTORS,
    ],
    semantics:
      'ta = extend(select(a, asel), atype);\ntb = select(b, bsel);                 // unsigned\nif (.clamp && tb > 32) tb = 32;\nif (.wrap) tb = tb & 31;\ntmp = vshl ? ta << tb : ta >> tb;\n// then optional .sat, .op2 or merge as in vadd',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: videoCuda('`vshl` / `vshr`'),
    example: {
      target: 'sm_75',
      caption: 'Shifts a selected signed half-word right with wrap-around amounts, then shifts and merges a byte into another word.',
      code: `.visible .entry vshr_halves(.param .u32 x, .param .u32 s, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [s];
  vshr.s32.s32.u32.wrap %r3, %r1.h1, %r2;          // arithmetic shift of the high half
  vshl.u32.u32.u32.clamp %r4.b2, %r1.b0, %r2, %r3; // result byte merged into byte 2 of r3
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r4;
  ret;
}`,
    },
    anchor: 'scalar-video-instructions-vshl-vshr',
  },
  {
    opcode: 'vmad',
    family: 'video',
    summary: 'Scalar video multiply-add of selected bytes or half-words, with optional negation, +1 and scaling',
    description:
      'Computes `(a * b) + c` on selected parts of the sources. Either the product or `c` may be negated (writing `-a` or ' +
      '`-b` negates the product). The `.po` ("plus one") form adds an extra 1, which is convenient for rounding averages; it ' +
      'does not allow negation.\n\n' +
      'The result may be shifted right by 7 or 15 bits (`.shr7`, `.shr15`, for fixed-point scaling) and clamped to the ' +
      '32-bit range with `.sat`. The result is signed when any source is signed or anything is negated.',
    syntax: [
      'vmad.dtype.atype.btype{.sat}{.scale}     d, {-}a{.asel}, {-}b{.bsel}, {-}c;',
      'vmad.dtype.atype.btype.po{.sat}{.scale}  d, a{.asel}, b{.bsel}, c;',
      '.dtype = { .u32, .s32 };',
      '.atype = { .u32, .s32 };',
      '.btype = { .u32, .s32 };',
      '.asel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.bsel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.scale = { .shr7, .shr15 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'The 32-bit result.' },
      { name: 'a', role: 'source', description: 'First factor; `.asel` selects a part; `-a` negates the product.' },
      { name: 'b', role: 'source', description: 'Second factor; `.bsel` selects a part; `-b` negates the product.' },
      { name: 'c', role: 'source', description: 'Addend; `-c` subtracts it instead.' },
    ],
    modifiers: [
      ...SCALAR_TYPES,
      { name: '.po', description: 'Plus-one mode: computes `a*b + c + 1`. Operands cannot be negated in this mode.' },
      { name: '.sat', description: 'Clamps the final result to the signed or unsigned 32-bit range, depending on whether the result is signed.' },
      { name: '.shr7', description: 'Shifts the intermediate result right by 7 bits before saturation (fixed-point scaling).' },
      { name: '.shr15', description: 'Shifts the intermediate result right by 15 bits before saturation (Q15 fixed-point scaling).' },
      ...SCALAR_SELECTORS,
    ],
    semantics:
      'ta = extend(select(a, asel), atype);\ntb = extend(select(b, bsel), btype);\ntmp = ta * tb;                // exact, wide\ntmp = (.po) ? tmp + c + 1 : (+/-)tmp + (+/-)c;\nif (.shr7) tmp >>= 7; if (.shr15) tmp >>= 15;\nif (.sat) tmp = clamp to 32-bit range;\nd = tmp;',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: videoCuda('`vmad`'),
    example: {
      target: 'sm_75',
      caption: 'Multiplies two Q15 half-words with rounding via `.po` and scales back with `.shr15`.',
      code: `.visible .entry vmad_q15(.param .u32 x, .param .u32 y, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [y];
  mov.u32 %r3, 16383;                                   // rounding bias: 2^14 - 1, plus one from .po
  vmad.s32.s32.s32.po.sat.shr15 %r4, %r1.h0, %r2.h0, %r3;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r4;
  ret;
}`,
    },
    anchor: 'scalar-video-instructions-vmad',
  },
  {
    opcode: 'vset',
    family: 'video',
    summary: 'Scalar video compare of selected bytes or half-words, giving 1 or 0',
    description:
      'Compares the selected, extended parts of `a` and `b` with `.cmp` and produces 1 when the comparison holds and 0 ' +
      'otherwise. The result is always unsigned. Like the other scalar video instructions it can be combined with `c` ' +
      '(`.add` counts matches, `.min`, `.max`) or merged into a byte or half of `c`.',
    syntax: [
      'vset.atype.btype.cmp       d, a{.asel}, b{.bsel};',
      'vset.atype.btype.cmp.op2   d, a{.asel}, b{.bsel}, c;',
      'vset.atype.btype.cmp       d.dsel, a{.asel}, b{.bsel}, c;',
      '.atype = { .u32, .s32 };',
      '.btype = { .u32, .s32 };',
      '.cmp   = { .eq, .ne, .lt, .le, .gt, .ge };',
      '.asel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.bsel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.dsel  = { .b0, .b1, .b2, .b3, .h0, .h1 };',
      '.op2   = { .add, .min, .max };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Receives 1 or 0 (or the secondary / merged result); unsigned.' },
      { name: 'a', role: 'source', description: 'First value to compare; `.asel` selects a part.' },
      { name: 'b', role: 'source', description: 'Second value to compare; `.bsel` selects a part.' },
      { name: 'c', role: 'source', description: 'Unsigned third operand for the secondary operation or merge.' },
    ],
    modifiers: [...SCALAR_TYPES, ...COMPARISONS, ...SECONDARY_OPS, ...SCALAR_SELECTORS],
    semantics: 'tmp = compare(extend(a.asel), extend(b.bsel), cmp) ? 1 : 0;\nd = .op2 ? op2(tmp, c) : .dsel ? merge(tmp, c, dsel) : tmp;',
    introduced: '2.0',
    minTarget: 'sm_20',
    cuda: videoCuda('`vset`'),
    example: {
      target: 'sm_75',
      caption: 'Counts how many of the low two bytes of x exceed the matching bytes of y using the `.add` secondary operation.',
      code: `.visible .entry vset_count(.param .u32 x, .param .u32 y, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [y];
  mov.u32 %r3, 0;
  vset.u32.u32.gt.add %r3, %r1.b0, %r2.b0, %r3;
  vset.u32.u32.gt.add %r3, %r1.b1, %r2.b1, %r3;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r3;
  ret;
}`,
    },
    anchor: 'scalar-video-instructions-vset',
  },
  {
    opcode: 'vadd2',
    aliases: ['vsub2', 'vavrg2', 'vabsdiff2', 'vmin2', 'vmax2'],
    family: 'video',
    summary: 'Two-lane 16-bit SIMD add, subtract, average, absolute difference, min or max',
    description:
      'Treats the data as two 16-bit lanes. The lanes of each input are picked from the four half-words of `a` and `b` with ' +
      '`.asel` / `.bsel`, extended according to the types, and processed in parallel: `vadd2`, `vsub2`, `vavrg2` (average ' +
      'rounded up for non-negative sums), `vabsdiff2`, `vmin2`, `vmax2`.\n\n' +
      'Then one of two things happens. In merge mode, the lanes named in the destination mask (`d.h0`, `d.h1`, `d.h10`) take ' +
      'the results and the other lanes are copied from `c`; `.sat` may clamp each lane. In accumulate mode (`.add`), the ' +
      'masked lane results are summed and added to `c`, producing one scalar.',
    syntax: [
      'vop2.dtype.atype.btype{.sat}  d{.mask}, a{.asel}, b{.bsel}, c;   // merge',
      'vop2.dtype.atype.btype.add    d{.mask}, a{.asel}, b{.bsel}, c;   // accumulate',
      'vop2   = { vadd2, vsub2, vavrg2, vabsdiff2, vmin2, vmax2 };',
      '.dtype = { .u32, .s32 };',
      '.atype = { .u32, .s32 };',
      '.btype = { .u32, .s32 };',
      '.mask  = { .h0, .h1, .h10 };        // default .h10',
      '.asel  = { .hxy };                  // x, y in 0..3; default .h10',
      '.bsel  = { .hxy };                  // default .h32',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Two 16-bit result lanes (merge) or a 32-bit sum (accumulate).' },
      { name: 'a', role: 'source', description: 'First source; with `b` it provides four half-words to choose lanes from.' },
      { name: 'b', role: 'source', description: 'Second source.' },
      { name: 'c', role: 'source', description: 'Merge mode: supplies the lanes outside the mask. Accumulate mode: the value the lane results are added to.' },
    ],
    modifiers: [...SCALAR_TYPES, SIMD_SAT, SIMD_ADD, ...SIMD2_SELECTORS],
    semantics:
      'for i in 0..1: t[i] = OP(Va[i], Vb[i]);   // avrg: (Va+Vb+1)>>1 when Va+Vb >= 0\nif (.sat) clamp each t[i] to 16 bits;\nif (.add) d = c + sum(t[i] for lanes in mask);\nelse      d = lanes in mask ? t : lanes of c;',
    introduced: '3.0',
    minTarget: 'sm_30',
    cuda: videoCuda('the two-lane forms') + ' Matching intrinsics: `__vadd2`, `__vsub2`, `__vavgu2`, `__vabsdiffu2`, `__vminu2`, `__vmaxs2` and friends.',
    example: {
      target: 'sm_75',
      caption: 'Saturating add of two pairs of unsigned 16-bit values, then a sum of absolute differences of the pairs.',
      code: `.visible .entry vadd2_pairs(.param .u32 x, .param .u32 y, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [y];
  mov.u32 %r3, 0;
  vadd2.u32.u32.u32.sat %r4, %r1, %r2, %r3;          // both lanes, clamped to 0..65535
  vabsdiff2.u32.u32.u32.add %r3, %r1, %r2, %r3;      // |x.lo-y.lo| + |x.hi-y.hi|
  add.u32 %r4, %r4, %r3;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r4;
  ret;
}`,
    },
    anchor: 'simd-video-instructions-vadd2-vsub2-vavrg2-vabsdiff2-vmin2-vmax2',
  },
  {
    opcode: 'vset2',
    family: 'video',
    summary: 'Two-lane 16-bit SIMD compare, giving 1 or 0 per lane',
    description:
      'Compares two pairs of 16-bit lanes selected from `a` and `b` and produces 1 or 0 per lane (always unsigned). In ' +
      'merge mode, lanes in the mask take the comparison results and the others keep their value from `c`. With `.add`, the ' +
      'masked results are added to `c`, which counts how many lanes matched.',
    syntax: [
      'vset2.atype.btype.cmp      d{.mask}, a{.asel}, b{.bsel}, c;   // merge',
      'vset2.atype.btype.cmp.add  d{.mask}, a{.asel}, b{.bsel}, c;   // accumulate',
      '.atype = { .u32, .s32 };',
      '.btype = { .u32, .s32 };',
      '.cmp   = { .eq, .ne, .lt, .le, .gt, .ge };',
      '.mask  = { .h0, .h1, .h10 };        // default .h10',
      '.asel  = { .hxy };                  // default .h10',
      '.bsel  = { .hxy };                  // default .h32',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Per-lane 1/0 results (merge) or a count added to `c` (accumulate).' },
      { name: 'a', role: 'source', description: 'First source of half-words.' },
      { name: 'b', role: 'source', description: 'Second source of half-words.' },
      { name: 'c', role: 'source', description: 'Lanes outside the mask (merge) or the accumulator (with `.add`).' },
    ],
    modifiers: [...SCALAR_TYPES, ...COMPARISONS, SIMD_ADD, ...SIMD2_SELECTORS],
    semantics: 'for each 16-bit lane k (0..1): r[k] = (A[k] cmp B[k]) ? 1 : 0;   // A, B: lanes picked by .asel / .bsel\nif (.add) d = c + sum of r[k] over the lanes named by .mask;\nelse      d = half k taken from r[k] if lane k is in .mask, else from half k of c;',
    introduced: '3.0',
    minTarget: 'sm_30',
    cuda: videoCuda('`vset2`') + ' Related intrinsics: `__vcmpeq2`, `__vcmpgtu2` (which return 0xffff per true lane rather than 1).',
    example: {
      target: 'sm_75',
      caption: 'Counts how many signed 16-bit lanes of x are less than those of y.',
      code: `.visible .entry vset2_count_less(.param .u32 x, .param .u32 y, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [y];
  mov.u32 %r3, 0;
  vset2.s32.s32.lt.add %r3, %r1, %r2, %r3;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r3;
  ret;
}`,
    },
    anchor: 'simd-video-instructions-vset2',
  },
  {
    opcode: 'vadd4',
    aliases: ['vsub4', 'vavrg4', 'vabsdiff4', 'vmin4', 'vmax4'],
    family: 'video',
    summary: 'Four-lane 8-bit SIMD add, subtract, average, absolute difference, min or max',
    description:
      'Treats the data as four byte lanes. Each input\'s lanes are chosen from the eight bytes of `a` and `b` with ' +
      '`.asel` / `.bsel`, extended according to the types and processed in parallel: `vadd4`, `vsub4`, `vavrg4`, ' +
      '`vabsdiff4`, `vmin4`, `vmax4`.\n\n' +
      'In merge mode the lanes named by the destination mask take the results (optionally clamped to 8 bits with `.sat`) and ' +
      'the rest come from `c`. In accumulate mode (`.add`) the masked lane results are summed into `c`; ' +
      '`vabsdiff4.add` is the classic sum-of-absolute-differences step used in motion estimation.',
    syntax: [
      'vop4.dtype.atype.btype{.sat}  d{.mask}, a{.asel}, b{.bsel}, c;   // merge',
      'vop4.dtype.atype.btype.add    d{.mask}, a{.asel}, b{.bsel}, c;   // accumulate',
      'vop4   = { vadd4, vsub4, vavrg4, vabsdiff4, vmin4, vmax4 };',
      '.dtype = { .u32, .s32 };',
      '.atype = { .u32, .s32 };',
      '.btype = { .u32, .s32 };',
      '.mask  = { .b0, .b1, .b10, .b2, .b20, .b21, .b210, .b3, .b30, .b31, .b310, .b32, .b320, .b321, .b3210 };  // default .b3210',
      '.asel  = { .bxyzw };                // x, y, z, w in 0..7; default .b3210',
      '.bsel  = { .bxyzw };                // default .b7654',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Four byte result lanes (merge) or a 32-bit sum (accumulate).' },
      { name: 'a', role: 'source', description: 'First source; with `b` it provides eight bytes to choose lanes from.' },
      { name: 'b', role: 'source', description: 'Second source.' },
      { name: 'c', role: 'source', description: 'Merge mode: bytes outside the mask. Accumulate mode: the running sum.' },
    ],
    modifiers: [...SCALAR_TYPES, SIMD_SAT, SIMD_ADD, ...SIMD4_SELECTORS],
    semantics:
      'for i in 0..3: t[i] = OP(Va[i], Vb[i]);\nif (.sat) clamp each t[i] to 8 bits;\nif (.add) d = c + sum(t[i] for lanes in mask);\nelse      d = lanes in mask ? t : lanes of c;',
    introduced: '3.0',
    minTarget: 'sm_30',
    cuda: videoCuda('the four-lane forms') + ' Matching intrinsics: `__vadd4`, `__vsub4`, `__vavgu4`, `__vabsdiffu4`, `__vminu4`, `__vmaxs4`, and `__sad`-style loops.',
    example: {
      target: 'sm_75',
      caption: 'Sum of absolute differences over four pixel bytes, plus a per-byte unsigned maximum.',
      code: `.visible .entry vabsdiff4_sad(.param .u32 x, .param .u32 y, .param .u64 out) {
  .reg .b32 %r<5>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [x];
  ld.param.u32 %r2, [y];
  mov.u32 %r3, 0;
  vabsdiff4.u32.u32.u32.add %r3, %r1, %r2, %r3;   // sum of |x.bi - y.bi| over 4 bytes
  vmax4.u32.u32.u32 %r4, %r1, %r2, %r3;           // bytewise maximum
  add.u32 %r4, %r4, %r3;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r4;
  ret;
}`,
    },
    anchor: 'simd-video-instructions-vadd4-vsub4-vavrg4-vabsdiff4-vmin4-vmax4',
  },
  {
    opcode: 'vset4',
    family: 'video',
    summary: 'Four-lane 8-bit SIMD compare, giving 1 or 0 per byte',
    description:
      'Compares four byte lanes selected from `a` and `b` and yields 1 or 0 per lane (unsigned). Merge mode writes the ' +
      'results into the masked byte positions and keeps the other bytes from `c`. With the accumulate form (`.add`) the ' +
      'masked results are added to `c` instead, which counts the lanes where the comparison held.',
    syntax: [
      'vset4.atype.btype.cmp       d{.mask}, a{.asel}, b{.bsel}, c;   // merge',
      'vset4.atype.btype.cmp.add   d{.mask}, a{.asel}, b{.bsel}, c;   // accumulate',
      '.atype = { .u32, .s32 };',
      '.btype = { .u32, .s32 };',
      '.cmp   = { .eq, .ne, .lt, .le, .gt, .ge };',
      '.mask  = { .b0, .b1, .b10, .b2, .b20, .b21, .b210, .b3, .b30, .b31, .b310, .b32, .b320, .b321, .b3210 };  // default .b3210',
      '.asel  = { .bxyzw };                // default .b3210',
      '.bsel  = { .bxyzw };                // default .b7654',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Per-byte 1/0 results (merge) or a count added to `c`.' },
      { name: 'a', role: 'source', description: 'First source of bytes.' },
      { name: 'b', role: 'source', description: 'Second source of bytes.' },
      { name: 'c', role: 'source', description: 'Bytes outside the mask (merge) or the accumulator.' },
    ],
    modifiers: [
      ...SCALAR_TYPES,
      ...COMPARISONS,
      SIMD_ADD,
      ...SIMD4_SELECTORS,
    ],
    semantics: 'for each byte lane k (0..3): r[k] = (A[k] cmp B[k]) ? 1 : 0;   // A, B: lanes picked by .asel / .bsel\nif (.add) d = c + sum of r[k] over the lanes named by .mask;\nelse      d = byte k taken from r[k] if lane k is in .mask, else from byte k of c;',
    introduced: '3.0',
    minTarget: 'sm_30',
    cuda: videoCuda('`vset4`') + ' Related intrinsics: `__vcmpeq4`, `__vcmpltu4` (0xff per true byte rather than 1).',
    example: {
      target: 'sm_75',
      caption: 'Counts the bytes of a word that equal a broadcast key byte.',
      code: `.visible .entry vset4_count_key(.param .u32 word, .param .u32 key, .param .u64 out) {
  .reg .b32 %r<4>;
  .reg .b64 %rd<3>;
  ld.param.u32 %r1, [word];
  ld.param.u32 %r2, [key];
  mov.u32 %r3, 0;
  vset4.u32.u32.eq.add %r3, %r1, %r2.b4444, %r3;   // compare every byte of word with byte 0 of key
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  st.global.u32 [%rd2], %r3;
  ret;
}`,
    },
    anchor: 'simd-video-instructions-vset4',
  },

  // -------------------------------------------------------------------------------------------
  // Miscellaneous
  // -------------------------------------------------------------------------------------------
  {
    opcode: 'brkpt',
    family: 'miscellaneous',
    summary: 'Stop at a breakpoint',
    description:
      'Suspends the executing thread as if it hit a breakpoint. Under a debugger such as cuda-gdb, control passes to the ' +
      'debugger. The ISA does not say what happens without a debugger, so keep it out of production code. Usually guarded ' +
      'by a predicate so it only fires on a condition of interest.',
    syntax: ['brkpt;'],
    operands: [],
    modifiers: [],
    introduced: '1.0',
    minTarget: 'sm_11',
    cuda: '`__brkpt()` compiles to `brkpt;` (nvcc 13).',
    example: {
      target: 'sm_75',
      caption: 'Breaks into the debugger only when a loaded value is negative.',
      code: `.visible .entry brkpt_on_negative(.param .u64 data) {
  .reg .b32 %r1;
  .reg .b64 %rd<3>;
  .reg .pred %p1;
  ld.param.u64 %rd1, [data];
  cvta.to.global.u64 %rd2, %rd1;
  ld.global.s32 %r1, [%rd2];
  setp.lt.s32 %p1, %r1, 0;
  @%p1 brkpt;
  ret;
}`,
    },
    anchor: 'miscellaneous-instructions-brkpt',
  },
  {
    opcode: 'nanosleep',
    family: 'miscellaneous',
    summary: 'Pause the thread for roughly a given number of nanoseconds',
    description:
      'Puts the thread to sleep for about `t` nanoseconds. The real delay is anywhere from 0 to `2*t`, and never more than ' +
      'one millisecond. The hardware may shorten some threads\' sleep so that sleeping threads of a warp wake up together.\n\n' +
      'Typical use is back-off in a spin loop, so that polling threads leave issue slots to others.',
    syntax: ['nanosleep.u32 t;'],
    operands: [{ name: 't', role: 'source', description: 'Requested delay in nanoseconds: a `.u32` register or immediate.' }],
    modifiers: [{ name: '.u32', description: 'The delay operand is a 32-bit unsigned integer.' }],
    introduced: '6.3',
    minTarget: 'sm_70',
    cuda: '`__nanosleep(ns)` (compute capability 7.0 and later) compiles to `nanosleep.u32` (nvcc 13).',
    example: {
      target: 'sm_75',
      caption: 'Polls a global flag with exponential back-off between attempts.',
      code: `.visible .entry nanosleep_poll(.param .u64 flag) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  .reg .pred %p1;
  ld.param.u64 %rd1, [flag];
  cvta.to.global.u64 %rd2, %rd1;
  mov.u32 %r2, 32;                       // first back-off: 32 ns
POLL:
  ld.acquire.gpu.global.u32 %r1, [%rd2];
  setp.ne.u32 %p1, %r1, 0;
  @%p1 bra READY;
  nanosleep.u32 %r2;
  shl.b32 %r2, %r2, 1;                   // double the wait
  min.u32 %r2, %r2, 4096;
  bra.uni POLL;
READY:
  ret;
}`,
    },
    anchor: 'miscellaneous-instructions-nanosleep',
  },
  {
    opcode: 'pmevent',
    family: 'miscellaneous',
    summary: 'Signal one or more performance-monitor events',
    description:
      'Raises programmable performance-monitor events that profiling tools can count. `pmevent a` raises the single event ' +
      'numbered by the immediate `a` (0–15). `pmevent.mask a` treats `a` as a 16-bit mask and raises every event whose bit ' +
      'is set. How events feed the hardware counters is configured from the host by the profiler.',
    syntax: ['pmevent       a;   // one event, 0..15', 'pmevent.mask  a;   // 16-bit mask of events'],
    operands: [{ name: 'a', role: 'other', description: 'Immediate: an event number (0–15) or, with `.mask`, a 16-bit event mask.' }],
    modifiers: [{ name: '.mask', description: 'Interpret the operand as a bit mask and trigger every event whose bit is 1.' }],
    introduced: '1.4',
    versionNotes: [{ version: '3.0', change: '`pmevent.mask`.' }],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_20', requirement: '`pmevent.mask`' }],
    cuda: '`__prof_trigger(counter)` compiles to `pmevent counter;` (nvcc 13); it bumps one of the per-multiprocessor profiler counters, and applications should use counters 0–7 only.',
    example: {
      target: 'sm_75',
      caption: 'Marks entry into a slow path with event 2, and signals events 0 and 3 together at the end.',
      code: `.visible .entry pmevent_markers(.param .u32 mode) {
  .reg .b32 %r1;
  .reg .pred %p1;
  ld.param.u32 %r1, [mode];
  setp.ne.u32 %p1, %r1, 0;
  @%p1 pmevent 2;              // count how often the slow path runs
  pmevent.mask 0x9;            // events 0 and 3
  ret;
}`,
    },
    anchor: 'miscellaneous-instructions-pmevent',
  },
  {
    opcode: 'trap',
    family: 'miscellaneous',
    summary: 'Abort the kernel with an error',
    description:
      'Stops execution and raises an interrupt to the host. The kernel launch fails with an error that the host sees on ' +
      'its next synchronizing CUDA call, and the context is no longer usable. Use it for unrecoverable conditions such as ' +
      'corrupt input.',
    syntax: ['trap;'],
    operands: [],
    modifiers: [],
    introduced: '1.0',
    minTarget: 'all',
    cuda: '`__trap()` compiles to `trap;` (nvcc 13); libcu++ also has `cuda::ptx::trap()`.',
    example: {
      target: 'sm_75',
      caption: 'Aborts the kernel if an index read from memory is out of bounds.',
      code: `.visible .entry trap_on_bad_index(.param .u64 idx, .param .u32 n) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  .reg .pred %p1;
  ld.param.u64 %rd1, [idx];
  ld.param.u32 %r2, [n];
  cvta.to.global.u64 %rd2, %rd1;
  ld.global.u32 %r1, [%rd2];
  setp.ge.u32 %p1, %r1, %r2;
  @%p1 trap;                   // corrupt input: stop everything
  ret;
}`,
    },
    anchor: 'miscellaneous-instructions-trap',
  },
  {
    opcode: 'setmaxnreg',
    family: 'miscellaneous',
    summary: 'Grow or shrink the per-thread register budget of a warpgroup',
    description:
      'Asks the hardware to change how many registers per thread the executing warp owns, to exactly `imm-reg-count`. ' +
      '`.dec` gives registers back to a per-CTA pool; `.inc` takes registers from that pool and waits until enough are ' +
      'free. Newly gained registers hold garbage until written. Registers are always added or removed at the top end of ' +
      'the register file.\n\n' +
      'All four warps of a warpgroup must execute the same `setmaxnreg`, and they must synchronize before the next one. It ' +
      'is the basis of warp-specialised kernels: producer warpgroups that only issue copies shrink to few registers, while ' +
      'consumer warpgroups doing matrix math grow. The kernel must have a register count ptxas can determine at entry ' +
      '(`.maxnreg`, or `.maxntid` together with `.minnctapersm`); otherwise ptxas reports that it ignores `setmaxnreg`.',
    syntax: ['setmaxnreg.action.sync.aligned.u32  imm-reg-count;', '.action = { .inc, .dec };'],
    operands: [
      {
        name: 'imm-reg-count',
        role: 'other',
        description: 'Immediate: the new per-thread register count, 24 to 256 and a multiple of 8. With `.dec` it must not exceed the current count; with `.inc` it must not be below it.',
      },
    ],
    modifiers: [
      { name: '.inc', description: 'Raise the warp\'s register count to `imm-reg-count`, blocking until the CTA pool can supply the registers.' },
      { name: '.dec', description: 'Lower the warp\'s register count to `imm-reg-count`, returning the surplus to the CTA pool.' },
      { name: '.sync', description: 'The thread waits until every thread of its warp has executed this same `setmaxnreg`.' },
      {
        name: '.aligned',
        description:
          'Every thread of the warpgroup executes the same `setmaxnreg` instruction. Under a branch, the condition must be ' +
          'uniform across the warpgroup, otherwise behaviour is undefined.',
      },
      { name: '.u32', description: 'The register count operand is a 32-bit unsigned immediate.' },
    ],
    introduced: '8.0',
    minTarget: 'sm_90a',
    targetNotes: [
      { target: 'sm_100a', requirement: 'Also on sm_100a, sm_110a (formerly sm_101a) and sm_120a' },
      { target: 'sm_100f', requirement: 'Family-specific targets sm_100f, sm_110f and sm_120f and later in their families (PTX ISA 8.8+)' },
    ],
    cuda: 'Only through inline `asm` in CUDA C++ (CUDA 13.0 has no intrinsic for it). Warp-specialised Hopper and Blackwell GEMM kernels wrap it in small helper functions.',
    example: {
      target: 'sm_90a',
      caption: 'Warp specialisation: warpgroup 0 (the producer) shrinks to 40 registers, the two consumer warpgroups grow to 232.',
      code: `.visible .entry setmaxnreg_specialize(.param .u64 buf)
  .maxntid 384, 1, 1
  .maxnreg 168
{
  .reg .b32 %r<3>;
  .reg .pred %p1;
  mov.u32 %r1, %tid.x;
  shr.u32 %r2, %r1, 7;                  // warpgroup index: 128 threads each
  setp.eq.u32 %p1, %r2, 0;
  @%p1 bra PRODUCER;
  setmaxnreg.inc.sync.aligned.u32 232;  // consumers: more registers for the math
  // ... consumer work ...
  bra.uni DONE;
PRODUCER:
  setmaxnreg.dec.sync.aligned.u32 40;   // producer: only issues copies
  // ... producer work ...
DONE:
  ret;
}`,
    },
    anchor: 'miscellaneous-instructions-setmaxnreg',
  },
];
