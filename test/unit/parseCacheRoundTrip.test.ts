// The CLI cache stores plans as arrays: every field of every plan the rules make must come back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../tempDirs';
import { openParseCache } from '../../src/cli/parseCache';
import { NoteIndex } from '../../src/core/indexing/noteIndex';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/model/types';
import { noteText } from './helpers';
import { parseOf } from './helpers';

test('parse cache: a saved entry comes back with every plan field (infinities, timeline reading, role)', () => {
  process.env.INTERVIEW_FOLLOWUP_CACHE_DIR = tempDir('ifu-cache-');
  const index = new NoteIndex(DEFAULT_RULE_SETTINGS, new Date(2026, 10, 20, 8, 0));
  index.set('a.md', parseOf('a.md', noteText(['company: Acme', 'role: Dev', 'interview: 2026-11-20 10:00', 'card: true', 'timeline: next week', 'interviewers: [Ana Li]'], ['- [ ] Send 📅 2026-11-22'])));
  const entry = index.planned('a.md')!;
  assert.ok(entry.plans.some((p) => p.timeline), 'the follow-up carries its timeline reading');
  assert.ok(entry.plans.some((p) => p.forEmail === 'thank-you'), 'a contact says which email it is for');
  const identity = { size: 1, mtimeMs: 2, ctimeMs: 3, ino: 4, dev: 5 };
  const cache = openParseCache('/notes', DEFAULT_RULE_SETTINGS);
  cache.put('a.md', identity, entry);
  cache.save();
  const again = openParseCache('/notes', DEFAULT_RULE_SETTINGS);
  assert.deepEqual(again.get('a.md', identity), entry);
  assert.equal(again.get('a.md', { ...identity, ctimeMs: 5 }), undefined, 'a new ctime is a new version');
});

test('parse cache: a save that fails leaves no temporary file behind and the command goes on', () => {
  const dir = tempDir('ifu-cache-');
  process.env.INTERVIEW_FOLLOWUP_CACHE_DIR = dir;
  const index = new NoteIndex(DEFAULT_RULE_SETTINGS, new Date(2026, 10, 20, 8, 0));
  index.set('a.md', parseOf('a.md', noteText(['company: Acme', 'interview: 2026-11-20 10:00'])));
  const cache = openParseCache('/notes', DEFAULT_RULE_SETTINGS);
  cache.put('a.md', { size: 1, mtimeMs: 2, ctimeMs: 3, ino: 4, dev: 5 }, index.planned('a.md')!);
  cache.save();
  // The cache file's name then taken by a folder: the next save's rename fails.
  const [file] = readdirSync(dir);
  rmSync(join(dir, file!));
  mkdirSync(join(dir, file!));
  writeFileSync(join(dir, file!, 'keep'), '');
  cache.put('a.md', { size: 2, mtimeMs: 2, ctimeMs: 3, ino: 4, dev: 5 }, index.planned('a.md')!);
  assert.doesNotThrow(() => cache.save());
  assert.deepEqual(readdirSync(dir), [file]);
});
