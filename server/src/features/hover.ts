/** Hover: what the token under the cursor means. */
import type { Hover, Position } from 'vscode-languageserver';
import { findDirective, PTX_DOC_BASE } from '../knowledge';

export function hoverPtx(text: string, position: Position): Hover | undefined {
  const line = text.split(/\r?\n/)[position.line] ?? '';
  const word = /[.%$\w:]+/g;
  for (let match = word.exec(line); match; match = word.exec(line)) {
    if (match.index > position.character || match.index + match[0].length < position.character) continue;
    const directive = findDirective(match[0]);
    if (!directive) return undefined;
    return {
      contents: {
        kind: 'markdown',
        value: `**${directive.name}** — ${directive.summary}\n\n${directive.description}\n\n[PTX ISA](${PTX_DOC_BASE}${directive.anchor})`,
      },
    };
  }
  return undefined;
}
