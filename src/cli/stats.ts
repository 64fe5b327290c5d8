// `interview-followup stats`: the figures of the whole search (src/core/stats.ts) as text, or as
// JSON with the shape documented in README.md.
import { computeStats, NO_STATUS, type Stats } from '../core/views/stats';
import { folderOf, nowOf, parseArgs, RULE_FLAGS, ruleSettingsOf, type Print } from './args';
import { notesInFolder } from './folder';

function list(record: Record<string, number>): string {
  const entries = Object.entries(record);
  return entries.length ? entries.map(([k, n]) => `${k} ${n}`).join(', ') : '-';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function statsText(s: Stats, folder: string): string[] {
  const t = s.thankYou;
  const undated = t.sent - t.onTime - t.late;
  const lines = [
    `${plural(s.interviews, 'interview')} in ${folder}: ${s.open} open, ${s.closed} closed`,
    `By status:   ${list(s.byStatus)}`.replace(NO_STATUS, 'no status'),
    `Thank-yous:  ${t.sent} sent (${t.onTime} on time, ${t.late} late${undated ? `, ${undated} without a date` : ''}), ${t.pending} pending`,
    `Follow-ups:  ${s.followUp.sent} sent, ${s.followUp.pending} pending; what came of them: ${list(s.charts.followUpResults)}`,
    `Cards:       ${s.cards.mailed} mailed, ${s.cards.pending} pending`,
    `Outcomes:    ${s.outcomes.offer} offer, ${s.outcomes.rejected} rejected, ${s.outcomes.withdrawn} withdrawn, ${s.outcomes.closed} closed`,
  ];
  const answers = s.charts.timeToAnswer;
  lines.push(answers.length
    ? `Answers:     median ${s.charts.medianDaysToAnswer} d after the interview (${answers.map((a) => `${a.company} ${a.days} d`).join(', ')})`
    : 'Answers:     none recorded (heardBack: in a note)');
  if (s.charts.perWeek.length) {
    lines.push('Interviews per week (from Monday):');
    for (const w of s.charts.perWeek) lines.push(`  ${w.week}  ${String(w.count).padStart(3)}  ${'#'.repeat(Math.min(w.count, 60))}`);
  }
  if (s.problems.length) {
    lines.push('', `${plural(s.problems.length, 'problem')} (those notes are not counted):`);
    for (const p of s.problems) lines.push(`  ${p.file}:${p.line}: ${p.message}`);
  }
  return lines;
}

export async function stats(argv: string[], out: Print): Promise<number> {
  // --no-cache is accepted for symmetry with `due`: stats needs every note, so it always reads them.
  const { positional, flags } = parseArgs(argv, ['now', ...RULE_FLAGS], ['json', 'no-cache']);
  const folder = folderOf(positional, 'stats');
  const now = nowOf(flags);
  const settings = ruleSettingsOf(flags);
  const { notes, problems } = await notesInFolder(folder, settings, now);
  const s = computeStats(notes, problems, now, settings);
  if (flags.has('json')) out(JSON.stringify(s));
  else for (const line of statsText(s, folder)) out(line);
  return 0;
}
