// Wall times across daylight-saving changes, the same answer on every machine (this file runs
// under the 4 test zones): a repeated hour is its first occurrence, a skipped one moves forward
// and is reported; impossible dates and years outside 1900-9998 are problems.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatOffsetDateTime, parseWallTime, resolveWallTime, zoneOffsetMs } from '../../src/core/time/dates';
import { parseNote } from '../../src/core/note/parse';
import type { WallTime } from '../../src/core/model/types';
import { noteText } from './helpers';

const wall = (s: string): WallTime => {
  const t = parseWallTime(s);
  if ('error' in t) throw new Error(t.error);
  return t;
};

test('time: a repeated hour in the note\'s zone is its first occurrence, on every machine', () => {
  const cases: [string, string, string][] = [
    ['America/New_York', '2026-11-01 01:30', '2026-11-01T05:30:00.000Z'], // EDT, not EST
    ['Europe/Berlin', '2026-10-25 02:30', '2026-10-25T00:30:00.000Z'], // CEST, not CET
    ['Australia/Lord_Howe', '2026-04-05 01:45', '2026-04-04T14:45:00.000Z'], // +11, not +10:30
    ['America/New_York', '2026-11-01 00:59', '2026-11-01T04:59:00.000Z'],
    ['America/New_York', '2026-11-01 02:00', '2026-11-01T07:00:00.000Z'], // after the repeat: EST
  ];
  for (const [zone, text, iso] of cases) {
    const r = resolveWallTime(wall(text), zone);
    assert.equal(r.instant.toISOString(), iso, `${text} ${zone}`);
    assert.equal(r.skippedTo, undefined);
  }
});

test('time: a skipped hour moves forward by the gap and says where to', () => {
  const cases: [string, string, string, string][] = [
    ['America/New_York', '2026-03-08 02:30', '2026-03-08T07:30:00.000Z', '03:30'],
    ['Europe/Berlin', '2026-03-29 02:00', '2026-03-29T01:00:00.000Z', '03:00'],
    ['Australia/Lord_Howe', '2026-10-04 02:15', '2026-10-03T15:45:00.000Z', '02:45'], // a 30-minute gap
  ];
  for (const [zone, text, iso, taken] of cases) {
    const r = resolveWallTime(wall(text), zone);
    assert.equal(r.instant.toISOString(), iso, `${text} ${zone}`);
    assert.ok(r.skippedTo);
    assert.equal(`${String(r.skippedTo.hour).padStart(2, '0')}:${String(r.skippedTo.minute).padStart(2, '0')}`, taken);
  }
  const parsed = parseNote(noteText(['company: A', 'interview: 2026-03-08 02:30', 'timezone: America/New_York']), 'a.md');
  assert.equal(parsed.kind, 'note');
  assert.deepEqual(parsed.kind === 'note' && parsed.problems.map((p) => [p.severity, p.line, p.message]), [
    ['info', 3, '"interview": 02:30 does not exist on 2026-03-08 in America/New_York (the clocks moved forward); taken as 03:30'],
  ]);
});

/** Wall time of an instant in zone (or locally), as a comparable string. */
function wallOf(ms: number, zone?: string): string {
  const off = zone ? zoneOffsetMs(zone, ms) : -new Date(ms).getTimezoneOffset() * 60000;
  return new Date(ms + off).toISOString().slice(0, 16);
}

test('time: every half hour of 2026, in note zones and in this machine\'s zone, follows the rule', () => {
  for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'Europe/London', undefined]) {
    let skipped = 0;
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 30 * 60000) {
      const d = new Date(ms);
      const t: WallTime = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
      const text = d.toISOString().slice(0, 16);
      const r = resolveWallTime(t, zone);
      const at = r.instant.getTime();
      if (!r.skippedTo) {
        assert.equal(wallOf(at, zone), text, `${text} ${zone}`);
        // first occurrence: no earlier instant in the hour before shows the same wall time
        for (const back of [30, 60]) assert.notEqual(wallOf(at - back * 60000, zone), text, `${text} ${zone} -${back} min`);
      } else {
        skipped++;
        // moved forward by exactly the gap: the offset after the change minus the one before
        const off = (x: number) => (zone ? zoneOffsetMs(zone, x) : -new Date(x).getTimezoneOffset() * 60000);
        const gap = off(at) - off(at - 86400000);
        assert.ok(gap > 0, `${text} ${zone}: clocks moved forward`);
        assert.equal(wallOf(at, zone), new Date(Date.parse(`${text}Z`) + gap).toISOString().slice(0, 16), `${text} ${zone}`);
      }
    }
    if (zone) assert.ok(skipped >= 1 && skipped <= 2, `${zone}: ${skipped} skipped half hours`);
  }
});

test('time: impossible dates and years outside 1900-9998 are problems, never 19xx', () => {
  assert.match((parseWallTime('2026-02-30') as { error: string }).error, /not a date that exists/);
  assert.match((parseWallTime('0099-06-01') as { error: string }).error, /outside the years 1900-9998/);
  assert.match((parseWallTime('1899-12-31') as { error: string }).error, /outside the years/);
  assert.ok(!('error' in parseWallTime('2028-02-29')));
  assert.ok('error' in parseWallTime('2100-02-29'));
  const old = parseNote(noteText(['company: A', 'interview: 0026-11-26 10:00']), 'a.md');
  assert.equal(old.kind, 'broken');
  const thanks = parseNote(noteText(['company: A', 'interview: 2026-02-20 10:00', 'thankYou: 2026-02-30']), 'a.md');
  assert.equal(thanks.kind, 'note');
  assert.deepEqual(thanks.kind === 'note' && thanks.problems.map((p) => [p.severity, p.line, p.message]), [
    ['warning', 4, '"thankYou": 2026-02-30 is not a date that exists; taken as done'],
  ]);
});

test('time: due --json style times carry the UTC offset of the instant they name', () => {
  for (const ms of [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12), Date.UTC(2026, 10, 1, 6, 30)]) {
    const s = formatOffsetDateTime(new Date(ms));
    assert.match(s, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    assert.equal(Date.parse(s), ms, s);
  }
});
