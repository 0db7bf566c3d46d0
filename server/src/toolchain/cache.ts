/**
 * Compile results keyed by the content hash of the compiled text, the nvcc argument list and
 * the nvcc identity, and validated against the headers the file included (from the dependency
 * list of the same nvcc run). A header counts as unchanged when its size and mtime are, or —
 * when they differ — when its content hash still matches. Least recently used entries go first.
 */
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';

export interface DepState {
  path: string;
  mtimeMs: number;
  size: number;
  /** sha256 of the content; filled in the background after the entry is stored. */
  hash?: string;
}

interface Entry<T> {
  /** Stats of the headers; a promise so the stat calls stay off the compile's critical path. */
  deps: Promise<DepState[] | undefined>;
  value: T;
}

/** Characters of a string hashed or written at a time: a large document is never copied whole into a buffer. */
export const TEXT_CHUNK = 1 << 20;

/** Hex SHA-256 of the pieces, in order. */
export function sha256(...pieces: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const piece of pieces) {
    if (typeof piece === 'string' && piece.length > TEXT_CHUNK) for (const chunk of textChunks(piece)) hash.update(chunk);
    else hash.update(piece);
  }
  return hash.digest('hex');
}

/** `text` in pieces of about `TEXT_CHUNK` characters, never splitting a surrogate pair. */
function* textChunks(text: string): Generator<string> {
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + TEXT_CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(i, end);
    i = end;
  }
}

/** Writes `text` to `path` a chunk at a time (see `TEXT_CHUNK`). */
export async function writeText(path: string, text: string): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (const chunk of textChunks(text)) await file.write(chunk);
  } finally {
    await file.close();
  }
}

export async function statDeps(paths: readonly string[]): Promise<DepState[] | undefined> {
  try {
    return await Promise.all(
      paths.map(async (path) => {
        const s = await stat(path);
        return { path, mtimeMs: s.mtimeMs, size: s.size };
      }),
    );
  } catch {
    return undefined; // a dependency vanished already: do not cache
  }
}

export class ResultCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly hashing = new Set<Promise<unknown>>();
  constructor(private readonly maxEntries = 32) {}

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }

  /** The cached value when every recorded header is unchanged. */
  async get(key: string): Promise<T | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const deps = await entry.deps;
    if (!deps) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      return undefined;
    }
    const ok = await Promise.all(deps.map((d) => unchanged(d)));
    if (ok.every(Boolean)) {
      this.entries.delete(key);
      this.entries.set(key, entry); // most recently used
      return entry.value;
    }
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: T, depsPromise: Promise<DepState[] | undefined>): void {
    this.entries.delete(key);
    const entry: Entry<T> = { deps: depsPromise, value };
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    // Content hashes, off the critical path: they let a touched-but-identical header still hit.
    void depsPromise.then((deps) => {
      if (!deps) {
        if (this.entries.get(key) === entry) this.entries.delete(key);
        return;
      }
      const job: Promise<unknown> = new Promise((r) => setTimeout(r, 50))
        .then(() => hashAll(deps))
        .finally(() => this.hashing.delete(job));
      this.hashing.add(job);
    });
  }

  /** Resolves once every background content hash has been computed (tests). */
  async hashed(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => e.deps));
    while (this.hashing.size) await Promise.all([...this.hashing]);
  }
}

/** Toolkit and system headers change with installs, which also change their mtime: stat is enough there. */
export function isSystemPath(path: string): boolean {
  return /^\/(usr|opt|Library|System)\//.test(path) || /^[A-Za-z]:\\Program Files/i.test(path);
}

function hashAll(deps: DepState[]): Promise<unknown> {
  return Promise.all(
        deps.filter((d) => !isSystemPath(d.path)).map(async (d) => {
          try {
            d.hash ??= sha256(await readFile(d.path));
          } catch {
            /* gone: the next lookup's stat fails and drops the entry */
          }
        }),
      );
}

async function unchanged(dep: DepState): Promise<boolean> {
  try {
    const s = await stat(dep.path);
    if (s.mtimeMs === dep.mtimeMs && s.size === dep.size) return true;
    if (dep.hash === undefined || s.size !== dep.size) return false;
    const same = sha256(await readFile(dep.path)) === dep.hash;
    if (same) dep.mtimeMs = s.mtimeMs;
    return same;
  } catch {
    return false;
  }
}

/** A size-capped map that forgets the least recently used key. */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }
  clear(): void {
    this.map.clear();
  }
}
