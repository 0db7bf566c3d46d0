/**
 * An instruction's syntax forms, read as sequences of slots: which dot-part may come where.
 *
 * The knowledge base writes forms in the ISA's notation:
 *
 *     ld{.weak}{.ss}{.cop}{.vec}.type  d, [a]{, cache-policy};
 *     .ss = { .const, .global, .param{::entry, ::func}, .shared{::cta, ::cluster} };
 *     wgmma.mma_async.sync.aligned.shape.dtype.f16.f16  d, a-desc, …;
 *     // .shape = .m64nNk16, N = 8, 16, 24, ..., 256
 *
 * Each statement line becomes one form: a slot per part (`{…}` parts are optional), each slot
 * listing the spellings it accepts (a placeholder's definition, or the literal part), and the
 * operand list after the mnemonic. Completion asks what may follow the parts already written;
 * signature help asks which forms fit and what their operands are.
 */
import type { InstructionDoc } from './schema';

export interface Slot {
  optional: boolean;
  /** Spellings with their dot: `.sync`, `.m64n8k16`. A family such as `.m64nNk16` keeps its capital N. Empty: any part (a placeholder the entry leaves undefined). */
  options: string[];
}

export interface SyntaxForm {
  /** The mnemonic template as written: `wgmma.mma_async.sync.aligned.shape.dtype.f16.f16`. */
  mnemonic: string;
  slots: Slot[];
  /** The operand list as written (`d, [a]{, cache-policy}`), without the final `;`. */
  operands: string;
  /** False when the form's operands are written elsewhere (a list on a line of its own): `operands` is then not the whole list. */
  complete: boolean;
}

const forms = new WeakMap<InstructionDoc, SyntaxForm[]>();

/** The entry's forms, read once. */
export function syntaxForms(entry: InstructionDoc): SyntaxForm[] {
  let found = forms.get(entry);
  if (!found) {
    found = readForms(entry);
    forms.set(entry, found);
  }
  return found;
}

function readForms(entry: InstructionDoc): SyntaxForm[] {
  const firsts = new Set([entry.opcode, ...(entry.aliases ?? [])].map((o) => o.split('.')[0]));
  const global = new Map<string, string[]>();
  const groups = entry.syntax.map((text) => ({ text, defs: definitions(text) }));
  for (const { defs } of groups) for (const [name, options] of defs) if (!global.has(name)) global.set(name, options);
  const out: SyntaxForm[] = [];
  for (const { text, defs } of groups) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].replace(/\/\/.*$/, '').trim();
      const head = /^([a-z][\w.:{},]*)(\s+|(?=;)|$)/.exec(line);
      const lead = head ? /^[a-z]\w*/.exec(head[1])![0] : '';
      if (!head || !(firsts.has(lead) || (defs.get(`.${lead}`) ?? global.get(`.${lead}`)))) continue;
      let operands = line.slice(head[0].length);
      // `vop = { vadd, … }` defines a placeholder; it is not a form.
      if (operands.startsWith('=')) continue;
      // Operands continued on the next line (`cp.async.bulk.tensor …` then `[dstMem], …;`).
      if (!operands.includes(';') && i + 1 < lines.length && !/^\s*(\.|\/\/)/.test(lines[i + 1])) operands += ` ${lines[i + 1].replace(/\/\/.*$/, '').trim()}`;
      const lookUp = (name: string) => defs.get(name) ?? global.get(name);
      out.push({ mnemonic: head[1], slots: slotsOf(head[1], lookUp, entry), operands: operands.replace(/;.*$/, '').trim(), complete: operands.includes(';') });
    }
  }
  return out;
}

/** `.name = { … };` definitions, and the ISA's comment shorthand `// .shape = .m64nNk16, N = 8, 16, ..., 256`. */
function definitions(text: string): Map<string, string[]> {
  const defs = new Map<string, string[]>();
  // `.name = { … }` (several lines may define one name: their lists are joined), and `vop = { vadd, … }` for an opcode placeholder.
  for (const m of text.matchAll(/^\s*(\.?[\w:]+)\s*=\s*\{((?:[^{}]|\{[^{}]*\})*)\}/gm)) {
    const name = m[1].startsWith('.') ? m[1] : `.${m[1]}`;
    defs.set(name, [...(defs.get(name) ?? []), ...expandList(m[2])]);
  }
  for (const line of text.split('\n')) {
    const comment = /\/\/\s*(?:[\w ]+:\s*)?(.*)$/.exec(line);
    if (!comment || line.trim().indexOf('//') !== 0) continue;
    for (const m of comment[1].matchAll(/(\.[\w:]+)\s*=\s*((?:\.[\w:]+)(?:\s*,\s*\.[\w:]+)*)(?:\s*,\s*N\s*=\s*([\d\s,.]+))?/g)) {
      const values = m[2].split(',').map((v) => v.trim());
      const ns = m[3] ? progression(m[3]) : [];
      defs.set(m[1], ns.length > 0 ? values.flatMap((v) => (v.includes('N') ? ns.map((n) => v.replace('N', String(n))) : [v])) : values);
    }
  }
  return defs;
}

/** `.a, .b{::x, ::y}` → `.a`, `.b`, `.b::x`, `.b::y`. */
function expandList(list: string): string[] {
  const out: string[] = [];
  for (const m of list.matchAll(/(\.?[\w:]+)(?:\{([^}]*)\})?/g)) {
    const spelling = m[1].startsWith('.') ? m[1] : `.${m[1]}`;
    out.push(spelling);
    if (m[2]) for (const suffix of m[2].split(',')) out.push(spelling + suffix.trim());
  }
  return out;
}

/** `8, 16, 24, ..., 256` → 8, 16, …, 256 (the step is that of the two numbers before `...`). */
function progression(text: string): number[] {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (/^\.{3}$|^…$/.test(parts[i])) {
      const last = Number(parts[i + 1]);
      const step = out.length >= 2 ? out[out.length - 1] - out[out.length - 2] : 0;
      if (step > 0 && Number.isFinite(last)) for (let n = out[out.length - 1] + step; n <= last; n += step) out.push(n);
      i++;
    } else if (/^\d+$/.test(parts[i])) out.push(Number(parts[i]));
  }
  return out;
}

/** `ld{.weak}{.ss}.type` → slots; `.shared{::cta}` is one slot with both spellings. */
function slotsOf(template: string, lookUp: (name: string) => string[] | undefined, entry: InstructionDoc): Slot[] {
  const slots: Slot[] = [];
  const opcodeParts = entry.opcode.split('.');
  let i = 0;
  const readPart = (optional: boolean): void => {
    // At a '.', or at the opcode's first letters.
    let j = i + (template[i] === '.' ? 1 : 0);
    while (j < template.length && /[\w:]/.test(template[j])) j++;
    if (j === i || (j === i + 1 && template[i] === '.')) {
      // Not a part (a stray character of the notation): step over it.
      i = Math.max(j, i + 1);
      return;
    }
    const name = template.slice(i, j);
    const dotted = name.startsWith('.') ? name : `.${name}`;
    let options: string[];
    if (template[j] === '{' && template[j + 1] === ':') {
      const close = template.indexOf('}', j);
      options = [dotted, ...template.slice(j + 1, close).split(',').map((s) => dotted + s.trim())];
      j = close + 1;
    } else {
      // The first part may be an opcode placeholder (`vop`) the entry defines.
      const defined = lookUp(dotted);
      const literal = slots.length < opcodeParts.length || !/^\.[a-z_]+$/.test(dotted) || isKnownSpelling(entry, dotted);
      options = defined ?? (literal ? [dotted] : []);
    }
    slots.push({ optional, options });
    i = j;
  };
  while (i < template.length) {
    if (template[i] === '{') {
      let depth = 1;
      let j = i + 1;
      while (j < template.length && depth > 0) depth += template[j] === '{' ? 1 : template[j] === '}' ? -1 : 0, j++;
      const inner = template.slice(i + 1, j - 1);
      if (/^[^{]*,/.test(inner)) {
        // `{.hi,.lo}`: one optional part, any of the listed spellings.
        slots.push({ optional: true, options: expandList(inner) });
        i = j;
        continue;
      }
      for (const part of slotsOf(inner.startsWith('.') ? inner : `.${inner}`, lookUp, { ...entry, opcode: '' })) slots.push({ ...part, optional: true });
      i = j;
    } else readPart(false);
  }
  return slots;
}

/** True when `.part` is a spelling the entry or the shared dictionary explains (so it is literal, not a placeholder). */
function isKnownSpelling(entry: InstructionDoc, part: string): boolean {
  return entry.modifiers.some((m) => m.name === part) || /^\.(sync|aligned|[usbf]\d+|[su]\d+x\d|f16x2|bf16x2|e\d+m\d+|tf32|b1|popc|and|xor|ftz|sat|satfinite|relu|rn|rz|rm|rp|rni|rzi|rmi|rpi|wide|hi|lo|cc|approx|full|uni|v[248]|shared|global|local|const|param)$/.test(part);
}

/** The slot positions reachable after `written` (the whole mnemonic's parts, opcode first), in one form. */
function positionsAfter(form: SyntaxForm, written: readonly string[]): number[] {
  let states = new Set([0]);
  for (const part of written) {
    const next = new Set<number>();
    for (const start of states) {
      for (let k = start; k < form.slots.length; k++) {
        const slot = form.slots[k];
        if (slot.options.length === 0 || slot.options.includes(`.${part}`) || familyMatches(slot.options, `.${part}`)) next.add(k + 1);
        if (!slot.optional) break;
      }
    }
    if (next.size === 0) return [];
    states = next;
  }
  return [...states];
}

/** `.m64n96k16` against a family `.m64nNk16`. */
function familyMatches(options: readonly string[], part: string): boolean {
  return options.some((o) => o.includes('N') && new RegExp(`^${o.replace(/[.]/g, '\\.').replace('N', '\\d+')}$`).test(part));
}

/** The forms `written` (a mnemonic's parts, possibly incomplete) can still be read as. */
export function formsMatching(entry: InstructionDoc, written: readonly string[]): SyntaxForm[] {
  return syntaxForms(entry).filter((form) => positionsAfter(form, written).length > 0);
}

/**
 * The spellings that may follow `written` (a mnemonic's parts, opcode first), in form order;
 * undefined when no form reads `written` at all.
 */
export function nextParts(entry: InstructionDoc, written: readonly string[]): string[] | undefined {
  const out = new Set<string>();
  let matched = false;
  for (const form of syntaxForms(entry)) {
    const positions = positionsAfter(form, written);
    if (positions.length === 0) continue;
    matched = true;
    for (const start of positions) {
      for (let k = start; k < form.slots.length; k++) {
        for (const option of form.slots[k].options) out.add(option);
        if (!form.slots[k].optional) break;
      }
    }
  }
  return matched ? [...out] : undefined;
}
