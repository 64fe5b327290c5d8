// The CLI's fast paths (docs/benchmarks.md) each give what the plain way gives: the JSON written
// field by field, the zone offset read from format(), the read that skips the lstat, the cache's
// numeric identity, the timeline reading kept for the next call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tempDir } from '../tempDirs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dueJson, dueJsonPieces } from '../../src/cli/main';
import { openParseCache } from '../../src/cli/parseCache';
import { formatOffsetDateTime, zoneOffsetMs } from '../../src/core/time/dates';
import { NoteIndex } from '../../src/core/indexing/noteIndex';
import { parseNote } from '../../src/core/note/parse';
import { readTimeline } from '../../src/core/timeline/timeline';
import { DEFAULT_RULE_SETTINGS, type Action, type Problem } from '../../src/core/model/types';
import { listNoteFilesSync, listNotesSync, readNoteSync } from '../../src/node/readNote';
import { noteText } from './helpers';

// 10,000 cases per property in the first zone of the unit suite (UTC), 500 in the others.
const params = { numRuns: Number(process.env.IFU_PROPERTY_RUNS ?? ((process.env.TZ ?? 'UTC') === 'UTC' ? 10_000 : 500)), seed: 6 };

test('due --json: written field by field, it is the JSON.stringify of the rows', () => {
  const text = fc.string({ unit: 'binary', maxLength: 12 });
  const action = fc.record({
    file: text, kind: fc.constantFrom('thank-you', 'contact', 'card', 'follow-up', 'prepare', 'task'),
    due: fc.integer({ min: -2e12, max: 4e12 }).map((t) => new Date(t)), state: fc.constantFrom('overdue', 'due', 'upcoming'),
    company: text, role: fc.option(text, { nil: undefined }), title: text, line: fc.nat(), key: text,
    timeline: fc.option(text, { nil: undefined }),
  }) as fc.Arbitrary<Action>;
  const problem = fc.record({ file: text, line: fc.integer(), message: text, severity: fc.constantFrom('error', 'warning', 'info') }) as fc.Arbitrary<Problem>;
  fc.assert(
    fc.property(fc.array(action, { maxLength: 6 }), fc.array(problem, { maxLength: 3 }), (actions, problems) => {
      // Rows due at the same instant share their text: make some.
      if (actions.length > 2) actions[1]!.due = new Date(actions[0]!.due.getTime());
      const plain = JSON.stringify({
        actions: actions.map((a) => ({ file: a.file, kind: a.kind, due: formatOffsetDateTime(a.due), state: a.state, company: a.company, role: a.role ?? '', title: a.title, ...(a.timeline ? { timeline: a.timeline } : {}) })),
        problems: problems.map((p) => ({ file: p.file, line: p.line, message: p.message, severity: p.severity })),
      });
      assert.equal(dueJson(actions, problems), plain);
      // In pieces of any size, the same text.
      assert.equal([...dueJsonPieces(actions, problems, 40)].join(''), plain);
    }),
    params,
  );
});

/** The offset as formatToParts gives it: the way zoneOffsetMs read it before. */
function offsetByParts(zone: string, ms: number): number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const d = new Date(Date.UTC(2000, p.month! - 1, p.day!, p.hour!, p.minute!));
  d.setUTCFullYear(p.year!, p.month! - 1, p.day!);
  return d.getTime() + p.second! * 1000 - (ms - (((ms % 1000) + 1000) % 1000));
}

test('zoneOffsetMs: the same offset as formatToParts, in any zone, at any instant from 1900 to 9999', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/St_Johns', 'UTC', 'Africa/Monrovia', 'Asia/Kathmandu'];
  fc.assert(
    fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1899, 0, 1), max: Date.UTC(9999, 11, 31) }), (zone, ms) => {
      assert.equal(zoneOffsetMs(zone, ms), offsetByParts(zone, ms));
    }),
    params,
  );
  // Past 9999 the formatter prints a five-digit year: read part by part.
  assert.equal(zoneOffsetMs('Europe/Berlin', Date.UTC(9999, 11, 31, 23, 30)), offsetByParts('Europe/Berlin', Date.UTC(9999, 11, 31, 23, 30)));
});

test('readTimeline: a reading kept for the next call is only reused for the very same question', () => {
  const day = { year: 2026, month: 11, day: 20 };
  const a = readTimeline('nothing stated', day, { defaultDays: 14 });
  assert.equal(readTimeline('nothing stated', day, { defaultDays: 14 }), a);
  assert.notDeepEqual(readTimeline('nothing stated', day, { defaultDays: 7 }).followUp, a.followUp);
  assert.notDeepEqual(readTimeline('nothing stated', { ...day, day: 21 }, { defaultDays: 14 }).followUp, a.followUp);
  // The default day, 4 December, made a holiday: another calendar is another question.
  const holidays = { name: 'X', isHoliday: (d: { month: number; day: number }) => d.month === 12 && d.day === 4 };
  assert.deepEqual(readTimeline('nothing stated', day, { defaultDays: 14, holidays }).followUp, { year: 2026, month: 12, day: 7 });
  assert.deepEqual(readTimeline('nothing stated', day, { defaultDays: 14 }).followUp, a.followUp);
  assert.deepEqual(readTimeline('within two weeks', day, { defaultDays: 14 }).fromTimeline, true);
});

test('readNote: a file listed as regular that changed before it was read is read by the full rules', () => {
  const root = tempDir('ifu-fast-');
  const note = '---\ncompany: Acme\ninterview: 2026-11-26 10:00\n---\n';
  for (const name of ['file.md', 'link.md', 'outside.md', 'fifo.md', 'dir.md', 'gone.md']) writeFileSync(join(root, name), note);
  const listed = listNoteFilesSync(root).files;
  assert.ok(listed.every((f) => f.regular));
  assert.deepEqual(listed.map((f) => f.name).sort(), listNotesSync(root).files.map((f) => f.slice(root.length + 1)).sort());
  // Swapped after the listing: for a link inside, a link outside, a FIFO, a folder; one removed.
  const outside = tempDir('ifu-fast-out-');
  writeFileSync(join(outside, 'secret.md'), note);
  rmSync(join(root, 'link.md'));
  symlinkSync(join(root, 'file.md'), join(root, 'link.md'));
  rmSync(join(root, 'outside.md'));
  symlinkSync(join(outside, 'secret.md'), join(root, 'outside.md'));
  rmSync(join(root, 'fifo.md'));
  execFileSync('mkfifo', [join(root, 'fifo.md')]);
  rmSync(join(root, 'dir.md'));
  mkdirSync(join(root, 'dir.md'));
  renameSync(join(root, 'gone.md'), join(root, 'moved.txt'));
  for (const { name } of listed) {
    const path = join(root, name);
    assert.deepEqual(readNoteSync(path, root, undefined, true), readNoteSync(path, root), name);
  }
  assert.equal(readNoteSync(join(root, 'outside.md'), root, undefined, true).kind, 'problem');
  assert.equal(readNoteSync(join(root, 'gone.md'), root, undefined, true).kind, 'gone');
});

test('parse cache: a change of size, mtime, ctime, inode or device alone is a new version', () => {
  process.env.INTERVIEW_FOLLOWUP_CACHE_DIR = tempDir('ifu-cache-');
  const identity = { size: 2153, mtimeMs: 1764150000123.4567, ctimeMs: 1764150000987.6543, ino: 2 ** 40 + 3, dev: 66306 };
  const entry = { plans: [], problems: [] };
  const cache = openParseCache('/notes', DEFAULT_RULE_SETTINGS);
  cache.put('a.md', identity, entry);
  cache.save();
  const again = openParseCache('/notes', DEFAULT_RULE_SETTINGS);
  assert.deepEqual(again.get('a.md', { ...identity }), entry);
  for (const field of ['size', 'mtimeMs', 'ctimeMs', 'ino', 'dev'] as const) {
    assert.equal(again.get('a.md', { ...identity, [field]: identity[field] + 1 }), undefined, field);
  }
  assert.equal(again.get('a.md', { ...identity, mtimeMs: identity.mtimeMs + 0.001 }), undefined, 'a change of a microsecond');
});

test('index without notes (the CLI\'s due): the same rows, problems and counts as with them, and no note kept', () => {
  const now = new Date(2026, 10, 21, 8, 0);
  const texts: Record<string, string> = {
    'a.md': noteText(['company: A long company name, Incorporated', 'role: Staff engineer, platform team', 'interview: 2026-11-20 10:00', 'card: true', 'timeline: we will get back to you by the end of next week', 'interviewers: [Ana Li, Bo Chen]'], ['- [ ] Send the portfolio link to the recruiter 📅 2026-11-22']),
    'b.md': noteText(['company: Beta', 'interview: 2026-11-20 25:00', 'timezone: Mars/Olympus_Mons_Central']),
    'c.md': 'no front-matter',
  };
  const full = new NoteIndex(DEFAULT_RULE_SETTINGS, now);
  const lean = new NoteIndex(DEFAULT_RULE_SETTINGS, now);
  for (const [file, text] of Object.entries(texts)) {
    full.set(file, parseNote(text, file));
    lean.set(file, parseNote(text, file), false);
  }
  assert.ok(full.actions().length >= 4);
  assert.deepEqual(lean.actions(), full.actions());
  assert.ok(full.problems().length >= 2);
  assert.deepEqual(lean.problems(), full.problems());
  assert.equal(lean.noteCount, full.noteCount);
  assert.deepEqual(lean.planned('a.md'), full.planned('a.md'));
  assert.ok(full.getNote('a.md'));
  assert.equal(lean.getNote('a.md'), undefined);
});
