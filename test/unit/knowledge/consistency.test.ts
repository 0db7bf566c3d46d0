/**
 * The knowledge base agrees with itself: a PTX ISA version a modifier's description mentions
 * is one the entry's own notes list (its `introduced` or a `versionNotes` entry), so a hover
 * never says two different things about when a feature arrived.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { instructions } from '../../../server/src/knowledge';
import { parseTarget, PTX_VERSIONS, targetOffers } from '../../../server/src/knowledge/targets';

test('versions named in modifier descriptions appear in the entry’s version notes', () => {
  const disagreements: string[] = [];
  let mentions = 0;
  for (const entry of instructions) {
    const listed = new Set([entry.introduced, ...(entry.versionNotes ?? []).map((note) => note.version)]);
    for (const modifier of entry.modifiers) {
      for (const match of modifier.description.matchAll(/PTX(?: ISA)? (\d+\.\d+(?:\s*\/\s*\d+\.\d+)*)/g)) {
        for (const version of match[1].split('/').map((v) => v.trim())) {
          mentions++;
          if (!listed.has(version)) disagreements.push(`${entry.opcode} ${modifier.name}: PTX ${version}, notes list ${[...listed].join(', ')}`);
        }
      }
    }
  }
  assert.ok(mentions > 50, `only ${mentions} mentions found: the pattern no longer matches the descriptions`);
  assert.deepEqual(disagreements, []);
});

test('every version in the knowledge base is a PTX ISA version', () => {
  const unknown: string[] = [];
  for (const entry of instructions) {
    for (const version of [entry.introduced, ...(entry.versionNotes ?? []).map((note) => note.version)]) {
      if (!PTX_VERSIONS.includes(version)) unknown.push(`${entry.opcode}: ${version}`);
    }
  }
  assert.deepEqual(unknown, []);
});

test('targets named in modifier descriptions offer what the entry’s target notes ask', () => {
  // A description may name more targets than the notes (the families that also have the
  // feature); each must still meet one of the entry's stated minimums, so the two never
  // contradict each other.
  const disagreements: string[] = [];
  let mentions = 0;
  for (const entry of instructions) {
    const all = [entry.minTarget, ...(entry.targetNotes ?? []).map((note) => note.target)];
    for (const modifier of entry.modifiers) {
      // The notes about this modifier when there are any, else every minimum of the entry.
      // ("`count` without `.noComplete`" is not about `.noComplete`.)
      const named = `\`${modifier.name}\``;
      const own = (entry.targetNotes ?? []).filter((note) => note.requirement.includes(named) && !note.requirement.includes(`without ${named}`)).map((note) => note.target);
      const minimums = own.length > 0 ? own : all;
      for (const [mention, digits, suffix] of modifier.description.matchAll(/\bsm_(\d+)([afx]?)\b/g)) {
        mentions++;
        // `sm_8x` names a family: its first member stands for it.
        const target = parseTarget(suffix === 'x' ? `sm_${digits}0` : mention);
        const agrees = target !== undefined && minimums.some((minimum) => targetOffers(target, minimum) === true);
        if (!agrees) disagreements.push(`${entry.opcode} ${modifier.name}: ${mention}, notes ask ${minimums.join(', ')}`);
      }
    }
  }
  assert.ok(mentions > 100, `only ${mentions} mentions found: the pattern no longer matches the descriptions`);
  assert.deepEqual(disagreements, []);
});
