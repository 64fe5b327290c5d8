// mailto: links: no value from a note may add a header, a recipient or a fragment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildMailto, type MailDraft } from '../../src/core/drafts/mailto';

function uriOf(draft: MailDraft): string {
  const r = buildMailto(draft);
  assert.ok(r.ok, `expected a URI, got: ${r.ok ? '' : r.message}`);
  return r.uri;
}

function refusal(draft: MailDraft): string {
  const r = buildMailto(draft);
  assert.ok(!r.ok, `expected a refusal, got ${r.ok ? r.uri : ''}`);
  return r.message;
}

/** Reads the URI back as a mail client would: recipients, and exactly the subject and body parameters. */
function readBack(uri: string) {
  const url = new URL(uri);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(url.hash, '', 'no fragment');
  const keys = [...url.searchParams.keys()];
  return {
    to: url.pathname.split(',').map(decodeURIComponent),
    keys,
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
    rawPath: url.pathname,
  };
}

const BASE: MailDraft = { to: ['jane.doe@acme.example'], subject: 'Thank you — Data Analyst interview', body: 'Dear Jane,\n\nThank you.\n\nAlex' };

test('mailto: a plain draft', () => {
  const uri = uriOf(BASE);
  assert.ok(uri.startsWith('mailto:jane.doe@acme.example?subject='));
  assert.ok(uri.includes('body=Dear%20Jane%2C%0D%0A%0D%0AThank%20you.%0D%0A%0D%0AAlex'), uri);
  const r = readBack(uri);
  assert.deepEqual(r.to, ['jane.doe@acme.example']);
  assert.deepEqual(r.keys, ['subject', 'body']);
  assert.equal(r.subject, BASE.subject);
  assert.equal(r.body, 'Dear Jane,\r\n\r\nThank you.\r\n\r\nAlex');
});

test('mailto: several recipients joined by commas, @ kept, each encoded', () => {
  const uri = uriOf({ ...BASE, to: ['jane@acme.example', 'raj+jobs@acme.example', "o'neil@acme.example", 'jörg@bücher.example'] });
  const r = readBack(uri);
  assert.deepEqual(r.to, ['jane@acme.example', 'raj+jobs@acme.example', "o'neil@acme.example", 'jörg@bücher.example']);
  assert.ok(uri.startsWith('mailto:jane@acme.example,raj%2Bjobs@acme.example,'), uri);
  assert.ok(!uri.includes('%40'));
  // The same address twice is sent once.
  assert.deepEqual(readBack(uriOf({ ...BASE, to: ['a@b.example', 'a@b.example'] })).to, ['a@b.example']);
});

test('mailto: no recipients is refused', () => {
  assert.match(refusal({ ...BASE, to: [] }), /^No interviewer has an email address/);
});

test('mailto: addresses that could add a header or a recipient are refused, naming the address', () => {
  const cases: [string, RegExp][] = [
    ['a@b.c?bcc=evil@x', /"\?"/],
    ['a@b.c\r\nBcc: evil@x', /line break/],
    ['a@b.c\nBcc: evil@x', /line break/],
    ['a@b.c&cc=x', /"&"/],
    ['a@b.c%0D%0ABcc:evil@x', /"%"/],
    ['a@b.c,evil@x', /","/],
    ['Jane <jane@acme.example>', /space|"<"/],
    ['<jane@acme.example>', /"<"/],
    ['jane@acme.example>', /">"/],
    ['jane @acme.example', /space/],
    ['jane@acme.example\t', /space/],
    ['jane@acme.example\u2028', /line break/],
    ['jane@acme.example\u0000', /control character/],
    ['jane@acme.example\u202e', /control character/],
    ['jane\ud800@acme.example', /control character/],
    ['jane@acme.example;evil@x', /";"/],
    ['mailto:jane@acme.example', /":"/],
    ['jane.acme.example', /name@domain/],
    ['@acme.example', /name@domain/],
    ['jane@', /name@domain/],
    ['a@b@c.example', /name@domain/],
    ['jane@.acme.example', /invalid domain/],
    ['jane@acme..example', /invalid domain/],
    ['', /name@domain/],
  ];
  for (const [address, reason] of cases) {
    const message = refusal({ ...BASE, to: ['ok@acme.example', address] });
    assert.match(message, reason, JSON.stringify(address));
    const visible = JSON.stringify(address)
      .slice(1, -1)
      .replace(/[\u0080-\u009f\u2028\u2029]|\p{Cf}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    assert.ok(message.includes(visible), `the message names ${visible}: ${message}`);
    assert.doesNotMatch(message, /[\p{Cc}\p{Cf}\u2028\u2029]/u, 'the message shows invisible characters escaped');
    assert.match(message, /^The email address ".*" .*; only a plain address like name@example\.com can be used\.$/s);
  }
});

test('mailto: a subject with a line break is refused', () => {
  for (const subject of ['Thanks\nBcc: evil@x', 'Thanks\r\nBcc: evil@x', 'Thanks\r', 'Thanks\u2029']) {
    const message = refusal({ ...BASE, subject });
    assert.match(message, /^The subject "Thanks.*" contains a line break; a subject must be one line\.$/);
    assert.doesNotMatch(message, /[\r\n\u2028\u2029]/);
  }
});

test('mailto: subjects and bodies with URI syntax stay inside their own value', () => {
  const values = [
    'a&bcc=evil@x',
    '&bcc=evil@x&cc=x',
    '?subject=other',
    'already encoded %0A%0D%0ABcc: evil@x and %26 and %',
    'a#fragment',
    'x=y; z',
    '1 + 1 = 2',
    'Ünïcödé — “quotes” ✓ 😀 日本語',
    "it's (fine)! ~*",
    'a/b\\c',
  ];
  for (const v of values) {
    const uri = uriOf({ to: ['jane@acme.example'], subject: v, body: `Body ${v}\n${v}` });
    const r = readBack(uri);
    assert.deepEqual(r.keys, ['subject', 'body'], uri);
    assert.equal(r.subject, v);
    assert.equal(r.body, `Body ${v}\r\n${v}`);
    assert.deepEqual(r.to, ['jane@acme.example']);
    // Only the one "?" and the one "&" of the URI itself are unencoded.
    assert.equal(uri.split('?').length, 2, uri);
    assert.equal(uri.split('&').length, 2, uri);
    assert.ok(!uri.includes('#'), uri);
  }
});

test('mailto: body line breaks of any kind become %0D%0A; a body can hold a "Bcc:" line harmlessly', () => {
  const uri = uriOf({ ...BASE, body: 'one\ntwo\r\nthree\rfour\n\nBcc: evil@x' });
  assert.ok(uri.endsWith('body=one%0D%0Atwo%0D%0Athree%0D%0Afour%0D%0A%0D%0ABcc%3A%20evil%40x'), uri);
  assert.equal(readBack(uri).body, 'one\r\ntwo\r\nthree\r\nfour\r\n\r\nBcc: evil@x');
});

test('mailto: empty subject or body is left out; a lone surrogate becomes U+FFFD instead of throwing', () => {
  assert.equal(uriOf({ to: ['a@b.example'], subject: '', body: '' }), 'mailto:a@b.example');
  assert.deepEqual(readBack(uriOf({ to: ['a@b.example'], subject: 'Hi', body: '' })).keys, ['subject']);
  assert.deepEqual(readBack(uriOf({ to: ['a@b.example'], subject: '', body: 'x' })).keys, ['body']);
  const r = readBack(uriOf({ to: ['a@b.example'], subject: 'half \ud83d pair', body: 'ok 😀' }));
  assert.equal(r.subject, 'half \ufffd pair');
  assert.equal(r.body, 'ok 😀');
});

test('mailto: a draft too long for a link is refused with the reason, so Copy Draft can be offered', () => {
  // ~180 Russian words: each Cyrillic letter is 6 characters once percent-encoded.
  const body = Array.from({ length: 180 }, (_, i) => (i % 2 ? 'спасибо' : 'интервью')).join(' ');
  const r = buildMailto({ to: ['a@b.example'], subject: 'Спасибо', body });
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.tooLong);
  assert.match(!r.ok ? r.message : '', /too long .* \(\d{1,3}(,\d{3})* characters once encoded; .* over 2,000\)\. Copy it instead/);
  // Just under the limit still goes through.
  const short = buildMailto({ to: ['a@b.example'], subject: 'Hi', body: 'x'.repeat(1900) });
  assert.ok(short.ok && short.uri.length <= 2000);
});
