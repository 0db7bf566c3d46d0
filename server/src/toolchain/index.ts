/**
 * The toolchain module's public surface: find nvcc/ptxas, compile CUDA to PTX with a line map,
 * per-kernel resources and diagnostics, assemble PTX documents, demangle names. The data
 * shapes are in types.ts; every line number is 1-based.
 */
export * from './types';
export { CompileService, type CompileServiceOptions } from './compileService';
export { discoverToolchain, listArchs, locateNvcc, parseArchList, parseNvccVersion, whichSync, type ArchList } from './discovery';
export { buildNvccArgs, flagsFromEntry, findCompileCommands, parseCompileCommands, splitCommandLine, type NvccArgsInput } from './flags';
export { demangle, demangleOneSync, baseName, Demangler } from './demangle';
export { scanPtx, locationInFile, type PtxFunction, type PtxScan } from './ptxScan';
export { parsePtxasVerbose, type FunctionResources } from './ptxasInfo';
export { buildPtxasArgs, needsLinking, rdcRequested, unresolvedExterns, type ModuleLinkage, type PtxasArgsInput } from './linking';
export { parseToolOutput, groupByFile, type DiagnosticContext } from './diagnostics';
export { parseDepFile } from './deps';
export { runTool, type RunOptions, type RunResult } from './run';
