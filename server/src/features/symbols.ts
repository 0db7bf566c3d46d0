/**
 * Document symbols for PTX: module variables, functions/entries (with their parameters, return
 * values and labels) and debug sections, as a hierarchy. Pure function over the model.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { PtxModel, PtxParam } from '../ptx';

/** Turns a mangled name into a readable one, or undefined when it cannot (or it is not mangled). */
export type Demangler = (mangled: string) => string | undefined;

export function documentSymbols(model: PtxModel, demangle?: Demangler): DocumentSymbol[] {
  const out: Array<{ at: number; symbol: DocumentSymbol }> = [];
  for (const g of model.globals) {
    const s = model.stmtStart[g.stmt];
    const e = model.stmtEnd[g.stmt];
    out.push({
      at: s,
      symbol: {
        name: g.name || '(unnamed)',
        detail: `.${g.space} ${g.type}${g.array}`.trim(),
        kind: g.space === 'const' ? SymbolKind.Constant : SymbolKind.Variable,
        range: model.rangeOf(s, Math.max(e, g.nameEnd)),
        selectionRange: model.rangeOf(g.nameStart, g.nameEnd),
      },
    });
  }
  for (const fn of model.functions) {
    const children: DocumentSymbol[] = [];
    const param = (p: PtxParam): DocumentSymbol => ({
      name: p.name,
      detail: `${p.isReturn ? 'return ' : ''}.${p.space} ${p.type}${p.array}`,
      kind: SymbolKind.Variable,
      range: model.rangeOf(p.nameStart, p.nameEnd),
      selectionRange: model.rangeOf(p.nameStart, p.nameEnd),
    });
    for (const p of fn.returns) children.push(param(p));
    for (const p of fn.params) children.push(param(p));
    for (const l of fn.labels) {
      children.push({ name: l.name, kind: SymbolKind.Key, range: model.rangeOf(l.start, l.end + 1), selectionRange: model.rangeOf(l.start, l.end) });
    }
    const readable = fn.name && demangle ? safeDemangle(demangle, fn.name) : undefined;
    const kindText = `${fn.linkage.map((l) => `.${l} `).join('')}.${fn.kind}${fn.bodyStart < 0 ? ' (declaration)' : ''}`;
    const nameStart = fn.nameStart >= 0 ? fn.nameStart : fn.start;
    const nameEnd = fn.nameEnd >= 0 ? fn.nameEnd : fn.start;
    out.push({
      at: fn.start,
      symbol: {
        name: fn.name || '(unnamed)',
        detail: readable && readable !== fn.name ? readable : kindText,
        kind: SymbolKind.Function,
        range: model.rangeOf(fn.start, Math.max(fn.end, nameEnd)),
        selectionRange: model.rangeOf(nameStart, nameEnd),
        children,
      },
    });
  }
  for (const sec of model.sections) {
    const nameEnd = sec.start + '.section'.length;
    out.push({
      at: sec.start,
      symbol: { name: sec.name || '.section', detail: '.section', kind: SymbolKind.Namespace, range: model.rangeOf(sec.start, sec.end), selectionRange: model.rangeOf(sec.start, nameEnd) },
    });
  }
  out.sort((a, b) => a.at - b.at);
  return out.map((o) => o.symbol);
}

function safeDemangle(demangle: Demangler, name: string): string | undefined {
  try {
    return demangle(name);
  } catch {
    return undefined;
  }
}
