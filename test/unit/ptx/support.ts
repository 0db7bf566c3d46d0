/** Helpers for the PTX model tests: fixtures and cursor positions by marker text. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from '../../../server/src/ptx';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'ptx');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/**
 * Position of the `nth` occurrence of `needle` in `text`, moved `delta` characters into it
 * (LSP line/character).
 */
export function pos(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`marker not found: ${needle} (#${nth})`);
  }
  const offset = at + delta;
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: offset - (lastBreak + 1) };
}

/** ptxas on PATH, or undefined (tests that need it are skipped). */
export function ptxasAvailable(): boolean {
  return spawnSync('ptxas', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** A minimal module around a function body, as hand-written PTX would look. */
export function module(body: string, header = '.version 8.0\n.target sm_90a\n.address_size 64\n'): string {
  return `${header}\n${body}`;
}

/** Whether ptxas assembles `text` for sm_90a; undefined when ptxas is not installed. */
export function ptxasAccepts(text: string): boolean | undefined {
  if (!ptxasAvailable()) return undefined;
  const { mkdtempSync, rmSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-check-'));
  try {
    writeFileSync(join(dir, 'k.ptx'), text);
    return spawnSync('ptxas', ['-arch', 'sm_90a', join(dir, 'k.ptx'), '-o', join(dir, 'k.cubin')], { encoding: 'utf8' }).status === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
