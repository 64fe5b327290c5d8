// What each chart shows, from the figures: labels, values, a one-sentence summary (the canvas's
// accessible name) and the rows of the table behind it. No DOM here, so unit tests run it.
import type { Stats } from '../core/views/stats';

export interface ChartSpec {
  id: string;
  title: string;
  kind: 'bar' | 'doughnut';
  labels: string[];
  values: number[];
  summary: string;
  columns: string[];
  rows: (string | number)[][];
  /** VS Code theme colour variables, one per label; none = the first series colour for all. */
  colors?: string[];
}

function pairs(labels: string[], values: number[]): (string | number)[][] {
  return labels.map((l, i) => [l, values[i]!]);
}

function spec(id: string, title: string, kind: ChartSpec['kind'], columns: string[], labels: string[], values: number[], summary: string): ChartSpec {
  return { id, title, kind, labels, values, summary, columns, rows: pairs(labels, values) };
}

export function chartSpecs(s: Stats): ChartSpec[] {
  const weeks = s.charts.perWeek;
  const busiest = weeks.reduce((best, w) => (w.count > (best?.count ?? 0) ? w : best), undefined as (typeof weeks)[number] | undefined);
  const answers = s.charts.timeToAnswer;
  const t = s.thankYou;
  const undated = t.sent - t.onTime - t.late;
  const thankYouLabels = ['on time', 'late', 'sent, no date', 'pending'];
  const results = Object.entries(s.charts.followUpResults);
  const outcomes = Object.entries(s.outcomes) as [string, number][];
  const thankYouChart = spec('thankYou', 'Thank-yous: within the deadline or late', 'doughnut', ['Thank-you', 'Notes'], thankYouLabels, [t.onTime, t.late, undated, t.pending],
    `${t.onTime} on time, ${t.late} late, ${undated} sent without a date, ${t.pending} still to send.`);
  thankYouChart.colors = ['--vscode-charts-green', '--vscode-charts-red', '--vscode-charts-blue', '--vscode-charts-yellow'];
  const outcomeChart = spec('outcomes', 'Outcomes', 'bar', ['Outcome', 'Interviews'], outcomes.map(([k]) => k), outcomes.map(([, n]) => n),
    `${outcomes.map(([k, n]) => `${n} ${k}`).join(', ')}; ${s.open} still open.`);
  outcomeChart.colors = ['--vscode-charts-green', '--vscode-charts-red', '--vscode-charts-purple', '--vscode-charts-orange'];
  return [
    spec('perWeek', 'Interviews per week', 'bar', ['Week of', 'Interviews'], weeks.map((w) => w.week), weeks.map((w) => w.count),
      weeks.length ? `${s.interviews} interviews over ${weeks.length} weeks; the busiest, week of ${busiest?.week}, had ${busiest?.count}.` : 'No interviews yet.'),
    spec('timeToAnswer', 'Days from interview to an answer', 'bar', ['Company', 'Days'], answers.map((a) => a.company), answers.map((a) => a.days),
      answers.length ? `${answers.length} answers recorded; median ${s.charts.medianDaysToAnswer} days.` : 'No answers recorded yet (heardBack: in a note).'),
    thankYouChart,
    spec('followUp', 'Follow-ups sent and what came of them', 'bar', ['Result', 'Follow-ups'], results.map(([k]) => k), results.map(([, n]) => n),
      s.followUp.sent ? `${s.followUp.sent} follow-ups sent: ${results.map(([k, n]) => `${n} ${k}`).join(', ')}; ${s.followUp.pending} still to send.` : `No follow-up sent yet; ${s.followUp.pending} to send.`),
    outcomeChart,
  ];
}

