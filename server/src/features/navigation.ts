/**
 * Go to definition, find references, rename and document highlight for PTX: pure functions
 * over the parsed model (registers are scoped to their function, labels to theirs, module
 * symbols to the file). Results are LSP-shaped plain data.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import {
  definitionSpan,
  findOccurrences,
  isSpecialRegister,
  rangeElementIds,
  resolveName,
  splitIndexedName,
  symbolAt,
  type PtxModel,
  type Resolution,
  type SymbolAt,
} from '../ptx';
import type { Position } from '../ptx/types';

/** Where the symbol at `position` is declared (empty when it is not a declared name). */
export function findDefinition(model: PtxModel, uri: string, position: Position): Location[] {
  const sym = symbolAt(model, position);
  if (!sym) return [];
  const span = definitionSpan(sym.resolution);
  if (!span) return [];
  return [{ uri, range: model.rangeOf(span.start, span.end) }];
}

/** Every use of the symbol at `position` in its scope, optionally with its declaration. */
export function findReferences(model: PtxModel, uri: string, position: Position, includeDeclaration = true): Location[] {
  const sym = symbolAt(model, position);
  if (!sym) return [];
  return findOccurrences(model, sym.resolution, sym.start)
    .filter((o) => includeDeclaration || !o.isDefinition)
    .map((o) => ({ uri, range: o.range }));
}

/** Occurrences of the symbol at `position` in this document, writes marked as such. */
export function documentHighlights(model: PtxModel, position: Position): DocumentHighlight[] {
  const sym = symbolAt(model, position);
  if (!sym) return [];
  return findOccurrences(model, sym.resolution, sym.start).map((o) => ({
    range: o.range,
    kind: o.isWrite ? DocumentHighlightKind.Write : o.isDefinition ? DocumentHighlightKind.Text : DocumentHighlightKind.Read,
  }));
}

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };
export type RenameResult = { edit: WorkspaceEdit } | { error: string };

/** PTX identifier: `[A-Za-z][A-Za-z0-9_$]*` or `[_$%][A-Za-z0-9_$]+`. */
const IDENTIFIER = /^(?:[A-Za-z][A-Za-z0-9_$]*|[_$%][A-Za-z0-9_$]+)$/;

/** Registers and labels can be renamed; the rest (opcodes, functions, parameters …) cannot. */
function renameTarget(model: PtxModel, position: Position): { sym: SymbolAt; base?: string } | { error: string } {
  const sym = symbolAt(model, position);
  if (!sym) return { error: 'Only registers and labels can be renamed.' };
  const r = sym.resolution;
  if (r.kind === 'label') {
    if (r.label.func < 0) return { error: 'Labels inside debug sections cannot be renamed.' };
    // Sections are skipped by the parser; a label their DWARF data points at must keep its name.
    if (usedInSection(model, sym.name)) return { error: `${sym.name} is referenced from debug information (.section); renaming it would break the file.` };
    return { sym };
  }
  if (r.kind === 'declaration' && r.decl.space === 'reg' && sym.name.startsWith('%')) {
    // An element of `%r<28>` (or the range itself) renames the whole range's prefix.
    if (r.decl.count >= 0) return { sym, base: r.decl.name };
    return { sym };
  }
  if (r.kind === 'param' && r.param.space === 'reg' && sym.name.startsWith('%')) return { sym };
  if (r.kind === 'special-register') return { error: `${sym.name} is a special register and cannot be renamed.` };
  if (r.kind === 'unresolved' && sym.name.startsWith('%')) return { error: `${sym.name} is not declared; declare it with .reg first.` };
  return { error: 'Only registers and labels can be renamed.' };
}

/** The range and text the rename box starts from; for `%r12` of `%r<28>` it is the prefix `%r`. */
export function prepareRename(model: PtxModel, position: Position): PrepareRenameResult {
  const t = renameTarget(model, position);
  if ('error' in t) return t;
  if (t.base !== undefined) return { range: model.rangeOf(t.sym.start, t.sym.start + t.base.length), placeholder: t.base };
  return { range: model.rangeOf(t.sym.start, t.sym.end), placeholder: t.sym.name };
}

/**
 * Renames the register or label at `position` throughout its scope. Refuses (with a message)
 * names that are not PTX identifiers, that change a register into a non-register or back, or
 * that collide with a name already visible in the scope.
 */
export function rename(model: PtxModel, uri: string, position: Position, newName: string): RenameResult {
  const t = renameTarget(model, position);
  if ('error' in t) return t;
  const { sym } = t;
  const r = sym.resolution;
  if (!IDENTIFIER.test(newName)) return { error: `'${newName}' is not a valid PTX identifier.` };
  const isRegister = sym.name.startsWith('%');
  if (isRegister !== newName.startsWith('%')) return { error: isRegister ? 'A register name must start with %.' : "A label name cannot start with '%'." };

  // Renaming a range prefix touches every element of the range, not only the one under the cursor.
  const target: Resolution = t.base !== undefined && r.kind === 'declaration' ? { kind: 'declaration', decl: r.decl, element: -1 } : r;
  const occurrences = findOccurrences(model, target, sym.start);
  const edits: TextEdit[] = [];
  if (t.base !== undefined) {
    if (/[0-9]$/.test(newName)) return { error: `'${newName}' ends in a digit, which would make register names ambiguous.` };
    if (newName === t.base) return { edit: { changes: { [uri]: [] } } };
    const decl = (r as Extract<Resolution, { kind: 'declaration' }>).decl;
    const clash = rangeCollision(model, decl.func, decl.scopeStart, newName, decl.count);
    if (clash) return { error: clash };
    for (const o of occurrences) edits.push({ range: model.rangeOf(o.start, o.start + t.base.length), newText: newName });
  } else {
    if (newName === sym.name) return { edit: { changes: { [uri]: [] } } };
    const clash = nameCollision(model, sym, newName);
    if (clash) return { error: clash };
    for (const o of occurrences) edits.push({ range: o.range, newText: newName });
  }
  return { edit: { changes: { [uri]: edits } } };
}

function nameCollision(model: PtxModel, sym: SymbolAt, newName: string): string | undefined {
  const r = sym.resolution;
  const fnIndex = r.kind === 'label' ? r.label.func : r.kind === 'declaration' ? r.decl.func : r.kind === 'param' ? r.func.index : -1;
  const fn = fnIndex >= 0 ? model.functions[fnIndex] : undefined;
  const at = fn ? (fn.bodyStart >= 0 ? fn.bodyStart + 1 : fn.start) : sym.start;
  if (newName.startsWith('%') && isSpecialRegister(newName)) return `'${newName}' is a special register.`;
  const other = resolveName(model, newName, at);
  if (other.kind !== 'unresolved') return `'${newName}' is already used in this scope.`;
  // An undeclared use of the new name would be captured by the renamed declaration.
  const id = model.nameId(newName);
  if (id >= 0 && model.occurrencesOf(id, fn ? fn.start : 0, fn ? fn.end + 1 : model.text.length + 1).length > 0) {
    return `'${newName}' already appears in this scope.`;
  }
  return undefined;
}

function rangeCollision(model: PtxModel, func: number, scopeStart: number, base: string, count: number): string | undefined {
  const decls = func >= 0 ? model.functions[func].decls : model.globals;
  for (const d of decls) {
    if (d.count >= 0 && d.name === base) return `A register range ${base}<${d.count}> is already declared.`;
    if (d.count < 0) {
      if (d.name === base) return `'${base}' is already declared.`;
      const split = splitIndexedName(d.name);
      if (split && split[0] === base && split[1] < count) return `'${d.name}' is already declared.`;
    }
  }
  for (let i = 0; i < Math.min(count, 64); i++) if (isSpecialRegister(`${base}${i}`)) return `'${base}${i}' is a special register.`;
  const fn = func >= 0 ? model.functions[func] : undefined;
  for (const id of rangeElementIds(model, base, count)) {
    if (model.occurrencesOf(id, fn ? fn.start : scopeStart, fn ? fn.end + 1 : model.text.length + 1).length > 0) {
      return `'${model.names[id]}' already appears in this scope.`;
    }
  }
  return undefined;
}

/** Whether `name` appears as a whole word inside a `.section` block. */
function usedInSection(model: PtxModel, name: string): boolean {
  const text = model.text;
  for (const sec of model.sections) {
    for (let at = text.indexOf(name, sec.start); at >= 0 && at < sec.end; at = text.indexOf(name, at + 1)) {
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + name.length);
      if (!isWordChar(before) && !isWordChar(after)) return true;
    }
  }
  return false;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}
