/** Character classes, a growable Int32 list and a string interner shared by the PTX scanners. */

export const CH_TAB = 9;
export const CH_LF = 10;
export const CH_CR = 13;
export const CH_SPACE = 32;
export const CH_QUOTE = 34;
export const CH_HASH = 35;
export const CH_DOLLAR = 36;
export const CH_PERCENT = 37;
export const CH_LPAREN = 40;
export const CH_RPAREN = 41;
export const CH_STAR = 42;
export const CH_PLUS = 43;
export const CH_COMMA = 44;
export const CH_MINUS = 45;
export const CH_DOT = 46;
export const CH_SLASH = 47;
export const CH_0 = 48;
export const CH_9 = 57;
export const CH_COLON = 58;
export const CH_SEMI = 59;
export const CH_LT = 60;
export const CH_EQ = 61;
export const CH_GT = 62;
export const CH_AT = 64;
export const CH_LBRACKET = 91;
export const CH_BACKSLASH = 92;
export const CH_RBRACKET = 93;
export const CH_UNDERSCORE = 95;
export const CH_LBRACE = 123;
export const CH_PIPE = 124;
export const CH_RBRACE = 125;
export const CH_BANG = 33;
export const CH_BOM = 0xfeff;
/** FNV-1a offset basis and prime, for hashing names while scanning them. */
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;
/** Multiplier of the second name hash. */
export const H2_PRIME = 0x5bd1e995 | 0;

/** [A-Za-z_$%]: may start a name. */
export const C_NAME_START = 1;
/** [A-Za-z0-9_$]: may continue a name. */
export const C_NAME = 2;
export const C_DIGIT = 4;
/** Space, tab, CR, LF, form feed, vertical tab, BOM handled separately. */
export const C_SPACE = 8;
/** [A-Za-z0-9_$.:]: may appear in an opcode with its modifiers (`ld.global.L1::evict_last.f32`). */
export const C_OPCODE = 16;
/** Punctuation that may appear inside operands. */
export const C_PUNCT = 32;

export const CLS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let v = 0;
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const digit = c >= 48 && c <= 57;
  if (letter || c === CH_UNDERSCORE || c === CH_DOLLAR || c === CH_PERCENT) v |= C_NAME_START;
  if (letter || digit || c === CH_UNDERSCORE || c === CH_DOLLAR) v |= C_NAME | C_OPCODE;
  if (digit) v |= C_DIGIT;
  if (c === CH_DOT || c === CH_COLON) v |= C_OPCODE;
  if (c === CH_SPACE || c === CH_TAB || c === CH_CR || c === CH_LF || c === 11 || c === 12) v |= C_SPACE;
  if ('+-*/<>=!~&|^?:()[]{},.'.includes(String.fromCharCode(c))) v |= C_PUNCT;
  CLS[c] = v;
}

/** True for characters that continue a PTX name ([A-Za-z0-9_$]). */
export function isNameChar(c: number): boolean {
  return c < 128 && (CLS[c] & C_NAME) !== 0;
}

/** A growable Int32Array. */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = v;
  }
  private grow(): void {
    this.reserve(this.data.length * 2);
  }
  /** Resizes the backing array to `capacity` (at least the current length). */
  reserve(capacity: number): void {
    const next = new Int32Array(Math.max(capacity, this.length));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  /** The filled part (see `trimmed`). */
  toInt32(): Int32Array {
    return trimmed(this.data, this.length);
  }
  toUint8(): Uint8Array {
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.data[i];
    return out;
  }
}

/**
 * Interns substrings of one text without allocating for names already seen. Names are keyed
 * by two independent 32-bit hashes (FNV-1a and a multiplicative one) plus their length,
 * computed by the caller while it scans the name; for the few ten thousand distinct names of
 * a module the chance of a false match is around 1e-10, and it saves a character comparison
 * per occurrence (a fifth of the parse time).
 */
export class Interner {
  readonly names: string[] = [];
  /**
   * Open-addressing table, four int32 per slot: hash, second hash, length, id + 1 (0: empty).
   * A hit is decided inside one slot (one cache line), without touching the name string.
   */
  private table: Int32Array;
  private mask: number;

  /** `expected`: about how many names will be interned (the table is sized for it up front). */
  constructor(expected = 0) {
    let size = 1 << 8;
    while (size < expected * 2) size *= 2;
    this.table = new Int32Array(size * 4);
    this.mask = size - 1;
  }

  intern(text: string, start: number, end: number): number {
    let h = FNV_BASIS;
    let h2 = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      h = Math.imul(h ^ c, FNV_PRIME);
      h2 = Math.imul(h2 + c, H2_PRIME) | 0;
    }
    return this.internHashed(text, start, end, h, h2);
  }

  /** `intern` with both hashes of [start, end) already computed by the caller's scan. */
  internHashed(text: string, start: number, end: number, h: number, h2: number): number {
    const len = end - start;
    const table = this.table;
    const mask = this.mask;
    let idx = h & mask;
    for (;;) {
      const b = idx << 2;
      const v = table[b + 3];
      if (v === 0) break;
      if (table[b] === h && table[b + 1] === h2 && table[b + 2] === len) return v - 1;
      idx = (idx + 1) & mask;
    }
    const names = this.names;
    const id = names.length;
    names.push(text.slice(start, end));
    const b = idx << 2;
    table[b] = h;
    table[b + 1] = h2;
    table[b + 2] = len;
    table[b + 3] = id + 1;
    if (names.length * 2 > mask + 1) this.rehash();
    return id;
  }

  /**
   * A new interner that starts with `seed`'s names (same ids), sized for `expected` names: a
   * copy of the seed's table when it is big enough (no hashing, no new strings), which makes
   * the many small parses of inline assembly cheap.
   */
  static seededFrom(seed: Interner, expected: number): Interner {
    const copy = new Interner(expected);
    if (copy.mask === seed.mask) {
      copy.table.set(seed.table);
      copy.names.push(...seed.names);
    } else for (const name of seed.names) copy.internString(name);
    return copy;
  }

  /** Interns a whole string. */
  internString(name: string): number {
    return this.intern(name, 0, name.length);
  }

  private rehash(): void {
    const old = this.table;
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(size * 4);
    const mask = size - 1;
    for (let b = 0; b < old.length; b += 4) {
      if (old[b + 3] === 0) continue;
      let idx = old[b] & mask;
      while (table[(idx << 2) + 3] !== 0) idx = (idx + 1) & mask;
      const t = idx << 2;
      table[t] = old[b];
      table[t + 1] = old[b + 1];
      table[t + 2] = old[b + 2];
      table[t + 3] = old[b + 3];
    }
    this.table = table;
    this.mask = mask;
  }
}

/**
 * Trims a filled typed array: a view when at least half of it is used, else a copy. The tables
 * are sized from the text's length; real PTX is often sparser than the estimate, and copying
 * tens of megabytes at the end of every parse would cost more time than the slack costs memory.
 */
function trimmed<T extends Int32Array | Uint8Array>(a: T, length: number): T {
  return (length * 2 >= a.length ? a.subarray(0, length) : a.slice(0, length)) as T;
}

/** Statement columns filled together (one capacity check per statement). */
export class StatementTable {
  start: Int32Array;
  end: Int32Array;
  aux: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.aux = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
  }
  /** Texts of `n` characters: growth is extrapolated from how far the statements have got. */
  n = 0;
  add(start: number, end: number, kind: number, flags: number, aux: number): number {
    const i = this.length;
    if (i === this.start.length) this.grow(start);
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.flags[i] = flags;
    this.aux[i] = aux;
    this.length = i + 1;
    return i;
  }
  private grow(pos: number): void {
    const cap = grownCapacity(this.start.length, pos, this.n);
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const g8 = (a: Uint8Array) => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    this.start = g32(this.start);
    this.end = g32(this.end);
    this.aux = g32(this.aux);
    this.kind = g8(this.kind);
    this.flags = g8(this.flags);
  }
  trim(): { start: Int32Array; end: Int32Array; aux: Int32Array; kind: Uint8Array; flags: Uint8Array } {
    const n = this.length;
    return { start: trimmed(this.start, n), end: trimmed(this.end, n), aux: trimmed(this.aux, n), kind: trimmed(this.kind, n), flags: trimmed(this.flags, n) };
  }
}

/** Name-occurrence columns filled together. */
export class OccurrenceTable {
  offset: Int32Array;
  name: Int32Array;
  flags: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.offset = new Int32Array(capacity);
    this.name = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }
  /** Texts of `n` characters: growth is extrapolated from how far the occurrences have got. */
  n = 0;
  add(offset: number, name: number, flags: number): void {
    const i = this.length;
    if (i === this.offset.length) this.grow(offset);
    this.offset[i] = offset;
    this.name[i] = name;
    this.flags[i] = flags;
    this.length = i + 1;
  }
  private grow(pos: number): void {
    const cap = grownCapacity(this.offset.length, pos, this.n);
    const o = new Int32Array(cap);
    o.set(this.offset);
    const nm = new Int32Array(cap);
    nm.set(this.name);
    const f = new Uint8Array(cap);
    f.set(this.flags);
    this.offset = o;
    this.name = nm;
    this.flags = f;
  }
  trim(): { offset: Int32Array; name: Int32Array; flags: Uint8Array } {
    const n = this.length;
    return { offset: trimmed(this.offset, n), name: trimmed(this.name, n), flags: trimmed(this.flags, n) };
  }
}

/**
 * Capacity for a list that filled `length` slots over the first `pos` of `n` characters:
 * extrapolated from the density so far (plus a margin), at least 1.25× the current size. A
 * near-exact size avoids both the doubling peak and a trimming copy at the end.
 */
export function grownCapacity(length: number, pos: number, n: number): number {
  const estimate = pos > 0 ? Math.ceil((length * n) / pos * 1.06) + 1024 : 0;
  return Math.max(estimate, length + (length >> 2) + 256);
}

/** `.loc` record columns filled together (allocated at the first record, sized from its position). */
export class LocTable {
  line: Int32Array = new Int32Array(0);
  file: Int32Array = new Int32Array(0);
  srcLine: Int32Array = new Int32Array(0);
  col: Int32Array = new Int32Array(0);
  inlFile: Int32Array = new Int32Array(0);
  inlLine: Int32Array = new Int32Array(0);
  inlCol: Int32Array = new Int32Array(0);
  fnName: Int32Array = new Int32Array(0);
  length = 0;

  /** Makes room for one more record, seen at offset `pos` of a text of `n` characters. */
  reserve(pos: number, n: number): void {
    if (this.length < this.line.length) return;
    // nvcc -lineinfo writes about one `.loc` per 110 bytes of what follows the first one.
    const cap = this.length === 0 ? Math.max(64, Math.ceil((n - pos) / 108) + 64) : grownCapacity(this.length, pos, n);
    this.line = resized(this.line, cap, this.length);
    this.file = resized(this.file, cap, this.length);
    this.srcLine = resized(this.srcLine, cap, this.length);
    this.col = resized(this.col, cap, this.length);
    this.inlFile = resized(this.inlFile, cap, this.length);
    this.inlLine = resized(this.inlLine, cap, this.length);
    this.inlCol = resized(this.inlCol, cap, this.length);
    this.fnName = resized(this.fnName, cap, this.length);
  }

  trim(): Int32Array[] {
    const n = this.length;
    return [this.line, this.file, this.srcLine, this.col, this.inlFile, this.inlLine, this.inlCol, this.fnName].map((a) => trimmed(a, n));
  }
}

function resized(a: Int32Array, cap: number, length: number): Int32Array {
  const b = new Int32Array(cap);
  if (length > 0) b.set(a.subarray(0, length));
  return b;
}

/**
 * Index of the last element of the ascending `sorted[0 .. count)` that is ≤ `value`, or -1 when
 * there is none: the line of an offset, the statement or occurrence at an offset, the `.loc`
 * governing a line.
 */
/** Index of the first element of an ascending array that is at least `value`; `sorted.length` when none is. */
export function firstAtOrAfter(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function lastAtOrBefore(sorted: ArrayLike<number>, value: number, count = sorted.length): number {
  if (count <= 0 || sorted[0] > value) return -1;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
