/**
 * Plain data shapes of the PTX document model. Positions are LSP-style (0-based line, UTF-16
 * character), structurally identical to the `vscode-languageserver` types, but no LSP object
 * lives in the model.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** `information`: a note on code ptxas accepts (it may repair it at a cost). */
export type Severity = 'error' | 'warning' | 'information';

/** A syntax problem found while parsing. `start`/`end` are offsets into the text. */
/** A text edit by offsets: replace `start..end` with `newText` (an insertion when they are equal). */
export interface PtxEdit {
  start: number;
  end: number;
  newText: string;
}

export interface PtxDiagnostic {
  range: Range;
  start: number;
  end: number;
  message: string;
  severity: Severity;
  /** Which check found it, e.g. `ptx-needs-target`. */
  code?: string;
  /** The obvious repair, when there is one. */
  fix?: { title: string; edits: PtxEdit[] };
}

/** Statement kinds, stored as one byte per statement in `PtxModel.stmtKind`. */
export enum StatementKind {
  Instruction = 1,
  Label = 2,
  /** `.version`, `.target`, `.address_size`, `.alias`, … */
  Directive = 3,
  /** `.reg`, `.param`, `.local`, `.shared`, `.global`, `.const`, `.tex` … declarations. */
  Declaration = 4,
  /** `.entry` / `.func` header up to its parameter list. */
  FunctionHeader = 5,
  /** `.maxntid`, `.reqntid`, `.minnctapersm`, `.maxnreg`, cluster directives, `.noreturn` … */
  Performance = 6,
  Loc = 7,
  File = 8,
  Pragma = 9,
  /** A whole `.section name { … }` block (DWARF), skipped cheaply. */
  Section = 10,
  BlockOpen = 11,
  BlockClose = 12,
  /** `#include`, `#define` … lines (ptxas runs a C-like preprocessor). */
  Preprocessor = 13,
  /** `name: .callprototype …;` */
  CallPrototype = 14,
  /** Text that could not be parsed as a statement. */
  Error = 15,
}

/** Flag bits in `PtxModel.stmtFlags`. */
export const STMT_GUARDED = 1;
/** The statement ended without its `;` (partial line, or a missing semicolon). */
export const STMT_NO_SEMICOLON = 2;

/** Flag bits of a name occurrence (`PtxModel.occFlags`). */
export const OCC_WRITE = 1;
/** The occurrence is the declaring name (of a declaration, parameter, label or function). */
export const OCC_DEF = 2;
/** The occurrence sits inside `[ … ]` (an address operand). */
export const OCC_ADDRESS = 4;
/** The occurrence is an instruction guard `@%p` / `@!%p`. */
export const OCC_GUARD = 8;
/** The occurrence is inside a `.loc` (function_name label) or a directive, not an instruction. */
export const OCC_DIRECTIVE = 16;

export type Linkage = 'visible' | 'extern' | 'weak' | 'common';

/** A declared name: module variable, function-local variable, register (or register range). */
export interface PtxDeclaration {
  /** State space without the dot: `reg`, `param`, `local`, `shared`, `global`, `const`, `tex`, … */
  space: string;
  /** The declared name; for `%r<28>` it is `%r` and `count` is 28. */
  name: string;
  nameId: number;
  /** Number of registers in a `%r<N>` range, or -1 for a single name. */
  count: number;
  /** Type and qualifiers as written, e.g. `.b32`, `.v4 .f32`, `.align 4 .b8`. */
  type: string;
  /** Array dimensions as written, e.g. `[1024]`, `[]`, or ''. */
  array: string;
  linkage: Linkage[];
  /** Offset of the name (start) and its end (including a `<N>` suffix). */
  nameStart: number;
  nameEnd: number;
  /** Index of the declaring statement. */
  stmt: number;
  /** Offsets where the name is visible: its enclosing `{}` block, or the whole module. */
  scopeStart: number;
  scopeEnd: number;
  /** Function index, or -1 at module scope. */
  func: number;
  hasInitializer: boolean;
}

/** A parameter or return value of a `.func`/`.entry`. */
export interface PtxParam {
  name: string;
  nameId: number;
  /** `param` or `reg`. */
  space: string;
  /** Type and qualifiers as written, e.g. `.u64 .ptr .global .align 16`, `.align 8 .b8`. */
  type: string;
  array: string;
  nameStart: number;
  nameEnd: number;
  isReturn: boolean;
}

export interface PtxLabel {
  name: string;
  nameId: number;
  start: number;
  end: number;
  stmt: number;
  /** Function index, or -1 for module-level labels (inside `.section` blocks, call prototypes). */
  func: number;
  /**
   * Offsets where the label is visible: its enclosing `{}` block (the `{` and after the `}`),
   * or the whole module. A label of a nested block (an inline-asm `{ … }` that nvcc pastes at
   * every call site) is local to that block, as ISA scoping says.
   */
  scopeStart: number;
  scopeEnd: number;
}

export interface PtxFunction {
  index: number;
  kind: 'entry' | 'func';
  name: string;
  nameId: number;
  linkage: Linkage[];
  /** Offset of the first linkage/`.entry` keyword. */
  start: number;
  /** End of the whole function (after `}` or the `;` of a prototype). */
  end: number;
  nameStart: number;
  nameEnd: number;
  /** Index of the header statement. */
  headerStmt: number;
  /** Offsets of `{` and after `}`, or -1 for a declaration without body. */
  bodyStart: number;
  bodyEnd: number;
  params: PtxParam[];
  returns: PtxParam[];
  /** Declarations inside the body, in text order (registers, `.param` in call blocks, …). */
  decls: PtxDeclaration[];
  labels: PtxLabel[];
  /** Statement indices of performance directives (`.maxntid`, `.maxnreg`, …) and `.pragma`s of the header. */
  directives: number[];
  instructionCount: number;
}

export interface PtxFile {
  index: number;
  path: string;
  /** Offsets of the `.file` statement. */
  start: number;
  end: number;
}

export interface PtxSection {
  name: string;
  start: number;
  end: number;
}

/** A source position `file line column` as written in `.loc` / `inlined_at`. */
export interface SourcePoint {
  file: number;
  line: number;
  column: number;
}
