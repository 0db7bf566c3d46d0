/**
 * Runs one external tool: an argument array (never a shell), captured output capped in memory,
 * decoded without ever throwing on bad bytes, a timeout that escalates SIGTERM → SIGKILL, and
 * cancellation through an AbortSignal. The promise always resolves; nothing here throws.
 *
 * On POSIX the child leads its own process group and the whole group is signalled, so nvcc's
 * helpers (gcc, cicc, ptxas) die with it instead of writing into a removed temp directory;
 * on Windows `taskkill /T /F` does the same.
 */
import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Time between SIGTERM and SIGKILL. */
  killGraceMs?: number;
  signal?: AbortSignal;
  /** Bytes kept per stream; the rest is counted and dropped. */
  maxOutputBytes?: number;
  /** Text for stdin; a promise lets the process start before its input is known. */
  stdin?: string | Promise<string>;
}

export interface RunResult {
  /** Exit code, or null when killed by a signal or never started. */
  code: number | null;
  /** Terminating signal, e.g. 'SIGSEGV'. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  cancelled: boolean;
  /** Set when the program could not be started (ENOENT, EACCES…). */
  spawnError?: string;
  /** Bytes dropped beyond the cap, per stream. */
  droppedStdout: number;
  droppedStderr: number;
  durationMs: number;
}

export const DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;

let processesStarted = 0;

/** How many processes `runTool` has tried to start in this process (tests: a cached answer starts none). */
export function toolProcessesStarted(): number {
  return processesStarted;
}

/** Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD. */
export function decodeOutput(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

class CappedBuffer {
  private chunks: Buffer[] = [];
  private kept = 0;
  dropped = 0;
  constructor(private readonly cap: number) {}
  push(chunk: Buffer): void {
    const room = this.cap - this.kept;
    if (room <= 0) {
      this.dropped += chunk.length;
      return;
    }
    const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
    this.chunks.push(part);
    this.kept += part.length;
    this.dropped += chunk.length - part.length;
  }
  text(): string {
    const body = decodeOutput(Buffer.concat(this.chunks, this.kept));
    return this.dropped > 0 ? `${body}\n[… ${this.dropped} more bytes of output dropped]\n` : body;
  }
}

export function runTool(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const cap = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const grace = options.killGraceMs ?? 2000;
  const out = new CappedBuffer(cap);
  const err = new CappedBuffer(cap);
  const posix = process.platform !== 'win32';

  return new Promise<RunResult>((resolve) => {
    let timedOut = false;
    let cancelled = false;
    let spawnError: string | undefined;
    let settled = false;
    let termTimer: NodeJS.Timeout | undefined;
    let killTimer: NodeJS.Timeout | undefined;

    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      if (termTimer) clearTimeout(termTimer);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({
        code,
        signal,
        stdout: out.text(),
        stderr: err.text(),
        timedOut,
        cancelled,
        spawnError,
        droppedStdout: out.dropped,
        droppedStderr: err.dropped,
        durationMs: performance.now() - started,
      });
    };

    if (options.signal?.aborted) {
      cancelled = true;
      finish(null, null);
      return;
    }

    let child: ReturnType<typeof spawn>;
    processesStarted++;
    try {
      child = spawn(file, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        shell: false,
        detached: posix,
        windowsHide: true,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    } catch (e) {
      spawnError = (e as Error).message;
      finish(null, null);
      return;
    }

    const sendSignal = (sig: NodeJS.Signals): void => {
      try {
        if (posix && child.pid !== undefined) process.kill(-child.pid, sig);
        else if (child.pid !== undefined) {
          // Windows has no process groups: taskkill /T takes the whole tree (cicc, cl.exe …).
          spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'], { shell: false, windowsHide: true, stdio: 'ignore' }).on('error', () => child.kill(sig));
        }
      } catch {
        try {
          child.kill(sig);
        } catch {
          /* already gone */
        }
      }
    };
    const stop = (): void => {
      if (killTimer || settled) return;
      sendSignal('SIGTERM');
      killTimer = setTimeout(() => sendSignal('SIGKILL'), grace);
    };
    function onAbort(): void {
      cancelled = true;
      stop();
    }

    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.stdin?.on('error', () => undefined);
    child.on('error', (e) => {
      spawnError = e.message;
      // 'close' may not follow a failed spawn.
      if (child.pid === undefined) finish(null, null);
    });
    child.on('close', (code, signal) => finish(code, signal));

    const timeoutMs = options.timeoutMs > 0 && Number.isFinite(options.timeoutMs) ? options.timeoutMs : 60_000;
    termTimer = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });

    if (options.stdin === undefined) child.stdin?.end();
    else if (typeof options.stdin === 'string') child.stdin?.end(options.stdin);
    else options.stdin.then((text) => child.stdin?.end(text), () => child.stdin?.end());
  });
}

/** One line describing why a run did not succeed, for messages. */
export function describeFailure(tool: string, r: RunResult, timeoutMs: number): string {
  if (r.spawnError) return `${tool} could not be started: ${r.spawnError}`;
  if (r.timedOut) return `${tool} timed out after ${timeoutMs} ms and was stopped`;
  if (r.cancelled) return `${tool} was cancelled`;
  if (r.signal) return `${tool} crashed (${r.signal})`;
  return `${tool} exited with code ${r.code}`;
}
