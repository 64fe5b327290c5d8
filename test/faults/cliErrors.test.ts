// The built CLI as its own process (dist/cli.js and the bundles it loads for `new`, `ics`, `mail`
// and `lint`): every failure is one line on stderr with the documented exit status, a usage error
// names its command's own usage whichever bundle raised it, and nothing is created where it should
// not be (a missing folder, a kernel file system). Issue 16, items 14 and 15; issue 18.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTmp, runCli } from './cli';

const INVITE = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:x@acme.example', 'DTSTART:20261210T150000Z', 'DTEND:20261210T160000Z',
  'SUMMARY:Interview with Acme', 'ORGANIZER;CN=Jane Doe:mailto:jane@acme.example', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

test('faults: every failure of the built CLI is one line with its exit status; usage errors name the command\'s usage', () => {
  const dir = openTmp('ifu-fault-errors-');
  const notes = join(dir, 'interviews');
  mkdirSync(notes);
  writeFileSync(join(notes, 'a.md'), '---\ncompany: Acme\ninterview: 2026-11-26 10:00\nstatus: scheduled\n---\n');
  writeFileSync(join(dir, 'invite.ics'), INVITE);
  const cases: [string[], number, RegExp][] = [
    [['new', '--frm', 'x.ics'], 2, /^interview-followup: unknown option --frm; usage: interview-followup new --from-ics /],
    [['new', '--from-ics', join(dir, 'invite.ics'), '--folder', join(dir, 'nope')], 2, /--folder: .*nope does not exist \(it is not created/],
    [['new', '--from-ics', join(notes, 'a.md'), '--folder', notes], 2, /a\.md: /],
    [['ics', notes, '--out', '/proc/self/nope/actions.ics'], 2, /^interview-followup: --out: \/proc\/self\/nope does not exist/],
    [['ics', notes, '--out', '/proc/self/actions.ics'], 2, /cannot hold files: \/proc is a kernel file system/],
    [['ics', notes, '--bogus'], 2, /; usage: interview-followup ics /],
    [['due', notes, '--follow-up-days', '1e9'], 2, /^interview-followup: --follow-up-days must be a whole number of days from 1 to 90 \(got "1e9"\); usage: interview-followup due /],
    [['stats', notes, '--thank-you-hours', '1000'], 2, /--thank-you-hours must be a number of hours from 1 to 168/],
    [['mail', notes, '--frm'], 2, /; usage: interview-followup mail /],
    [['lint', join(dir, 'missing.md')], 2, /missing\.md does not exist$/],
    [['mark', join(notes, 'a.md'), 'thank-you', '--date', '2026-11-20'], 1, /is before the interview \(2026-11-26\); run again with --force/],
  ];
  for (const [args, status, message] of cases) {
    const r = runCli(args, { timeoutMs: 15_000 });
    assert.equal(r.timedOut, false, `${args.join(' ')} did not hang`);
    assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr.trimEnd(), message, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
  }
  assert.equal(existsSync(join(dir, 'nope')), false, 'the missing folder was not made');
  // Numbers that fit the settings' ranges are taken.
  assert.equal(runCli(['due', notes, '--follow-up-days', '90', '--thank-you-hours', '1.5']).status, 0);
});
