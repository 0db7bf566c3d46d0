/**
 * Runs benchmarks against a fresh `node dist/server.js --stdio` per run, as an editor talks to
 * it: the process is always killed at the end (errors included); helpers read what only the
 * operating system knows (peak RSS, the tools the server is running) and time responses at
 * the byte level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { LspProcess } from '../test/support/lspProcess';

export const MS = { startup: 15_000, open: 120_000 };

/**
 * Starts the server (or `command`, another server script), answers `initialize`, waits until
 * its start-up work (settings, finding nvcc) is done, runs `fn`, and kills the process
 * whatever happens.
 */
export async function withFreshServer<T>(fn: (server: LspProcess) => Promise<T>, command?: string[]): Promise<T> {
  const server = new LspProcess(['--stdio'], process.env, command);
  try {
    await server.initialize();
    if (!command) await server.waitForNotification('ptxLens/toolchainStatus', () => true, MS.startup).catch(() => undefined);
    return await fn(server);
  } finally {
    // Tools the server started in their own process groups (a background ptxas) go with it.
    for (const pid of childPids(server.child.pid)) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    server.kill();
    await Promise.race([server.exited, deadline(5_000)]);
  }
}

function childPids(pid: number | undefined): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

const deadline = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Peak resident set size (VmHWM) of a process, in MB; NaN where /proc is not available. */
export function peakRssMb(pid: number | undefined): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? (Number(kb) * 1024) / 1e6 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Names of the server's child processes (ptxas, nvcc, c++filt …) running now; [] where unknown. */
export function childTools(pid: number | undefined): string[] {
  try {
    return childPids(pid).map((child) => {
      try {
        return readFileSync(`/proc/${child}/comm`, 'utf8').trim();
      } catch {
        return '';
      }
    }).filter(Boolean);
  } catch {
    return [];
  }
}

/** Wall time of one request in ms. */
export async function timeRequest(server: LspProcess, method: string, params: unknown, timeoutMs = 60_000): Promise<number> {
  const start = performance.now();
  await server.request(method, params, timeoutMs);
  return performance.now() - start;
}

/**
 * Notes when the first byte of the next response (any `"id":n,"result"` message) reaches the
 * client, to split a request's time into "server computing" and "moving and parsing the JSON".
 * Arm it only while a single request is outstanding.
 */
export function firstResponseByte(server: LspProcess, timeoutMs = MS.open): Promise<number> {
  return new Promise((resolve, reject) => {
    let carry = '';
    const stdout = server.child.stdout;
    const timer = setTimeout(() => finish(() => reject(new Error(`no response in ${timeoutMs} ms`))), timeoutMs);
    const onData = (chunk: Buffer) => {
      const at = performance.now();
      const text = carry + chunk.toString('latin1', 0, Math.min(chunk.length, 1 << 16));
      if (/"id":\d+,"(result|error)"/.test(text)) finish(() => resolve(at));
      else carry = text.slice(-48);
    };
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      stdout.off('data', onData);
      settle();
    };
    stdout.on('data', onData);
  });
}

export interface SettledDiagnostics {
  /** The last set published for the uri. */
  diagnostics: Array<{ severity?: number; message: string; source?: string; range: { start: { line: number } } }>;
  publishes: number;
  /** Why waiting stopped: ptxas published, ptxas was not run, quiet period, or deadline. */
  reason: string;
  waitedMs: number;
}

/**
 * Waits for the final diagnostics of `uri` (counting notifications from index `since`): done
 * when the server said it does not run ptxas on the file, or when a publish followed a ptxas
 * run of the server that has ended, or when nothing new came for `quietMs` while no tool
 * runs; at most `deadlineMs`. (The number of publishes proves nothing: a server may publish
 * its own checks more than once.)
 */
export async function settledDiagnostics(server: LspProcess, uri: string, since: number, quietMs = 3_000, deadlineMs = 60_000): Promise<SettledDiagnostics> {
  const start = performance.now();
  let lastCount = -1;
  let lastChange = start;
  let ptxasEndedAtCount: number | undefined;
  let ptxasSeen = false;
  for (;;) {
    const recent = server.notifications.slice(since);
    const publishes = recent.filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    const now = performance.now();
    if (publishes.length !== lastCount) {
      lastCount = publishes.length;
      lastChange = now;
    }
    const skipped = recent.some((m) => m.method === 'window/logMessage' && /ptxas not run on/.test((m.params as { message: string }).message) && (m.params as { message: string }).message.includes(uri));
    const tools = childTools(server.child.pid).filter((name) => /ptxas|nvcc|cicc/.test(name));
    if (tools.some((name) => name.includes('ptxas'))) ptxasSeen = true;
    else if (ptxasSeen && ptxasEndedAtCount === undefined) ptxasEndedAtCount = publishes.length;
    let reason: string | undefined;
    if (publishes.length >= 1 && skipped) reason = 'ptxas not run (file over the server’s size limit)';
    else if (ptxasEndedAtCount !== undefined && publishes.length > ptxasEndedAtCount) reason = 'ptxas ran and its results were published';
    else if (publishes.length >= 1 && now - lastChange >= quietMs && tools.length === 0) reason = `no new diagnostics for ${quietMs / 1000} s, no tool running`;
    else if (now - start >= deadlineMs) reason = `deadline of ${deadlineMs / 1000} s`;
    if (reason) {
      const last = publishes.at(-1)?.params as { diagnostics: SettledDiagnostics['diagnostics'] } | undefined;
      return { diagnostics: last?.diagnostics ?? [], publishes: publishes.length, reason, waitedMs: now - start };
    }
    // Wake on the next publish, or when the quiet period (or a re-check of running tools) is due.
    const wait = Math.max(50, Math.min(tools.length > 0 ? 250 : quietMs - (now - lastChange), deadlineMs - (now - start)));
    await server.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri, wait, since + recent.length).catch(() => undefined);
  }
}
