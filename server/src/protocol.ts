/**
 * The custom requests and notifications between the PTX Lens client and server, typed once
 * here and imported by both sides. Standard LSP features need nothing here.
 *
 * Lines in this file's types are 0-based, as in LSP.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

export interface ServerInfo {
  pid: number;
  version: string;
}

/** Who the server is: used by the client's status bar and by tests. */
export const ServerInfoRequest = new RequestType0<ServerInfo, void>('ptxLens/serverInfo');

export interface CompileParams {
  /** The CUDA document (`.cu`, or a header whose including file is known). */
  uri: string;
}

export interface KernelSummary {
  mangledName: string;
  name: string;
  isEntry: boolean;
  /** First and last line of the function in the PTX. */
  ptxStartLine: number;
  ptxEndLine: number;
  instructions: number;
  resourcesKnown: boolean;
  registers: number;
  spillStoreBytes: number;
  spillLoadBytes: number;
  stackBytes: number;
  sharedBytes: number;
  constBytes: number;
  /** Where the function is defined, when the PTX says. */
  sourcePath?: string;
  sourceLine?: number;
}

/** A compiled CUDA file as the Show PTX view needs it. */
export interface PtxView {
  kind: 'ok' | 'error' | 'missing' | 'cancelled';
  /** For anything but `ok`: what went wrong, in a sentence. */
  message?: string;
  sourceUri: string;
  /** The compiled file's absolute path: the key of its line maps. */
  sourcePath: string;
  ptx?: string;
  arch?: string;
  nvccVersion?: string;
  durationMs?: number;
  fromCache?: boolean;
  /**
   * Source file path → source line → PTX lines. Inlined code is listed under its call sites too;
   * a header's lines are only ever keys of the header's own map.
   */
  sourceToPtx?: Record<string, Record<number, number[]>>;
  /** Source file path → PTX line → the line in that file it is attributed to (call site for inlined code). */
  ptxToSource?: Record<string, Record<number, number>>;
  kernels?: KernelSummary[];
}

/** Compiles a CUDA document (from the cache when nothing changed) and returns its PTX and line map. */
export const CompileRequest = new RequestType<CompileParams, PtxView, void>('ptxLens/compile');

export interface ToolchainStatus {
  state: 'found' | 'missing' | 'untrusted';
  nvccPath?: string;
  version?: string;
  arch: string;
  message?: string;
}

/** Sent whenever the toolchain is (re)discovered or the arch changes. */
export const ToolchainStatusNotification = new NotificationType<ToolchainStatus>('ptxLens/toolchainStatus');

/** The GPU architectures the found nvcc supports, newest first. */
export const ListArchsRequest = new RequestType0<string[], void>('ptxLens/listArchs');

/** Sent by the client when the user grants the workspace trust. */
export const TrustChangedNotification = new NotificationType<{ trusted: boolean }>('ptxLens/trustChanged');

/** Concept notes: with no name, the list; with a name, that note as markdown too. */
export interface ConceptParams {
  name?: string;
}
export interface ConceptResult {
  notes: Array<{ name: string; title: string; summary: string }>;
  markdown?: string;
}
export const ConceptRequest = new RequestType<ConceptParams, ConceptResult, void>('ptxLens/concept');
