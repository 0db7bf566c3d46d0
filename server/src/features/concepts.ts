/** The concept notes for the client's "Open Concept" command: the list, and a note as markdown. */
import { concepts, findConcept } from '../knowledge/concepts';
import type { ConceptResult } from '../protocol';
import { conceptPage } from './docMarkdown';

export function conceptAnswer(name: string | undefined): ConceptResult {
  const notes = concepts.map(({ name: slug, title, summary }) => ({ name: slug, title, summary }));
  const note = typeof name === 'string' ? findConcept(name) : undefined;
  return note ? { notes, markdown: conceptPage(note) } : { notes };
}
