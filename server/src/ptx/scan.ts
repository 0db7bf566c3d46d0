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
    const next = new Int32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
  /** The filled part: a view when little capacity is wasted, else a right-sized copy. */
  toInt32(): Int32Array {
    if (this.length * 8 >= this.data.length * 7) return this.data.subarray(0, this.length);
    return this.data.slice(0, this.length);
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
  private hashes: number[] = [];
  private hashes2: number[] = [];
  private table = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;

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
    const names = this.names;
    const hashes = this.hashes;
    const table = this.table;
    const mask = this.mask;
    let idx = h & mask;
    for (;;) {
      const v = table[idx];
      if (v === 0) break;
      const id = v - 1;
      if (hashes[id] === h && this.hashes2[id] === h2 && names[id].length === len) return id;
      idx = (idx + 1) & mask;
    }
    const id = names.length;
    names.push(text.slice(start, end));
    hashes.push(h);
    this.hashes2.push(h2);
    table[idx] = id + 1;
    if (names.length * 2 > table.length) this.rehash();
    return id;
  }

  /** Interns a whole string. */
  internString(name: string): number {
    return this.intern(name, 0, name.length);
  }

  private rehash(): void {
    const size = this.table.length * 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.names.length; id++) {
      let idx = this.hashes[id] & this.mask;
      while (this.table[idx] !== 0) idx = (idx + 1) & this.mask;
      this.table[idx] = id + 1;
    }
  }
}

/** Trims a filled typed array: a view when little capacity is wasted, else a copy. */
function trimmed<T extends Int32Array | Uint8Array>(a: T, length: number): T {
  return (length * 8 >= a.length * 7 ? a.subarray(0, length) : a.slice(0, length)) as T;
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
  add(start: number, end: number, kind: number, flags: number, aux: number): number {
    const i = this.length;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.flags[i] = flags;
    this.aux[i] = aux;
    this.length = i + 1;
    return i;
  }
  private grow(): void {
    const cap = this.start.length * 2;
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
  add(offset: number, name: number, flags: number): void {
    const i = this.length;
    if (i === this.offset.length) this.grow();
    this.offset[i] = offset;
    this.name[i] = name;
    this.flags[i] = flags;
    this.length = i + 1;
  }
  private grow(): void {
    const cap = this.offset.length * 2;
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
