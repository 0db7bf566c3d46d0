/**
 * Parses `ptxas -v` resource reports (ptxas 11.x – 13.x formats), e.g.
 *
 *   ptxas info    : Compiling entry function '_Z5saxpyifPKfPf' for 'sm_90'
 *   ptxas info    : Function properties for _Z5saxpyifPKfPf
 *       0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
 *   ptxas info    : Used 10 registers, used 1 barriers, 1024 bytes smem, 360 bytes cmem[0]
 *
 * "Used …" belongs to the function last named by "Compiling [entry] function"; the stack/spill
 * line belongs to the function named by the "Function properties for" line just above it.
 */

export interface FunctionResources {
  registers: number;
  barriers: number;
  spillStoreBytes: number;
  spillLoadBytes: number;
  stackBytes: number;
  sharedBytes: number;
  constBytes: number;
  /** True once a "Used N registers" line was seen for the function. */
  hasUsage: boolean;
}

function blank(): FunctionResources {
  return { registers: 0, barriers: 0, spillStoreBytes: 0, spillLoadBytes: 0, stackBytes: 0, sharedBytes: 0, constBytes: 0, hasUsage: false };
}

const unquote = (s: string): string => s.trim().replace(/^'(.*)'$/, '$1');

export function parsePtxasVerbose(text: string): Map<string, FunctionResources> {
  const out = new Map<string, FunctionResources>();
  const get = (name: string): FunctionResources => {
    let r = out.get(name);
    if (!r) out.set(name, (r = blank()));
    return r;
  };
  let compiling: string | undefined;
  let properties: string | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    let m = /Compiling (?:entry )?function '([^']+)'/.exec(line);
    if (m) {
      compiling = m[1];
      get(compiling);
      continue;
    }
    m = /Function properties for (.+)$/.exec(line);
    if (m) {
      properties = unquote(m[1]);
      get(properties);
      continue;
    }
    if (/bytes stack frame/.test(line) && properties) {
      const r = get(properties);
      r.stackBytes = num(/(\d+) bytes stack frame/, line);
      r.spillStoreBytes = num(/(\d+) bytes spill stores/, line);
      r.spillLoadBytes = num(/(\d+) bytes spill loads/, line);
      properties = undefined;
      continue;
    }
    m = /Used (\d+) registers(.*)$/.exec(line);
    if (m && compiling) {
      const r = get(compiling);
      r.hasUsage = true;
      r.registers = Number(m[1]);
      const rest = m[2];
      r.barriers = num(/used (\d+) barriers/, rest);
      r.sharedBytes = num(/(\d+) bytes smem/, rest);
      let cmem = 0;
      for (const c of rest.matchAll(/(\d+) bytes cmem\[\d+\]/g)) cmem += Number(c[1]);
      r.constBytes = cmem;
    }
  }
  return out;
}

function num(re: RegExp, text: string): number {
  const m = re.exec(text);
  return m ? Number(m[1]) : 0;
}
