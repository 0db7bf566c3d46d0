/** `ptx-lens doc <mnemonic-or-prefix>`: print a knowledge-base entry. */
import {
  findDirective,
  findInstruction,
  findPragma,
  findSpecialRegister,
  findTerm,
  instructionsWithPrefix,
  directives,
  specialRegisters,
} from '../knowledge';
import { conceptPage, directivePage, instructionPage, pragmaPage, specialRegisterPage, termPage } from '../features/docMarkdown';
import { concepts, findConcept } from '../knowledge/concepts';
import type { Io } from './io';

export async function docCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const words = args.filter((arg) => arg !== '--json');
  if (words.length !== 1) {
    io.err('Usage: ptx-lens doc <mnemonic-or-prefix | concept:name> [--json]\n  e.g. ptx-lens doc ld.global.nc, ptx-lens doc %tid, ptx-lens doc .maxnreg, ptx-lens doc cp.async, ptx-lens doc concept:tensor-cores (concept: lists them)\n');
    return 2;
  }
  const query = words[0];
  const print = (value: unknown, markdown: string) => io.out(json ? `${JSON.stringify(value, null, 2)}\n` : `${markdown}\n`);

  if (query.startsWith('concept:')) {
    const note = findConcept(query.slice('concept:'.length));
    if (note) return print(note, conceptPage(note)), 0;
    const list = concepts.map((c) => `  concept:${c.name.padEnd(22)} ${c.title}`).join('\n');
    if (query === 'concept:') return print(concepts.map(({ name, title, summary }) => ({ name, title, summary })), `Concept notes:\n${list}`), 0;
    io.err(`ptx-lens doc: no concept note "${query.slice('concept:'.length)}". Notes:\n${list}\n`);
    return 1;
  }

  if (query.startsWith('%')) {
    const register = findSpecialRegister(query);
    if (register) return print(register, specialRegisterPage(register, query)), 0;
  } else if (query.startsWith('.')) {
    const directive = findDirective(query);
    if (directive) return print(directive, directivePage(directive)), 0;
    const term = findTerm(query);
    if (term) return print(term, termPage(term, query)), 0;
  } else {
    const pragma = query.startsWith('"') ? findPragma(query) : undefined;
    if (pragma) return print(pragma, pragmaPage(pragma)), 0;
    const entry = findInstruction(query);
    const prefixed = instructionsWithPrefix(query);
    if (entry && (prefixed.length <= 1 || prefixed.includes(entry))) {
      const others = prefixed.filter((other) => other !== entry);
      const more = others.length > 0 ? `\n\nAlso starting with "${query}": ${others.map((o) => o.opcode).join(', ')}` : '';
      return print(entry, instructionPage(entry) + more), 0;
    }
    if (prefixed.length > 0) {
      const list = prefixed.map((e) => `  ${e.opcode.padEnd(32)} ${e.summary}`).join('\n');
      return print(prefixed.map((e) => ({ opcode: e.opcode, family: e.family, summary: e.summary })), `Instructions starting with "${query}":\n${list}`), 0;
    }
  }
  const near = [
    ...instructionsWithPrefix(query.slice(0, 2)).map((e) => e.opcode),
    ...directives.filter((d) => d.name.startsWith(query.slice(0, 3))).map((d) => d.name),
    ...specialRegisters.filter((r) => r.name.startsWith(query.slice(0, 3))).map((r) => r.name),
  ].slice(0, 12);
  io.err(`ptx-lens doc: nothing is documented as "${query}".${near.length ? ` Close: ${near.join(', ')}` : ''}\n`);
  return 1;
}
