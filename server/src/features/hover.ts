/**
 * Hover in PTX documents: what the token under the cursor means, read from the document model
 * (`tokenAt`) and the knowledge base. Pure: no LSP objects, no I/O; demangled names are passed in.
 */
import {
  findDirective,
  findInstruction,
  findPragma,
  findSpecialRegister,
  findTerm,
  matchOperands,
} from '../knowledge';
import {
  debugString,
  findOccurrences,
  resolveName,
  tokenAt,
  type FunctionInfo,
  type PtxInstruction,
  type PtxModel,
  type PtxTokenInfo,
} from '../ptx';
import type { Position, Range } from '../ptx/types';
import { code, directivePage, instructionHover, pragmaPage, specialRegisterPage, termPage } from './docMarkdown';
import { decodeOperand } from '../decoders';
import { decodedMarkdown } from './decodedHover';

export interface HoverResult {
  markdown: string;
  range: Range;
}

/** Demangled C++ names, looked up before the hover is built (c++filt runs asynchronously). */
export type Demangled = (mangled: string) => string | undefined;

function occurrenceFor(instruction: PtxInstruction) {
  return {
    mnemonic: instruction.mnemonic,
    guard: instruction.guard ? `@${instruction.guard.negated ? '!' : ''}${instruction.guard.register}` : undefined,
    operands: instruction.operands.map((operand) => operand.text),
  };
}

/** The function names a hover at this position may want demangled. */
export function namesToDemangle(model: PtxModel, position: Position): string[] {
  const token = tokenAt(model, position);
  if (token?.kind === 'function') return [token.name];
  if (token?.kind === 'param') return [token.function.name];
  if (token?.kind === 'loc' && token.loc.functionLabel) {
    const name = debugString(model, token.loc.functionLabel);
    return name ? [name] : [];
  }
  return [];
}

/**
 * Every name a hover in this model may want demangled: function names and the inlined
 * functions `.loc … function_name` points at. Demangled in one batch when a document opens,
 * so that no hover waits for c++filt. In steps of a few names: a large file names thousands of
 * inlined functions, each read from its bytes.
 */
export function* allNamesToDemangleSteps(model: PtxModel): Generator<void, string[]> {
  const names = new Set(model.functions.map((fn) => fn.name));
  const seen = new Set<number>();
  for (const id of model.locFnName) {
    if (id < 0 || seen.has(id)) continue;
    seen.add(id);
    const name = debugString(model, model.names[id]);
    if (name) names.add(name);
    if (seen.size % 8 === 0) yield;
  }
  return [...names];
}

export function ptxHover(model: PtxModel, position: Position, demangled: Demangled = () => undefined): HoverResult | undefined {
  const token = tokenAt(model, position);
  if (!token) return undefined;
  const markdown = render(model, token, demangled);
  return markdown ? { markdown, range: token.range } : undefined;
}

function render(model: PtxModel, token: PtxTokenInfo, demangled: Demangled): string | undefined {
  switch (token.kind) {
    case 'opcode':
      return instructionHover(findInstruction(token.instruction.mnemonic), occurrenceFor(token.instruction));
    case 'modifier':
      return instructionHover(findInstruction(token.instruction.mnemonic), occurrenceFor(token.instruction), token.text);
    case 'register':
      return withOperandRole(model, token, registerHover(model, token));
    case 'special-register': {
      const entry = findSpecialRegister(token.name);
      return withOperandRole(model, token, entry ? specialRegisterPage(entry, token.text) : `${code(token.text)} — a special register`);
    }
    case 'label':
      return withOperandRole(model, token, labelHover(model, token));
    case 'function':
      return withOperandRole(model, token, token.function ? functionHover(token.function, demangled) : `${code(token.name)} — a function not defined in this file`);
    case 'param': {
      const p = token.param;
      const role = p.isReturn ? 'return value' : 'parameter';
      return withOperandRole(
        model,
        token,
        `${code(token.name)} — ${role} of ${code(token.function.name)}\n\n${code(`.${p.space} ${p.type} ${p.name}${p.array}`.replace(/\s+/g, ' '))}${
          demangled(token.function.name) ? `\n\n${code(demangled(token.function.name)!)}` : ''
        }`,
      );
    }
    case 'variable':
      return withOperandRole(model, token, `${code(token.name)} — ${token.declaration.func >= 0 ? 'local' : 'module'} variable in ${code(`.${token.declaration.space}`)}\n\n\`\`\`ptx\n${token.declarationText.trim()}\n\`\`\``);
    case 'directive': {
      const directive = findDirective(token.name);
      if (directive) return directivePage(directive);
      const term = findTerm(token.name);
      return term ? termPage(term, token.name) : undefined;
    }
    case 'type':
    case 'state-space':
    case 'qualifier':
    case 'linkage': {
      const term = findTerm(token.text);
      if (term) return termPage(term, token.text);
      const directive = findDirective(token.text);
      return directive ? directivePage(directive) : undefined;
    }
    case 'pragma': {
      const pragma = findPragma(token.text);
      return pragma ? pragmaPage(pragma) : undefined;
    }
    case 'loc': {
      const { loc } = token;
      const where = (path: string | undefined, line: number, column: number) => `${code(path ?? `file ${loc.file}`)} line ${line}${column > 0 ? `, column ${column}` : ''}`;
      const lines = [`**Source location** — the PTX below this line comes from ${where(loc.path, loc.line, loc.column)}`];
      if (loc.functionLabel) {
        const mangled = debugString(model, loc.functionLabel);
        const name = mangled ? demangled(mangled) ?? mangled : loc.functionLabel;
        lines.push('', `Inlined from ${code(name)}`);
      }
      if (loc.inlinedChain.length > 0) {
        lines.push('', 'Inlined at:');
        for (const site of loc.inlinedChain) lines.push(`- ${where(site.path, site.line, site.column)}`);
      }
      const directive = findDirective('.loc');
      if (directive) lines.push('', '---', '', directive.summary);
      return lines.join('\n');
    }
    case 'file':
      return `**.file ${token.index}** — ${code(token.path ?? '?')}\n\n\`.loc ${token.index} …\` lines refer to this file.`;
    case 'immediate':
      return withOperandRole(model, token, immediateHover(token.text));
    case 'unresolved':
      return withOperandRole(model, token, `${code(token.name)} — not declared in this scope`);
  }
}

/**
 * Adds the operand's role in its instruction under a hover on an operand. Inside a composite
 * operand (`[%rd1, {%r1, %r2}]`) the element under the cursor is named when the syntax names it.
 */
function withOperandRole(model: PtxModel, token: PtxTokenInfo, body: string | undefined): string | undefined {
  const { instruction, operandIndex } = token;
  if (!instruction || operandIndex === undefined || operandIndex < 0) return body;
  const entry = findInstruction(instruction.mnemonic);
  const match = matchOperands(entry, instruction.mnemonic, instruction.operands.map((o) => o.text))[operandIndex];
  const operand = instruction.operands[operandIndex];
  const at = operand ? model.offsetAt(token.range.start) - operand.start : -1;
  const doc = match?.parts?.find((part) => part.start <= at && at < part.end)?.doc ?? match?.doc;
  const role = doc ? `*${doc.role}* ${code(doc.name)} of ${code(instruction.mnemonic)}: ${doc.description}` : undefined;
  const decoded = decodedMarkdown(decodeOperand(model, instruction, operandIndex));
  return [body, role && `---\n\n${role}`, decoded].filter(Boolean).join('\n\n');
}

function registerHover(model: PtxModel, token: Extract<PtxTokenInfo, { kind: 'register' }>): string {
  const { register } = token;
  const lines: string[] = [];
  if (!register.declaration) {
    lines.push(`${code(token.name)} — register not declared in this scope`);
    return lines.join('\n');
  }
  const d = register.declaration;
  lines.push(`${code(token.name)} — ${code(`.${d.space} ${d.type}`.replace(/\s+/g, ' '))} ${d.count >= 0 ? `(one of ${d.count} declared together)` : ''}`.trim());
  lines.push('', `Declared on line ${d.range.start.line + 1}: ${code(d.text.trim())}${register.function ? ` in ${code(register.function.name)}` : ''}`);
  const offset = model.offsetAt(token.range.start);
  const writes = findOccurrences(model, resolveName(model, token.name, offset)).filter((o) => o.isWrite && !o.isDefinition);
  if (writes.length > 0) {
    const shown = writes.slice(0, 8).map((o) => `${o.range.start.line + 1}`);
    lines.push('', `Written on line${writes.length > 1 ? 's' : ''} ${shown.join(', ')}${writes.length > 8 ? ` and ${writes.length - 8} more` : ''}`);
  }
  return lines.join('\n');
}

function labelHover(model: PtxModel, token: Extract<PtxTokenInfo, { kind: 'label' }>): string {
  if (!token.label) return `${code(token.name)} — label not defined in this function`;
  const { label } = token;
  void model;
  const branches = label.branchCount === 1 ? '1 branch reaches it' : `${label.branchCount} branches reach it`;
  const others = label.referenceCount - label.branchCount;
  const head = `${code(label.name)} — label defined on line ${label.definition.start.line + 1}; ${branches}${others > 0 ? ` (${others} other reference${others > 1 ? 's' : ''})` : ''}`;
  if (!label.block) return head;
  const lines = `${label.block.start.line + 1}–${label.block.end.line + 1}`;
  return `${head}\n\nLocal to the \`{ }\` block on lines ${lines}: only branches inside that block reach it, and other blocks may reuse the name (as nvcc does when it pastes the same inline \`asm\` at every call site).`;
}

function functionHover(fn: FunctionInfo, demangled: Demangled): string {
  const kind = fn.kind === 'entry' ? 'kernel entry' : 'device function';
  const cxx = demangled(fn.name);
  const lines = [`${code(fn.name)} — ${[...fn.linkage.map((l) => `.${l}`), kind].join(' ')}`];
  if (cxx && cxx !== fn.name) lines.push('', '```cpp', cxx, '```');
  const param = (p: FunctionInfo['params'][number]) => `.${p.space} ${p.type} ${p.name}${p.array}`.replace(/\s+/g, ' ');
  if (fn.returns.length > 0) lines.push('', `Returns: ${fn.returns.map((p) => code(param(p))).join(', ')}`);
  if (fn.params.length > 0) {
    lines.push('', 'Parameters:');
    for (const p of fn.params) lines.push(`- ${code(param(p))}`);
  }
  if (fn.directives.length > 0) lines.push('', `Launch and tuning: ${fn.directives.map(code).join(', ')}`);
  if (fn.hasBody) lines.push('', `${fn.instructionCount} PTX instructions`);
  return lines.join('\n');
}

/** PTX spells float immediates as IEEE bits (`0f3F800000`): show the value. */
export function immediateHover(text: string): string | undefined {
  const hex = /^(-?)0([fFdD])([0-9A-Fa-f]+)$/.exec(text);
  if (hex) {
    const [, sign, kind, digits] = hex;
    const bytes = Buffer.from(digits.padStart(kind.toLowerCase() === 'f' ? 8 : 16, '0'), 'hex');
    const value = kind.toLowerCase() === 'f' ? bytes.readFloatBE(0) : bytes.readDoubleBE(0);
    return `${code(text)} — ${kind.toLowerCase() === 'f' ? '.f32' : '.f64'} immediate = ${sign}${value}`;
  }
  const integer = /^(-?)(0[xX][0-9A-Fa-f]+|0[bB][01]+|0[0-7]*|[1-9]\d*)(U?)$/.exec(text);
  if (integer) {
    const value = BigInt(integer[2].replace(/^0(?=[0-7])/, '0o'));
    return `${code(text)} — integer immediate = ${integer[1]}${value} (0x${value.toString(16)})`;
  }
  return undefined;
}
