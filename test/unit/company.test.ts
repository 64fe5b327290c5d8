// Company and role from an invitation's title: the forms issue 18 lists, the user never the
// company, service domains never the company, and bounded work on hostile titles. The corpus
// figures are in docs/invitation-accuracy.md (scripts/invitation-accuracy.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessCompany } from '../../src/core/ics/company';
import { isServiceDomain, registrableLabel } from '../../src/core/model/domains';
import { readInvitation } from '../../src/core/ics/invitation';

const read = (title: string, people: string[] = [], domains: string[] = [], self: string[] = []) => {
  const g = guessCompany(title, people.map((name) => ({ name })), domains, { names: self });
  return `${g.company ?? '-'} | ${g.role ?? '-'}`;
};

test('company: the title forms people and scheduling tools write', () => {
  const cases: [string, string[], string][] = [
    ['Alex Rivera <> Globex (Senior Data Engineer)', ['Alex Rivera'], 'Globex | Senior Data Engineer'],
    ['Company Interview: Role'.replace('Company', 'Initech').replace('Role', 'Site Reliability Engineer'), [], 'Initech | Site Reliability Engineer'],
    ['[Hooli] Onsite loop - Product Manager', [], 'Hooli | Product Manager'],
    ['Globex | Data Scientist | Round 2', [], 'Globex | Data Scientist'],
    ['Frontend Developer interview at Initech', [], 'Initech | Frontend Developer'],
    ['Interview for Backend Engineer position - Initech', [], 'Initech | Backend Engineer'],
    ['Interview with Umbrella Health', [], 'Umbrella Health | -'],
    ['Globex x Jordan Lee - Intro call', ['Jordan Lee'], 'Globex | -'],
    ['Jordan Lee / Initech - Technical screen', ['Jordan Lee'], 'Initech | -'],
    ['Technical Interview (Hooli) - Jordan Lee', ['Jordan Lee'], 'Hooli | -'],
    ['Initech: Video Interview with Priya Raman', ['Priya Raman'], 'Initech | -'],
    ['Engineering Interview between Globex Hiring and Tom Becker', ['Tom Becker'], 'Globex | -'],
    ['一面 · 美团 · 大模型算法研究员', [], '美团 | 大模型算法研究员'],
    ['Virtual Round 1 || Data Analyst Intern || Times Internet || Noida', [], 'Times Internet | Data Analyst Intern'],
    ['Valuefy_L1 interview_Shubham Roy_Software intern', ['Shubham Roy'], 'Valuefy | Software intern'],
    ['akumenbyQ-Data Stack Trainer (Engineering & Analytics)-Interview-Aysha Fina', ['Aysha Fina'], 'akumenbyQ | Data Stack Trainer (Engineering & Analytics)'],
    ['Second interview: Globex – Data Engineer', [], 'Globex | Data Engineer'],
    ['Invitation: Interview: Backend Engineer at Hooli @ Tue Dec 8, 2026 2pm - 3pm (CET) (sam@mail.example)', [], 'Hooli | Backend Engineer'],
  ];
  for (const [title, people, expected] of cases) assert.equal(read(title, people), expected, title);
});

test('company: the user\'s own name is never the company, with or without the user among the people', () => {
  // The user known (their name from the invitation's entry for their address, or the signature).
  assert.equal(read('Alex Rivera <> Globex', [], [], ['Alex Rivera']), 'Globex | -');
  assert.equal(read('Sam Lee (Initech) <> Dana Kim (Globex)', ['Dana Kim'], [], ['Sam Lee']), 'Globex | -');
  assert.equal(read('Maria Lopez', [], [], ['Maria Lopez']), '- | -');
  assert.equal(read('胡峰刚 武汉理工大学', [], [], ['胡峰刚']), '- | -');
  assert.equal(read('Interview Vishal', [], ['appsavio.com'], ['Vishal']), 'Appsavio | -');
});

test('company: a domain is the company only when it is the company\'s own, never a mail, calendar or scheduling service, never the user\'s', () => {
  const g = (domains: string[], self: string[] = []) => guessCompany('Phone Screen with Priya Raman', [{ name: 'Priya Raman' }], domains, { domains: self }).company ?? '-';
  for (const service of ['calendly.com', 'gmail.com', 'outlook.com', 'zoom.us', 'greenhouse.io', 'smartrecruiters.com', 'myworkday.com', 'group.calendar.google.com', 'naukri.com']) {
    assert.equal(g([service]), '-', service);
  }
  // The user's own mail domain (a personal domain, or their current employer's) is never the company.
  assert.equal(g(['calendly.com', 'jordanlee.dev'], ['jordanlee.dev']), '-');
  assert.equal(g(['calendly.com', 'jordanlee.dev', 'globex.com'], ['jordanlee.dev']), 'Globex');
  // A company's own domain, written as a name: a company word split off, a short one in capitals.
  assert.equal(g(['insightglobal.com']), 'Insight Global');
  assert.equal(g(['uwm.com']), 'UWM');
  assert.equal(g(['mail.acme-corp.co.uk']), 'Acme Corp');
  // google.com is Google's own (its people write from it); its calendar subdomains are a service.
  assert.equal(g(['google.com']), 'Google');
});

test('company: the invitation passes the user\'s name from their own entry, so "A <> B" never names the user', () => {
  const ics = (extra: string) => [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:x1', 'DTSTART:20261210T150000Z', 'DTEND:20261210T154500Z',
    'SUMMARY:Alex Rivera <> Globex (Senior Data Engineer)',
    'ORGANIZER;CN=Priya Raman:mailto:priya@calendly.com',
    'ATTENDEE;CN=Alex Rivera:mailto:alex@rivera.dev', extra, 'END:VEVENT', 'END:VCALENDAR', '',
  ].filter(Boolean).join('\r\n');
  const inv = readInvitation(ics(''), { me: ['alex@rivera.dev'], userZone: 'UTC', now: new Date(Date.UTC(2026, 11, 1)) });
  assert.equal(inv.kind, 'event');
  if (inv.kind !== 'event') return;
  assert.deepEqual([inv.company, inv.role, inv.people.map((p) => p.name)], ['Globex', 'Senior Data Engineer', ['Priya Raman']]);
  // Without a company in the title, the organizer's scheduling domain and the user's own are never it.
  const bare = readInvitation(ics('').replace('Alex Rivera <> Globex (Senior Data Engineer)', 'Alex Rivera and Priya Raman'), { me: ['alex@rivera.dev'], userZone: 'UTC', now: new Date(Date.UTC(2026, 11, 1)) });
  assert.equal(bare.kind === 'event' ? bare.company : 'not an event', undefined);
});

test('company: a hostile title is read in bounded time', () => {
  const people = Array.from({ length: 2000 }, (_, i) => ({ name: `Person Number${i}` }));
  for (const title of [' - '.repeat(5000), '('.repeat(10_000), 'a <> '.repeat(3000), `${'x'.repeat(100_000)} at Acme`, ' with '.repeat(4000), '_-'.repeat(20_000)]) {
    const start = performance.now();
    guessCompany(title, people, ['acme.example']);
    const ms = performance.now() - start;
    assert.ok(ms < 250, `${ms.toFixed(0)} ms for ${JSON.stringify(title.slice(0, 20))}…`);
  }
});

test('one list of service domains for the invitation and the mailbox: a country\'s free mail too, Google\'s own domain not', () => {
  for (const d of ['gmail.com', 'gmail.co.in', 'yahoo.co.jp', 'mail.hotmail.fr', 'group.calendar.google.com', 'teams.microsoft.com', 'hackerrank.com', 'greenhouse.io']) {
    assert.equal(isServiceDomain(d), true, d);
  }
  for (const d of ['google.com', 'microsoft.com', 'acme.example', 'acme.co.uk']) assert.equal(isServiceDomain(d), false, d);
  assert.equal(registrableLabel('mail.acme-corp.co.uk'), 'acme-corp');
});
