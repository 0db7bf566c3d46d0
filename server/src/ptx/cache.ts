/**
 * Models keyed by document uri and version: each version is parsed once, whatever the number
 * of requests asking about it. Keeps the newest version per uri, and at most `capacity`
 * documents (least recently used dropped first). `ModelCache<T>` serves any per-document model
 * (the server's CUDA model too); `PtxModelCache` is the one for PTX.
 */
import type { PtxModel } from './model';
import { parsePtx } from './parser';

export class ModelCache<T> {
  private readonly entries = new Map<string, { version: number; model: T }>();

  constructor(
    private readonly capacity: number,
    private readonly parse: (text: string) => T,
  ) {}

  /** The model of `uri` at `version`; `getText` is only called when the version is new. */
  get(uri: string, version: number, getText: () => string): T {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version) {
      this.entries.delete(uri);
      this.entries.set(uri, hit);
      return hit.model;
    }
    const model = this.parse(getText());
    this.entries.delete(uri);
    this.entries.set(uri, { version, model });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return model;
  }

  /** Forgets a closed document. */
  delete(uri: string): void {
    this.entries.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}

export class PtxModelCache extends ModelCache<PtxModel> {
  constructor(capacity = 32, parse: (text: string) => PtxModel = parsePtx) {
    super(capacity, parse);
  }
}
