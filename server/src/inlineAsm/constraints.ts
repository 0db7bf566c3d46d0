/**
 * Operand constraints of inline PTX in CUDA, as NVIDIA's "Inline PTX Assembly in CUDA" guide
 * lists them: the letter says which kind of PTX register (or constant) the compiler puts in
 * place of `%N`; a leading `=` makes the operand write-only, `+` read-write.
 */

export interface ConstraintInfo {
  letter: string;
  /** Register width in bits; 0 for constants. */
  bits: number;
  /** The PTX register type nvcc declares for it (`.b32` …), or undefined for constants. */
  ptxType?: string;
  meaning: string;
}

export const CONSTRAINTS: Record<string, ConstraintInfo> = {
  h: { letter: 'h', bits: 16, ptxType: '.b16', meaning: '16-bit integer register (`.u16`)' },
  r: { letter: 'r', bits: 32, ptxType: '.b32', meaning: '32-bit integer register (`.u32`)' },
  l: { letter: 'l', bits: 64, ptxType: '.b64', meaning: '64-bit integer register (`.u64`), the width of a global or generic address' },
  q: { letter: 'q', bits: 128, ptxType: '.b128', meaning: '128-bit integer register (`.u128`, where the host compiler has `__int128`)' },
  f: { letter: 'f', bits: 32, ptxType: '.f32', meaning: '32-bit floating-point register (`.f32`)' },
  d: { letter: 'd', bits: 64, ptxType: '.f64', meaning: '64-bit floating-point register (`.f64`)' },
  n: { letter: 'n', bits: 0, meaning: 'integer constant known at compile time, written into the PTX as an immediate' },
  C: { letter: 'C', bits: 0, meaning: 'constant character array known at compile time, whose text is pasted into the PTX' },
};

export interface ParsedConstraint {
  /** `=`: written only; `+`: read and written; neither: read only. */
  readonly access: 'read' | 'write' | 'readwrite';
  readonly info?: ConstraintInfo;
  /** The constraint as written, without quotes. */
  readonly text: string;
}

export function parseConstraint(text: string): ParsedConstraint {
  let parsed = parsedConstraints.get(text);
  if (!parsed) {
    const access = text.includes('+') ? 'readwrite' : text.includes('=') ? 'write' : 'read';
    const letter = text.replace(/[=+&]/g, '').trim();
    parsed = { access, info: CONSTRAINTS[letter], text };
    // Files use a handful of constraints; anything past that is not kept.
    if (parsedConstraints.size < 256) parsedConstraints.set(text, parsed);
  }
  return parsed;
}

const parsedConstraints = new Map<string, ParsedConstraint>();

/** One line saying what a constraint does, e.g. "`=r`: written only · 32-bit integer register". */
export function describeConstraint(text: string): string {
  const parsed = parseConstraint(text);
  const access = parsed.access === 'write' ? 'written only (output)' : parsed.access === 'readwrite' ? 'read and written (output and input)' : 'read only (input)';
  const kind = parsed.info?.meaning ?? 'a constraint nvcc does not document for inline PTX';
  return `\`"${text}"\`: ${kind}; ${access}`;
}
