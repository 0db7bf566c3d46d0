/** String literals as PTX writes them (`.file` paths, `.pragma` strings). */

/** Decodes a PTX/C string literal body: `\303\274` octal bytes, `\\`, `\"`, `\n` … → UTF-8 text. */
export function unescapePtxString(body: string): string {
  if (!body.includes('\\')) return body;
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '\\': 92, '"': 34, "'": 39, '?': 63, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\' || i + 1 >= body.length) {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1];
    const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
    if (oct) {
      bytes.push(parseInt(oct[0], 8) & 0xff);
      i += oct[0].length;
    } else if (next === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 2, i + 4));
      if (hex) {
        bytes.push(parseInt(hex[0], 16));
        i += 1 + hex[0].length;
      } else {
        bytes.push(120);
        i += 1;
      }
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(bytes));
}
