// Public holidays from date-holidays through the adapter, and the CLI's --holidays flag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from '../tempDirs';
import { join } from 'node:path';
import { holidayCalendar, holidayCodeProblem } from '../../src/adapters/holidayCalendar';
import ical, { type VEvent } from 'node-ical';
import { run } from './cliRun';

test('holidays: the calendar knows public holidays of a country and of a region', () => {
  const us = holidayCalendar('us')!;
  assert.equal(us.name, 'US');
  assert.equal(us.isHoliday({ year: 2026, month: 11, day: 26 }), true); // Thanksgiving
  assert.equal(us.isHoliday({ year: 2026, month: 11, day: 27 }), false);
  const bavaria = holidayCalendar('DE-BY')!;
  assert.equal(bavaria.isHoliday({ year: 2026, month: 1, day: 6 }), true); // Epiphany, Bavaria only
  assert.equal(holidayCalendar('DE')!.isHoliday({ year: 2026, month: 1, day: 6 }), false);
  assert.equal(holidayCalendar(''), undefined);
  assert.equal(holidayCodeProblem('DE-BY'), undefined);
  assert.match(holidayCodeProblem('XX') ?? '', /not a country code/);
  assert.match(holidayCodeProblem('DE-ZZ') ?? '', /not a region of DE/);
});

test('holidays: due --holidays US moves a follow-up off Thanksgiving; a bad code is a usage error', async () => {
  const dir = tempDir('ifu-holidays-');
  writeFileSync(join(dir, 'acme.md'), '---\ncompany: Acme\ninterview: 2026-11-20 09:00\nthankYou: true\ntimeline: by the middle of next week\n---\n');
  const plain = JSON.parse((await run(['due', dir, '--now', '2026-11-20T12:00', '--json', '--no-cache'])).out);
  assert.equal(plain.actions[0].due.slice(0, 16), '2026-11-26T09:00');
  assert.equal(plain.actions[0].timeline, 'by the middle of next week → Wed 25 Nov; follow up from Thu 26 Nov 09:00');
  const us = JSON.parse((await run(['due', dir, '--now', '2026-11-20T12:00', '--json', '--no-cache', '--holidays', 'US'])).out);
  assert.equal(us.actions[0].due.slice(0, 16), '2026-11-27T09:00');
  assert.equal(us.actions[0].timeline, 'by the middle of next week → Wed 25 Nov; follow up from Fri 27 Nov 09:00');
  const bad = await run(['due', dir, '--holidays', 'XX']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--holidays: "XX" is not a country code/);
});

test('holidays: date-holidays is built into dist/holidays.js, not into the extension or CLI bundles', () => {
  // Activation parses dist/extension.js: 2.5 MB of holiday rules must not be in it.
  const dist = join(__dirname, '..', '..', '..', 'dist');
  if (!existsSync(join(dist, 'extension.js'))) return; // unit tests built without the bundles
  assert.ok(readFileSync(join(dist, 'holidays.js'), 'utf8').includes('Juneteenth'));
  for (const bundle of ['extension.js', 'cli.js']) {
    assert.ok(!readFileSync(join(dist, bundle), 'utf8').includes('Juneteenth'), `${bundle} holds the holiday rules`);
  }
});

test('holidays: ics reads the same rule flags as due (--holidays moves the follow-up event, a bad code is a usage error)', async () => {
  const dir = tempDir('ifu-holidays-ics-');
  writeFileSync(join(dir, 'acme.md'), '---\ncompany: Acme\ninterview: 2026-11-20 09:00\nthankYou: true\ntimeline: by the middle of next week\n---\n');
  const plain = await run(['ics', dir, '--now', '2026-11-20T12:00']);
  const us = await run(['ics', dir, '--now', '2026-11-20T12:00', '--holidays', 'US']);
  assert.equal(plain.code, 0, plain.err);
  assert.equal(us.code, 0, us.err);
  // Parsed back (node-ical): the export writes TZID or UTC times depending on the machine's zone.
  const followUpStart = (text: string) => {
    const event = Object.values(ical.sync.parseICS(text)).find((c): c is VEvent => c?.type === 'VEVENT' && String(c.uid).includes('follow-up'));
    return event!.start.getTime();
  };
  assert.equal(followUpStart(plain.out), new Date(2026, 10, 26, 9, 0).getTime());
  assert.equal(followUpStart(us.out), new Date(2026, 10, 27, 9, 0).getTime());
  assert.equal((await run(['ics', dir, '--holidays', 'XX'])).code, 2);
});
