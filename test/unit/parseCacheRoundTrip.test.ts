// The CLI cache stores plans as arrays: every field of every plan the rules make must come back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openParseCache } from '../../src/cli/parseCache';
import { NoteIndex } from '../../src/core/indexing/noteIndex';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/model/types';
import { noteText } from './helpers';
import { parseOf } from './helpers';

test('parse cache: a saved entry comes back with every plan field (infinities, timeline reading, role)', () => {
  process.env.INTERVIEW_FOLLOWUP_CACHE_DIR = mkdtempSync(join(tmpdir(), 'ifu-cache-'));
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
