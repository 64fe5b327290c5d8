// The figures of the whole job search, from parsed notes: what `interview-followup stats` prints
// and the pipeline panel charts. Pure: the same notes, problems, `now` and settings always give
// the same figures. Calendar arithmetic is done on day numbers (no time zone can shift a date).
import { followUpOwed, thankYouDue } from '../actions/rules';
import { doneDate } from '../note/values';
import { hasAnswered, normalStatus, statusInfo } from '../model/status';
import { dayNumber, formatCalendarDate, fromDayNumber, mondayOf } from '../time/calendar';
import { localDayOf } from '../time/dates';
import type { Note, Problem, RuleSettings } from '../model/types';
const MAX_WEEKS = 104;

interface WeekCount {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  count: number;
}

interface AnswerTime {
  file: string;
  company: string;
  /** Calendar days from the interview's date to `heardBack`'s. */
  days: number;
}

export interface Stats {
  interviews: number;
  open: number;
  closed: number;
  byStatus: Record<string, number>;
  /** sent = onTime + late + sent without a date (`thankYou: true`). */
  thankYou: { sent: number; onTime: number; late: number; pending: number };
  followUp: { sent: number; pending: number };
  cards: { mailed: number; pending: number };
  outcomes: { offer: number; rejected: number; withdrawn: number; closed: number };
  problems: { file: string; line: number; message: string }[];
  charts: {
    /** Every week from the first interview's to the last one's, empty weeks included (only the
     * weeks with interviews when that spans more than MAX_WEEKS). */
    perWeek: WeekCount[];
    /** Notes whose `heardBack` has a date (not before the interview), fastest answer first. */
    timeToAnswer: AnswerTime[];
    /** Median of timeToAnswer's days; null when none. */
    medianDaysToAnswer: number | null;
    /** Notes with a follow-up sent, by what came of them: their status once answered or closed, else "no answer yet". */
    followUpResults: Record<string, number>;
  };
}

export const NO_STATUS = '(none)';
const NO_ANSWER = 'no answer yet';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Counts by a word from the notes (a status): a Map, so "constructor" or "__proto__" is a word like any other. */
function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function computeStats(notes: readonly Note[], problems: readonly Problem[], now: Date, settings: RuleSettings): Stats {
  const t = now.getTime();
  const stats: Stats = {
    interviews: 0, open: 0, closed: 0, byStatus: {},
    thankYou: { sent: 0, onTime: 0, late: 0, pending: 0 },
    followUp: { sent: 0, pending: 0 },
    cards: { mailed: 0, pending: 0 },
    outcomes: { offer: 0, rejected: 0, withdrawn: 0, closed: 0 },
    problems: problems.map((p) => ({ file: p.file, line: p.line, message: p.message })),
    charts: { perWeek: [], timeToAnswer: [], medianDaysToAnswer: null, followUpResults: {} },
  };
  const weeks = new Map<number, number>();
  const byStatus = new Map<string, number>();
  const followUpResults = new Map<string, number>();

  for (const note of notes) {
    stats.interviews++;
    const status = normalStatus(note.status);
    bump(byStatus, status ?? NO_STATUS);
    if (note.closed) {
      stats.closed++;
      const closing = statusInfo(status);
      if (closing?.closes) stats.outcomes[closing.value as keyof Stats['outcomes']]++;
    } else stats.open++;
    // Pending means owed now: the interview is over and the note still open.
    const owed = note.end.getTime() <= t && !note.closed;

    if (note.thankYou !== undefined) {
      stats.thankYou.sent++;
      const sent = doneDate(note.thankYou);
      if (sent) {
        if (dayNumber(sent) <= dayNumber(localDayOf(thankYouDue(note, settings)))) stats.thankYou.onTime++;
        else stats.thankYou.late++;
      }
    } else if (owed) stats.thankYou.pending++;

    if (note.followUp !== undefined) {
      stats.followUp.sent++;
      bump(followUpResults, hasAnswered(note) || note.closed ? (status ?? 'answered') : NO_ANSWER);
    } else if (owed && followUpOwed(note)) stats.followUp.pending++;

    if (note.cardMailed !== undefined) stats.cards.mailed++;
    else if (note.card && owed) stats.cards.pending++;

    const day = dayNumber(note.interview);
    const monday = mondayOf(day);
    weeks.set(monday, (weeks.get(monday) ?? 0) + 1);

    const heard = doneDate(note.heardBack);
    if (heard && dayNumber(heard) >= day) {
      stats.charts.timeToAnswer.push({ file: note.file, company: note.company, days: dayNumber(heard) - day });
    }
  }

  if (weeks.size > 0) {
    const first = Math.min(...weeks.keys());
    const last = Math.max(...weeks.keys());
    const span = (last - first) / 7 + 1;
    const mondays = span <= MAX_WEEKS ? Array.from({ length: span }, (_, i) => first + 7 * i) : [...weeks.keys()].sort((a, b) => a - b);
    for (const w of mondays) stats.charts.perWeek.push({ week: formatCalendarDate(fromDayNumber(w)), count: weeks.get(w) ?? 0 });
  }
  // As plain objects for JSON, each word an own property (Object.fromEntries defines, never assigns).
  stats.byStatus = Object.fromEntries(byStatus);
  stats.charts.followUpResults = Object.fromEntries(followUpResults);
  stats.charts.medianDaysToAnswer = median(stats.charts.timeToAnswer.map((a) => a.days));
  stats.charts.timeToAnswer.sort((a, b) => a.days - b.days || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return stats;
}
