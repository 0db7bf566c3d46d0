/**
 * `lop3`'s look-up table as a boolean expression. Bit i of the table is the function's value
 * where a, b and c take bit i of 0xF0, 0xCC and 0xAA (the ISA's way of building the table), so
 * `a ^ b ^ c` is 0x96 and `(a & b) | c` is 0xEA. Each of the 256 tables gets one of its shortest
 * expressions over &, |, ^ and ~ (found once, breadth first over expression size).
 */

const A = 0xf0;
const B = 0xcc;
const C = 0xaa;

/** An expression and its top operator: atoms and negations, then &, ^, |. */
interface Expr {
  text: string;
  /** 0: atom or ~atom; 1: &; 2: ^; 3: |. */
  level: number;
  size: number;
}

const OPERATORS: Array<{ symbol: string; level: number; apply: (x: number, y: number) => number }> = [
  { symbol: '&', level: 1, apply: (x, y) => x & y },
  { symbol: '^', level: 2, apply: (x, y) => x ^ y },
  { symbol: '|', level: 3, apply: (x, y) => x | y },
];

let table: Expr[] | undefined;

const order = (e: Expr) => /[abc]/.exec(e.text)?.[0] ?? 'z';

/** Tables with a name of their own (per bit): the selects, majority, parity. */
const NAMED = new Map<number, string>([
  [(A & B) | (~A & C & 0xff), 'select: a ? b : c (per bit)'],
  [(B & A) | (~B & C & 0xff), 'select: b ? a : c (per bit)'],
  [(C & A) | (~C & B & 0xff), 'select: c ? a : b (per bit)'],
  [(A & C) | (~A & B & 0xff), 'select: a ? c : b (per bit)'],
  [(B & C) | (~B & A & 0xff), 'select: b ? c : a (per bit)'],
  [(C & B) | (~C & A & 0xff), 'select: c ? b : a (per bit)'],
  [(A & B) | (A & C) | (B & C), 'majority of a, b, c (per bit)'],
  [A ^ B ^ C, 'parity of a, b, c'],
]);

/** A name for well-known tables (`select: a ? b : c`, majority, parity); undefined for the rest. */
export function lop3Name(lut: number): string | undefined {
  return NAMED.get(lut & 0xff);
}

/** The shortest expression of every table, made on first use (a few milliseconds). */
function expressions(): Expr[] {
  if (table) return table;
  const best: Array<Expr | undefined> = new Array(256);
  const offer = (value: number, expr: Expr) => {
    const known = best[value & 0xff];
    if (!known || expr.size < known.size) best[value & 0xff] = expr;
  };
  offer(0, { text: '0', level: 0, size: 0 });
  offer(0xff, { text: '~0', level: 0, size: 0 });
  offer(A, { text: 'a', level: 0, size: 1 });
  offer(B, { text: 'b', level: 0, size: 1 });
  offer(C, { text: 'c', level: 0, size: 1 });
  // Mixed operators always get parentheses (`(a & b) | c`): precedence is not for the reader to recall.
  const wrap = (e: Expr, level: number) => (e.level === 0 || e.level === level ? e.text : `(${e.text})`);
  for (let round = 0; round < 6; round++) {
    const known = best.map((e, v) => (e ? { v, e } : undefined)).filter((x): x is { v: number; e: Expr } => x !== undefined);
    for (const { v, e } of known) offer(~v, { text: e.level === 0 && !e.text.startsWith('~') ? `~${e.text}` : `~(${e.text})`, level: 0, size: e.size + 1 });
    for (const x of known) {
      for (const y of known) {
        if (x.v > y.v) continue;
        // a before b before c, as one would write it.
        const [l, r] = order(x.e) <= order(y.e) ? [x.e, y.e] : [y.e, x.e];
        for (const op of OPERATORS) {
          offer(op.apply(x.v, y.v), { text: `${wrap(l, op.level)} ${op.symbol} ${wrap(r, op.level)}`, level: op.level, size: l.size + r.size + 1 });
        }
      }
    }
  }
  table = best.map((e, v) => e ?? { text: `lut 0x${v.toString(16)}`, level: 0, size: 99 });
  return table;
}

/** One shortest C-style expression of a, b and c whose look-up table is `lut` (0–255). */
export function lop3Expression(lut: number): string {
  return expressions()[lut & 0xff].text;
}

/** The table's eight rows: the value for each a, b, c (a the most significant). */
export function lop3Rows(lut: number): Array<{ a: number; b: number; c: number; value: number }> {
  return Array.from({ length: 8 }, (_, i) => ({ a: (i >> 2) & 1, b: (i >> 1) & 1, c: i & 1, value: (lut >> i) & 1 }));
}
