// The update pipeline on in-memory fakes: what is read, what is parsed, what is told.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOST_OPTIONS, NotePipeline } from '../../src/core/indexing/pipeline';
import { parseNote } from '../../src/core/note/parse';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/model/types';
import { FakeScheduler, FakeSource } from './fakeSource';
import { noteText } from './helpers';

const NOW = new Date(2026, 10, 26, 12, 0);
const note = (company: string, extra: string[] = []) => noteText([`company: ${company}`, 'interview: 2026-11-25 10:00', ...extra]);

function setup(files: Record<string, string>, options = HOST_OPTIONS) {
  const source = new FakeSource();
  for (const [f, t] of Object.entries(files)) source.files.set(f, t);
  const scheduler = new FakeScheduler();
  const parsed: string[] = [];
  const parse: typeof parseNote = (input, file, settings) => {
    parsed.push(file);
    return parseNote(input, file, settings);
  };
  const pipeline = new NotePipeline(source, scheduler, DEFAULT_RULE_SETTINGS, options, () => NOW, parse);
  const events: string[][] = [];
  pipeline.onDidChange((f) => events.push([...f].sort()));
  return { source, scheduler, pipeline, parsed, events };
}

test('pipeline: the first scan reads and parses every note once, then tells one event', async () => {
  const { source, scheduler, pipeline, parsed, events } = setup({ 'a.md': note('A'), 'b.md': note('B'), 'c.txt': 'x', 'd.md': '# plain' });
  const scanning: boolean[] = [];
  pipeline.onDidChangeScanning((s) => scanning.push(s));
  const done = pipeline.rebuild();
  await scheduler.tick(0);
  await done;
  await scheduler.tick(HOST_OPTIONS.coalesceMs);
  assert.deepEqual(source.reads.sort(), ['a.md', 'b.md', 'd.md']);
  assert.deepEqual(parsed.sort(), ['a.md', 'b.md', 'd.md']);
  assert.deepEqual(events, [['a.md', 'b.md']]);
  assert.deepEqual(scanning, [true, false]);
  assert.equal(pipeline.snapshot(10).noteCount, 2);
});

test('pipeline: a burst of watcher events about one file is one read, one parse and one event naming only it', async () => {
  const { source, scheduler, pipeline, parsed, events } = setup({ 'a.md': note('A'), 'b.md': note('B') });
  await pipeline.rebuild();
  await scheduler.tick(100);
  source.reads.length = 0;
  parsed.length = 0;
  events.length = 0;
  source.files.set('a.md', note('A2'));
  for (let i = 0; i < 5; i++) {
    pipeline.fileChanged('a.md');
    await scheduler.tick(HOST_OPTIONS.diskDelay / 2);
  }
  await scheduler.tick(HOST_OPTIONS.diskDelay + HOST_OPTIONS.coalesceMs);
  assert.deepEqual(source.reads, ['a.md']);
  assert.deepEqual(parsed, ['a.md']);
  assert.deepEqual(events, [['a.md']]);
  assert.equal(pipeline.index.getNote('a.md')?.company, 'A2');
});

test('pipeline: one keystroke is one parse, shared with every reader of the same text; editor text wins over disk', async () => {
  const { source, scheduler, pipeline, parsed } = setup({ 'a.md': note('A') });
  await pipeline.rebuild();
  await scheduler.tick(100);
  parsed.length = 0;
  source.reads.length = 0;
  pipeline.textOpened('a.md');
  const typed = note('Typed Co');
  source.unsaved.set('a.md', typed);
  pipeline.textChanged('a.md');
  await scheduler.tick(HOST_OPTIONS.typingDelay + HOST_OPTIONS.coalesceMs);
  // The etiquette checker, a hover and a draft command read the same text afterwards.
  for (let i = 0; i < 3; i++) assert.equal(pipeline.parsed.result('a.md', typed).kind, 'note');
  assert.deepEqual(parsed, ['a.md']);
  assert.deepEqual(source.reads, [], 'the unsaved text is used, the disk is not read');
  assert.equal(pipeline.index.getNote('a.md')?.company, 'Typed Co');
  // Closing the editor without saving goes back to the disk's text.
  source.unsaved.delete('a.md');
  pipeline.textClosed('a.md');
  await scheduler.tick(HOST_OPTIONS.diskDelay + HOST_OPTIONS.coalesceMs);
  assert.equal(pipeline.index.getNote('a.md')?.company, 'A');
});

test('pipeline: typing many keystrokes within the quiet time parses once', async () => {
  const { source, scheduler, pipeline, parsed } = setup({ 'a.md': note('A') });
  await pipeline.rebuild();
  await scheduler.tick(100);
  parsed.length = 0;
  pipeline.textOpened('a.md');
  for (const c of 'Globex') {
    source.unsaved.set('a.md', note(`A ${c}`));
    pipeline.textChanged('a.md');
    await scheduler.tick(50);
  }
  await scheduler.tick(HOST_OPTIONS.typingDelay);
  assert.deepEqual(parsed, ['a.md']);
});

test('pipeline: a deleted note goes; an unreadable one is a problem, not a deletion', async () => {
  const { source, scheduler, pipeline, events } = setup({ 'a.md': note('A'), 'b.md': note('B') });
  await pipeline.rebuild();
  await scheduler.tick(100);
  events.length = 0;
  source.files.delete('a.md');
  source.files.set('b.md', { unreadable: 'could not be read (EACCES)' });
  pipeline.fileChanged('a.md');
  pipeline.fileChanged('b.md');
  await scheduler.tick(HOST_OPTIONS.diskDelay + HOST_OPTIONS.coalesceMs);
  assert.deepEqual(events, [['a.md', 'b.md']]);
  assert.equal(pipeline.index.has('a.md'), false);
  const snap = pipeline.snapshot(10);
  assert.deepEqual(snap.broken.map((b) => [b.file, b.problems[0]!.message]), [['b.md', 'could not be read (EACCES)']]);
});

test('pipeline: a read that throws is a problem on that note; the rest of the folder is read', async () => {
  const { source, scheduler, pipeline } = setup({ 'a.md': note('A'), 'b.md': note('B') });
  const read = source.read.bind(source);
  source.read = (file) => (file === 'a.md' ? Promise.reject(new Error('EIO: i/o error')) : read(file));
  await pipeline.rebuild();
  await scheduler.tick(100);
  const snap = pipeline.snapshot(10);
  assert.equal(snap.noteCount, 1);
  assert.match(snap.broken[0]!.problems[0]!.message, /could not be read: EIO/);
});

test('pipeline: a rebuild drops the answer of a read started before it', async () => {
  const { source, scheduler, pipeline } = setup({ 'a.md': note('A') });
  await pipeline.rebuild();
  await scheduler.tick(100);
  let release: (() => void) | undefined;
  const read = source.read.bind(source);
  source.read = (file) => new Promise((resolve) => { release = () => resolve(read(file)); });
  source.files.set('a.md', note('Stale'));
  pipeline.fileChanged('a.md');
  await scheduler.tick(HOST_OPTIONS.diskDelay);
  assert.ok(release, 'the refresh started its read');
  source.read = read;
  source.files.set('a.md', note('Fresh'));
  await pipeline.rebuild();
  release!();
  await scheduler.tick(100);
  assert.equal(pipeline.index.getNote('a.md')?.company, 'Fresh');
});

test('pipeline: the first scan yields between time slices and shows progress on a long scan', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 50; i++) files[`n${i}.md`] = note(`C${i}`);
  const { scheduler, pipeline, events } = setup(files, { ...HOST_OPTIONS, readBatch: 10, sliceMs: 15, progressMs: 100 });
  scheduler.costPerCall = 5; // every clock reading: 5 ms of work
  await pipeline.rebuild();
  await scheduler.tick(100);
  assert.ok(scheduler.turns >= 10, `yielded ${scheduler.turns} times`);
  assert.ok(events.length >= 2, `told progress ${events.length} times`);
  assert.equal(pipeline.snapshot(0).noteCount, 50);
});

test('pipeline: new rule settings re-plan without reading or parsing', async () => {
  const { source, scheduler, pipeline, parsed } = setup({ 'a.md': note('A') });
  await pipeline.rebuild();
  await scheduler.tick(100);
  source.reads.length = 0;
  parsed.length = 0;
  const due = () => pipeline.index.actionsOf('a.md', NOW).find((a) => a.kind === 'thank-you')!.due.getTime();
  const before = due();
  pipeline.setSettings({ ...DEFAULT_RULE_SETTINGS, thankYouHours: 48 });
  assert.equal(due(), before + 24 * 3600_000);
  assert.deepEqual([source.reads, parsed], [[], []]);
});

test('pipeline: a synchronous source (the CLI) needs no event-loop turn', async () => {
  const source = new FakeSource(false);
  source.files.set('a.md', note('A'));
  const pipeline = new NotePipeline(source, new FakeScheduler(), DEFAULT_RULE_SETTINGS, { ...HOST_OPTIONS, sliceMs: Infinity }, () => NOW);
  await pipeline.rebuild();
  assert.equal(pipeline.snapshot(5).noteCount, 1);
});

/** A note of about `kb` KB whose body is dated open tasks, one a line. */
function bigNote(company: string, lines: number): string {
  return note(company, []) + Array.from({ length: lines }, (_, i) => `- [ ] task ${i} 📅 2026-12-0${(i % 9) + 1}`).join('\n') + '\n';
}

test('pipeline: a big note is read in slices with turns in between, parsed once, and read as a whole parse reads it', async () => {
  const text = bigNote('Big', 40_000); // ~1.3 MB, twenty slices of the body
  const { source, scheduler, pipeline, parsed } = setup({ 'big.md': text, 'a.md': note('A') });
  scheduler.costPerCall = 20; // every clock reading: 20 ms of work, more than a 15 ms time slice
  await pipeline.rebuild();
  await scheduler.tick(100);
  // A slice reads at most 64 KB of the body, and the host gets a turn after each one.
  const slices = Math.floor(text.length / (64 * 1024));
  assert.ok(slices >= 16 && scheduler.turns >= slices, `yielded ${scheduler.turns} times while reading ${slices}+ slices`);
  assert.deepEqual(source.reads.sort(), ['a.md', 'big.md']);
  assert.deepEqual(parsed.sort(), ['a.md', 'big.md']);
  const whole = parseNote(text, 'big.md', DEFAULT_RULE_SETTINGS);
  assert.equal(whole.kind, 'note');
  const got = pipeline.index.getNote('big.md');
  assert.deepEqual(got?.tasks, whole.kind === 'note' ? whole.note.tasks : undefined);
  assert.equal(got?.tasks.length, 1000, 'the first 1,000 dated tasks are tracked');
  const warning = pipeline.index.problemsOf('big.md').find((p) => /Only the first 1,000 dated tasks/.test(p.message));
  assert.equal(warning?.line, 1000 + 5, 'on the line of the first untracked task (front-matter is 4 lines)');
  assert.match(warning!.message, /the 39,000 open tasks from here on/);
});

test('pipeline: a later write wins over a big note still being read in slices', async () => {
  const { scheduler, pipeline } = setup({ 'big.md': note('A') });
  await pipeline.rebuild();
  await scheduler.tick(100);
  scheduler.costPerCall = 5;
  pipeline.applyText('big.md', bigNote('Older', 20_000)); // read in slices, over several turns
  pipeline.applyText('big.md', note('Newer')); // small: put at once
  await scheduler.tick(1000);
  assert.equal(pipeline.index.getNote('big.md')?.company, 'Newer');
  assert.equal(pipeline.index.getNote('big.md')?.tasks.length, 0);
});

test('pipeline: snapshot() only reads; the clock moves right before each change event, and tick() brings one without a change', async () => {
  const source = new FakeSource(false);
  // Interview 2026-11-25 10:00-11:00: the thank-you is due until 2026-11-26 11:00, overdue after.
  source.files.set('a.md', note('A'));
  const scheduler = new FakeScheduler();
  let now = new Date(2026, 10, 26, 10, 0);
  const pipeline = new NotePipeline(source, scheduler, DEFAULT_RULE_SETTINGS, HOST_OPTIONS, () => now);
  const events: string[][] = [];
  pipeline.onDidChange((f) => events.push(f));
  const done = pipeline.rebuild();
  await scheduler.tick(0);
  await done;
  await scheduler.tick(HOST_OPTIONS.coalesceMs);
  const state = () => pipeline.snapshot(10).groups.find((g) => g.count > 0 && g.rows.some((r) => r.kind === 'thank-you'))?.state;
  assert.equal(state(), 'due');
  now = new Date(2026, 10, 26, 12, 0);
  // Reading the snapshot again moves nothing, however late it is.
  assert.equal(state(), 'due');
  assert.equal(pipeline.snapshot(10).now.getTime(), new Date(2026, 10, 26, 10, 0).getTime());
  pipeline.tick();
  await scheduler.tick(HOST_OPTIONS.coalesceMs);
  assert.equal(state(), 'overdue');
  assert.deepEqual(events.at(-1), ['a.md'], 'the tick names the note whose action changed state');
  pipeline.tick();
  await scheduler.tick(HOST_OPTIONS.coalesceMs);
  assert.deepEqual(events.at(-1), [], 'a tick with nothing changed still tells the views (relative times move)');
});
