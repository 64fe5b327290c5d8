// Measures the timeline reader against the hand-labelled corpus (test/corpus/timelines.tsv):
// agreement within a day, how many phrases it did not understand (an honest fallback to the
// default span), and how many it got silently wrong (a confident date more than a day off).
// Usage: node scripts/timeline-accuracy.mjs [--verbose]
import * as esbuild from 'esbuild';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const out = 'out/bench/timeline.cjs';
mkdirSync('out/bench', { recursive: true });
await esbuild.build({ entryPoints: ['src/core/timeline/timeline.ts'], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
const { readTimeline } = createRequire(import.meta.url)(`../${out}`);

const verbose = process.argv.includes('--verbose');
const [header, ...rows] = readFileSync('test/corpus/timelines.tsv', 'utf8').trim().split('\n');
const columns = header.split('\t');
const DAY = 86_400_000;
const toDay = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const iso = (d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

const counts = { total: 0, agree: 0, exact: 0, notUnderstood: 0, silentlyWrong: 0, vagueLabels: 0, fallbacks: 0 };
for (const line of rows) {
  const row = Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v]));
  const [y, m, d] = row.interview.slice(0, 10).split('-').map(Number);
  const reading = readTimeline(row.phrase, { year: y, month: m, day: d }, { defaultDays: 14 });
  const got = iso(reading.followUp);
  const off = Math.abs(toDay(got) - toDay(row.followUp));
  counts.total++;
  if (row.kind === 'vague') counts.vagueLabels++;
  if (!reading.fromTimeline) counts.fallbacks++;
  let verdict;
  if (off <= 1) {
    counts.agree++;
    if (off === 0) counts.exact++;
    verdict = 'agree';
  } else if (!reading.fromTimeline) {
    counts.notUnderstood++;
    verdict = 'NOT UNDERSTOOD';
  } else {
    counts.silentlyWrong++;
    verdict = 'SILENTLY WRONG';
  }
  if (verdict !== 'agree' || verbose) {
    console.log(`#${row.id} ${verdict}: "${row.phrase}" (interview ${row.interview}) expected ${row.followUp} (${row.kind}), got ${got}\n    ${reading.explanation}`);
  }
}
const pct = (n) => `${((100 * n) / counts.total).toFixed(1)}%`;
console.log(`\n${counts.total} phrases (${counts.vagueLabels} labelled vague)`);
console.log(`agree within a day: ${counts.agree} (${pct(counts.agree)}), of which exact: ${counts.exact}`);
console.log(`not understood (fell back to the default, label had a date): ${counts.notUnderstood}`);
console.log(`silently wrong (a confident date more than a day off): ${counts.silentlyWrong}`);
console.log(`fell back to the default in all: ${counts.fallbacks}`);
