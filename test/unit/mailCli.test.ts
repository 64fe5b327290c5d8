// `interview-followup mail` against a real Dovecot (test/support/mailServer.ts), the built CLI run
// as the user would: each rule (thank-you, follow-up, reply, a hiring system's notification),
// free-mail domains, messages before the interview, idempotence, --dry-run changing no byte, a
// wrong password, TLS with a private CA, a connection cut mid-fetch with nothing half-written, and
// nothing marked seen on the server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mailServerUnavailable, startMailServer, type MailServer } from '../support/mailServer';

const unavailable = mailServerUnavailable();
const skip = unavailable ? `mail server tests skipped: ${unavailable}` : false;
const CLI = resolve('dist/cli.js');
const PASSWORD = 'pw-Mail-9z-secret';
const ME = 'alex@home.example';
// The reply below was sent at 11:02 UTC; the note shows the local wall time (:32 in Kolkata).
const REPLY_AT = new Date('2026-12-03T11:02:00Z');
const REPLY_TIME = `${String(REPLY_AT.getHours()).padStart(2, '0')}:${String(REPLY_AT.getMinutes()).padStart(2, '0')}`;

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, INTERVIEW_FOLLOWUP_IMAP_PASSWORD: PASSWORD, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

let n = 0;
function message(from: string, to: string, subject: string, date: string): string {
  return [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, `Date: ${date}`, `Message-ID: <m${++n}@test>`, 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8', '', 'Hello.', ''].join('\r\n');
}

const NOTES: Record<string, string> = {
  // Interview Mon 2026-11-02 10:00 (local), follow-up due from 14 days later by default.
  'acme.md': ['---', 'company: Acme Corp', 'interview: 2026-11-02 10:00', 'interviewers:', '  - name: Jane Doe', '    email: jane@acme.example', '---', ''].join('\n'),
  // A recruiter on a free-mail address: only that exact address counts, never gmail.com.
  'globex.md': ['---', 'company: Globex', 'interview: 2026-11-03 14:00', 'interviewers:', '  - name: Raj Patel', '    email: raj.recruits@gmail.com', '---', ''].join('\n'),
  // Already thanked: the thank-you is never changed, a later message is the follow-up.
  'initech.md': ['---', 'company: Initech', 'interview: 2026-11-04 09:00', 'interviewers:', '  - name: Bill Lumbergh', '    email: bill@initech.example', 'thankYou: 2026-11-04', '---', ''].join('\n'),
  // Heard back through a hiring system's notification only.
  'umbrella.md': ['---', 'company: Umbrella Labs', 'interview: 2026-11-05 11:00', 'interviewers:', '  - name: Ada Wong', '    email: ada@umbrella.example', '---', ''].join('\n'),
};

describe('mail: the notes kept true from a real mailbox', { skip }, () => {
  let server: MailServer;
  let tls: MailServer;
  let dir: string;
  let notes: string;
  const snapshot = () => Object.fromEntries(readdirSync(notes).map((f) => [f, readFileSync(join(notes, f), 'utf8')]));

  before(async () => {
    [server, tls] = await Promise.all([
      startMailServer({ users: [{ user: 'alex', password: PASSWORD }] }),
      startMailServer({ tls: true, users: [{ user: 'alex', password: PASSWORD }] }),
    ]);
    dir = mkdtempSync(join(tmpdir(), 'ifu-mail-cli-'));
    notes = join(dir, 'interviews');
    mkdirSync(notes);
    for (const [name, text] of Object.entries(NOTES)) writeFileSync(join(notes, name), text);
    for (const s of [server, tls]) {
      // Sent: a message to Jane before the interview (ignored), the thank-you a day after, the follow-up 3 weeks later.
      // Every message at 11:xx UTC: the same local date in every zone the tests run in (UTC-8 to UTC+11).
      s.addMessage('alex', 'Sent', message(ME, 'Jane Doe <jane@acme.example>', 'Looking forward to Monday', 'Fri, 30 Oct 2026 11:00:00 +0000'));
      s.addMessage('alex', 'Sent', message(ME, 'Jane Doe <jane@acme.example>', 'Thank you for the conversation', 'Tue, 03 Nov 2026 11:30:00 +0000'));
      s.addMessage('alex', 'Sent', message(ME, 'Jane Doe <jane@acme.example>', 'Following up on my interview', 'Tue, 24 Nov 2026 11:30:00 +0000'));
      // To someone else at gmail.com: not Globex's (only Raj's exact address counts).
      s.addMessage('alex', 'Sent', message(ME, 'Friend <pal@gmail.com>', 'Dinner?', 'Wed, 04 Nov 2026 11:00:00 +0000'));
      s.addMessage('alex', 'Sent', message(ME, 'Raj Patel <raj.recruits@gmail.com>', 'Thank you', 'Wed, 04 Nov 2026 11:00:00 +0000'));
      // Initech: thanked already; a message once the follow-up was due is the follow-up.
      s.addMessage('alex', 'Sent', message(ME, 'bill@initech.example', 'Checking in', 'Mon, 23 Nov 2026 11:00:00 +0000'));
      // INBOX: Jane answers; a hiring system writes for Umbrella Labs; a stranger names Globex (weaker evidence).
      s.addMessage('alex', 'INBOX', message('Jane Doe <jane@acme.example>', ME, 'Re: Next steps', 'Thu, 03 Dec 2026 11:02:00 +0000'));
      s.addMessage('alex', 'INBOX', message('Umbrella Labs via Greenhouse <no-reply@greenhouse.io>', ME, 'Your application to Umbrella Labs', 'Fri, 06 Nov 2026 11:00:00 +0000'));
      s.addMessage('alex', 'INBOX', message('Sam <sam@agency.example>', ME, 'Globex role: quick question', 'Mon, 09 Nov 2026 11:00:00 +0000'));
      s.addMessage('alex', 'INBOX', message('Newsletter <news@shop.example>', ME, 'Deals', 'Mon, 09 Nov 2026 11:00:00 +0000'));
    }
  });

  after(async () => {
    await Promise.all([server?.stop(), tls?.stop()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('--dry-run: what would be written, and not one byte written', async () => {
    const before = snapshot();
    const r = await run(['mail', notes, '--imap', server.url('alex'), '--me', ME, '--dry-run', '--json', '--now', '2026-12-06T10:00']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { changes: { file: string; key: string; value: string; subject: string }[]; review: { file: string; key: string }[] };
    assert.deepEqual(json.changes.map((c) => `${c.file} ${c.key} ${c.value}`).sort(), [
      'acme.md followUp 2026-11-24',
      'acme.md heardBack 2026-12-03',
      'acme.md thankYou 2026-11-03',
      'globex.md thankYou 2026-11-04',
      'initech.md followUp 2026-11-23',
      'umbrella.md heardBack 2026-11-06',
    ]);
    assert.deepEqual(json.review.map((c) => `${c.file} ${c.key}`), ['globex.md heardBack']);
    assert.deepEqual(snapshot(), before);
    assert.ok(!r.stdout.includes(PASSWORD) && !r.stderr.includes(PASSWORD));
  });

  test('writes each value with the message it came from, changes nothing else, marks nothing read; a second run finds nothing new', async () => {
    const seen = () => server.files('alex', 'INBOX').map((f) => f.flags).join('|') + server.files('alex', 'Sent').map((f) => f.flags).join('|');
    const flagsBefore = seen();
    const r = await run(['mail', notes, '--imap', server.url('alex'), '--me', ME, '--now', '2026-12-06T10:00']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes(`interviews/acme.md: set heardBack: 2026-12-03  (2026-12-03 ${REPLY_TIME}, Jane Doe <jane@acme.example>: "Re: Next steps")`), r.stdout);
    assert.match(r.stdout, /1 more on weaker evidence, not written/);
    const acme = readFileSync(join(notes, 'acme.md'), 'utf8');
    assert.ok(acme.split('\n').includes(`heardBack: 2026-12-03 # mail: 2026-12-03 ${REPLY_TIME}, Jane Doe <jane@acme.example>, "Re: Next steps"`), acme);
    assert.match(acme, /^thankYou: 2026-11-03 # mail: /m);
    assert.equal(acme.replace(/^(thankYou|followUp|heardBack): .*\n/gm, ''), NOTES['acme.md']);
    assert.match(readFileSync(join(notes, 'initech.md'), 'utf8'), /^thankYou: 2026-11-04$/m, 'a recorded value is never changed');
    assert.doesNotMatch(readFileSync(join(notes, 'globex.md'), 'utf8'), /heardBack/, 'weaker evidence is not written');
    assert.equal(seen(), flagsBefore, 'no flag changed on the server');
    // A note with heardBack set owes no follow-up any more: due says so.
    const due = await run(['due', notes, '--json', '--now', '2026-12-06T10:00']);
    const actions = (JSON.parse(due.stdout) as { actions: { file: string; kind: string }[] }).actions;
    assert.ok(!actions.some((a) => a.file === 'umbrella.md' && a.kind === 'follow-up'), 'Umbrella answered: no follow-up');
    const again = await run(['mail', notes, '--imap', server.url('alex'), '--me', ME, '--json', '--now', '2026-12-06T10:00']);
    assert.deepEqual((JSON.parse(again.stdout) as { changes: unknown[] }).changes, []);
  });

  test('a wrong password, a missing password and a password flag: one line each, exit 2, the password never shown', async () => {
    const wrong = await run(['mail', notes, '--imap', server.url('alex'), '--me', ME], { INTERVIEW_FOLLOWUP_IMAP_PASSWORD: 'not-it-Q7' });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^interview-followup: Login failed for alex at 127\.0\.0\.1:\d+: the server refused the user name or password/);
    assert.equal(wrong.stderr.trim().split('\n').length, 1);
    assert.ok(!wrong.stderr.includes('not-it-Q7'));
    const none = await run(['mail', notes, '--imap', server.url('alex'), '--me', ME], { INTERVIEW_FOLLOWUP_IMAP_PASSWORD: '' });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no password: set INTERVIEW_FOLLOWUP_IMAP_PASSWORD/);
    const flag = await run(['mail', notes, '--imap', server.url('alex'), '--password', 'x']);
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /never given as a flag/);
    const command = await run(['mail', notes, '--imap', server.url('alex'), '--me', ME, '--dry-run', '--password-command', `printf '%s\\n' '${PASSWORD}'`], { INTERVIEW_FOLLOWUP_IMAP_PASSWORD: '' });
    assert.equal(command.code, 0, command.stderr);
  });

  test('TLS with a private CA: refused without it, read with --ca; plain imap:// only to this machine', async () => {
    const without = await run(['mail', notes, '--imap', tls.url('alex'), '--me', ME, '--dry-run']);
    assert.equal(without.code, 2);
    assert.match(without.stderr, /^interview-followup: TLS failed/);
    const withCa = await run(['mail', notes, '--imap', tls.url('alex'), '--me', ME, '--dry-run', '--ca', tls.caFile!]);
    assert.equal(withCa.code, 0, withCa.stderr);
    const remote = await run(['mail', notes, '--imap', 'imap://alex@mail.example.com:143', '--me', ME]);
    assert.equal(remote.code, 2);
    assert.match(remote.stderr, /imaps:\/\//);
  });

  test('a connection cut mid-fetch: one line, exit 2, no note half-written', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'ifu-mail-cut-'));
    try {
      for (const [name, text] of Object.entries(NOTES)) writeFileSync(join(fresh, name), text);
      const proxy = await server.proxy({ afterBytes: 1500, mode: 'cut' });
      const url = server.url('alex').replace(/:(\d+)$/, `:${proxy.port}`);
      const r = await run(['mail', fresh, '--imap', url, '--me', ME, '--now', '2026-12-06T10:00']);
      await proxy.close();
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /^interview-followup: Connection failed/);
      for (const [name, text] of Object.entries(NOTES)) assert.equal(readFileSync(join(fresh, name), 'utf8'), text, name);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
