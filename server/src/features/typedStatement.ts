/**
 * The statement being typed on a line, up to the cursor: after the last `;`, and after a `{` or
 * `}` that opens or closes a block (one that comes before the statement's mnemonic; braces after
 * it are vector operands such as `{%f0, %f1}`).
 */
export function typedStatement(lineBefore: string): string {
  let start = 0;
  let mnemonicSeen = false;
  for (let i = 0; i < lineBefore.length; i++) {
    const c = lineBefore[i];
    if (c === ';') {
      start = i + 1;
      mnemonicSeen = false;
    } else if ((c === '{' || c === '}') && !mnemonicSeen) {
      start = i + 1;
    } else if (!mnemonicSeen && /[a-z]/.test(c) && (i === start || /[\s:]/.test(lineBefore[i - 1]))) {
      // A word after a label (`L:`) or a guard (`@%p1`) is the mnemonic.
      const before = lineBefore.slice(start, i);
      if (!/@!?%?[\w$]*$/.test(before.trimEnd()) || /\s$/.test(before)) mnemonicSeen = true;
    }
  }
  return lineBefore.slice(start);
}

/** In a typed statement past its mnemonic: the mnemonic and the operands written so far. */
export function operandsBeingTyped(statement: string): { mnemonic: string; written: string } | undefined {
  const m = /^\s*(?:[$\w]+:\s*)?(?:@!?%[\w$]+\s+)?([a-z][\w.:]*)\s+(.*)$/.exec(statement);
  return m ? { mnemonic: m[1], written: m[2] } : undefined;
}
