/**
 * Models keyed by document uri and version: each version is parsed once, whatever the number
 * of requests asking about it. Keeps the newest version per uri, and at most `capacity`
 * documents (least recently used dropped first). `ModelCache<T>` serves any per-document model
 * (the server's CUDA model too); `PtxModelCache` is the one for PTX.
 */
import type { PtxModel } from './model';
import { parsePtx, startParse, type PtxParse } from './parser';

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
    return this.put(uri, version, this.parse(getText()));
  }

  /** Keeps `model` as the one of `uri` at `version`. */
  protected put(uri: string, version: number, model: T): T {
    this.entries.delete(uri);
    this.entries.set(uri, { version, model });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return model;
  }

  /** The model of `uri` at `version` when it has been made already; never parses. */
  peek(uri: string, version: number): T | undefined {
    const hit = this.entries.get(uri);
    return hit && hit.version === version ? hit.model : undefined;
  }

  /** Forgets a closed document. */
  delete(uri: string): void {
    this.entries.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** `model` with every lazy index built. */
function withIndexes(model: PtxModel): PtxModel {
  for (const _ of model.indexSteps());
  return model;
}

/** How long one slice of a background parse may hold the event loop. */
const PARSE_SLICE_MS = 8;

/**
 * PTX models. Besides `get`, a document just opened can be parsed in the background
 * (`prepare`): in slices, so that the event loop keeps answering requests and sending answers
 * (a large outline leaves the process in pieces) while a 16 MB file is read; a `get` before the
 * end reads the rest at once.
 */
export class PtxModelCache extends ModelCache<PtxModel> {
  /** Parses started by `prepare` (`parse` unset while it waits for its first slice). */
  private readonly pending = new Map<string, { version: number; parse?: PtxParse }>();

  constructor(capacity = 32, parse: (text: string) => PtxModel = parsePtx) {
    super(capacity, parse);
  }

  override get(uri: string, version: number, getText: () => string): PtxModel {
    const started = this.pending.get(uri);
    if (started?.version === version) {
      this.pending.delete(uri);
      // The first answer pays for the rest of the parse and for the indexes at once, rather
      // than the next few answers each paying for one index.
      if (started.parse) return this.put(uri, version, withIndexes(started.parse.finish()));
    }
    return super.get(uri, version, getText);
  }

  /**
   * Parses `uri` at `version` in slices unless it is parsed or being parsed, waiting for
   * `giveWay` between slices; resolves when the model is there (or the version was superseded,
   * the document closed, or a `get` finished the parse).
   */
  async prepare(uri: string, version: number, getText: () => string, giveWay: () => Promise<void> = async () => undefined): Promise<void> {
    if (this.peek(uri, version) || this.pending.get(uri)?.version === version) return;
    const entry: { version: number; parse?: PtxParse } = { version };
    this.pending.set(uri, entry);
    /** One turn of the event loop and whatever `giveWay` waits for; false once the parse is no longer wanted. */
    const pause = async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await giveWay();
      return this.pending.get(uri) === entry;
    };
    // Requests already received go first (making the parser's tables alone takes a while):
    // two turns of the event loop let the one queued behind this call start.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!(await pause())) return;
    const parse = (entry.parse = startParse(getText()));
    while (!parse.step(PARSE_SLICE_MS)) if (!(await pause())) return;
    const model = parse.finish();
    // Its indexes too, one per turn, before any request needs them.
    for (const _ of model.indexSteps()) if (!(await pause())) return;
    this.pending.delete(uri);
    this.put(uri, version, model);
  }

  override delete(uri: string): void {
    super.delete(uri);
    this.pending.delete(uri);
  }
}
