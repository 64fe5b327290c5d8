#!/usr/bin/env node
// Generates a synthetic corpus of interview notes for benchmarks and stress tests.
//
//   node scripts/gen-corpus.mjs <dir> <count> [--seed N]
//
// Deterministic: the same count and seed give byte-identical files. Notes are about
// 2 KB each, spread over subfolders of 1,000 files (batch-000, batch-001, ...).
// Interview dates lie around 2026-11-26 (the benchmark's --now), from 90 days before
// to 30 days after. Exactly 1% of the files are broken the way real notes break
// (invalid YAML, missing company, impossible date 2026-02-30, a `---js` opener) and
// 2% are plain Markdown without front-matter. No dependencies.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PER_FOLDER = 1000;
const ANCHOR = Date.UTC(2026, 10, 26); // 2026-11-26: only used for calendar arithmetic

function usage(message) {
  if (message) console.error(`gen-corpus: ${message}`);
  console.error('usage: node scripts/gen-corpus.mjs <dir> <count> [--seed N]');
  process.exit(message ? 2 : 0);
}

const positional = [];
let seed = 1;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--seed') seed = Number(argv[++i]);
  else if (a.startsWith('--seed=')) seed = Number(a.slice(7));
  else if (a === '--help' || a === '-h') usage();
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else positional.push(a);
}
if (positional.length !== 2) usage('expected <dir> and <count>');
const [dir, countText] = positional;
const count = Number(countText);
if (!Number.isInteger(count) || count < 0) usage(`count must be a whole number, got "${countText}"`);
if (!Number.isInteger(seed)) usage('--seed must be an integer');

// mulberry32: small, fast, good enough for test data.
let state = seed >>> 0 || 0x9e3779b9;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
function pickSome(list, n) {
  const copy = list.slice();
  const out = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return out;
}

const COMPANY_A = [
  'Northwind', 'Quillstone', 'Brightline', 'Tern', 'Larkspur', 'Meridian', 'Orchard', 'Helio', 'Copperleaf', 'Fjordline',
  'Bluebird', 'Granite', 'Saltmarsh', 'Juniper', 'Redwood', 'Kestrel', 'Lumen', 'Harbor', 'Ironbark', 'Moss',
  'Pinecrest', 'Silverline', 'Tidewater', 'Umber', 'Vantage', 'Willow', 'Zephyr', 'Amberly', 'Cobalt', 'Driftwood',
];
const COMPANY_B = [
  'Robotics', 'Health', 'Analytics', 'Labs', 'Logistics', 'Credit Union', 'Games', 'Studio', 'Systems', 'Energy',
  'Media', 'Foods', 'Insurance', 'Software', 'Bank', 'Biotech', 'Mobility', 'Learning', 'Security', 'Retail',
];
const ROLES = [
  'Software Engineer', 'Backend Engineer', 'Frontend Engineer', 'Platform Engineer', 'Site Reliability Engineer',
  'Data Analyst', 'Data Scientist', 'Machine Learning Engineer', 'Product Designer', 'UX Researcher',
  'Product Manager', 'QA Automation Engineer', 'Firmware Engineer', 'Mobile Developer', 'Security Engineer',
  'Content Strategist', 'Technical Writer', 'Customer Success Manager', 'Solutions Architect', 'Engineering Manager',
  'DevOps Engineer', 'Gameplay Programmer', 'Business Analyst', 'Marketing Manager', 'Account Executive',
];
const SENIORITY = ['', '', '', 'Senior ', 'Senior ', 'Staff ', 'Junior ', 'Lead ', 'Principal '];
const FIRST = [
  'Dana', 'Kenji', 'Alicia', 'Mara', 'Jonas', 'Priya', 'Tomás', 'Samira', 'Marcus', 'Olivia', 'Rafael', 'Hannah',
  'Devon', 'Patrick', 'Lucia', 'Ben', 'Aisha', 'Chen', 'Fatima', 'Grace', 'Ivan', 'Jamal', 'Keiko', 'Liam',
  'Mateo', 'Nadia', 'Oskar', 'Rosa', 'Sven', 'Yara', 'Zoë', 'Élodie', 'Nikolai', 'Amara', 'Diego', 'Ingrid',
];
const LAST = [
  'Whitfield', 'Morales', 'Brandt', 'Lindqvist', 'Becker', 'Raman', 'Okafor', 'Haddad', 'Webb', 'Chen', 'Duarte',
  'Pruitt', 'Ellis', 'Nguyen', 'Ferreira', 'Adeyemi', 'Kowalski', 'Tanaka', 'Osei', 'Novak', 'Gallagher',
  'Petrov', 'Sato', 'Mensah', 'Johansson', 'Moreau', 'Rossi', 'Kaur', 'Schmidt', 'Abara', 'Müller', 'Dubois',
];
const TITLES = [
  'Engineering Manager', 'Recruiter', 'Technical Recruiter', 'Senior Engineer', 'Staff Engineer', 'Head of Design',
  'VP Engineering', 'Product Manager', 'Director of Data', 'Team Lead', 'CTO', 'People Partner', 'Hiring Manager',
];
// Phrasings people write down; some are deliberately vague (the app falls back to 14 days).
const TIMELINES = [
  'within two weeks', '3 to 5 business days', 'by Friday', 'within 10 days', 'two weeks', 'next week',
  'within a week', '1-2 weeks', 'by Monday', 'end of the month', 'in a few days', '5 business days',
  'within 3 weeks', 'soon', 'by the 15th', '10 business days',
];
const STATUSES = ['waiting', 'waiting', 'second round scheduled', 'offer', 'rejected', 'withdrawn', 'closed', 'ghosted?'];
const ZONES = [
  'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/London', 'Australia/Sydney',
  'America/Chicago', 'Asia/Kolkata', 'America/Sao_Paulo', 'Europe/Madrid',
];
const DURATIONS = [30, 45, 45, 60, 60, 60, 90, 120, 240];
const PROSE = [
  'The conversation started with a walk through my resume and quickly moved to the projects I am proudest of.',
  'They asked how I handle disagreement with a product manager, and I used the pricing-page story.',
  'The live exercise was harder than expected; I talked through my reasoning and got to a working version at the end.',
  'We spent a long time on how the team plans work: two-week cycles, a shared roadmap, and a weekly demo.',
  'The office was quiet and friendly; most of the team works remotely on Mondays and Fridays.',
  'I should have asked more about the on-call rotation and how incidents are reviewed afterwards.',
  'They were candid about the technical debt in the billing system and the plan to retire it next year.',
  'The hiring manager described the role as half building, half helping other teams adopt the platform.',
  'There was a short system design question about rate limiting; I sketched a token bucket and discussed trade-offs.',
  'They mentioned that the budget for the role is approved and they hope to have someone start in the new year.',
  'Compensation was not discussed in detail; the recruiter will share the band after this round.',
  'I liked that the interviewers took notes openly and explained what they were looking for in each section.',
  'One interviewer joined late because of an outage, which led to an honest chat about their incident process.',
  'My answer about testing strategy was a bit rambling; next time lead with the pyramid and one concrete example.',
  'They use a mix of Go and TypeScript, with PostgreSQL and a small amount of Kafka for events.',
  'The team is eight people across three time zones, with a strong written culture and few meetings.',
];
const DETAILS = [
  'Their migration from a monolith to services is halfway done.',
  'The interviewer ran the same marathon as me last spring.',
  'They are launching in two new countries next quarter.',
  'The team just adopted trunk-based development.',
  'They struggle with flaky end-to-end tests.',
  'Their design system has no dark mode yet.',
  'The mobile app rewrite ships in January.',
  'They asked for an example of mentoring a junior colleague.',
  'Customer churn is the metric everyone watches.',
  'The recruiter recommended a book on distributed systems.',
  'They care a lot about accessibility audits.',
  'The data warehouse moved to a lakehouse this year.',
  'The founder used to work at a company I admire.',
  'They pair program for most new features.',
];
const TASKS = [
  'Send portfolio link', 'Email references to the recruiter', 'Finish the take-home exercise', 'Share the case study PDF',
  'Connect on LinkedIn', 'Send the article I mentioned', 'Fill in the application form', 'Book the onsite travel',
];
const PLAIN_TITLES = [
  'Interview prep checklist', 'Salary research', 'Questions I like to ask', 'Job search log', 'STAR stories',
  'Companies to look at', 'Reading list', 'Thank-you email template',
];

const pad = (n, w = 2) => String(n).padStart(w, '0');
function dayString(offset) {
  const d = new Date(ANCHOR + offset * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
const slug = (s) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const timeString = () => `${pad(int(8, 17))}:${pad(pick([0, 15, 30, 45]))}`;
const eveningString = () => `${pad(int(18, 22))}:${pad(int(0, 59))}`;
const person = () => `${pick(FIRST)} ${pick(LAST)}`;
const emailOf = (name, company) => `${slug(name).replace(/-/g, '.')}@${slug(company).replace(/-/g, '')}.example`;

function doneValue(fromOffset, maxDays) {
  const r = random();
  if (r < 0.1) return 'true';
  const day = dayString(fromOffset + int(0, maxDays));
  return r < 0.55 ? day : `${day} ${eveningString()}`;
}

function prose(target, lines) {
  let size = lines.reduce((n, l) => n + l.length + 1, 0);
  while (size < target) {
    const para = [pick(PROSE), pick(PROSE), pick(PROSE)].join(' ');
    lines.push(para, '');
    size += para.length + 2;
  }
}

/** Corrupts front-matter lines the way hand-edited YAML goes wrong (each fails in js-yaml and yaml). */
function breakYaml(y, variant, company) {
  const at = (key) => y.findIndex((l) => l.startsWith(`${key}:`));
  if (variant === 0) y[at('company')] = `company: ${company}: ${pick(COMPANY_B)}`; // "mapping values are not allowed here"
  else if (variant === 1) y[at('role')] = y[at('role')].replace(': ', ': "'); // unclosed quote
  else if (variant === 2) y.splice(at('interviewers') + 1, 0, '  - name: Pat Doe', '   title: Recruiter'); // bad indentation
  else y[at('interviewers')] = `interviewers: [${person()}, ${person()}`; // unclosed flow sequence
}

/** One note. kind: 'ok' | 'yaml' | 'company' | 'date' | 'js'. Returns [fileName, text]. */
function note(index, kind) {
  const company = `${pick(COMPANY_A)} ${pick(COMPANY_B)}`;
  const role = `${pick(SENIORITY)}${pick(ROLES)}`;
  const offset = int(-90, 30);
  const dateOnly = chance(0.15);
  const date = kind === 'date' ? '2026-02-30' : dayString(offset);
  const interview = dateOnly ? date : `${date} ${timeString()}`;
  const past = offset < 0;
  const y = ['---'];
  if (chance(0.2)) y.push(`# ${pick(['Phone screen', 'Onsite', 'Final round', 'Video call', 'Panel', 'Technical round'])} with ${company}.`);
  if (kind !== 'company') y.push(`company: ${company}`);
  y.push(`role: ${role}`);
  y.push(`interview: ${interview}`);
  if (chance(0.1)) y.push(`timezone: ${pick(ZONES)}`);
  if (chance(0.7)) y.push(`duration: ${pick(DURATIONS)}`);
  y.push('interviewers:');
  const n = int(1, 3);
  for (let k = 0; k < n; k++) {
    const name = person();
    if (chance(0.15)) {
      y.push(`  - ${name}${chance(0.3) ? '   # no email yet' : ''}`);
      continue;
    }
    y.push(`  - name: ${name}`);
    if (chance(0.8)) y.push(`    title: ${pick(TITLES)}`);
    if (chance(0.75)) y.push(`    email: ${emailOf(name, company)}`);
    if (chance(0.15)) y.push(`    phone: "+1 555-01${pad(int(0, 99))}"`);
  }
  if (chance(0.85)) y.push(`timeline: ${pick(TIMELINES)}`);
  const card = chance(0.15);
  if (card) y.push('card: true');
  y.push(`thankYou: ${past && chance(0.7) ? doneValue(offset, 1) : pick(['', '', '~'])}`.trimEnd());
  if (card) y.push(`cardMailed: ${past && chance(0.5) ? doneValue(offset, 3) : ''}`.trimEnd());
  y.push(`followUp: ${past && offset < -14 && chance(0.4) ? doneValue(offset + 10, 10) : ''}`.trimEnd());
  if (chance(0.3)) y.push(`status: ${pick(STATUSES)}`);
  y.push('---');
  if (kind === 'yaml') breakYaml(y, Math.floor(index / 400) % 4, company);
  if (kind === 'js') {
    // gray-matter would evaluate this as JavaScript; a safe reader must refuse it.
    y.splice(0, y.length, '---js', '{', `  company: ${JSON.stringify(company)},`, `  interview: "${interview}",`, '}', '---');
  }

  const body = ['', `# ${company} — ${role}`, ''];
  prose(520, body);
  body.push('## Details to mention', '');
  for (const d of pickSome(DETAILS, int(2, 5))) body.push(`- ${d}`);
  body.push('');
  const tasks = int(0, 2);
  if (tasks > 0) {
    body.push('## Tasks', '');
    for (let t = 0; t < tasks; t++) {
      const due = dayString(offset + int(-3, 10));
      const text = pick(TASKS);
      const box = chance(0.3) ? '[x]' : '[ ]';
      body.push(pick([`- ${box} ${text} 📅 ${due}`, `- ${box} ${text} due: ${due}`, `- ${box} ${text} @due(${due})`]));
    }
    body.push('');
  }
  body.push('## Notes', '', '');
  const head = y.join('\n') + '\n' + body.join('\n');
  const tail = [];
  prose(int(1800, 2200) - Buffer.byteLength(head), tail);
  const name = `${date}-${slug(company)}-${pad(index, 6)}.md`;
  return [name, head + tail.join('\n')];
}

function plain(index) {
  const title = pick(PLAIN_TITLES);
  const lines = [`# ${title}`, ''];
  prose(600, lines);
  lines.push('---', '', '## More', ''); // a thematic break mid-file, not front-matter
  for (const d of pickSome(DETAILS, 4)) lines.push(`- ${d}`);
  lines.push('');
  prose(int(1800, 2200), lines);
  return [`${slug(title)}-${pad(index, 6)}.md`, lines.join('\n')];
}

const BROKEN = ['yaml', 'company', 'date', 'js'];
const started = process.hrtime.bigint();
let bytes = 0;
let broken = 0;
let plainCount = 0;
let folder = '';
for (let i = 0; i < count; i++) {
  if (i % PER_FOLDER === 0) {
    folder = join(dir, `batch-${pad(Math.floor(i / PER_FOLDER), 3)}`);
    mkdirSync(folder, { recursive: true });
  }
  let file;
  if (i % 100 === 37) {
    file = note(i, BROKEN[Math.floor(i / 100) % BROKEN.length]);
    broken++;
  } else if (i % 50 === 11) {
    file = plain(i);
    plainCount++;
  } else {
    file = note(i, 'ok');
  }
  const data = Buffer.from(file[1], 'utf8');
  writeFileSync(join(folder, file[0]), data);
  bytes += data.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  `Wrote ${count} notes (${broken} broken, ${plainCount} without front-matter) to ${dir} in ${Math.ceil(count / PER_FOLDER)} folders: ` +
    `${bytes} bytes (${(bytes / 1048576).toFixed(1)} MiB, ${count ? Math.round(bytes / count) : 0} B/note) in ${seconds.toFixed(1)} s.`,
);
