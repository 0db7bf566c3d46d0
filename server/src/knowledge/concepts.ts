/**
 * Concept notes: short explainers, for a strong C++ programmer new to GPUs, of the ideas behind
 * PTX instructions — the thread hierarchy, state spaces, predication, the memory model,
 * asynchronous copies, warp specialisation, tensor cores, narrow floating point, cache hints,
 * occupancy, and how the DeepSeek-V3 report's kernel techniques read in PTX terms.
 *
 *     findConcept('thread-hierarchy')             // one note by its slug (case-insensitive)
 *     conceptsFor('wgmma.mma_async.sync.aligned') // the notes that explain an opcode, directive or %register
 *     concepts                                    // every note, in reading order
 *
 * The texts live in `concepts/` (execution, memory, matrix). Each note lists its `sources`: the
 * document and section title every fact was taken from. Sources used:
 * - NVIDIA, "Parallel Thread Execution ISA", version 9.1 (chapters 2, 3, 5, 6, 8, 9, 10, 11).
 * - NVIDIA, CUDA C++ Programming Guide, edition shipped with CUDA 13.1 (the legacy guide, frozen
 *   since CUDA 13.0), chapters 5, 6, 7, 8, 10 and 20.
 * - DeepSeek-AI, "DeepSeek-V3 Technical Report", arXiv:2412.19437v2, sections 3.2–3.5, for the
 *   `deepseek-v3` note only. What the report does not state (which PTX instructions its
 *   communication kernels used, for instance) is not attributed to it.
 */
import { deepseekV3, lowPrecision, tensorCores } from './concepts/matrix';
import { asyncCopies, cacheHints, memoryModel, stateSpaces } from './concepts/memory';
import { occupancy, predication, threadHierarchy, warpSpecialization } from './concepts/execution';

export interface ConceptNote {
  /** Slug, e.g. `thread-hierarchy`. */
  name: string;
  title: string;
  /** One sentence. */
  summary: string;
  /** Markdown, 150–400 words. */
  body: string;
  /**
   * PTX opcodes, directives or special registers the note explains, spelled as PTX writes them:
   * `wgmma.fence`, `setmaxnreg`, `mbarrier.try_wait`, `.maxnreg`, `%warpid`.
   */
  related: string[];
  /** The document and section title each fact comes from: `PTX ISA 9.1, 9.7.15.1 "Warpgroup"`. */
  sources: string[];
}

/** Every note, in the order a newcomer would read them. */
export const concepts: readonly ConceptNote[] = [
  threadHierarchy,
  stateSpaces,
  predication,
  memoryModel,
  asyncCopies,
  warpSpecialization,
  tensorCores,
  lowPrecision,
  cacheHints,
  occupancy,
  deepseekV3,
];

/** The note with this slug, ignoring case and surrounding blanks. */
export function findConcept(name: string): ConceptNote | undefined {
  const wanted = name.trim().toLowerCase();
  return concepts.find((note) => note.name.toLowerCase() === wanted);
}

/**
 * The leading parts of a written token, longest first: `fence.proxy.async::generic.release` gives
 * itself, `fence.proxy.async::generic`, `fence.proxy.async`, `fence.proxy`, `fence`. Parts end at
 * every `.` and `::` after the first character, so `.maxnreg` and `%tid.x` keep their own sigil.
 */
function leadingParts(token: string): string[] {
  const parts = [token];
  for (let i = token.length - 1; i > 0; i--) {
    if (token[i] === '.' || (token[i] === ':' && token[i + 1] === ':')) parts.push(token.slice(0, i));
  }
  return parts.filter((part, index) => part.length > 0 && parts.indexOf(part) === index);
}

/**
 * The notes whose `related` list names the token or one of its leading parts, so that
 * `wgmma.mma_async.sync.aligned.m64n8k16.f32.f16.f16` finds the notes about `wgmma.mma_async`,
 * `%tid.x` those about `%tid`. Matching is by whole parts (`wgmma.mma` does not find
 * `wgmma.mma_async`), case-sensitive as PTX is. A guard such as `@p` in front is ignored. Notes
 * matched through a longer part come first; ties keep reading order.
 */
export function conceptsFor(token: string): ConceptNote[] {
  const word = token.trim().split(/\s+/).find((w) => !w.startsWith('@'))?.replace(/;$/, '') ?? '';
  if (!word) return [];
  const parts = leadingParts(word);
  const ranked: { note: ConceptNote; length: number; order: number }[] = [];
  concepts.forEach((note, order) => {
    const match = parts.find((part) => note.related.includes(part));
    if (match) ranked.push({ note, length: match.length, order });
  });
  return ranked.sort((a, b) => b.length - a.length || a.order - b.order).map((entry) => entry.note);
}
