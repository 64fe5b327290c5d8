// Values in notes and names of files that once broke a command's output: a status that is a
// property of every object, a file name that is not UTF-8, control characters in an exported
// calendar, the last day a note can hold in the zone furthest from UTC.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliSync, looksLikeCrash, scratch } from './util';

const note = (lines: string[]) => ['---', ...lines, '---', ''].join('\n');

test('faults: a status named like an object property ("constructor", "__proto__") is counted as a word', () => {
  const dir = scratch('status');
  writeFileSync(join(dir, 'a.md'), note(['company: A', 'interview: 2026-11-20 10:00', 'status: constructor', 'followUp: 2026-12-01']));
  writeFileSync(join(dir, 'b.md'), note(['company: B', 'interview: 2026-11-21 10:00', 'status: __proto__']));
  writeFileSync(join(dir, 'c.md'), note(['company: C', 'interview: 2026-11-22 10:00', 'status: toString']));
  const text = cliSync(['stats', dir, '--now', '2026-12-06T10:00']);
  assert.equal(text.code, 0, text.stderr);
  assert.doesNotMatch(text.stdout, /function|native code|\[object/);
  const json = JSON.parse(cliSync(['stats', dir, '--json', '--now', '2026-12-06T10:00']).stdout) as { byStatus: Record<string, number>; charts: { followUpResults: Record<string, number> } };
  assert.deepEqual(json.byStatus, { constructor: 1, proto: 1, tostring: 1 });
  assert.deepEqual(json.charts.followUpResults, { 'no answer yet': 1 });
});

test('faults: a note whose file name is not UTF-8 is a problem with its name, in due, stats and ics', () => {
  const dir = scratch('names');
  writeFileSync(Buffer.from(join(dir, 'caf\xe9.md'), 'latin1'), note(['company: A', 'interview: 2026-11-20 10:00']));
  mkdirSync(Buffer.from(join(dir, 'dossier-\xe9t\xe9'), 'latin1'));
  writeFileSync(join(dir, 'ok.md'), note(['company: B', 'interview: 2026-11-20 10:00']));
  for (const args of [['due', dir, '--json'], ['stats', dir, '--json']]) {
    const r = cliSync([...args, '--now', '2026-11-21T10:00']);
    assert.equal(r.code, 0, r.stderr);
    const problems = (JSON.parse(r.stdout) as { problems: { file: string; message: string }[] }).problems;
    assert.deepEqual(problems.map((p) => p.message).sort(), [
      "the folder's name is not valid UTF-8, so it cannot be read; rename it",
      "the note's name is not valid UTF-8, so it cannot be read; rename it",
    ], args[0]);
  }
  const ics = cliSync(['ics', dir, '--now', '2026-11-21T10:00']);
  assert.equal(ics.code, 0);
  assert.match(ics.stderr, /not valid UTF-8/);
});

test('faults: control characters from a note never reach the exported calendar', () => {
  const dir = scratch('ics-text');
  writeFileSync(join(dir, 'a.md'), note(['company: "Acme\\0\\e[2J\\v\\x7f Corp"', 'interview: 2026-12-10 10:00', 'interviewers: ["Jane\\x1bDoe"]']));
  const r = cliSync(['ics', dir, '--now', '2026-12-06T10:00']);
  assert.equal(r.code, 0, r.stderr);
  // RFC 5545 TEXT: no control character but the line breaks of the file's own structure.
  assert.doesNotMatch(r.stdout.replace(/\r?\n/g, ''), /[\x00-\x1f\x7f]/);
  assert.match(r.stdout, /SUMMARY:Prepare for the interview with Jane\s?Doe — Acme/);
});

test('faults: the last day a note can hold, in the zone furthest ahead, stays a date of four digits everywhere', () => {
  const dir = scratch('far');
  writeFileSync(join(dir, 'a.md'), note(['company: A', 'interview: 9998-12-31 23:00', 'timezone: Pacific/Kiritimati']));
  writeFileSync(join(dir, 'b.md'), note(['company: B', 'interview: 9999-12-31 10:00', 'timezone: Pacific/Pago_Pago']));
  const r = cliSync(['due', dir, '--json', '--now', '9998-12-30T10:00']);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout) as { actions: { due: string }[]; problems: { file: string; message: string }[] };
  assert.ok(json.actions.length > 0);
  for (const a of json.actions) assert.match(a.due, /^\d{4}-\d{2}-\d{2}T/, a.due);
  assert.deepEqual(json.problems.map((p) => [p.file, p.message]), [['b.md', '"interview": 9999 is outside the years 1900-9998']]);
  const ics = cliSync(['ics', dir, '--now', '9998-12-30T10:00']);
  assert.equal(ics.code, 0, ics.stderr);
  for (const m of ics.stdout.matchAll(/^DT(?:START|END)[^:]*:(\S+)/gm)) assert.match(m[1]!, /^\d{8}(T\d{6}Z?)?$/);
  assert.ok(!looksLikeCrash(ics.stderr));
});
