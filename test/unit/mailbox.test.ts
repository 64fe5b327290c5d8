// The read-only mailbox reader against a real Dovecot (test/support/mailServer.ts): envelopes from
// INBOX and Sent, nothing marked seen, failures named (URL, connection, TLS, login, mailbox, time,
// cap) without the password, a connection that drops mid-fetch, and a mailbox of 10,000 messages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSentMailbox, MailboxError, parseImapUrl, readMailbox, type MailErrorKind, type ReadMailboxOptions } from '../../src/node/mailbox';
import { mailServerUnavailable, startMailServer, type MailServer } from '../support/mailServer';
import type { ListResponse } from 'imapflow';

const unavailable = mailServerUnavailable();
const skip = unavailable ? `mail server tests skipped: ${unavailable}` : false;

const PASSWORD = 'pw-Zq81-secret';
const SINCE = new Date('2026-11-01T00:00:00Z');

interface Mail {
  from: string;
  to: string;
  cc?: string;
  subject: string;
  date: string;
  id: string;
  inReplyTo?: string;
}

function rfc822(m: Mail): string {
  return [
    `From: ${m.from}`,
    `To: ${m.to}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    `Subject: ${m.subject}`,
    `Date: ${m.date}`,
    `Message-ID: <${m.id}>`,
    ...(m.inReplyTo ? [`In-Reply-To: <${m.inReplyTo}>`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Thank you for your time today.',
    '',
  ].join('\r\n');
}

/** Runs `fn` and returns the MailboxError it rejects with. */
async function failure(fn: () => Promise<unknown>, kind: MailErrorKind): Promise<MailboxError> {
  try {
    await fn();
  } catch (error) {
    assert.ok(error instanceof MailboxError, `expected a MailboxError, got ${String(error)}`);
    assert.equal(error.kind, kind, error.message);
    assert.ok(!error.message.includes('\n'), `one line: ${error.message}`);
    assert.ok(!error.message.includes(PASSWORD), `no password: ${error.message}`);
    return error;
  }
  assert.fail(`expected a ${kind} failure`);
}

/**
 * Reads the mailbox in a child process (test/unit/mailboxChild.ts) and returns its outcome and
 * everything it printed: imapflow's default logger (pino) writes straight to file descriptor 1,
 * which a test can only see from outside the process.
 */
function readInChild(url: string, password: string): { outcome: { ok: boolean; kind?: string; message?: string; count?: number }; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ifu-mailchild-'));
  try {
    const out = join(dir, 'outcome.json');
    const r = spawnSync(process.execPath, [join(__dirname, 'mailboxChild.js')], {
      encoding: 'utf8',
      env: { ...process.env, IFU_MAIL_CHILD: JSON.stringify({ url, password, since: SINCE.toISOString(), out }) },
      timeout: 30_000,
    });
    return { outcome: JSON.parse(readFileSync(out, 'utf8')), output: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function unusedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe('mailbox URL', () => {
  test('imaps:// with an address as user name, default port 993', () => {
    assert.deepEqual(parseImapUrl('imaps://me@gmail.com@imap.gmail.com'), { secure: true, host: 'imap.gmail.com', port: 993, user: 'me@gmail.com' });
    assert.deepEqual(parseImapUrl('imaps://me%40fastmail.com@imap.fastmail.com:993'), { secure: true, host: 'imap.fastmail.com', port: 993, user: 'me@fastmail.com' });
  });

  test('imap:// only for localhost, 127.0.0.1 and ::1', async () => {
    assert.deepEqual(parseImapUrl('imap://bridge@127.0.0.1:1143'), { secure: false, host: '127.0.0.1', port: 1143, user: 'bridge' });
    assert.equal(parseImapUrl('imap://bridge@localhost:1143').host, 'localhost');
    assert.equal(parseImapUrl('imap://bridge@[::1]:1143').host, '::1');
    for (const url of ['imap://me@imap.example.com:143', 'imap://me@192.168.1.10:143', 'imap://me@127.0.0.2:143']) {
      const e = await failure(() => readMailbox({ url, password: PASSWORD, since: SINCE }), 'url');
      assert.match(e.message, /Plain imap:\/\/ is refused/);
    }
  });

  test('a password, a path, another scheme or no user are refused before connecting', async () => {
    for (const [url, pattern] of [
      [`imaps://me:${PASSWORD}@imap.example.com`, /must not contain a password/],
      ['imaps://me@imap.example.com/INBOX', /without a path/],
      ['pop3://me@mail.example.com', /must start with imaps:\/\//],
      ['imaps://imap.example.com', /no user name/],
      ['not a url', /not understood/],
    ] as const) {
      const e = await failure(() => readMailbox({ url, password: PASSWORD, since: SINCE }), 'url');
      assert.match(e.message, pattern);
    }
  });
});

describe('Sent mailbox lookup', () => {
  const box = (path: string, specialUse?: string, specialUseSource?: ListResponse['specialUseSource'], flags: string[] = []) =>
    ({ path, specialUse, specialUseSource, flags: new Set(flags) }) as ListResponse;

  test('the server\'s \\Sent flag first, then the usual names, then a localized guess', () => {
    assert.equal(findSentMailbox([box('INBOX'), box('Sent Items'), box('Gesendet', '\\Sent', 'extension')])?.path, 'Gesendet');
    assert.equal(findSentMailbox([box('INBOX'), box('[Gmail]/Sent Mail'), box('Sent Messages')])?.path, 'Sent Messages');
    assert.equal(findSentMailbox([box('INBOX'), box('INBOX.Sent')])?.path, 'INBOX.Sent');
    assert.equal(findSentMailbox([box('INBOX'), box('Elementos enviados', '\\Sent', 'name')])?.path, 'Elementos enviados');
    assert.equal(findSentMailbox([box('INBOX'), box('Sent', undefined, undefined, ['\\Noselect'])]), undefined);
    assert.equal(findSentMailbox([box('INBOX'), box('Drafts')]), undefined);
  });
});

// The servers of this file, started together and stopped together (a Dovecot takes ~2.5 s to stop).
const servers: { main?: MailServer; tls?: MailServer; sentItems?: MailServer; noSent?: MailServer } = {};
if (!unavailable) {
  before(async () => {
    [servers.main, servers.tls, servers.sentItems, servers.noSent] = await Promise.all([
      startMailServer({ users: [{ user: 'alice', password: PASSWORD }, { user: 'bulk', password: PASSWORD }] }),
      startMailServer({ tls: true, users: [{ user: 'carol@example.com', password: PASSWORD }] }),
      startMailServer({ users: [{ user: 'erin', password: PASSWORD }], sent: { name: 'Sent Items', specialUse: false } }),
      startMailServer({ users: [{ user: 'erin', password: PASSWORD }], sent: false }),
    ]);
  });
  after(async () => {
    await Promise.all(Object.values(servers).map((server) => server?.stop()));
  });
}

/** The server, once before() started it. */
function the(server: MailServer | undefined): MailServer {
  assert.ok(server, 'the mail server did not start');
  return server;
}

describe('mailbox against Dovecot', { skip }, () => {
  const url = () => the(servers.main).url('alice');
  const read = (extra: Partial<ReadMailboxOptions> = {}) => readMailbox({ url: url(), password: PASSWORD, since: SINCE, ...extra });
  const bulkUrl = (port: number) => `imap://bulk@127.0.0.1:${port}`;

  before(() => {
    const server = the(servers.main);
    server.addMessage('alice', 'Sent', rfc822({ from: 'Alice Doe <alice@example.com>', to: 'Bob Lee <bob@acme.com>', cc: 'hr@acme.com', subject: 'Thank you', date: 'Mon, 23 Nov 2026 18:05:00 +0000', id: 'ty-1@example.com' }));
    server.addMessage('alice', 'Sent', rfc822({ from: 'alice@example.com', to: 'old@acme.com', subject: 'Older', date: 'Mon, 12 Oct 2026 09:00:00 +0000', id: 'old-1@example.com' }));
    server.addMessage('alice', 'INBOX', rfc822({ from: '"Bob Lee" <bob@acme.com>', to: 'Alice Doe <alice@example.com>', subject: 'Re: Thank you', date: 'Tue, 24 Nov 2026 08:30:00 -0800', id: 're-1@acme.com', inReplyTo: 'ty-1@example.com' }));
    server.addMessage('alice', 'INBOX', rfc822({ from: 'Acme Corp via Greenhouse <no-reply@greenhouse.io>', to: 'alice@example.com', subject: 'Your application to Acme Corp', date: 'Wed, 25 Nov 2026 12:00:00 +0000', id: 'gh-1@greenhouse.io' }));
    server.addMessage('alice', 'INBOX', rfc822({ from: 'news@example.org', to: 'alice@example.com', subject: 'Before', date: 'Sat, 31 Oct 2026 23:00:00 +0000', id: 'old-2@example.org' }));
    server.fill('bulk', 'INBOX', bulk(400, 'bulk'));
  });

  test('reads the envelopes of Sent and INBOX since the date, and only those', async () => {
    const { messages, paths } = await read();
    assert.deepEqual(paths, { sent: 'Sent', inbox: 'INBOX' });
    const byId = new Map(messages.map((m) => [m.messageId, m]));
    assert.deepEqual([...byId.keys()].sort(), ['<gh-1@greenhouse.io>', '<re-1@acme.com>', '<ty-1@example.com>']);
    const sent = byId.get('<ty-1@example.com>');
    assert.equal(sent?.mailbox, 'sent');
    assert.equal(sent?.date.toISOString(), '2026-11-23T18:05:00.000Z');
    assert.deepEqual(sent?.from, [{ name: 'Alice Doe', address: 'alice@example.com' }]);
    assert.deepEqual(sent?.to, [{ name: 'Bob Lee', address: 'bob@acme.com' }]);
    assert.deepEqual(sent?.cc, [{ address: 'hr@acme.com' }]);
    assert.equal(sent?.subject, 'Thank you');
    assert.ok(sent && sent.uid > 0);
    const reply = byId.get('<re-1@acme.com>');
    assert.equal(reply?.mailbox, 'inbox');
    assert.equal(reply?.date.toISOString(), '2026-11-24T16:30:00.000Z');
    assert.equal(reply?.inReplyTo, '<ty-1@example.com>');
    assert.equal(reply?.senderName, 'Bob Lee');
    assert.equal(byId.get('<gh-1@greenhouse.io>')?.senderName, 'Acme Corp via Greenhouse');
  });

  test('opens the mailboxes read-only: no message is marked seen or changed', async () => {
    const server = the(servers.main);
    const names = () => [...server.files('alice', 'INBOX'), ...server.files('alice', 'Sent')].map((f) => f.name).sort();
    const before = names();
    assert.ok(server.files('alice', 'INBOX').every((f) => !f.flags.includes('S')));
    await read();
    await read({ since: new Date('2026-01-01T00:00:00Z') });
    assert.deepEqual(names(), before, 'the Maildir file names (and so their flags) are unchanged');
    assert.ok(server.files('alice', 'INBOX').every((f) => !f.flags.includes('S')), 'INBOX messages stay unseen');
    // Dovecot logs what each session changed: nothing deleted, expunged or trashed.
    const sessions = server.log().split('\n').filter((l) => l.includes(' imap(alice)') && l.includes('Disconnected'));
    assert.ok(sessions.length >= 2, server.log());
    assert.ok(sessions.every((l) => l.includes('deleted=0 expunged=0 trashed=0')), sessions.join('\n'));
  });

  test('progress is reported per mailbox', async () => {
    const seen: string[] = [];
    await read({ onProgress: (p) => seen.push(`${p.mailbox} ${p.done}/${p.total}`) });
    // The server is asked from the day before `since`: the message of 31 Oct 23:00 UTC is read, then left out.
    assert.deepEqual(seen, ['sent 0/1', 'sent 1/1', 'inbox 0/3', 'inbox 3/3']);
  });

  test('a wrong password is a login failure that does not repeat the password', async () => {
    const wrong = `${PASSWORD}-wrong`;
    const e = await failure(() => readMailbox({ url: url(), password: wrong, since: SINCE }), 'login');
    assert.match(e.message, /^Login failed for alice at 127\.0\.0\.1:\d+: the server refused the user name or password/);
    assert.ok(!e.message.includes(wrong), e.message);
  });

  test('nothing is printed, the password least of all, when a read succeeds or the login fails', () => {
    const ok = readInChild(url(), PASSWORD);
    assert.deepEqual(ok.outcome, { ok: true, count: 3 });
    assert.equal(ok.output, '');
    const wrong = readInChild(url(), `${PASSWORD}-wrong`);
    assert.equal(wrong.outcome.kind, 'login');
    assert.equal(wrong.output, '');
  });

  test('an unknown user is the same login failure', async () => {
    const e = await failure(() => readMailbox({ url: the(servers.main).url('mallory'), password: PASSWORD, since: SINCE }), 'login');
    assert.match(e.message, /Login failed for mallory/);
  });

  test('nothing listening is a connection failure', async () => {
    const port = await unusedPort();
    const e = await failure(() => readMailbox({ url: `imap://alice@127.0.0.1:${port}`, password: PASSWORD, since: SINCE }), 'connection');
    assert.match(e.message, /^Connection failed to 127\.0\.0\.1:\d+: nothing is listening on that port \(ECONNREFUSED\)$/);
  });

  test('imaps:// to a server that speaks plain IMAP is a TLS failure', async () => {
    const e = await failure(() => readMailbox({ url: `imaps://alice@127.0.0.1:${the(servers.main).port}`, password: PASSWORD, since: SINCE, connectTimeoutMs: 5000 }), 'tls');
    assert.match(e.message, /^TLS failed with 127\.0\.0\.1:\d+: the secure connection could not be set up \(ERR_SSL_[A-Z_]+\); is this the server's imaps port\?$/);
  });

  test('more messages than the cap is a clear failure, before any is fetched', async () => {
    const progress: string[] = [];
    const e = await failure(() => read({ maxMessages: 3, onProgress: (p) => progress.push(p.mailbox) }), 'limit');
    assert.match(e.message, /^Too many messages: 4 in Sent and INBOX since 2026-11-01, more than the limit of 3; read from a later date$/);
    assert.deepEqual(progress, []);
  });

  test('a connection cut mid-fetch is a connection failure, not a hang', async () => {
    const proxy = await the(servers.main).proxy({ afterBytes: 20_000, mode: 'cut' });
    try {
      const started = Date.now();
      const e = await failure(() => readMailbox({ url: bulkUrl(proxy.port), password: PASSWORD, since: SINCE }), 'connection');
      assert.match(e.message, /^Connection failed to 127\.0\.0\.1:\d+: the server closed the connection while reading INBOX after \d+ of 400 messages \([A-Za-z]+\)$/);
      assert.ok(Date.now() - started < 5000, `failed after ${Date.now() - started} ms`);
      assert.equal(proxy.relayed(), 20_000);
    } finally {
      await proxy.close();
    }
  });

  test('a session the server ends (doveadm kick) during a fetch is a connection failure', async () => {
    const server = the(servers.main);
    const proxy = await server.proxy({ afterBytes: 20_000, mode: 'stall' });
    try {
      const reading = readMailbox({ url: bulkUrl(proxy.port), password: PASSWORD, since: SINCE });
      reading.catch(() => undefined);
      await proxy.reached();
      await server.dropConnections('bulk');
      const e = await failure(() => reading, 'connection');
      assert.match(e.message, /the server closed the connection while reading INBOX/);
    } finally {
      await proxy.close();
    }
  });

  test('a server that stops answering mid-fetch hits the time limit', async () => {
    const proxy = await the(servers.main).proxy({ afterBytes: 20_000, mode: 'stall' });
    try {
      const started = Date.now();
      const e = await failure(() => readMailbox({ url: bulkUrl(proxy.port), password: PASSWORD, since: SINCE, timeoutMs: 1000 }), 'timeout');
      assert.match(e.message, /^Reading the mailbox timed out after 1 s \(127\.0\.0\.1:\d+\)$/);
      assert.ok(Date.now() - started < 4000, `failed after ${Date.now() - started} ms`);
    } finally {
      await proxy.close();
    }
  });

  test('a read can be cancelled', async () => {
    const proxy = await the(servers.main).proxy({ afterBytes: 20_000, mode: 'stall' });
    try {
      const controller = new AbortController();
      const reading = readMailbox({ url: bulkUrl(proxy.port), password: PASSWORD, since: SINCE, signal: controller.signal });
      reading.catch(() => undefined);
      await proxy.reached();
      controller.abort();
      const e = await failure(() => reading, 'aborted');
      assert.equal(e.message, 'Reading the mailbox was cancelled');
    } finally {
      await proxy.close();
    }
  });
});

describe('mailbox over TLS with a private CA', { skip }, () => {
  const user = 'carol@example.com';
  before(() => {
    the(servers.tls).addMessage(user, 'Sent', rfc822({ from: user, to: 'dan@initech.com', subject: 'Thanks', date: 'Mon, 23 Nov 2026 10:00:00 +0000', id: 'tls-1@example.com' }));
  });

  test('the URL has the address as user name', () => {
    assert.match(the(servers.tls).url(user), /^imaps:\/\/carol%40example\.com@127\.0\.0\.1:\d+$/);
  });

  test('reads with the CA given', async () => {
    const server = the(servers.tls);
    const { messages } = await readMailbox({ url: server.url(user), password: PASSWORD, ca: readFileSync(server.caFile ?? ''), since: SINCE });
    assert.deepEqual(messages.map((m) => [m.mailbox, m.messageId]), [['sent', '<tls-1@example.com>']]);
  });

  test('without the CA the certificate is not trusted: a TLS failure that says so', async () => {
    const e = await failure(() => readMailbox({ url: the(servers.tls).url(user), password: PASSWORD, since: SINCE }), 'tls');
    assert.match(e.message, /^TLS failed with 127\.0\.0\.1:\d+: the server's certificate is signed by a certificate authority this machine does not trust \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\); for a server with a private CA, give its CA certificate$/);
  });

  test('plain imap:// to the TLS port fails before any login, with a hint', async () => {
    const server = the(servers.tls);
    const e = await readMailbox({ url: `imap://carol%40example.com@127.0.0.1:${server.port}`, password: PASSWORD, since: SINCE, connectTimeoutMs: 1000 }).then(
      () => assert.fail('expected a failure'),
      (error: unknown) => error,
    );
    assert.ok(e instanceof MailboxError, String(e));
    assert.equal(e.kind, 'connection');
    assert.match(e.message, /^Connection failed to 127\.0\.0\.1:\d+: the server sent no greeting in time \(GREETING_TIMEOUT\); if that port expects TLS, use imaps:\/\/$/);
  });
});

describe('Sent under another name, and no Sent at all', { skip }, () => {
  test('"Sent Items" without the \\Sent flag is found by its name', async () => {
    const server = the(servers.sentItems);
    server.addMessage('erin', 'Sent', rfc822({ from: 'erin@example.com', to: 'f@globex.com', subject: 'Thanks', date: 'Mon, 23 Nov 2026 10:00:00 +0000', id: 'si-1@example.com' }));
    const { messages, paths } = await readMailbox({ url: server.url('erin'), password: PASSWORD, since: SINCE });
    assert.equal(paths.sent, 'Sent Items');
    assert.deepEqual(messages.map((m) => m.messageId), ['<si-1@example.com>']);
  });

  test('no Sent mailbox is a mailbox failure naming what was looked for', async () => {
    const e = await failure(() => readMailbox({ url: the(servers.noSent).url('erin'), password: PASSWORD, since: SINCE }), 'mailbox');
    assert.match(e.message, /^Mailbox not found: no Sent mailbox at 127\.0\.0\.1 \(looked for the \\Sent flag and "Sent", "Sent Items"/);
  });
});

function* bulk(count: number, tag: string, start = Date.parse('2026-11-02T09:00:00Z')): Generator<string> {
  for (let i = 0; i < count; i++) {
    const date = new Date(start + i * 60_000).toUTCString().replace('GMT', '+0000');
    yield rfc822({ from: `Recruiter ${i} <r${i}@company${i % 50}.com>`, to: 'bulk@example.com', subject: `Update ${i} on your application`, date, id: `${tag}-${i}@example.com` });
  }
}
