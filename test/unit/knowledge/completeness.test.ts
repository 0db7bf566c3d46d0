/**
 * The knowledge base is complete: every ISA opcode has an entry, every entry has every field,
 * and every modifier written in an entry's syntax is explained somewhere.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cudaBuiltins,
  directives,
  explainModifier,
  findInstruction,
  instructions,
  ISA_SECTIONS,
  opcodesOf,
  pragmas,
  specialRegisters,
  syntaxModifiers,
  terms,
  type InstructionDoc,
} from '../../../server/src/knowledge';
import { mnemonicsIn } from '../../support/ptxExample';

/** `KB_FAMILIES=integer,floating-point` narrows the instruction checks while an area is being written. */
const onlyFamilies = process.env.KB_FAMILIES?.split(',').map((f) => f.trim());
const inScope = (family: string) => !onlyFamilies || onlyFamilies.includes(family);
const entries = instructions.filter((entry) => inScope(entry.family));

const VERSION = /^\d\.\d$/;
const TARGET = /^sm_\d+[af]?$/;
const ANCHOR = /^[a-z0-9-]+$/;

function problemsOf(entry: InstructionDoc): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  need(entry.summary.length > 8 && !entry.summary.endsWith('.'), 'summary: one line, no trailing period');
  need(entry.description.length >= 60, 'description: at least a sentence or two');
  need(entry.syntax.length > 0, 'syntax: at least one form');
  need(Array.isArray(entry.operands), 'operands');
  need(entry.operands.every((o) => o.name && o.description.length > 5), 'operands: name and description');
  need(entry.modifiers.every((m) => m.name.startsWith('.') && m.description.length > 5), 'modifiers: dotted name and description');
  need(entry.modifiers.every((m) => m.pattern === undefined || isRegExp(m.pattern)), 'modifiers: pattern is a valid regular expression');
  need(VERSION.test(entry.introduced), `introduced: "${entry.introduced}" is not a version`);
  need((entry.versionNotes ?? []).every((n) => VERSION.test(n.version) && n.change.length > 5), 'versionNotes');
  need(entry.minTarget === 'all' || TARGET.test(entry.minTarget), `minTarget: "${entry.minTarget}"`);
  need((entry.targetNotes ?? []).every((n) => TARGET.test(n.target) && n.requirement.length > 3), 'targetNotes');
  need(entry.cuda.length > 10, 'cuda: how CUDA source reaches it');
  need(TARGET.test(entry.example.target), `example.target: "${entry.example.target}"`);
  need(entry.example.caption.length > 10, 'example.caption');
  need(ANCHOR.test(entry.anchor), `anchor: "${entry.anchor}"`);
  need(entry.select === undefined || isRegExp(entry.select), 'select: a valid regular expression');
  return problems;
}

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** Modifier tokens a syntax form uses, other than the parts of the entry's own opcodes. */
function modifiersInSyntax(entry: InstructionDoc): string[] {
  const opcodeParts = new Set(opcodesOf(entry).flatMap((opcode) => opcode.split('.').slice(1).map((p) => `.${p}`)));
  return syntaxModifiers(entry).filter((token) => !opcodeParts.has(token));
}

test('every opcode of the ISA instruction chapter has an entry in its family', () => {
  const missing: string[] = [];
  for (const section of ISA_SECTIONS.filter((s) => inScope(s.family))) {
    for (const opcode of section.opcodes) {
      const found = instructions.some((entry) => entry.family === section.family && opcodesOf(entry).includes(opcode));
      if (!found) missing.push(`${section.section} ${opcode} (${section.family})`);
    }
  }
  assert.deepEqual(missing, [], `opcodes without an entry:\n${missing.join('\n')}`);
});

test('every instruction entry has every field', () => {
  const broken = entries
    .map((entry) => ({ entry, problems: problemsOf(entry) }))
    .filter(({ problems }) => problems.length > 0)
    .map(({ entry, problems }) => `${entry.family}/${entry.opcode}: ${problems.join('; ')}`);
  assert.deepEqual(broken, []);
});

test('every modifier in an entry syntax is explained by the entry or the shared dictionary', () => {
  const unexplained: string[] = [];
  for (const entry of entries) {
    for (const token of modifiersInSyntax(entry)) {
      if (!explainModifier(entry, token)) unexplained.push(`${entry.opcode}: ${token}`);
    }
  }
  assert.deepEqual(unexplained, [], `unexplained modifiers:\n${unexplained.join('\n')}`);
});

test('entries sharing an opcode have at most one fallback without `select`', () => {
  const fallbacks = new Map<string, string[]>();
  for (const entry of instructions) {
    if (entry.select) continue;
    for (const opcode of opcodesOf(entry)) fallbacks.set(opcode, [...(fallbacks.get(opcode) ?? []), entry.family]);
  }
  const clashes = [...fallbacks].filter(([, families]) => families.length > 1).map(([op, f]) => `${op}: ${f.join(', ')}`);
  assert.deepEqual(clashes, []);
});

test("each worked example uses its entry's instruction, and that mnemonic finds the entry", () => {
  const wrong: string[] = [];
  for (const entry of entries) {
    const used = mnemonicsIn(entry.example.code);
    if (!used.some((mnemonic) => findInstruction(mnemonic) === entry)) {
      const resolved = used.map((m) => `${m} → ${findInstruction(m)?.opcode ?? 'nothing'}/${findInstruction(m)?.family ?? ''}`);
      wrong.push(`${entry.family}/${entry.opcode}: ${resolved.join(', ') || 'no instruction found'}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('shared dictionary entries are complete', () => {
  for (const term of terms) {
    assert.ok(term.name.startsWith('.'), `${term.name}: dotted name`);
    assert.ok(term.summary.length > 5 && term.description.length > 20, `${term.name}: summary and description`);
    assert.match(term.anchor, ANCHOR, `${term.name}: anchor`);
    if (term.pattern !== undefined) assert.ok(isRegExp(term.pattern), `${term.name}: pattern`);
  }
});

const SPECIAL_REGISTERS = [
  '%tid', '%ntid', '%laneid', '%warpid', '%nwarpid', '%ctaid', '%nctaid', '%smid', '%nsmid', '%gridid',
  '%is_explicit_cluster', '%clusterid', '%nclusterid', '%cluster_ctaid', '%cluster_nctaid', '%cluster_ctarank',
  '%cluster_nctarank', '%lanemask_eq', '%lanemask_le', '%lanemask_lt', '%lanemask_ge', '%lanemask_gt', '%clock',
  '%clock_hi', '%clock64', '%pm0', '%pm7', '%pm0_64', '%pm7_64', '%envreg0', '%envreg31', '%globaltimer',
  '%globaltimer_lo', '%globaltimer_hi', '%reserved_smem_offset_begin', '%reserved_smem_offset_end',
  '%reserved_smem_offset_cap', '%reserved_smem_offset_0', '%reserved_smem_offset_1', '%total_smem_size',
  '%aggr_smem_size', '%dynamic_smem_size', '%current_graph_exec',
];

test('every special register has an entry with every field', () => {
  const names = new Set(specialRegisters.flatMap((r) => [r.name, ...(r.aliases ?? [])]));
  assert.deepEqual(SPECIAL_REGISTERS.filter((name) => !names.has(name)), []);
  for (const r of specialRegisters) {
    assert.ok(r.summary && r.description.length > 40 && r.cuda && r.type.startsWith('.'), `${r.name}: fields`);
    assert.match(r.introduced, VERSION, `${r.name}: introduced`);
    assert.ok(r.minTarget === 'all' || TARGET.test(r.minTarget), `${r.name}: minTarget`);
    assert.match(r.example.target, TARGET, `${r.name}: example target`);
    assert.match(r.anchor, ANCHOR, `${r.name}: anchor`);
  }
});

const DIRECTIVES = [
  '.version', '.target', '.address_size', '.entry', '.func', '.alias', '.branchtargets', '.calltargets',
  '.callprototype', '.maxnreg', '.maxntid', '.reqntid', '.minnctapersm', '.maxnctapersm', '.noreturn', '.pragma',
  '.abi_preserve', '.abi_preserve_control', '.dwarf', '.section', '.file', '.loc', '.extern', '.visible', '.weak',
  '.common', '.reqnctapercluster', '.explicitcluster', '.maxclusterrank', '.blocksareclusters', '.reg', '.sreg',
  '.const', '.global', '.local', '.param', '.shared', '.tex', '.align',
];

test('every directive has an entry with every field', () => {
  const names = new Set(directives.map((d) => d.name));
  assert.deepEqual(DIRECTIVES.filter((name) => !names.has(name)), []);
  for (const d of directives) {
    assert.ok(d.summary && d.description.length > 40 && d.syntax.length > 0 && d.cuda, `${d.name}: fields`);
    assert.match(d.introduced, VERSION, `${d.name}: introduced`);
    assert.match(d.example.target, TARGET, `${d.name}: example target`);
    assert.match(d.anchor, ANCHOR, `${d.name}: anchor`);
  }
});

test('every .pragma string has an entry', () => {
  assert.deepEqual(
    ['nounroll', 'used_bytes_mask', 'enable_smem_spilling', 'frequency'].filter((n) => !pragmas.some((p) => p.name === n)),
    [],
  );
});

test('CUDA built-ins name the PTX they become', () => {
  const required = ['threadIdx', 'blockIdx', 'blockDim', 'gridDim', 'warpSize', '__syncthreads', '__shfl_sync',
    '__shfl_down_sync', '__ballot_sync', '__activemask', 'atomicAdd', '__ldg', '__fmaf_rn', 'clock64'];
  const names = new Set(cudaBuiltins.map((b) => b.name));
  assert.deepEqual(required.filter((n) => !names.has(n)), []);
  for (const b of cudaBuiltins) assert.ok(b.ptx.length > 0 && b.summary && b.signature, `${b.name}: fields`);
});
