/**
 * Document symbols for PTX: what a reader navigates a module by — its entries and functions
 * (demangled names as detail), module variables, and the DWARF sections. Function bodies
 * contribute no children: a 500k-line nvcc file has tens of thousands of labels and
 * parameters, and an outline of them helps nobody (labels are found through go to definition
 * and references, parameters through the function's hover). Declarations without a body
 * (`.extern .func`, forward declarations) are gathered under one node so that the functions
 * defined here stand out. Pure function over the model: O(functions + variables + sections).
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { PtxFunction, PtxModel } from '../ptx';

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
        detail: `${g.linkage.map((l) => `.${l} `).join('')}.${g.space} ${g.type}${g.array}`.trim(),
        kind: g.space === 'const' ? SymbolKind.Constant : SymbolKind.Variable,
        range: model.rangeOf(s, Math.max(e, g.nameEnd)),
        selectionRange: model.rangeOf(g.nameStart, g.nameEnd),
      },
    });
  }
  const declarations: DocumentSymbol[] = [];
  let firstDeclaration = -1;
  for (const fn of model.functions) {
    const symbol = functionSymbol(model, fn, demangle);
    if (fn.bodyStart >= 0) out.push({ at: fn.start, symbol });
    else {
      if (firstDeclaration < 0) firstDeclaration = fn.start;
      declarations.push(symbol);
    }
  }
  if (declarations.length > 0) {
    const last = declarations[declarations.length - 1];
    out.push({
      at: firstDeclaration,
      symbol: {
        name: `${declarations.length} declaration${declarations.length > 1 ? 's' : ''}`,
        detail: 'functions declared here, defined elsewhere or later',
        kind: SymbolKind.Namespace,
        range: { start: declarations[0].range.start, end: last.range.end },
        selectionRange: declarations[0].selectionRange,
        children: declarations,
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

function functionSymbol(model: PtxModel, fn: PtxFunction, demangle: Demangler | undefined): DocumentSymbol {
  const readable = fn.name && demangle ? safeDemangle(demangle, fn.name) : undefined;
  const kindText = `${fn.linkage.map((l) => `.${l} `).join('')}.${fn.kind}`;
  const nameStart = fn.nameStart >= 0 ? fn.nameStart : fn.start;
  const nameEnd = fn.nameEnd >= 0 ? fn.nameEnd : fn.start;
  return {
    name: fn.name || '(unnamed)',
    detail: readable && readable !== fn.name ? readable : kindText,
    kind: SymbolKind.Function,
    range: model.rangeOf(fn.start, Math.max(fn.end, nameEnd)),
    selectionRange: model.rangeOf(nameStart, nameEnd),
  };
}

function safeDemangle(demangle: Demangler, name: string): string | undefined {
  try {
    return demangle(name);
  } catch {
    return undefined;
  }
}
