/**
 * Whole program or separate compilation: how ptxas must assemble a PTX module, and its
 * argument list.
 *
 * ptxas assembles a whole program by default. It then rejects a call to a `.extern .func` the
 * module does not define ("Unresolved extern function") and warns about an undefined
 * `.extern .global`, although such a module is correct: nvcc `-rdc=true` writes them and the
 * device linker resolves them (a library's device functions, NVSHMEM's for one). Those modules
 * are assembled with `--compile-only`, as nvcc itself runs ptxas under `-rdc=true`; so is any
 * PTX nvcc generated with `-rdc=true` / `-dc`, so that the figures are the ones of the real build.
 *
 * What needs no linking: the system calls ptxas provides itself (`vprintf`, `malloc`, `free`,
 * `__assertfail`, declared `.extern` in every module that prints or asserts) and
 * `.extern .shared` arrays (dynamic shared memory, sized at launch). Whole program stays the
 * default for those: separate compilation changes the register and stack figures.
 *
 * The decision is read off the document model (`PtxModel` fits `ModuleLinkage`): PTX is
 * parsed once, by one parser. Everything here is pure.
 */

/** A function of the module, as much as linking needs (the PTX document model fits). */
export interface LinkedFunction {
  name: string;
  linkage: readonly string[];
  /** Offset of the body's `{`, or -1 for a declaration without body. */
  bodyStart: number;
}

/** A module-scope variable, as much as linking needs (the PTX document model fits). */
export interface LinkedVariable {
  name: string;
  /** State space without the dot: `global`, `const`, `shared`, … */
  space: string;
  linkage: readonly string[];
}

/** The functions and module-scope variables of a PTX module (`PtxModel` is one). */
export interface ModuleLinkage {
  functions: readonly LinkedFunction[];
  globals: readonly LinkedVariable[];
}

/** Called as `.extern .func` by nvcc's output, and resolved by ptxas itself in a whole program. */
export const PTXAS_SYSTEM_CALLS: ReadonlySet<string> = new Set(['vprintf', 'malloc', 'free', '__assertfail']);

/**
 * The names the module declares `.extern` and leaves to the linker: functions without a
 * definition here (system calls aside) and variables outside `.shared` without a definition here.
 */
export function unresolvedExterns(m: ModuleLinkage): string[] {
  const definedFunctions = new Set(m.functions.filter((f) => f.bodyStart >= 0).map((f) => f.name));
  const definedVariables = new Set(m.globals.filter((g) => !g.linkage.includes('extern')).map((g) => g.name));
  const out = new Set<string>();
  for (const f of m.functions) {
    if (f.linkage.includes('extern') && f.bodyStart < 0 && !definedFunctions.has(f.name) && !PTXAS_SYSTEM_CALLS.has(f.name)) out.add(f.name);
  }
  for (const g of m.globals) {
    if (g.linkage.includes('extern') && g.space !== 'shared' && !definedVariables.has(g.name)) out.add(g.name);
  }
  return [...out];
}

/** True when the module uses functions or variables another module defines: ptxas must compile only. */
export function needsLinking(module: ModuleLinkage): boolean {
  return unresolvedExterns(module).length > 0;
}

/** True when these nvcc arguments generate relocatable device code (`-rdc=true`, `-rdc true`, `-dc`; the last one wins). */
export function rdcRequested(nvccArgs: readonly string[]): boolean {
  let on = false;
  for (let i = 0; i < nvccArgs.length; i++) {
    const a = nvccArgs[i];
    if (a === '-dc' || a === '--device-c') on = true;
    else if (a === '-rdc' || a === '--relocatable-device-code') {
      if (i + 1 < nvccArgs.length) on = nvccArgs[++i] === 'true';
    } else {
      const m = /^(?:-rdc|--relocatable-device-code)=(.*)$/.exec(a);
      if (m) on = m[1] === 'true';
    }
  }
  return on;
}

export interface PtxasArgsInput {
  ptxFile: string;
  cubinFile: string;
  arch: string;
  /** The PTX's document model; without it (and without `relocatable`) only `nvccArgs` decide. */
  module?: ModuleLinkage;
  /** The nvcc arguments that generated the PTX, when nvcc did. */
  nvccArgs?: readonly string[];
  /** The caller's own decision (from its document model); wins over the scan of `module`. */
  relocatable?: boolean;
}

export interface PtxasArgs {
  args: string[];
  /** `--compile-only`: the module is assembled for the device linker, not as a whole program. */
  compileOnly: boolean;
}

/** `ptxas -v -arch=… [--compile-only] <ptx> -o <cubin>`. */
export function buildPtxasArgs(input: PtxasArgsInput): PtxasArgs {
  const compileOnly = (input.nvccArgs !== undefined && rdcRequested(input.nvccArgs)) || (input.relocatable ?? (input.module ? needsLinking(input.module) : false));
  return { args: ['-v', `-arch=${input.arch}`, ...(compileOnly ? ['--compile-only'] : []), input.ptxFile, '-o', input.cubinFile], compileOnly };
}
