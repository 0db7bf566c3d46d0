/**
 * Speaks LSP to `node dist/server.js --stdio` as an editor would, and checks that every byte
 * the server writes to stdout is a well-framed protocol message.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';

export const SERVER_JS = resolve(__dirname, '../../dist/server.js');

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export class LspProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Bytes on stdout that were not part of a protocol message. */
  readonly strayOutput: string[] = [];
  readonly notifications: Message[] = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly waiters: Array<{ method: string; predicate: (params: any) => boolean; resolve: (m: Message) => void }> = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  /** `command` is what node runs (flags and script); the bundled server unless a bench says otherwise. */
  constructor(args: string[] = ['--stdio'], env: NodeJS.ProcessEnv = process.env, command: string[] = [SERVER_JS]) {
    this.child = spawn(process.execPath, [...command, ...args], { stdio: 'pipe', env });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolveExit) => this.child.on('exit', (code, signal) => resolveExit({ code, signal })));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /^Content-Length: (\d+)$/im.exec(header);
      if (!length || !/^(Content-(Length|Type): [^\r\n]+\r?\n?)+$/i.test(header.trim() + '\n')) {
        this.strayOutput.push(this.buffer.toString());
        this.buffer = Buffer.alloc(0);
        return;
      }
      const total = headerEnd + 4 + Number(length[1]);
      if (this.buffer.length < total) return;
      const body = this.buffer.subarray(headerEnd + 4, total).toString('utf8');
      this.buffer = this.buffer.subarray(total);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.resolve(message);
      this.pending.delete(message.id);
      return;
    }
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server (configuration, progress…): answer with nothing useful.
      const result = message.method === 'workspace/configuration' ? ((message.params as any)?.items ?? []).map(() => null) : null;
      this.write({ jsonrpc: '2.0', id: message.id, result });
    }
    this.notifications.push(message);
    for (const waiter of [...this.waiters]) {
      if (waiter.method === message.method && waiter.predicate(message.params)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  }

  private write(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T = any>(method: string, params?: unknown, timeoutMs = 20_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${timeoutMs} ms`)), timeoutMs);
      this.pending.set(id, {
        resolve: (message) => {
          clearTimeout(timer);
          if (message.error) reject(new Error(`${method}: ${message.error.message}`));
          else resolvePromise(message.result as T);
        },
        reject,
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params?: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /**
   * Resolves with the first notification (or request from the server, e.g.
   * `workspace/codeLens/refresh`) of `method` whose params satisfy `predicate`, among those
   * received from index `since` of `notifications` on.
   */
  waitForNotification(method: string, predicate: (params: any) => boolean = () => true, timeoutMs = 20_000, since = 0): Promise<any> {
    const seen = this.notifications.slice(since).find((m) => m.method === method && predicate(m.params));
    if (seen) return Promise.resolve(seen.params);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} notification in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        method,
        predicate,
        resolve: (message) => {
          clearTimeout(timer);
          resolvePromise(message.params);
        },
      });
    });
  }

  async initialize(rootUri: string | null = null, initializationOptions: unknown = {}): Promise<any> {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      capabilities: {
        workspace: { configuration: true, codeLens: { refreshSupport: true } },
        textDocument: { hover: { contentFormat: ['markdown'] } },
      },
      initializationOptions,
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, languageId: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async shutdown(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    await this.request('shutdown');
    this.notify('exit');
    return this.exited;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
