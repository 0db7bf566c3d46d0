// Writes syntaxes/ptx.tmLanguage.json and syntaxes/ptx-inline-asm.tmLanguage.json from the
// readable definitions below: regular expressions are easier to review as JS strings than as
// doubly escaped JSON. Run `node --import tsx syntaxes/build-grammar.mjs` after editing; a
// grammar test checks the JSON is current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { directives } from '../server/src/knowledge/directives.ts';
import { specialRegisters } from '../server/src/knowledge/specialRegisters.ts';

const here = dirname(fileURLToPath(import.meta.url));

// Names come from the knowledge base, so the grammar, the parser and the hovers agree on them.
// (Run with tsx: `node --import tsx syntaxes/build-grammar.mjs`.)
const escape = (name) => name.replace(/[.$]/g, (c) => `\\${c}`);
/** Longest first, so `%clock64` wins over `%clock`. */
const alternation = (names) => [...new Set(names)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');

const SPECIAL_REGISTERS = specialRegisters.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]).map((name) => name.slice(1));
const LINKAGE = directives.filter((d) => d.kind === 'linking').map((d) => d.name.slice(1));
const STATE_SPACES = directives.filter((d) => d.kind === 'variable' && !['.align', '.attribute', '.ptr'].includes(d.name)).map((d) => d.name.slice(1));
const DIRECTIVES = directives.filter((d) => !LINKAGE.includes(d.name.slice(1)) && !STATE_SPACES.includes(d.name.slice(1))).map((d) => d.name.slice(1));

/** Fundamental and packed types, as modifiers (`.f32`) or in declarations. */
const TYPE = String.raw`(?:[sub](?:8|16|32|64|128)|f16x2|bf16x2|f16|bf16|f32x2|f32|f64|tf32|pred|e4m3x2|e5m2x2|e2m1x2|e2m3x2|e3m2x2|ue8m0x2|e4m3|e5m2|e2m1|e2m3|e3m2|ue8m0|ue4m3|u16x2|s16x2|u8x4|s8x4|[us]4|b1|texref|samplerref|surfref)`;
const STATE_SPACE_MODIFIER = String.raw`(?:reg|sreg|const|global|local|param(?:::(?:entry|func))?|shared(?:::(?:cta|cluster))?|tex)`;

const modifierPatterns = [
  { match: String.raw`\.(?:v2|v4|v8)\b`, name: 'storage.modifier.vector.ptx' },
  { match: String.raw`\.${TYPE}\b(?!::)`, name: 'storage.type.ptx' },
  { match: String.raw`\.${STATE_SPACE_MODIFIER}\b(?!::)`, name: 'storage.modifier.state-space.ptx' },
  { match: String.raw`\.[A-Za-z0-9_]+(?:::[A-Za-z0-9_]+)*`, name: 'keyword.modifier.ptx' },
];

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'PTX',
  scopeName: 'source.ptx',
  fileTypes: ['ptx'],
  patterns: [{ include: '#comments' }, { include: '#dwarf-section' }, { include: '#statement' }],
  repository: {
    comments: {
      patterns: [
        { name: 'comment.line.double-slash.ptx', match: '//.*$' },
        { name: 'comment.block.ptx', begin: String.raw`/\*`, end: String.raw`\*/` },
      ],
    },
    'dwarf-section': {
      name: 'meta.section.dwarf.ptx',
      begin: String.raw`^\s*(\.section)\s+(\.[A-Za-z_][\w.]*)\s*(\{)?`,
      beginCaptures: {
        1: { name: 'keyword.directive.ptx' },
        2: { name: 'entity.name.section.ptx' },
        3: { name: 'punctuation.section.block.begin.ptx' },
      },
      end: String.raw`^\s*(\})`,
      endCaptures: { 1: { name: 'punctuation.section.block.end.ptx' } },
      patterns: [
        { include: '#comments' },
        { match: String.raw`\.(?:b8|b16|b32|b64)\b`, name: 'storage.type.ptx' },
        { include: '#numbers' },
        { include: '#strings' },
        { match: String.raw`[A-Za-z_$][\w$.]*`, name: 'variable.other.symbol.ptx' },
      ],
    },
    statement: {
      patterns: [
        { include: '#comments' },
        { include: '#strings' },
        { include: '#function-declaration' },
        { include: '#label-definition' },
        { include: '#instruction' },
        { include: '#directive' },
        { include: '#guard' },
        { include: '#operands' },
      ],
    },
    /** What may appear inside an inline-asm string in CUDA source. */
    'inline-statement': {
      patterns: [
        { include: '#comments' },
        { include: '#asm-operand' },
        { include: '#label-definition' },
        { include: '#instruction' },
        { include: '#directive' },
        { include: '#guard' },
        { include: '#operands' },
      ],
    },
    'asm-operand': {
      match: String.raw`%(?:[0-9]+|\[[A-Za-z_]\w*\])`,
      name: 'variable.parameter.asm-operand.ptx',
    },
    strings: {
      name: 'string.quoted.double.ptx',
      begin: '"',
      end: '"',
      patterns: [{ match: String.raw`\\.`, name: 'constant.character.escape.ptx' }],
    },
    'function-declaration': {
      match: String.raw`(\.(?:entry|func))\s+(?:(\([^)]*\))\s*)?([A-Za-z_$%][\w$]*)`,
      captures: {
        1: { name: 'keyword.directive.ptx' },
        2: { patterns: [{ include: '#operands' }, { include: '#directive' }] },
        3: { name: 'entity.name.function.ptx' },
      },
    },
    'label-definition': {
      match: String.raw`^\s*([A-Za-z_$][\w$]*)(:)`,
      captures: { 1: { name: 'entity.name.label.ptx' }, 2: { name: 'punctuation.separator.label.ptx' } },
    },
    directive: {
      patterns: [
        { match: String.raw`\.(?:${alternation(DIRECTIVES)})\b`, name: 'keyword.directive.ptx' },
        { match: String.raw`\.(?:${alternation(LINKAGE)})\b`, name: 'storage.modifier.linkage.ptx' },
        { match: String.raw`\.(?:${alternation(STATE_SPACES)})\b(?!::)`, name: 'storage.modifier.state-space.ptx' },
        { match: String.raw`\.${STATE_SPACE_MODIFIER}\b`, name: 'storage.modifier.state-space.ptx' },
        { match: String.raw`\.(?:v2|v4|v8)\b`, name: 'storage.modifier.vector.ptx' },
        { match: String.raw`\.${TYPE}\b`, name: 'storage.type.ptx' },
        { match: String.raw`\.(?:sm_\d+[af]?|compute_\d+[af]?|texmode_(?:unified|independent)|debug|map_f64_to_f32)\b`, name: 'support.constant.target.ptx' },
        { match: String.raw`\b(?:sm_\d+[af]?|compute_\d+[af]?|texmode_(?:unified|independent)|debug|map_f64_to_f32)\b`, name: 'support.constant.target.ptx' },
        { match: String.raw`\b(?:function_name|inlined_at)\b`, name: 'keyword.other.loc-attribute.ptx' },
      ],
    },
    guard: {
      match: String.raw`(@)(!?)(%[A-Za-z_$][\w$]*)`,
      captures: {
        0: { name: 'meta.guard.ptx' },
        1: { name: 'keyword.control.guard.ptx' },
        2: { name: 'keyword.operator.logical.not.ptx' },
        3: { name: 'variable.other.register.predicate.ptx' },
      },
    },
    instruction: {
      match: String.raw`(?:^|\G|(?<=[;{}:]|\\[nt]))\s*(?:(@)(!?)(%[A-Za-z_$][\w$]*)\s+)?([a-z][a-z0-9_]*)((?:\.[A-Za-z0-9_]+(?:::[A-Za-z0-9_]+)*)*)(?=[\s;"\\]|$)`,
      captures: {
        1: { name: 'keyword.control.guard.ptx' },
        2: { name: 'keyword.operator.logical.not.ptx' },
        3: { name: 'variable.other.register.predicate.ptx' },
        4: { name: 'keyword.other.instruction.ptx' },
        5: { patterns: modifierPatterns },
      },
    },
    operands: {
      patterns: [
        { include: '#comments' },
        { include: '#strings' },
        { include: '#special-register' },
        { include: '#register' },
        { include: '#numbers' },
        { include: '#address' },
        { include: '#vector' },
        { match: String.raw`\$[A-Za-z_$][\w$]*`, name: 'entity.name.label.reference.ptx' },
        { match: String.raw`,`, name: 'punctuation.separator.comma.ptx' },
        { match: String.raw`;`, name: 'punctuation.terminator.statement.ptx' },
        { match: String.raw`[{}]`, name: 'punctuation.section.block.ptx' },
        { match: String.raw`[()]`, name: 'punctuation.section.parens.ptx' },
        { match: String.raw`[-+*/|&^~!<>=]`, name: 'keyword.operator.ptx' },
        { match: String.raw`\b[A-Za-z_][\w$]*\b`, name: 'variable.other.symbol.ptx' },
      ],
    },
    'special-register': {
      match: String.raw`(%(?:${alternation(SPECIAL_REGISTERS)}))(\.[xyz])?\b`,
      captures: {
        1: { name: 'variable.language.special-register.ptx' },
        2: { name: 'variable.language.special-register.component.ptx' },
      },
    },
    register: {
      match: String.raw`(%[A-Za-z_$][\w$]*)(?:(<)(\d+)(>))?`,
      captures: {
        1: { name: 'variable.other.register.ptx' },
        2: { name: 'punctuation.definition.range.begin.ptx' },
        3: { name: 'constant.numeric.decimal.ptx' },
        4: { name: 'punctuation.definition.range.end.ptx' },
      },
    },
    numbers: {
      patterns: [
        { match: String.raw`(?<![\w$])-?0[fF][0-9A-Fa-f]{8}\b`, name: 'constant.numeric.float.hex.ptx' },
        { match: String.raw`(?<![\w$])-?0[dD][0-9A-Fa-f]{16}\b`, name: 'constant.numeric.double.hex.ptx' },
        { match: String.raw`(?<![\w$])-?0[xX][0-9A-Fa-f]+U?\b`, name: 'constant.numeric.hex.ptx' },
        { match: String.raw`(?<![\w$])-?0[bB][01]+U?\b`, name: 'constant.numeric.binary.ptx' },
        { match: String.raw`(?<![\w$.])-?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?\b`, name: 'constant.numeric.float.ptx' },
        { match: String.raw`(?<![\w$.])-?\d+U?\b`, name: 'constant.numeric.decimal.ptx' },
      ],
    },
    address: {
      name: 'meta.address.ptx',
      begin: String.raw`\[`,
      end: String.raw`\]`,
      beginCaptures: { 0: { name: 'punctuation.definition.address.begin.ptx' } },
      endCaptures: { 0: { name: 'punctuation.definition.address.end.ptx' } },
      patterns: [{ include: '#asm-operand' }, { include: '#operands' }],
    },
    vector: {
      name: 'meta.vector.ptx',
      begin: String.raw`\{(?=\s*(?:%|_|-|\d|\}))`,
      end: String.raw`\}`,
      beginCaptures: { 0: { name: 'punctuation.definition.vector.begin.ptx' } },
      endCaptures: { 0: { name: 'punctuation.definition.vector.end.ptx' } },
      patterns: [{ include: '#asm-operand' }, { include: '#operands' }],
    },
  },
};

/** Highlights the PTX inside `asm(...)` / `asm volatile(...)` string literals in CUDA C++. */
const injection = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'PTX in CUDA inline assembly',
  scopeName: 'ptx.injection.cuda',
  injectionSelector: 'L:source.cuda-cpp -comment -string, L:source.cpp -comment -string',
  patterns: [{ include: '#inline-asm' }],
  repository: {
    'inline-asm': {
      name: 'meta.asm.inline.cuda',
      begin: String.raw`\b(asm|__asm__|__asm)\b(?:\s+(volatile|__volatile__|goto|inline))*\s*(\()`,
      beginCaptures: {
        1: { name: 'keyword.other.asm.cuda' },
        2: { name: 'storage.modifier.cuda' },
        3: { name: 'punctuation.section.parens.begin.cuda' },
      },
      end: String.raw`\)`,
      endCaptures: { 0: { name: 'punctuation.section.parens.end.cuda' } },
      patterns: [
        { include: '#asm-string' },
        { match: ':', name: 'punctuation.separator.asm-section.cuda' },
        { include: '#parens' },
      ],
    },
    parens: {
      begin: String.raw`\(`,
      end: String.raw`\)`,
      patterns: [{ include: '#parens' }, { include: 'source.cuda-cpp' }],
    },
    'asm-string': {
      name: 'string.quoted.double.cuda',
      contentName: 'meta.embedded.inline.ptx',
      begin: '"',
      end: '"',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.cuda' } },
      endCaptures: { 0: { name: 'punctuation.definition.string.end.cuda' } },
      patterns: [
        { match: String.raw`\\[nt"\\]`, name: 'constant.character.escape.cuda' },
        { match: String.raw`\G[=+&]*[a-zA-Z]+(?=")`, name: 'storage.modifier.asm-constraint.cuda' },
        { include: 'source.ptx#inline-statement' },
      ],
    },
  },
};

function write(name, value) {
  writeFileSync(join(here, name), `${JSON.stringify(value, null, 2)}\n`);
}

export { grammar, injection };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  write('ptx.tmLanguage.json', grammar);
  write('ptx-inline-asm.tmLanguage.json', injection);
}
