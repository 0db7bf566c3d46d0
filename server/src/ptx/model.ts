/**
 * The per-document PTX model: compact typed arrays filled in one pass by `parsePtx`, plus
 * small objects for functions, declarations, labels and files. Rich per-statement objects are
 * built on request (`statement.ts`, `query.ts`); nothing here re-scans the text.
 */
import { lastAtOrBefore } from './scan';
import { blockParents, innermostBlock, localDeclarationsByName } from './scopes';
import type {
  Position,
  PtxDeclaration,
  PtxDiagnostic,
  PtxFile,
  PtxFunction,
  PtxLabel,
  PtxSection,
  Range,
  StatementKind,
} from './types';

/** The data a parse produces; `PtxModel` adds queries over it. */
export interface PtxModelData {
  /** The parsed text (kept: statements are materialized lazily from it). */
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: Int32Array;
  /** Interned names; `occName`, `stmtAux` and `nameId` fields index into it. */
  readonly names: readonly string[];

  /** Statements in text order: start/end offsets, kind, flags (line and function are looked up: `stmtLineOf`, `functionAt`). */
  readonly stmtStart: Int32Array;
  readonly stmtEnd: Int32Array;
  readonly stmtKind: Uint8Array;
  readonly stmtFlags: Uint8Array;
  /** Per kind: instruction → interned mnemonic id; loc → loc index; label → label index; declaration → first decl's nameId. */
  readonly stmtAux: Int32Array;

  /** Name occurrences (registers and identifiers) in text order: offset, interned name, OCC_* flags. */
  readonly occOffset: Int32Array;
  readonly occName: Int32Array;
  readonly occFlags: Uint8Array;

  /** `.loc` records: ptx line, file, line, column, inlined_at (file -1 when absent), function_name label id (-1). */
  readonly locLine: Int32Array;
  readonly locFile: Int32Array;
  readonly locSrcLine: Int32Array;
  readonly locCol: Int32Array;
  readonly locInlFile: Int32Array;
  readonly locInlLine: Int32Array;
  readonly locInlCol: Int32Array;
  readonly locFnName: Int32Array;

  /** `{}` blocks (function bodies included): start offset of `{`, end offset after `}`, function, parent block (-1). */
  readonly blockStart: Int32Array;
  readonly blockEnd: Int32Array;
  readonly blockFunc: Int32Array;

  /** Comments as [start, end) offset pairs. */
  readonly comments: Int32Array;

  readonly functions: readonly PtxFunction[];
  /** Module-scope declarations (`.global`, `.const`, `.shared`, `.extern` …). */
  readonly globals: readonly PtxDeclaration[];
  readonly labels: readonly PtxLabel[];
  readonly files: ReadonlyMap<number, PtxFile>;
  readonly sections: readonly PtxSection[];
  readonly diagnostics: readonly PtxDiagnostic[];
  /** `.version` / `.target` / `.address_size` values as written (undefined when absent). */
  readonly version: string | undefined;
  readonly target: string | undefined;
  readonly addressSize: number | undefined;

  /** name id → function indices / label indices / module declarations with that name. */
  readonly functionsByName: ReadonlyMap<number, number[]>;
  readonly globalsByName: ReadonlyMap<number, PtxDeclaration[]>;

}

/** The model: the parse data (documented on `PtxModelData`) plus queries over it. */
export class PtxModel implements PtxModelData {
  // Fields come from `PtxModelData` through `Object.assign` in the constructor.
  declare readonly text: string;
  declare readonly lineStarts: Int32Array;
  declare readonly names: readonly string[];

  declare readonly stmtStart: Int32Array;
  declare readonly stmtEnd: Int32Array;
  declare readonly stmtKind: Uint8Array;
  declare readonly stmtFlags: Uint8Array;
  declare readonly stmtAux: Int32Array;

  declare readonly occOffset: Int32Array;
  declare readonly occName: Int32Array;
  declare readonly occFlags: Uint8Array;

  declare readonly locLine: Int32Array;
  declare readonly locFile: Int32Array;
  declare readonly locSrcLine: Int32Array;
  declare readonly locCol: Int32Array;
  declare readonly locInlFile: Int32Array;
  declare readonly locInlLine: Int32Array;
  declare readonly locInlCol: Int32Array;
  declare readonly locFnName: Int32Array;

  declare readonly blockStart: Int32Array;
  declare readonly blockEnd: Int32Array;
  declare readonly blockFunc: Int32Array;

  declare readonly comments: Int32Array;

  declare readonly functions: readonly PtxFunction[];
  declare readonly globals: readonly PtxDeclaration[];
  declare readonly labels: readonly PtxLabel[];
  declare readonly files: ReadonlyMap<number, PtxFile>;
  declare readonly sections: readonly PtxSection[];
  declare readonly diagnostics: readonly PtxDiagnostic[];
  declare readonly version: string | undefined;
  declare readonly target: string | undefined;
  declare readonly addressSize: number | undefined;

  declare readonly functionsByName: ReadonlyMap<number, number[]>;
  declare readonly globalsByName: ReadonlyMap<number, PtxDeclaration[]>;

  /** name → id lookup: open addressing over `names`, [hash, id + 1] per slot (built on first use). */
  private nameTable: Int32Array | undefined;

  private labelIndex: Map<number, number[]> | undefined;
  private parents: Int32Array | undefined;
  private localDecls: Map<string, PtxDeclaration[]> | undefined;

  /** Parent block of each block, -1 for function bodies (built on first use). */
  get blockParent(): Int32Array {
    return (this.parents ??= blockParents(this));
  }

  /** The innermost `{}` block enclosing `offset`, or -1 outside every function body. */
  blockAt(offset: number): number {
    return innermostBlock(this, this.blockParent, offset);
  }

  /** Function-local declarations by declared name (`%r` for `%r<28>`), in text order (built on first use). */
  get localDeclarationsByName(): ReadonlyMap<string, readonly PtxDeclaration[]> {
    return (this.localDecls ??= localDeclarationsByName(this.functions));
  }
  private locFuncs: Int32Array | undefined;

  /** Per `.loc`: index of the function whose body holds it, or -1 (built on first use). */
  get locFunc(): Int32Array {
    if (!this.locFuncs) {
      const out = new Int32Array(this.locLine.length).fill(-1);
      const fns = this.functions;
      let f = 0;
      for (let i = 0; i < out.length; i++) {
        const at = this.lineStarts[this.locLine[i]];
        while (f < fns.length && fns[f].end < at) f++;
        const fn = fns[f];
        if (fn && fn.bodyStart >= 0 && fn.bodyStart < at && at < fn.bodyEnd) out[i] = f;
      }
      this.locFuncs = out;
    }
    return this.locFuncs;
  }
  private byNameStart: Int32Array | undefined;
  private byName: Int32Array | undefined;

  /**
   * Occurrence indices grouped by name: those of name id `n` are
   * `occByName[occByNameStart[n] .. occByNameStart[n+1])`, in text order. Built on first use
   * (a counting sort, linear in the occurrences), so opening a file does not pay for it.
   */
  get occByNameStart(): Int32Array {
    if (!this.byNameStart) this.buildNameIndex();
    return this.byNameStart!;
  }

  get occByName(): Int32Array {
    if (!this.byName) this.buildNameIndex();
    return this.byName!;
  }

  private buildNameIndex(): void {
    const occName = this.occName;
    const counts = new Int32Array(this.names.length + 1);
    for (let i = 0; i < occName.length; i++) counts[occName[i] + 1]++;
    for (let i = 1; i < counts.length; i++) counts[i] += counts[i - 1];
    const cursor = counts.slice(0, this.names.length);
    const byName = new Int32Array(occName.length);
    for (let i = 0; i < occName.length; i++) byName[cursor[occName[i]]++] = i;
    this.byNameStart = counts;
    this.byName = byName;
  }

  constructor(data: PtxModelData) {
    Object.assign(this, data);
  }

  /**
   * Builds the indexes made on first use (names, blocks, locations), one per step: a server runs
   * this in the background, so that the first hover or definition on a large file need not.
   */
  *indexSteps(): Generator<void, void> {
    this.nameId('');
    yield;
    void this.occByNameStart;
    yield;
    void this.labelsByName;
    void this.blockParent;
    yield;
    void this.localDeclarationsByName;
    yield;
    void this.locFunc;
  }

  /** name id → indices into `labels` (built on first use). */
  get labelsByName(): ReadonlyMap<number, number[]> {
    let map = this.labelIndex;
    if (!map) {
      map = new Map();
      for (let i = 0; i < this.labels.length; i++) {
        const id = this.labels[i].nameId;
        const list = map.get(id);
        if (list) list.push(i);
        else map.set(id, [i]);
      }
      this.labelIndex = map;
    }
    return map;
  }

  get statementCount(): number {
    return this.stmtStart.length;
  }

  get locCount(): number {
    return this.locLine.length;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  kindOf(stmt: number): StatementKind {
    return this.stmtKind[stmt] as StatementKind;
  }

  statementText(stmt: number): string {
    return this.text.slice(this.stmtStart[stmt], this.stmtEnd[stmt]);
  }

  /** 0-based line containing `offset`. */
  lineOf(offset: number): number {
    return Math.max(0, lastAtOrBefore(this.lineStarts, offset));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  /** Offset of an LSP position; characters past the end of the line clamp to the line end. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    let end = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /**
   * Index of the statement covering `offset` (start ≤ offset ≤ end, so a cursor right after
   * the `;` or at the end of a partial line still finds it), or -1.
   */
  statementIndexAt(offset: number): number {
    const at = lastAtOrBefore(this.stmtStart, offset);
    return at >= 0 && offset <= this.stmtEnd[at] ? at : -1;
  }

  /** Index of the first statement that starts on `line`, or -1. */
  statementIndexAtLine(line: number): number {
    if (line < 0 || line >= this.lineStarts.length) return -1;
    const from = this.lineStarts[line];
    const to = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length + 1;
    const starts = this.stmtStart;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo] < to ? lo : -1;
  }

  /** 0-based line on which statement `stmt` starts. */
  stmtLineOf(stmt: number): number {
    return this.lineOf(this.stmtStart[stmt]);
  }

  /** Index of the function containing statement `stmt`, or -1 at module scope. */
  stmtFuncOf(stmt: number): number {
    const s = this.stmtStart[stmt];
    const f = this.functionAt(s);
    return f && f.bodyStart >= 0 && s > f.bodyStart && s < f.bodyEnd ? f.index : -1;
  }

  /** The function whose header or body contains `offset`, or undefined. */
  functionAt(offset: number): PtxFunction | undefined {
    const fns = this.functions;
    let lo = 0;
    let hi = fns.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = fns[mid];
      if (offset < f.start) hi = mid - 1;
      else if (offset > f.end) lo = mid + 1;
      else return f;
    }
    return undefined;
  }

  /** Interned id of a name, or -1 when the name never occurs. */
  nameId(name: string): number {
    let table = this.nameTable;
    const names = this.names;
    if (!table) {
      // A typed table rather than a Map: no per-name allocation on the JS heap.
      let size = 16;
      while (size < names.length * 2) size *= 2;
      table = new Int32Array(size * 2);
      const mask = size - 1;
      for (let id = 0; id < names.length; id++) {
        const h = hashName(names[id]);
        let i = h & mask;
        while (table[2 * i + 1] !== 0) i = (i + 1) & mask;
        table[2 * i] = h;
        table[2 * i + 1] = id + 1;
      }
      this.nameTable = table;
    }
    const mask = (table.length >> 1) - 1;
    const h = hashName(name);
    let i = h & mask;
    for (;;) {
      const v = table[2 * i + 1];
      if (v === 0) return -1;
      if (table[2 * i] === h && names[v - 1] === name) return v - 1;
      i = (i + 1) & mask;
    }
  }

  /**
   * Occurrence indices of a name id whose offset lies in [from, to), in text order; found by
   * binary search in the per-name list, so the cost is O(log n + result).
   */
  occurrencesOf(nameId: number, from = 0, to = Number.MAX_SAFE_INTEGER): number[] {
    if (nameId < 0 || nameId + 1 >= this.occByNameStart.length) return [];
    const list = this.occByName;
    const offsets = this.occOffset;
    let lo = this.occByNameStart[nameId];
    let hi = this.occByNameStart[nameId + 1];
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[list[mid]] < from) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < end; i++) {
      const occ = list[i];
      if (offsets[occ] >= to) break;
      out.push(occ);
    }
    return out;
  }
}

/** FNV-1a over the UTF-16 code units of a name. */
function hashName(name: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h;
}
