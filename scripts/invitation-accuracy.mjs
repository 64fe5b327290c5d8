// Measures how company and role are read from interview invitation titles, against the
// hand-labelled corpus (test/corpus/invitation-titles.tsv): exact agreement for company and role,
// a looser agreement (case, spaces and punctuation ignored), the ways a company goes wrong, and
// every miss.
// Usage: node scripts/invitation-accuracy.mjs [--verbose] [--me] [--show-held-out]
//   --verbose        print every row, not only the misses
//   --me             only the "with --me" pass (the candidate is the user: left out of the attendees, their name known)
//   --show-held-out  list the held-out rows' misses too (by default only their figures: they were kept out of view while the reader was written)
// The corpus's `split` column: `dev` rows were looked at while the reader was written, `held-out` rows were not.
import * as esbuild from 'esbuild';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The module under test and the function it exports: change these when company.ts moves. */
const MODULE = 'src/core/ics/company.ts';
const FUNCTION = 'guessCompany';
const CORPUS = 'test/corpus/invitation-titles.tsv';

const out = 'out/bench/invitation-company.cjs';
mkdirSync('out/bench', { recursive: true });
await esbuild.build({ entryPoints: [MODULE], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
const guess = createRequire(import.meta.url)(`../${out}`)[FUNCTION];
if (typeof guess !== 'function') throw new Error(`${MODULE} exports no function ${FUNCTION}`);

const verbose = process.argv.includes('--verbose');
const onlyMe = process.argv.includes('--me');
const showHeldOut = process.argv.includes('--show-held-out');
const [header, ...lines] = readFileSync(CORPUS, 'utf8').trim().split('\n');
const columns = header.split('\t');
const rows = lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v])));

/** Case, spaces and punctuation ignored: "Insightglobal" agrees with "Insight Global". */
const loose = (s) => (s ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const names = (s) => (s ? s.split(';').map((n) => n.trim()).filter(Boolean) : []);

/**
 * The invitation as readInvitation would pass it: the organizer (display name and an address at
 * its domain), the people the title names, and the candidate, who is an attendee unless the user
 * is known (--me, or the signature's address from the settings): then readInvitation leaves their
 * address out and passes their name as the user's. Only the organizer's domain is offered: the
 * corpus does not keep the attendees' addresses.
 */
function inputs(row, withMe) {
  const people = [];
  if (row.organizerName) people.push({ name: row.organizerName, ...(row.organizerDomain ? { email: `organizer@${row.organizerDomain}` } : {}) });
  for (const name of names(row.people)) people.push({ name });
  if (row.candidate && !withMe) people.push({ name: row.candidate });
  const self = withMe && row.candidate ? { names: [row.candidate] } : {};
  return { people, domains: row.organizerDomain ? [row.organizerDomain] : [], self };
}

function run(withMe, split) {
  const c = {
    total: 0, companyExact: 0, companyLoose: 0, roleExact: 0, roleLoose: 0, both: 0, missed: 0, invented: 0, wrong: 0,
    companyLabelled: 0, companyFound: 0, roleLabelled: 0, roleFound: 0, candidateInCompany: 0, otherPersonInCompany: 0, roleInvented: 0, roleMissed: 0,
  };
  const byForm = new Map();
  const byKind = new Map();
  const misses = [];
  for (const row of rows.filter((r) => !split || r.split === split)) {
    const { people, domains, self } = inputs(row, withMe);
    const got = guess(row.title, people, domains, self);
    const company = got.company ?? '';
    const role = got.role ?? '';
    const companyOk = company === row.company;
    const roleOk = role === row.role;
    c.total++;
    if (companyOk) c.companyExact++;
    if (loose(company) === loose(row.company)) c.companyLoose++;
    if (roleOk) c.roleExact++;
    if (loose(role) === loose(row.role)) c.roleLoose++;
    if (companyOk && roleOk) c.both++;
    if (row.company) {
      c.companyLabelled++;
      if (companyOk) c.companyFound++;
    }
    if (row.role) {
      c.roleLabelled++;
      if (roleOk) c.roleFound++;
    }
    if (!companyOk) {
      if (!company) c.missed++;
      else if (!row.company) c.invented++;
      else c.wrong++;
      // A person's name inside the company: the one failure a user sees in every draft.
      const holds = (name) => Boolean(name) && loose(company).includes(loose(name));
      if (company && holds(row.candidate)) c.candidateInCompany++;
      else if (company && [...names(row.people), row.organizerName].some(holds)) c.otherPersonInCompany++;
    }
    if (!roleOk && row.role && !role) c.roleMissed++;
    if (!roleOk && !row.role && role) c.roleInvented++;
    for (const [map, key] of [[byForm, row.form], [byKind, row.kind]]) {
      const t = map.get(key) ?? { n: 0, company: 0, role: 0 };
      t.n++;
      if (companyOk) t.company++;
      if (roleOk) t.role++;
      map.set(key, t);
    }
    if (!companyOk || !roleOk || verbose) misses.push({ row, company, role, companyOk, roleOk });
  }
  return { c, byForm, byKind, misses };
}

const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
const show = (v) => (v ? `"${v}"` : '(none)');

function report(title, { c, byForm, byKind, misses }, listMisses = true) {
  console.log(`\n=== ${title} ===`);
  for (const m of listMisses ? misses : []) {
    const mark = m.companyOk && m.roleOk ? 'ok  ' : 'MISS';
    console.log(`#${m.row.id} ${mark} ${JSON.stringify(m.row.title)}`);
    if (!m.companyOk || verbose) console.log(`    company: expected ${show(m.row.company)}, got ${show(m.company)}`);
    if (!m.roleOk || verbose) console.log(`    role:    expected ${show(m.row.role)}, got ${show(m.role)}`);
  }
  console.log(`\n${c.total} titles`);
  console.log(`company exact: ${c.companyExact} (${pct(c.companyExact, c.total)}); ignoring case, spaces and punctuation: ${c.companyLoose} (${pct(c.companyLoose, c.total)})`);
  console.log(`  on the ${c.companyLabelled} titles whose label names a company: ${c.companyFound} exact (${pct(c.companyFound, c.companyLabelled)})`);
  console.log(`  misses: ${c.missed} none given, ${c.invented} given where the label is empty, ${c.wrong} a different one`);
  console.log(`  the candidate's name inside the company: ${c.candidateInCompany}; an interviewer's or the organizer's name: ${c.otherPersonInCompany}`);
  console.log(`role exact: ${c.roleExact} (${pct(c.roleExact, c.total)}); ignoring case, spaces and punctuation: ${c.roleLoose} (${pct(c.roleLoose, c.total)})`);
  console.log(`  on the ${c.roleLabelled} titles whose label names a role: ${c.roleFound} exact (${pct(c.roleFound, c.roleLabelled)})`);
  console.log(`  misses: ${c.roleMissed} none given, ${c.roleInvented} given where the label is empty, ${c.total - c.roleExact - c.roleMissed - c.roleInvented} a different one`);
  console.log(`company and role both exact: ${c.both} (${pct(c.both, c.total)})`);
  const table = (label, map) => {
    console.log(`\nby ${label} (company exact / role exact / rows):`);
    for (const [key, t] of [...map].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))) console.log(`  ${key}: ${t.company} / ${t.role} / ${t.n}`);
  };
  table('kind', byKind);
  table('form', byForm);
}

for (const [split, label] of [['dev', 'rows looked at while writing the reader'], ['held-out', 'held-out rows']]) {
  const list = split === 'dev' || showHeldOut;
  if (!onlyMe) report(`${split} (${label}), without --me: the user unknown, the candidate among the attendees`, run(false, split), list);
  report(`${split} (${label}), with the user known (--me, or the signature's address): left out of the attendees, their name known`, run(true, split), list);
}
if (!onlyMe) report('all rows, without --me', run(false), false);
report('all rows, with the user known', run(true), false);
