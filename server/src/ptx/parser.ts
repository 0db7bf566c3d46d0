/**
 * One-pass, tolerant PTX parser. It walks the text with `charCodeAt`, records compact
 * per-statement data in typed arrays and interns every register/identifier occurrence, so a
 * 16 MB nvcc file costs a handful of arrays rather than an object per token. It never throws
 * and always advances; a malformed statement becomes a diagnostic and scanning resumes at the
 * next `;`, `}` or line.
 */
import { unescapePtxString } from './strings';
import { PtxModel } from './model';
import * as scan from './scan';
import { IntList, Interner, LocTable, OccurrenceTable, StatementTable, grownCapacity, lastAtOrBefore } from './scan';
import * as types from './types';
import type { StatementKind, Linkage, PtxDeclaration, PtxDiagnostic, PtxFile, PtxFunction, PtxLabel, PtxParam, PtxSection, Severity } from './types';

// Bound once: module exports compiled to CommonJS are getters, too slow for the scanning loops.
const {
  CH_AT,
  CH_BANG,
  CH_BOM,
  FNV_BASIS,
  FNV_PRIME,
  H2_PRIME,
  CH_COLON,
  CH_COMMA,
  CH_CR,
  CH_DOT,
  CH_EQ,
  CH_GT,
  CH_HASH,
  CH_LBRACE,
  CH_LBRACKET,
  CH_LF,
  CH_LPAREN,
  CH_LT,
  CH_MINUS,
  CH_PERCENT,
  CH_PIPE,
  CH_PLUS,
  CH_QUOTE,
  CH_BACKSLASH,
  CH_RBRACE,
  CH_RBRACKET,
  CH_RPAREN,
  CH_SEMI,
  CH_SLASH,
  CH_STAR,
  CH_TAB,
  C_DIGIT,
  C_NAME,
  C_NAME_START,
  C_OPCODE,
  C_PUNCT,
  C_SPACE,
  CLS,
} = scan;
const SK = types.StatementKind;
const { OCC_ADDRESS, OCC_DEF, OCC_DIRECTIVE, OCC_GUARD, OCC_WRITE, STMT_GUARDED, STMT_NO_SEMICOLON } = types;

const D_LOC = 1;
const D_FILE = 2;
const D_VERSION = 3;
const D_TARGET = 4;
const D_ADDRESS_SIZE = 5;
const D_SPACE = 6;
const D_LINKAGE = 7;
const D_FUNC = 8;
const D_ENTRY = 9;
const D_PERF = 10;
const D_PRAGMA = 11;
const D_SECTION = 12;
const D_GENERIC = 13;

/** Directives of the PTX ISA (9.x) that may start a statement, and how the parser treats them. */
const DIRECTIVES: ReadonlyArray<[string, number]> = [
  ['.loc', D_LOC],
  ['.file', D_FILE],
  ['.version', D_VERSION],
  ['.target', D_TARGET],
  ['.address_size', D_ADDRESS_SIZE],
  ['.reg', D_SPACE],
  ['.sreg', D_SPACE],
  ['.param', D_SPACE],
  ['.local', D_SPACE],
  ['.shared', D_SPACE],
  ['.global', D_SPACE],
  ['.const', D_SPACE],
  ['.tex', D_SPACE],
  ['.visible', D_LINKAGE],
  ['.extern', D_LINKAGE],
  ['.weak', D_LINKAGE],
  ['.common', D_LINKAGE],
  ['.func', D_FUNC],
  ['.entry', D_ENTRY],
  ['.maxntid', D_PERF],
  ['.reqntid', D_PERF],
  ['.minnctapersm', D_PERF],
  ['.maxnctapersm', D_PERF],
  ['.maxnreg', D_PERF],
  ['.maxclusterrank', D_PERF],
  ['.reqnctapercluster', D_PERF],
  ['.explicitcluster', D_PERF],
  ['.blocksareclusters', D_PERF],
  ['.noreturn', D_PERF],
  ['.abi_preserve', D_PERF],
  ['.abi_preserve_control', D_PERF],
  ['.pragma', D_PRAGMA],
  ['.section', D_SECTION],
  ['.alias', D_GENERIC],
  ['.branchtargets', D_GENERIC],
  ['.calltargets', D_GENERIC],
  ['.callprototype', D_GENERIC],
];

/** Instructions whose first operand, when a bare register, is read rather than written. */
const NO_DEST = new Set([
  'bar', 'barrier', 'membar', 'fence', 'bra', 'brx', 'ret', 'exit', 'trap', 'brkpt', 'nanosleep',
  'pmevent', 'prefetch', 'prefetchu', 'applypriority', 'discard', 'red', 'st', 'stmatrix', 'cp',
  'setmaxnreg', 'griddepcontrol', 'multimem', 'tensormap', 'sust', 'sured',
]);

const NO_LINKAGE: Linkage[] = [];
/** Syntax errors reported per document; the rest are counted in one last diagnostic (a garbage file would otherwise flood the editor). */
export const MAX_DIAGNOSTICS = 1000;

interface RawDiagnostic {
  start: number;
  end: number;
  message: string;
  severity: Severity;
}

class Parser {
  private readonly n: number;
  private pos = 0;
  private readonly interner: Interner;
  private readonly dirCode: Int8Array;
  /**
   * Line starts, recorded by the main scan as it steps over newlines (no separate pass over
   * the text). Invariant: every `\n` before `lineFront` is recorded; when `linesDirty` is false
   * there is also none in [lineFront, pos) (the statements since skipped no newline), else the
   * gap is filled in with `indexOf` at the next newline. Texts with `\r` are measured up front.
   */
  private readonly lines: IntList;
  private lineFront = 0;
  private linesDirty = false;

  private readonly stmts: StatementTable;

  private readonly occs: OccurrenceTable;


  /** `.loc` records, one column per field (one capacity check per record). */
  private readonly locs = new LocTable();
  private readonly bStart = new IntList();
  private readonly bEnd = new IntList();
  private readonly bFunc = new IntList();
  private readonly blockStack: number[] = [];
  /** Function-local declarations whose block has not closed yet, in text order. */
  private readonly openDecls: PtxDeclaration[] = [];
  /** Function labels whose block has not closed yet, in text order. */
  private readonly openLabels: PtxLabel[] = [];
  private readonly comments = new IntList();

  private readonly functions: PtxFunction[] = [];
  private readonly globals: PtxDeclaration[] = [];
  private readonly labels: PtxLabel[] = [];
  private readonly files = new Map<number, PtxFile>();
  private readonly sections: PtxSection[] = [];
  private readonly diags: RawDiagnostic[] = [];
  private suppressed = 0;
  private firstSuppressed = 0;
  private readonly functionsByName = new Map<number, number[]>();
  private readonly globalsByName = new Map<number, PtxDeclaration[]>();
  /** Per mnemonic id: 1 when its first operand is read, not written (see NO_DEST). */
  private readonly noDest: Array<number | undefined> = [];
  private version: string | undefined;
  private target: string | undefined;
  private addressSize: number | undefined;

  private curFunc = -1;
  private pendingFunc = -1;
  /** Scratch result of `readInt`. */
  private intValue = 0;
  /** Furthest offset `readInt` reached (a hint for where a directive's tail starts). */
  private lastRead = 0;
  /** Where `bodyEnd` found each of `HOP_CHARS` last (-1: not searched yet). */
  private readonly hops = new Int32Array(4).fill(-1);

  /**
   * `bodies: false` reads the module's top level only: function bodies are stepped over by
   * brace counting (comments and quoted strings skipped), so functions, module declarations and
   * sections come out as a full parse gives them, in a fraction of the time (see `parseOutline`).
   */
  constructor(
    private readonly text: string,
    private readonly bodies = true,
  ) {
    this.n = text.length;
    // nvcc modules have about one distinct name per 600 bytes (a table sized once, not rehashed).
    this.interner = Interner.seededFrom(DIRECTIVE_NAMES, text.length / 600);
    // Capacities sized for nvcc output (about one statement per 36 bytes, one name per 22);
    // denser texts grow the tables by extrapolation (see `grownCapacity`).
    // A small text (an inline-asm template) gets small tables: they are allocated per parse.
    // Reading the top level only fills a few entries per function.
    const stmts = bodies ? Math.max(64, (text.length / 35) | 0) : 1024;
    const occs = bodies ? Math.max(64, (text.length / 21) | 0) : 1024;
    this.stmts = new StatementTable(stmts);
    this.stmts.n = text.length;
    this.occs = new OccurrenceTable(occs);
    this.occs.n = text.length;
    if (text.indexOf('\r') < 0) {
      // nvcc output averages about 31 characters a line.
      this.lines = new IntList(Math.max(16, ((text.length / 30) | 0) + 64));
      this.lines.push(0);
    } else {
      // `\r\n` and lone `\r` breaks: measured once here, and nothing is recorded while scanning.
      const starts = computeLineStarts(text);
      this.lines = new IntList(0);
      this.lines.data = starts;
      this.lines.length = starts.length;
      this.lineFront = this.n + 1;
    }
    this.dirCode = DIRECTIVE_CODES;
  }

  run(): PtxModel {
    this.advance(Number.POSITIVE_INFINITY);
    return this.finish();
  }

  /**
   * Reads statements until the text ends (true) or, checked every few hundred statements,
   * `performance.now()` passes `deadline` (false: call again to go on from there).
   */
  advance(deadline: number): boolean {
    const text = this.text;
    const n = this.n;
    const timed = deadline !== Number.POSITIVE_INFINITY;
    for (let countdown = CHECK_CLOCK_EVERY; ; ) {
      if (timed && --countdown === 0) {
        countdown = CHECK_CLOCK_EVERY;
        if (performance.now() >= deadline) return false;
      }
      this.skipTrivia();
      if (this.pos >= n) break;
      const before = this.pos;
      const c = text.charCodeAt(this.pos);
      if (this.pendingFunc >= 0 && c !== CH_LBRACE && c !== CH_SEMI && c !== CH_DOT) this.pendingFunc = -1;
      if (c === CH_DOT) {
        const p = this.pos;
        // `.loc` is a third of nvcc's statements: recognise it without hashing.
        if (text.charCodeAt(p + 1) === 108 && text.charCodeAt(p + 2) === 111 && text.charCodeAt(p + 3) === 99 && !isNameCode(text.charCodeAt(p + 4))) {
          this.pendingFunc = -1;
          this.loc(p, p + 4);
        } else {
          this.directive(p, NO_LINKAGE);
          this.linesDirty = true;
        }
      }
      else if (c === CH_AT) this.instruction(this.pos);
      else if (c === CH_LBRACE) this.openBlock();
      else if (c === CH_RBRACE) this.closeBlock();
      else if (c === CH_SEMI) {
        if (this.pendingFunc >= 0) {
          this.functions[this.pendingFunc].end = this.pos + 1;
          this.pendingFunc = -1;
        }
        this.pos++;
      } else if (c === CH_HASH) {
        const e = lineEnd(text, this.pos);
        this.addStmt(SK.Preprocessor, this.pos, e, 0, -1);
        this.pos = e;
      } else if (c < 128 && (CLS[c] & C_NAME_START) !== 0) this.nameStatement();
      else {
        this.garbage(this.pos);
        this.linesDirty = true;
      }
      if (this.pos <= before) this.pos = before + 1;
    }
    this.closeAtEof();
    return true;
  }

  // ---- trivia -------------------------------------------------------------------------------

  /** Skips whitespace and comments between statements, recording the line starts it passes. */
  private skipTrivia(): void {
    const text = this.text;
    const n = this.n;
    let p = this.pos;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c < 128 ? (CLS[c] & C_SPACE) !== 0 : c === CH_BOM) {
        if (c === CH_LF && p >= this.lineFront) this.newline(p);
        p++;
        continue;
      }
      if (c === CH_SLASH) {
        const e = this.comment(p);
        if (e !== p) {
          // A block comment may span lines (a `//` one stops at its newline).
          if (text.charCodeAt(p + 1) === CH_STAR) this.linesDirty = true;
          p = e;
          continue;
        }
      }
      break;
    }
    this.pos = p;
  }

  /** Records the line starting after the `\n` at `p` (at or after `lineFront`). */
  private newline(p: number): void {
    if (this.linesDirty) this.syncLines(p);
    const lines = this.lines;
    if (lines.length === lines.data.length) lines.reserve(grownCapacity(lines.length, p, this.n));
    lines.data[lines.length++] = p + 1;
    this.lineFront = p + 1;
  }

  /** Records every line start after a `\n` in [lineFront, to); afterwards there is none unrecorded before `to`. */
  private syncLines(to: number): void {
    this.linesDirty = false;
    if (to <= this.lineFront) return;
    const text = this.text;
    const lines = this.lines;
    let i = text.indexOf('\n', this.lineFront);
    while (i >= 0 && i < to) {
      if (lines.length === lines.data.length) lines.reserve(grownCapacity(lines.length, i, this.n));
      lines.data[lines.length++] = i + 1;
      i = text.indexOf('\n', i + 1);
    }
    this.lineFront = to;
  }

  /** Skips a `/* … *\/` comment starting at `p`; returns the offset after it. */
  /** At a `//` or block comment: records it and returns the offset after it; elsewhere returns `p`. */
  private comment(p: number): number {
    const c2 = this.text.charCodeAt(p + 1);
    if (c2 === CH_SLASH) {
      const e = lineEnd(this.text, p);
      this.comments.push(p);
      this.comments.push(e);
      return e;
    }
    return c2 === CH_STAR ? this.blockComment(p) : p;
  }

  private blockComment(p: number): number {
    const e = this.text.indexOf('*/', p + 2);
    const end = e < 0 ? this.n : e + 2;
    if (e < 0) this.diag(p, p + 2, 'Unterminated comment', 'error');
    this.comments.push(p);
    this.comments.push(end);
    return end;
  }

  /** Skips spaces and tabs (not newlines) from `p`. */
  private skipBlanks(p: number): number {
    const text = this.text;
    while (p < this.n) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === CH_TAB || c === CH_CR) p++;
      else break;
    }
    return p;
  }

  /** Skips whitespace, newlines and comments from `p` without moving `this.pos`. */
  private skipAll(p: number): number {
    const text = this.text;
    const n = this.n;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c < 128 ? (CLS[c] & C_SPACE) !== 0 : c === CH_BOM) {
        p++;
        continue;
      }
      if (c === CH_SLASH) {
        const e = this.comment(p);
        if (e !== p) {
          p = e;
          continue;
        }
      }
      break;
    }
    return p;
  }

  private scanName(p: number): number {
    const text = this.text;
    while (p < this.n) {
      const c = text.charCodeAt(p);
      if (c < 128 && (CLS[c] & C_NAME) !== 0) p++;
      else break;
    }
    return p;
  }

  private isNameStart(p: number): boolean {
    if (p >= this.n) return false;
    const c = this.text.charCodeAt(p);
    return c < 128 && (CLS[c] & C_NAME_START) !== 0;
  }

  /** Reads an optionally negative decimal/hex integer after blanks; returns the end or -1. */
  private readInt(p: number): number {
    const text = this.text;
    p = this.skipBlanks(p);
    let neg = false;
    if (text.charCodeAt(p) === CH_MINUS) {
      neg = true;
      p++;
    }
    const s = p;
    let v = 0;
    while (p < this.n) {
      const c = text.charCodeAt(p);
      if (c >= 48 && c <= 57) {
        v = v * 10 + (c - 48);
        p++;
      } else break;
    }
    if (p === s) return -1;
    const c = text.charCodeAt(p);
    if (c < 128 && (CLS[c] & C_NAME) !== 0) {
      // Hex (`0x1F`), octal, or a `U` suffix: the rare slow path.
      while (p < this.n && isNameCode(text.charCodeAt(p))) p++;
      v = Number(text.slice(s, p).replace(/U$/i, ''));
      if (!Number.isFinite(v)) return -1;
    }
    this.intValue = neg ? -v : v;
    if (p > this.lastRead) this.lastRead = p;
    return p;
  }

  /** Where error recovery resumes: after the next `;` or newline, or at the next `}`. */
  private recover(p: number): number {
    const text = this.text;
    while (p < this.n) {
      const c = text.charCodeAt(p);
      if (c === CH_SEMI || c === CH_LF) return p + 1;
      if (c === CH_RBRACE) return p;
      p++;
    }
    return p;
  }

  // ---- records ------------------------------------------------------------------------------

  /** 0-based line of `offset` (line starts are filled in up to it first, when needed). */
  private lineAt(offset: number): number {
    if (this.linesDirty || offset > this.pos) this.syncLines(Math.max(offset, this.pos));
    const starts = this.lines.data;
    const last = this.lines.length - 1;
    if (starts[last] <= offset) return last;
    return Math.max(0, lastAtOrBefore(starts, offset, last + 1));
  }

  private addStmt(kind: StatementKind, start: number, end: number, flags: number, aux: number): number {
    return this.stmts.add(start, end, kind, flags, aux);
  }

  private occ(start: number, end: number, flags: number): number {
    const id = this.interner.intern(this.text, start, end);
    this.occs.add(start, id, flags);
    return id;
  }

  private diag(start: number, end: number, message: string, severity: Severity = 'error'): void {
    if (this.diags.length >= MAX_DIAGNOSTICS) {
      if (this.suppressed++ === 0) this.firstSuppressed = start;
      return;
    }
    this.diags.push({ start, end: Math.max(end, start), message, severity });
  }

  private garbage(p: number): void {
    const c = this.text.charCodeAt(p);
    const shown = c >= 32 && c < 127 ? `'${String.fromCharCode(c)}'` : `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    const e = this.recover(p);
    this.diag(p, p + 1, `Unexpected character ${shown}`);
    this.addStmt(SK.Error, p, Math.max(p + 1, trimEnd(this.text, p, e)), 0, -1);
    this.pos = Math.max(e, p + 1);
  }

  // ---- statements ---------------------------------------------------------------------------

  private nameStatement(): void {
    const s = this.pos;
    const e = this.scanName(s + 1);
    const text = this.text;
    // `ld.global…` / `ret;`: certainly an instruction (a label is `name:`).
    const after = text.charCodeAt(e);
    if (after === CH_DOT || after === CH_SEMI) {
      this.instruction(s);
      return;
    }
    const q = this.skipBlanks(e);
    if (text.charCodeAt(q) === CH_COLON && text.charCodeAt(q + 1) !== CH_COLON && text.charCodeAt(s) !== CH_PERCENT) {
      this.label(s, e, q + 1);
      return;
    }
    this.instruction(s);
  }

  private label(s: number, e: number, after: number): void {
    const text = this.text;
    const nameId = this.occ(s, e, OCC_DEF);
    const q = this.skipBlanks(after);
    let kind = SK.Label;
    let end = after;
    if (text.startsWith('.callprototype', q)) {
      this.linesDirty = true;
      kind = SK.CallPrototype;
      const semi = text.indexOf(';', q);
      end = semi < 0 ? this.n : semi + 1;
      this.referencesIn(q + 14, end);
      if (semi < 0) this.diag(q, q + 14, "Expected ';' after the call prototype");
    }
    const labelIndex = this.labels.length;
    const stmt = this.addStmt(kind, s, end, 0, labelIndex);
    const top = this.blockStack.length > 0 ? this.blockStack[this.blockStack.length - 1] : -1;
    const scopeStart = top >= 0 ? this.bStart.data[top] : 0;
    const label: PtxLabel = { name: this.interner.names[nameId], nameId, start: s, end: e, stmt, func: this.curFunc, scopeStart, scopeEnd: this.n };
    this.labels.push(label);
    if (this.curFunc >= 0) {
      this.functions[this.curFunc].labels.push(label);
      this.openLabels.push(label);
    }
    this.pos = end;
  }

  /** Records identifier occurrences in [p, end) as references (directive operands, initializers). */
  private referencesIn(p: number, end: number): void {
    const text = this.text;
    while (p < end) {
      const c = text.charCodeAt(p);
      if (c === CH_QUOTE) {
        const q = text.indexOf('"', p + 1);
        p = q < 0 || q > end ? end : q + 1;
      } else if (c < 128 && (CLS[c] & C_DIGIT) !== 0) {
        p = this.scanName(p + 1);
      } else if (c === CH_DOT) {
        p = this.scanName(p + 1);
      } else if (c < 128 && (CLS[c] & C_NAME_START) !== 0) {
        const e = this.scanName(p + 1);
        this.occ(p, e, OCC_DIRECTIVE);
        p = e;
      } else p++;
    }
  }

  private isNoDest(mnemonicId: number): boolean {
    const cache = this.noDest;
    let v = cache[mnemonicId];
    if (v === undefined) {
      const m = this.interner.names[mnemonicId];
      const dot = m.indexOf('.');
      v = NO_DEST.has(dot < 0 ? m : m.slice(0, dot)) ? 1 : 0;
      while (cache.length < mnemonicId) cache.push(undefined);
      cache[mnemonicId] = v;
    }
    return v === 1;
  }

  private instruction(s: number): void {
    const text = this.text;
    const n = this.n;
    let p = s;
    let flags = 0;
    if (text.charCodeAt(p) === CH_AT) {
      flags |= STMT_GUARDED;
      p++;
      if (text.charCodeAt(p) === CH_BANG) p++;
      if (this.isNameStart(p)) {
        const e = this.scanName(p + 1);
        this.occ(p, e, OCC_GUARD);
        p = e;
      } else this.diag(s, p, "Expected a predicate register after '@'");
      p = this.skipAll(p);
      this.linesDirty = true;
    }
    const opStart = p;
    let oh = FNV_BASIS;
    let oh2 = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c < 128 && (CLS[c] & C_OPCODE) !== 0) {
        oh = Math.imul(oh ^ c, FNV_PRIME);
        oh2 = Math.imul(oh2 + c, H2_PRIME) | 0;
        p++;
      } else break;
    }
    if (p === opStart) {
      this.linesDirty = true;
      const e = this.recover(p);
      this.diag(s, Math.max(p, s + 1), 'Expected an instruction');
      this.addStmt(SK.Error, s, Math.max(s + 1, trimEnd(text, s, e)), flags, -1);
      this.pos = Math.max(e, s + 1);
      return;
    }
    const opEnd = p;
    const interner = this.interner;
    const occs = this.occs;
    const mnemonic = interner.internHashed(text, opStart, opEnd, oh, oh2);
    const noDest = this.isNoDest(mnemonic);
    if (this.curFunc < 0) this.diag(opStart, opEnd, 'Instruction outside a function body');
    else this.functions[this.curFunc].instructionCount++;

    let opIndex = 0;
    let depth = 0;
    let brackets = 0;
    let braces = 0;
    let sawOperand = false;
    let lastSig = 0; // 0: a name or number; else the code of the last punctuation
    let lastSigEnd = opEnd;
    let end = -1;
    while (end < 0) {
      if (p >= n) {
        flags |= STMT_NO_SEMICOLON;
        end = lastSigEnd;
        break;
      }
      const c = text.charCodeAt(p);
      if (c === CH_SEMI) {
        end = p + 1;
        break;
      }
      if (c === CH_LF) {
        // A statement over several lines: the next newline fills in its line starts.
        this.linesDirty = true;
        if (depth > 0 || lastSig !== 0) {
          p++;
          continue;
        }
        const q = this.skipAll(p + 1);
        const nc = q < n ? text.charCodeAt(q) : 0;
        if (nc === CH_SEMI || nc === CH_COMMA || nc === CH_RPAREN || nc === CH_RBRACKET || nc === CH_PLUS || nc === CH_PIPE || (!sawOperand && (nc === CH_PERCENT || nc === CH_LBRACKET || nc === CH_LBRACE || nc === CH_LPAREN || nc === CH_MINUS || (nc >= 48 && nc <= 57)))) {
          p = q;
          continue;
        }
        // nvcc writes `call.uni \n\t_Z3foov, \n\t(…);`: a bare name followed by a comma continues the call.
        if (!sawOperand && nc < 128 && (CLS[nc] & C_NAME_START) !== 0 && text.charCodeAt(this.skipBlanks(this.scanName(q + 1))) === CH_COMMA) {
          p = q;
          continue;
        }
        flags |= STMT_NO_SEMICOLON;
        end = lastSigEnd;
        break;
      }
      if (c < 128) {
        const cls = CLS[c];
        if ((cls & C_SPACE) !== 0) {
          p++;
          continue;
        }
        if ((cls & C_NAME_START) !== 0) {
          const ns = p;
          let h = Math.imul(FNV_BASIS ^ c, FNV_PRIME);
          let h2 = Math.imul(c, H2_PRIME) | 0;
          p++;
          while (p < n) {
            const d = text.charCodeAt(p);
            if (d < 128 && (CLS[d] & C_NAME) !== 0) {
              h = Math.imul(h ^ d, FNV_PRIME);
              h2 = Math.imul(h2 + d, H2_PRIME) | 0;
              p++;
            } else break;
          }
          let f = 0;
          if (brackets > 0) f |= OCC_ADDRESS;
          else if (opIndex === 0 && !noDest) f |= OCC_WRITE;
          occs.add(ns, interner.internHashed(text, ns, p, h, h2), f);
          // `%tid.x`, `%v.y`: a component suffix belongs to the token but not to the name.
          if (c === CH_PERCENT && text.charCodeAt(p) === CH_DOT) {
            const e = this.scanName(p + 1);
            if (e > p + 1) p = e;
          }
          sawOperand = true;
          lastSig = 0;
          lastSigEnd = p;
          continue;
        }
        if ((cls & C_DIGIT) !== 0) {
          const numStart = p;
          const hexish = c === 48 && (text.charCodeAt(p + 1) | 32) !== 46 && (text.charCodeAt(p + 1) | 32) !== 101;
          p++;
          while (p < n) {
            const d = text.charCodeAt(p);
            if (d < 128 && (CLS[d] & C_NAME) !== 0) p++;
            else if (d === CH_DOT) p++;
            else if ((d === CH_PLUS || d === CH_MINUS) && !hexish && p > numStart && (text.charCodeAt(p - 1) | 32) === 101) p++;
            else break;
          }
          sawOperand = true;
          lastSig = 0;
          lastSigEnd = p;
          continue;
        }
        if (c === CH_SLASH) {
          const e = this.comment(p);
          if (e !== p) {
            this.linesDirty = true;
            p = e;
            continue;
          }
        }
        if (c === CH_COMMA) {
          if (depth === 0) opIndex++;
        } else if (c === CH_LBRACKET) {
          depth++;
          brackets++;
        } else if (c === CH_LPAREN) {
          depth++;
        } else if (c === CH_LBRACE) {
          depth++;
          braces++;
        } else if (c === CH_RBRACKET) {
          if (brackets > 0) {
            brackets--;
            depth--;
          }
        } else if (c === CH_RPAREN) {
          if (depth - brackets - braces > 0) depth--;
        } else if (c === CH_RBRACE) {
          if (braces === 0) {
            flags |= STMT_NO_SEMICOLON;
            end = lastSigEnd;
            break;
          }
          braces--;
          depth--;
        } else if (c === CH_QUOTE) {
          const q = text.indexOf('"', p + 1);
          const le = lineEnd(text, p);
          p = q < 0 || q > le ? le : q + 1;
          sawOperand = true;
          lastSig = 0;
          lastSigEnd = p;
          continue;
        } else if ((cls & C_PUNCT) === 0) {
          this.badCharInStatement(p);
          p = this.recover(p);
          this.linesDirty = true;
          end = Math.min(p, this.n);
          break;
        }
        p++;
        lastSig = c === CH_RBRACKET || c === CH_RPAREN || c === CH_RBRACE ? 0 : c;
        lastSigEnd = p;
        continue;
      }
      if (c === CH_BOM) {
        p++;
        continue;
      }
      this.badCharInStatement(p);
      p = this.recover(p);
      this.linesDirty = true;
      end = Math.min(p, this.n);
      break;
    }
    if ((flags & STMT_NO_SEMICOLON) !== 0) this.diag(lastSigEnd, lastSigEnd, "Expected ';' at the end of the instruction");
    this.addStmt(SK.Instruction, s, end, flags, mnemonic);
    this.pos = (flags & STMT_NO_SEMICOLON) !== 0 ? Math.max(end, p) : end;
    if (this.pos <= s) this.pos = s + 1;
  }

  private badCharInStatement(p: number): void {
    const c = this.text.charCodeAt(p);
    const shown = c >= 32 && c < 127 ? `'${String.fromCharCode(c)}'` : `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    this.diag(p, p + 1, `Unexpected character ${shown}`);
  }

  // ---- directives ---------------------------------------------------------------------------

  private directive(s: number, linkage: Linkage[]): void {
    const text = this.text;
    const ne = this.scanName(s + 1);
    const id = this.interner.intern(text, s, ne);
    const code = id < this.dirCode.length ? this.dirCode[id] : 0;
    if (this.pendingFunc >= 0 && code !== D_PERF && code !== D_PRAGMA) this.pendingFunc = -1;
    switch (code) {
      case D_LOC:
        return this.loc(s, ne);
      case D_FILE:
        return this.file(s, ne);
      case D_SPACE:
        return this.declaration(s, this.spanText(s + 1, ne, false), ne, linkage);
      case D_LINKAGE: {
        linkage = [...linkage, text.slice(s + 1, ne) as Linkage];
        const q = this.skipAll(ne);
        if (text.charCodeAt(q) === CH_DOT) {
          this.pos = q;
          const before = this.stmtCount();
          this.directive(q, linkage);
          // The statement begins at the first linkage keyword.
          if (this.stmtCount() > before) this.stmts.start[before] = s;
          const fnIdx = this.functions.length - 1;
          if (fnIdx >= 0 && this.functions[fnIdx].headerStmt === before) this.functions[fnIdx].start = s;
          const g = this.globals[this.globals.length - 1];
          if (g && g.stmt === before) g.linkage = linkage;
          return;
        }
        this.genericDirective(s, ne, SK.Directive);
        return;
      }
      case D_FUNC:
      case D_ENTRY:
        return this.functionHeader(s, code === D_ENTRY ? 'entry' : 'func', ne, linkage);
      case D_PERF: {
        const stmt = this.genericDirective(s, ne, SK.Performance);
        const f = this.pendingFunc >= 0 ? this.pendingFunc : this.curFunc;
        if (f >= 0) this.functions[f].directives.push(stmt);
        return;
      }
      case D_PRAGMA: {
        const stmt = this.genericDirective(s, ne, SK.Pragma);
        if (this.pendingFunc >= 0) this.functions[this.pendingFunc].directives.push(stmt);
        return;
      }
      case D_SECTION:
        return this.section(s, ne);
      case D_VERSION: {
        const e = lineEnd(text, ne);
        this.version = text.slice(ne, e).replace(/[;\s]+$/, '').trim();
        this.genericDirective(s, ne, SK.Directive);
        return;
      }
      case D_TARGET: {
        const e = lineEnd(text, ne);
        this.target = text.slice(ne, e).replace(/\/\/.*$/, '').replace(/[;\s]+$/, '').trim();
        this.genericDirective(s, ne, SK.Directive);
        return;
      }
      case D_ADDRESS_SIZE: {
        if (this.readInt(ne) > 0) this.addressSize = this.intValue;
        this.genericDirective(s, ne, SK.Directive);
        return;
      }
      case D_GENERIC:
        this.genericDirective(s, ne, SK.Directive, true);
        return;
      default: {
        const name = text.slice(s, ne);
        this.diag(s, ne, name === '.' ? "Expected a directive name after '.'" : `Unknown directive '${name}'`);
        const e = this.recover(ne);
        this.addStmt(SK.Error, s, Math.max(s + 1, trimEnd(text, s, e)), 0, -1);
        this.pos = Math.max(e, s + 1);
      }
    }
  }

  /**
   * The text of [start, end) with runs of whitespace collapsed to `joiner` (when `collapse`),
   * one shared string per distinct span: types, spaces and array suffixes repeat thousands of
   * times in nvcc output, and interning the span avoids allocating for each.
   */
  private readonly spanCache: string[] = [];
  private spanText(start: number, end: number, collapseSpace: boolean, joiner = ' '): string {
    const id = this.interner.intern(this.text, start, end);
    const key = collapseSpace ? (joiner === '' ? id * 3 + 2 : id * 3 + 1) : id * 3;
    let v = this.spanCache[key];
    if (v === undefined) {
      v = this.interner.names[id];
      if (collapseSpace) v = v.replace(/\s+/g, joiner).trim();
      this.spanCache[key] = v;
    }
    return v;
  }

  private stmtCount(): number {
    return this.stmts.length;
  }

  /**
   * A directive whose operands run to `;`, the end of the line, or a `{`/`}`; identifiers in it
   * are recorded as references. Returns the statement index.
   */
  private genericDirective(s: number, p: number, kind: StatementKind, refs = false, aux = -1): number {
    const text = this.text;
    const n = this.n;
    let end = -1;
    let e = p;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === CH_SEMI) {
        end = p + 1;
        break;
      }
      if (c === CH_LF || c === CH_LBRACE || c === CH_RBRACE) break;
      if (c === CH_QUOTE) {
        const q = text.indexOf('"', p + 1);
        const le = lineEnd(text, p);
        p = q < 0 || q > le ? le : q + 1;
        e = p;
        continue;
      }
      if (c === CH_SLASH && (text.charCodeAt(p + 1) === CH_SLASH || text.charCodeAt(p + 1) === CH_STAR)) break;
      if (c !== 32 && c !== CH_TAB && c !== CH_CR) e = p + 1;
      p++;
    }
    if (end < 0) end = e;
    if (refs) this.referencesIn(this.scanName(s + 1), end);
    const stmt = this.addStmt(kind, s, end, 0, aux);
    this.pos = Math.max(end, p, s + 1);
    return stmt;
  }

  private loc(s: number, p: number): void {
    const text = this.text;
    let file = -1;
    let line = -1;
    let col = 0;
    let inlFile = -1;
    let inlLine = -1;
    let inlCol = -1;
    let fn = -1;
    let q = this.readInt(p);
    if (q > 0) {
      file = this.intValue;
      q = this.readInt(q);
      if (q > 0) {
        line = this.intValue;
        const r = this.readInt(q);
        if (r > 0) {
          col = this.intValue;
          q = r;
        }
        // `, function_name $L__info_string0[+N], inlined_at F L C`
        q = this.skipBlanks(q);
        if (text.charCodeAt(q) === CH_COMMA) {
          q = this.skipBlanks(q + 1);
          if (text.charCodeAt(q) === 102 && matchesAt(text, q, FUNCTION_NAME)) {
            q = this.skipBlanks(q + 13);
            if (this.isNameStart(q)) {
              const e = this.scanName(q + 1);
              fn = this.occ(q, e, OCC_DIRECTIVE);
              q = this.skipBlanks(e);
              if (text.charCodeAt(q) === CH_PLUS) {
                const r2 = this.readInt(q + 1);
                if (r2 > 0) q = this.skipBlanks(r2);
              }
            }
            if (text.charCodeAt(q) === CH_COMMA) q = this.skipBlanks(q + 1);
          }
          if (text.charCodeAt(q) === 105 && matchesAt(text, q, INLINED_AT)) {
            let r2 = this.readInt(q + 10);
            if (r2 > 0) {
              inlFile = this.intValue;
              r2 = this.readInt(r2);
              if (r2 > 0) {
                inlLine = this.intValue;
                const r3 = this.readInt(r2);
                inlCol = r3 > 0 ? this.intValue : 0;
              } else inlFile = -1;
            }
          }
        }
      }
    }
    const locs = this.locs;
    const locIndex = locs.length;
    // The usual `.loc 1 17 3` ends right after its numbers: record it without the general tail scan.
    const tail = Math.max(p, q, this.lastRead);
    const tc = text.charCodeAt(tail);
    let stmt: number;
    if (line >= 0 && (tc === CH_LF || tc === CH_CR || tail >= this.n)) {
      stmt = this.addStmt(SK.Loc, s, tail, 0, locIndex);
      this.pos = tail;
    } else stmt = this.genericDirective(s, tail, SK.Loc, false, locIndex);
    if (line < 0) {
      this.diag(s, this.stmts.end[stmt], "Expected '.loc file line [column]'");
      return;
    }
    locs.reserve(s, this.n);
    locs.line[locIndex] = this.lineAt(s);
    locs.file[locIndex] = file;
    locs.srcLine[locIndex] = line;
    locs.col[locIndex] = col;
    locs.inlFile[locIndex] = inlFile;
    locs.inlLine[locIndex] = inlLine;
    locs.inlCol[locIndex] = inlCol;
    locs.fnName[locIndex] = fn;
    locs.length = locIndex + 1;
  }

  private file(s: number, p: number): void {
    const text = this.text;
    const q = this.readInt(p);
    const index = q > 0 ? this.intValue : -1;
    let path: string | undefined;
    if (q > 0) {
      const r = this.skipBlanks(q);
      if (text.charCodeAt(r) === CH_QUOTE) {
        // The closing quote, past any `\"` escapes; the path may hold octal-escaped UTF-8 bytes.
        const le = lineEnd(text, r);
        let e = r + 1;
        while (e < le && text.charCodeAt(e) !== CH_QUOTE) e += text.charCodeAt(e) === CH_BACKSLASH ? 2 : 1;
        if (e < le) path = unescapePtxString(text.slice(r + 1, e));
      }
    }
    const stmt = this.genericDirective(s, p, SK.File, false, index);
    const end = this.stmts.end[stmt];
    if (path === undefined) {
      this.diag(s, end, "Expected '.file index \"path\"'");
      return;
    }
    this.files.set(index, { index, path, start: s, end });
  }

  private section(s: number, p: number): void {
    const text = this.text;
    const q = this.skipBlanks(p);
    let ne = q;
    while (ne < this.n) {
      const c = text.charCodeAt(ne);
      if (c < 128 && (CLS[c] & C_OPCODE) !== 0) ne++;
      else break;
    }
    const name = text.slice(q, ne);
    const open = this.skipAll(ne);
    if (text.charCodeAt(open) !== CH_LBRACE) {
      this.genericDirective(s, p, SK.Directive);
      return;
    }
    const close = text.indexOf('}', open + 1);
    const end = close < 0 ? this.n : close + 1;
    if (close < 0) this.diag(open, open + 1, `Missing '}' for section ${name}`);
    const stmt = this.addStmt(SK.Section, s, end, 0, this.sections.length);
    this.sections.push({ name, start: s, end });
    // Labels at line starts (`$L__info_string0:`) are targets of `.loc … function_name`.
    this.syncLines(end);
    let line = this.lineAt(open) + 1;
    const starts = this.lines.data;
    while (line < this.lines.length && starts[line] < end) {
      const ls = starts[line++];
      const c = text.charCodeAt(ls);
      if (c === 36 || c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        const e = this.scanName(ls + 1);
        if (text.charCodeAt(e) === CH_COLON) {
          const nameId = this.occ(ls, e, OCC_DEF);
          this.labels.push({ name: this.interner.names[nameId], nameId, start: ls, end: e, stmt, func: -1, scopeStart: 0, scopeEnd: this.n });
        }
      }
    }
    this.pos = end;
  }

  /** Span of the qualifiers `qualifiers()` last read (-1 when none). */
  private qualStart = -1;
  private qualEnd = -1;

  /**
   * Reads `.align N`, types and other dotted qualifiers from `p`; returns the end of the last
   * one, with the qualifiers' span in `qualStart`/`qualEnd`.
   */
  private qualifiers(p: number): number {
    const text = this.text;
    this.qualStart = -1;
    this.qualEnd = -1;
    for (;;) {
      const q = this.skipAll(p);
      if (text.charCodeAt(q) !== CH_DOT) return q;
      let e = this.scanName(q + 1);
      if (e === q + 1) return q;
      if (text.startsWith('.align', q) && e === q + 6) {
        const r = this.readInt(e);
        if (r > 0) e = r;
      } else if (text.charCodeAt(this.skipBlanks(e)) === CH_LPAREN) {
        // `.attribute(.managed)`, `.ptr` never has parens; skip a balanced group.
        let depth = 0;
        let r = this.skipBlanks(e);
        while (r < this.n) {
          const c = text.charCodeAt(r);
          if (c === CH_LPAREN) depth++;
          else if (c === CH_RPAREN && --depth === 0) {
            r++;
            break;
          } else if (c === CH_SEMI || c === CH_LF) break;
          r++;
        }
        e = r;
      }
      if (this.qualStart < 0) this.qualStart = q;
      this.qualEnd = e;
      p = e;
    }
  }

  /** What `suffixes()` last read: the `<N>` count (-1 if none) and where `[…]` began (-1). */
  private count = -1;
  private arrayStart = -1;

  /** Reads `<N>` and `[…]` suffixes after a declared name; returns the offset after them. */
  private suffixes(p: number): number {
    const text = this.text;
    this.count = -1;
    this.arrayStart = -1;
    let q = this.skipBlanks(p);
    if (text.charCodeAt(q) === CH_LT) {
      const r = this.readInt(q + 1);
      if (r > 0) {
        const g = this.skipBlanks(r);
        if (text.charCodeAt(g) === CH_GT) {
          this.count = this.intValue;
          p = g + 1;
          q = this.skipBlanks(p);
        }
      }
    }
    while (text.charCodeAt(q) === CH_LBRACKET) {
      if (this.arrayStart < 0) this.arrayStart = q;
      const close = text.indexOf(']', q);
      const le = lineEnd(text, q);
      if (close < 0 || close > le) break;
      this.referencesIn(q + 1, close);
      p = close + 1;
      q = this.skipBlanks(p);
    }
    return p;
  }

  private declaration(s: number, space: string, p: number, linkage: Linkage[]): void {
    const text = this.text;
    const n = this.n;
    p = this.qualifiers(p);
    const type = this.qualStart < 0 ? '' : this.spanText(this.qualStart, this.qualEnd, true);
    const func = this.curFunc;
    const top = this.blockStack.length > 0 ? this.blockStack[this.blockStack.length - 1] : -1;
    const scopeStart = top >= 0 ? this.bStart.data[top] : 0;
    const made: PtxDeclaration[] = [];
    let end = -1;
    let flags = 0;
    let lastEnd = p;
    for (;;) {
      const q = this.skipBlanks(p);
      if (!this.isNameStart(q)) {
        this.diag(s, Math.max(q, s + 1), `Expected a name in the .${space} declaration`);
        end = this.recover(q);
        this.pos = Math.max(end, s + 1);
        end = trimEnd(text, s, end);
        break;
      }
      const ne = this.scanName(q + 1);
      const nameId = this.occ(q, ne, OCC_DEF);
      let r = this.suffixes(ne);
      const nameEnd = this.count >= 0 ? r : ne;
      const array = this.arrayStart >= 0 ? this.spanText(this.arrayStart, r, true, '') : '';
      const decl: PtxDeclaration = {
        space,
        name: this.interner.names[nameId],
        nameId,
        count: this.count,
        type,
        array,
        linkage,
        nameStart: q,
        nameEnd,
        stmt: this.stmts.length,
        scopeStart,
        scopeEnd: func >= 0 ? -1 : n,
        func,
        hasInitializer: false,
      };
      made.push(decl);
      lastEnd = r;
      r = this.skipBlanks(r);
      let c = text.charCodeAt(r);
      if (c === CH_EQ) {
        decl.hasInitializer = true;
        let depth = 0;
        let t = r + 1;
        while (t < n) {
          const d = text.charCodeAt(t);
          if (d === CH_LBRACE) depth++;
          else if (d === CH_RBRACE) {
            if (depth === 0) break;
            depth--;
          } else if ((d === CH_SEMI || d === CH_COMMA) && depth === 0) break;
          else if (d === CH_QUOTE) {
            const z = text.indexOf('"', t + 1);
            t = z < 0 ? n : z;
          } else if (d === CH_LF && depth === 0) {
            const z = this.skipAll(t);
            const zc = text.charCodeAt(z);
            if (zc !== CH_LBRACE && zc !== CH_SEMI && zc !== CH_COMMA && zc !== CH_PLUS && zc !== CH_MINUS) break;
          }
          t++;
        }
        this.referencesIn(r + 1, t);
        lastEnd = trimEnd(text, r, t);
        r = t;
        c = text.charCodeAt(r);
      }
      if (c === CH_LF || (c === CH_SLASH && r + 1 < n)) {
        const z = this.skipAll(r);
        const zc = text.charCodeAt(z);
        if (zc === CH_SEMI || zc === CH_COMMA) {
          r = z;
          c = zc;
        }
      }
      if (c === CH_COMMA) {
        p = r + 1;
        const z = this.skipAll(p);
        p = z;
        continue;
      }
      if (c === CH_SEMI) {
        end = r + 1;
        this.pos = end;
        break;
      }
      flags |= STMT_NO_SEMICOLON;
      end = lastEnd;
      if (r < n && c !== CH_LF && c !== CH_RBRACE && c !== CH_CR && c !== CH_SLASH) {
        this.badCharInStatement(r);
        this.pos = Math.max(this.recover(r), s + 1);
      } else {
        this.diag(lastEnd, lastEnd, `Expected ';' at the end of the .${space} declaration`);
        this.pos = Math.max(r, s + 1);
      }
      break;
    }
    const stmt = this.addStmt(SK.Declaration, s, Math.max(end, s + 1), flags, made.length > 0 ? made[0].nameId : -1);
    for (const d of made) {
      d.stmt = stmt;
      if (func >= 0) {
        this.functions[func].decls.push(d);
        this.openDecls.push(d);
      }
      else {
        this.globals.push(d);
        pushTo(this.globalsByName, d.nameId, d);
      }
    }
  }

  private functionHeader(s: number, kind: 'entry' | 'func', p: number, linkage: Linkage[]): void {
    const text = this.text;
    const index = this.functions.length;
    const fn: PtxFunction = {
      index,
      kind,
      name: '',
      nameId: -1,
      linkage,
      start: s,
      end: s,
      nameStart: -1,
      nameEnd: -1,
      headerStmt: -1,
      bodyStart: -1,
      bodyEnd: -1,
      params: [],
      returns: [],
      decls: [],
      labels: [],
      directives: [],
      instructionCount: 0,
    };
    if (this.curFunc >= 0) this.diag(s, p, `A .${kind} cannot be nested in another function`);
    let q = this.qualifiers(p);
    if (text.charCodeAt(q) === CH_LPAREN) q = this.skipAll(this.paramList(q, fn.returns, true));
    let end = q;
    if (this.isNameStart(q) && text.charCodeAt(q) !== CH_PERCENT) {
      const e = this.scanName(q + 1);
      fn.nameId = this.occ(q, e, OCC_DEF);
      fn.name = this.interner.names[fn.nameId];
      fn.nameStart = q;
      fn.nameEnd = e;
      end = e;
      const r = this.skipAll(e);
      if (text.charCodeAt(r) === CH_LPAREN) end = this.paramList(r, fn.params, false);
    } else {
      this.diag(s, Math.max(q, p), `Expected a name for the .${kind}`);
    }
    fn.headerStmt = this.addStmt(SK.FunctionHeader, s, end, 0, index);
    fn.end = end;
    this.functions.push(fn);
    if (fn.nameId >= 0) pushTo(this.functionsByName, fn.nameId, index);
    this.pendingFunc = index;
    this.pos = Math.max(end, s + 1);
  }

  /** Parses `( .param .b32 a, .reg .u64 b … )` from the `(` at `p`; returns the offset after `)`. */
  private paramList(p: number, out: PtxParam[], isReturn: boolean): number {
    const text = this.text;
    const open = p;
    p++;
    for (;;) {
      p = this.skipAll(p);
      if (p >= this.n) {
        this.diag(open, open + 1, 'Unterminated parameter list');
        return p;
      }
      const c = text.charCodeAt(p);
      if (c === CH_RPAREN) return p + 1;
      if (c === CH_COMMA) {
        p++;
        continue;
      }
      if (c === CH_DOT) {
        const se = this.scanName(p + 1);
        const space = this.spanText(p + 1, se, false);
        const q = this.qualifiers(se);
        const type = this.qualStart < 0 ? '' : this.spanText(this.qualStart, this.qualEnd, true);
        if (!this.isNameStart(q)) {
          this.diag(p, Math.max(q, p + 1), 'Expected a parameter name');
          p = Math.max(q, se);
          continue;
        }
        const ne = this.scanName(q + 1);
        const nameId = this.occ(q, ne, OCC_DEF);
        const r = this.suffixes(ne);
        const array = this.arrayStart >= 0 ? this.spanText(this.arrayStart, r, true, '') : '';
        out.push({ name: this.interner.names[nameId], nameId, space, type, array, nameStart: q, nameEnd: ne, isReturn });
        p = r;
        continue;
      }
      if (c === CH_LBRACE || c === CH_RBRACE || c === CH_SEMI) {
        this.diag(open, open + 1, 'Unterminated parameter list');
        return p;
      }
      this.badCharInStatement(p);
      p++;
    }
  }

  // ---- blocks -------------------------------------------------------------------------------

  private openBlock(): void {
    const s = this.pos;
    this.pos++;
    if (this.blockStack.length === 0) {
      if (this.pendingFunc >= 0) {
        this.curFunc = this.pendingFunc;
        this.functions[this.curFunc].bodyStart = s;
        this.pendingFunc = -1;
        if (!this.bodies) {
          const fn = this.functions[this.curFunc];
          fn.bodyEnd = fn.end = this.pos = this.bodyEnd(s);
          this.curFunc = -1;
          this.linesDirty = true;
          return;
        }
      } else this.diag(s, s + 1, "'{' outside of a function");
    }
    const b = this.bStart.length;
    this.bStart.push(s);
    this.bEnd.push(this.n);
    this.bFunc.push(this.curFunc);
    this.blockStack.push(b);
    this.addStmt(SK.BlockOpen, s, s + 1, 0, b);
  }

  /**
   * Offset after the `}` closing the block opened at `s` (the text's end when it never closes).
   * Hops between the only characters that matter — braces, comment starts, quotes — with
   * `indexOf`, which outruns a loop over every character several times.
   */
  private bodyEnd(s: number): number {
    const text = this.text;
    const n = this.n;
    let depth = 1;
    for (let p = s + 1; ; ) {
      const open = this.hop(HOP_OPEN, p);
      const close = this.hop(HOP_CLOSE, p);
      const slash = this.hop(HOP_SLASH, p);
      const quote = this.hop(HOP_QUOTE, p);
      if (close < open && close < slash && close < quote) {
        if (--depth === 0) return close + 1;
        p = close + 1;
      } else if (open < slash && open < quote) {
        depth++;
        p = open + 1;
      } else if (slash < quote) {
        // A comment hides what it holds; a lone `/` is nothing here.
        const c2 = text.charCodeAt(slash + 1);
        if (c2 === CH_SLASH) p = lineEnd(text, slash);
        else if (c2 === CH_STAR) {
          const e = text.indexOf('*/', slash + 2);
          p = e < 0 ? n : e + 2;
        } else p = slash + 1;
      } else if (quote < n) {
        const q = text.indexOf('"', quote + 1);
        const le = lineEnd(text, quote);
        p = q < 0 || q > le ? le : q + 1;
      } else return n;
    }
  }

  /** Next offset ≥ `from` of the character `HOP_CHARS[k]` (`n` when none), remembered between calls: each is searched for once per stretch of text. */
  private hop(k: number, from: number): number {
    const at = this.hops[k];
    if (at >= from) return at;
    const i = this.text.indexOf(HOP_CHARS[k], from);
    return (this.hops[k] = i < 0 ? this.n : i);
  }

  private closeBlock(): void {
    const s = this.pos;
    this.pos++;
    if (this.blockStack.length === 0) {
      this.diag(s, s + 1, "Unmatched '}'");
      this.addStmt(SK.Error, s, s + 1, 0, -1);
      return;
    }
    const b = this.blockStack.pop()!;
    this.endBlock(b, s + 1);
    this.addStmt(SK.BlockClose, s, s + 1, 0, b);
    if (this.blockStack.length === 0) this.curFunc = -1;
  }

  private endBlock(b: number, end: number): void {
    this.bEnd.data[b] = end;
    const f = this.bFunc.data[b];
    if (f < 0) return;
    const fn = this.functions[f];
    const start = this.bStart.data[b];
    // Declarations still open, innermost last: those of this block end here.
    const open = this.openDecls;
    while (open.length > 0 && open[open.length - 1].scopeStart >= start) open.pop()!.scopeEnd = end;
    const labels = this.openLabels;
    while (labels.length > 0 && labels[labels.length - 1].scopeStart >= start) labels.pop()!.scopeEnd = end;
    if (this.blockStack.length === 0) {
      fn.bodyEnd = end;
      fn.end = end;
    }
  }

  private closeAtEof(): void {
    if (this.blockStack.length > 0) {
      const outer = this.blockStack[0];
      this.diag(this.bStart.data[outer], this.bStart.data[outer] + 1, "Missing '}'");
      while (this.blockStack.length > 0) this.endBlock(this.blockStack.pop()!, this.n);
    }
    this.curFunc = -1;
  }

  // ---- result -------------------------------------------------------------------------------

  /** An empty model of this text carrying one warning (used when parsing failed). */
  failed(message: string): PtxModel {
    this.diags.push({ start: 0, end: 0, message, severity: 'warning' });
    return this.finish();
  }

  finish(): PtxModel {
    const names = this.interner.names;
    const st = this.stmts.trim();
    const loc = this.locs.trim();
    const oc = this.occs.trim();
    const occName = oc.name;

    this.syncLines(this.n);
    const lineStarts = this.lines.toInt32();
    const text = this.text;
    const position = (offset: number) => {
      const line = Math.max(0, lastAtOrBefore(lineStarts, offset));
      return { line, character: Math.min(offset, text.length) - lineStarts[line] };
    };
    if (this.suppressed > 0) {
      this.diags.push({ start: this.firstSuppressed, end: this.firstSuppressed, message: `${this.suppressed} more syntax errors not shown`, severity: 'error' });
    }
    const diagnostics: PtxDiagnostic[] = this.diags
      .sort((a, b) => a.start - b.start)
      .map((d) => ({ ...d, range: { start: position(d.start), end: position(d.end) } }));

    return new PtxModel({
      text,
      lineStarts,
      names,
      stmtStart: st.start,
      stmtEnd: st.end,
      stmtKind: st.kind,
      stmtFlags: st.flags,
      stmtAux: st.aux,
      occOffset: oc.offset,
      occName,
      occFlags: oc.flags,
      locLine: loc[0],
      locFile: loc[1],
      locSrcLine: loc[2],
      locCol: loc[3],
      locInlFile: loc[4],
      locInlLine: loc[5],
      locInlCol: loc[6],
      locFnName: loc[7],
      blockStart: this.bStart.toInt32(),
      blockEnd: this.bEnd.toInt32(),
      blockFunc: this.bFunc.toInt32(),
      comments: this.comments.toInt32(),
      functions: this.functions,
      globals: this.globals,
      labels: this.labels,
      files: this.files,
      sections: this.sections,
      diagnostics,
      version: this.version,
      target: this.target,
      addressSize: this.addressSize,
      functionsByName: this.functionsByName,
      globalsByName: this.globalsByName,
    });
  }
}

/** Every parse's interner starts with the directives' names, so their ids are the same in all: these. */
const DIRECTIVE_NAMES = new Interner(0);
const DIRECTIVE_CODES = new Int8Array(DIRECTIVES.length);
for (const [name, code] of DIRECTIVES) DIRECTIVE_CODES[DIRECTIVE_NAMES.internString(name)] = code;

const FUNCTION_NAME = codes('function_name');
/** Statements `advance` reads between two looks at the clock. */
const CHECK_CLOCK_EVERY = 512;
/** The characters `bodyEnd` hops between. */
const HOP_CHARS = ['{', '}', '/', '"'];
const HOP_OPEN = 0;
const HOP_CLOSE = 1;
const HOP_SLASH = 2;
const HOP_QUOTE = 3;
const INLINED_AT = codes('inlined_at');

function codes(word: string): Uint16Array {
  return Uint16Array.from(word, (ch) => ch.charCodeAt(0));
}

/** `text.startsWith(word, p)` for a word given as character codes (no builtin call on the `.loc` path). */
function matchesAt(text: string, p: number, word: Uint16Array): boolean {
  if (p + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(p + i) !== word[i]) return false;
  return true;
}

function isNameCode(c: number): boolean {
  return c < 128 && (CLS[c] & C_NAME) !== 0;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Offset of the `\n` ending the line at `p` (or the text length). */
function lineEnd(text: string, p: number): number {
  const e = text.indexOf('\n', p);
  return e < 0 ? text.length : e;
}

/** Moves `end` back over whitespace, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (c === 32 || c === CH_TAB || c === CH_CR || c === CH_LF || c === CH_SEMI) end--;
    else break;
  }
  return end;
}


/** Line starts for `\n`, `\r\n` and lone `\r` line breaks (the LSP's definition). */
export function computeLineStarts(text: string): Int32Array {
  // nvcc output averages about 31 characters a line: start a little above that, then grow by
  // extrapolation, so that the list is rarely copied and keeps little unused capacity.
  const list = new IntList(Math.max(16, ((text.length / 28) | 0) + 64));
  list.push(0);
  if (text.indexOf('\r') < 0) {
    let i = text.indexOf('\n');
    while (i >= 0) {
      if (list.length === list.data.length) list.reserve(grownCapacity(list.length, i, text.length));
      list.data[list.length++] = i + 1;
      i = text.indexOf('\n', i + 1);
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === CH_LF) list.push(i + 1);
      else if (c === CH_CR && text.charCodeAt(i + 1) !== CH_LF) list.push(i + 1);
    }
  }
  return list.toInt32();
}

/** A parse that runs in slices (`step`) and can be finished at any moment (`finish`). */
export interface PtxParse {
  /** Parses for about `ms` milliseconds; true once the whole text is read. */
  step(ms: number): boolean;
  /** The model: reads what is left first, at once. */
  finish(): PtxModel;
}

/** Starts a parse of `text` that the caller advances in slices (see `PtxModelCache.prepare`). */
export function startParse(text: string): PtxParse {
  const parser = new Parser(text);
  let done = false;
  let model: PtxModel | undefined;
  const step = (ms: number) => {
    if (!done) {
      try {
        done = parser.advance(ms === Number.POSITIVE_INFINITY ? ms : performance.now() + ms);
      } catch (error) {
        model = unreadable(text, error);
        done = true;
      }
    }
    return done;
  };
  return {
    step,
    finish() {
      step(Number.POSITIVE_INFINITY);
      if (!model) {
        try {
          model = parser.finish();
        } catch (error) {
          model = unreadable(text, error);
        }
      }
      return model;
    },
  };
}

/**
 * The module's top level only — functions (bodies stepped over, not read), module declarations,
 * sections, `.version`/`.target` — for an outline of a document whose full parse has not run
 * yet. Statements, names and checks of function bodies are absent: use it for nothing else.
 */
export function parseOutline(text: string): PtxModel {
  return read(text, false);
}

/**
 * Parses a PTX document into its model. Pure and total: never throws, always terminates, and
 * reports malformed statements in `model.diagnostics`.
 */
export function parsePtx(text: string): PtxModel {
  return read(text, true);
}

function read(text: string, bodies: boolean): PtxModel {
  try {
    return new Parser(text, bodies).run();
  } catch (error) {
    return unreadable(text, error);
  }
}

/**
 * A parser bug must not take the server down: the model keeps the text (positions stay right)
 * with no statements and one diagnostic saying so.
 */
function unreadable(text: string, error: unknown): PtxModel {
  return new Parser(text).failed(`PTX Lens could not parse this file: ${String(error)}`);
}
