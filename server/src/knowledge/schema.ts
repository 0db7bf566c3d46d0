/**
 * The shape of PTX Lens's knowledge base.
 *
 * Facts (syntax, semantics, PTX ISA versions, minimum targets) come from NVIDIA's
 * "Parallel Thread Execution ISA" documentation, version 9.1, of which CUDA 13.0 implements
 * PTX ISA 9.0. Every description is written for this project in its own words.
 *
 * Conventions used by every data file:
 * - Modifier and type names are written with their leading dot: `.rn`, `.L2::cache_hint`, `.f32`.
 * - PTX ISA versions are strings like "1.0", "7.8", "9.0"; targets like "sm_20", "sm_90a", "sm_100f".
 * - Markdown is allowed in every prose field. Keep sentences short and concrete.
 */

/** The instruction families, following the chapters of the ISA's instruction-set section. */
export type Family =
  | 'integer'
  | 'extended-precision'
  | 'floating-point'
  | 'half-precision'
  | 'mixed-precision'
  | 'comparison'
  | 'logic-shift'
  | 'data-movement'
  | 'texture'
  | 'surface'
  | 'control-flow'
  | 'synchronization'
  | 'warp-matrix'
  | 'warpgroup-matrix'
  | 'tensor-core-5th-gen'
  | 'stack'
  | 'video'
  | 'miscellaneous';

export type OperandRole =
  /** Written by the instruction. */
  | 'destination'
  /** Read by the instruction. */
  | 'source'
  /** A memory address (`[reg]`, `[reg+imm]`, `[symbol]`, a tensor-map coordinate tuple …). */
  | 'address'
  /** A predicate read or written by the instruction (not the `@p` guard, which every instruction may have). */
  | 'predicate'
  /** A branch or call target. */
  | 'label'
  /** Anything else: a mask, a descriptor, a barrier id, an immediate selector. */
  | 'other';

export interface OperandDoc {
  /** The operand's name as written in the syntax forms, e.g. `d`, `a`, `[addr]`, `mbar`. */
  name: string;
  role: OperandRole;
  /** What it holds and what the instruction does with it. */
  description: string;
}

export interface ModifierDoc {
  /**
   * The modifier as written, with its dot: `.sat`, `.L2::cache_hint`, `.cta_group::1`.
   * For a family of spellings, a readable placeholder such as `.mMnNkK` or `.L2::{64B,128B,256B}`,
   * with `pattern` set.
   */
  name: string;
  /** A JavaScript regular expression (source, anchored by the reader) matching every spelling. */
  pattern?: string;
  /** What this modifier means for this instruction. */
  description: string;
}

export interface VersionNote {
  /** PTX ISA version, e.g. "8.0". */
  version: string;
  /** What that version added or changed. */
  change: string;
}

export interface TargetNote {
  /** Minimum target for this part, e.g. "sm_90", "sm_100a". */
  target: string;
  /** Which part of the instruction needs it. */
  requirement: string;
}

export interface WorkedExample {
  /**
   * The `.target` the example is assembled for. Must be one ptxas of CUDA 13.0 accepts
   * (sm_75 or newer, e.g. "sm_80", "sm_90a", "sm_100a").
   */
  target: string;
  /**
   * Module-level PTX that follows `.version 9.0`, `.target <target>` and `.address_size 64`:
   * usually one `.visible .entry` (or `.func`) that declares its registers and uses the
   * instruction. Written for this project; never copied.
   */
  code: string;
  /** One sentence on what the example shows. */
  caption: string;
  /**
   * The `.version` the example needs when it is not 9.0: older for deprecated forms that newer
   * PTX rejects (e.g. "6.3"), newer for instructions added after PTX ISA 9.0 (e.g. "9.1").
   */
  ptxVersion?: string;
}

export interface InstructionDoc {
  /**
   * The opcode this entry documents, e.g. `add`, `cp.async.bulk.tensor`, `mbarrier.arrive`,
   * `wgmma.mma_async`, `ld.global.nc`. A written mnemonic matches an entry when the entry's
   * dot-separated parts appear in it in order, the first part first (`ld.global.ca.nc.f32`
   * matches `ld.global.nc`); the entry with the most parts wins.
   */
  opcode: string;
  /** Further opcodes this entry also documents (same page of the ISA), e.g. `mbarrier.arrive_drop`. */
  aliases?: string[];
  /**
   * When several entries share an opcode (integer `add`, floating-point `add`, half-precision
   * `add`, mixed-precision `add`), a regular expression tested against the whole written
   * mnemonic (e.g. `add.rn.f32`); the first entry whose `select` matches wins. At most one entry
   * per opcode omits it: that one is the fallback.
   */
  select?: string;
  family: Family;
  /** One line, no trailing period, e.g. "Add two integers". */
  summary: string;
  /** What it does, in plain words for a learner: one to three short paragraphs. */
  description: string;
  /** Syntax forms, in the ISA's notation (`{.sat}` optional, `.type = { … }` lists). */
  syntax: string[];
  operands: OperandDoc[];
  /** Every modifier, qualifier and type the instruction accepts, with its meaning here. */
  modifiers: ModifierDoc[];
  /** Pseudo-code where it helps; our own. */
  semantics?: string;
  /** PTX ISA version that introduced the instruction. */
  introduced: string;
  /** Later additions, oldest first. */
  versionNotes?: VersionNote[];
  /** Minimum target for the basic form: "sm_20", "sm_90a"; "all" when every target supports it. */
  minTarget: string;
  /** Targets that particular forms or modifiers need. */
  targetNotes?: TargetNote[];
  /** What CUDA C++ source typically produces this instruction (intrinsics, operators, libraries). */
  cuda: string;
  example: WorkedExample;
  /** Anchor in NVIDIA's PTX ISA page, e.g. "integer-arithmetic-instructions-add". */
  anchor: string;
}

/** A special register such as `%tid` or `%clock64`. */
export interface SpecialRegisterDoc {
  /** As written, with `%`: `%tid`, `%lanemask_eq`, `%pm0`. */
  name: string;
  /** Further spellings this entry covers: `%pm1` … `%pm7`, `%clock_hi`. */
  aliases?: string[];
  /** Vector components, when it has them: `["x", "y", "z"]`. */
  components?: string[];
  /** PTX type when read, e.g. ".u32", ".v4.u32", ".u64". */
  type: string;
  summary: string;
  description: string;
  introduced: string;
  versionNotes?: VersionNote[];
  minTarget: string;
  cuda: string;
  example: WorkedExample;
  anchor: string;
}

export type DirectiveKind = 'module' | 'function' | 'variable' | 'performance' | 'cluster' | 'debug' | 'linking' | 'control-flow' | 'misc';

/** A directive such as `.version`, `.entry`, `.maxnreg` or `.loc`. */
export interface DirectiveDoc {
  /** As written, with its dot. */
  name: string;
  kind: DirectiveKind;
  summary: string;
  description: string;
  syntax: string[];
  introduced: string;
  versionNotes?: VersionNote[];
  minTarget: string;
  cuda: string;
  example: WorkedExample;
  anchor: string;
}

/** A value accepted by `.pragma`, e.g. `"nounroll"`. */
export interface PragmaDoc {
  name: string;
  summary: string;
  description: string;
  introduced: string;
  minTarget: string;
  example: WorkedExample;
  anchor: string;
}

export type TermKind = 'type' | 'state-space' | 'rounding' | 'cache' | 'memory-order' | 'scope' | 'proxy' | 'vector' | 'other';

/**
 * A modifier, type or state space whose meaning is the same wherever it appears. Instruction
 * entries say what a modifier means for them; this dictionary is the fallback.
 */
export interface TermDoc {
  name: string;
  pattern?: string;
  kind: TermKind;
  summary: string;
  description: string;
  /** When a type or qualifier first appeared, where that is a useful fact. */
  introduced?: string;
  minTarget?: string;
  anchor: string;
}

/** A CUDA C++ built-in variable, function or intrinsic and the PTX it becomes. */
export interface CudaBuiltinDoc {
  /** As written in CUDA: `threadIdx`, `__syncthreads`, `__shfl_down_sync`, `atomicAdd`. */
  name: string;
  signature: string;
  summary: string;
  description: string;
  /** The PTX it typically compiles to, e.g. ["mov.u32 %r1, %tid.x;"] or opcodes like ["bar.sync"]. */
  ptx: string[];
  /** Minimum compute capability where it is restricted, e.g. "sm_70". */
  minTarget?: string;
  /** Anchor or URL in the CUDA programming guide. */
  link: string;
}

export const PTX_DOC_BASE = 'https://docs.nvidia.com/cuda/parallel-thread-execution/index.html#';
/** The PTX ISA version CUDA 13.0's nvcc emits and its ptxas accepts. */
export const PTX_ISA_VERSION = '9.0';
