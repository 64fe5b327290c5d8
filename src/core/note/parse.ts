// Parses one note safely: only a first line of exactly `---` opens front-matter, no engine
// that evaluates code is reachable, and YAML dates stay strings (frontMatterData.ts).
import { Lexer } from 'yaml';
import { frontMatterTooLong, loadFrontMatterYaml } from './yaml';
import { readSimpleYaml } from './fastYaml';
import { formatCalendarDate, isValidTimeZone, parseWallTime, resolveWallTime } from '../time/dates';
import { NoteText } from './noteText';
import { readSnoozes } from '../actions/snooze';
import { explainYamlError } from './yamlErrors';
import { isClosingStatus } from '../model/status';
import { MAX_TASKS_PER_NOTE, readTasks } from './tasks';
import { readTimeline } from '../timeline/timeline';
import { DEFAULT_RULE_SETTINGS, type DoneValue, type Interviewer, type Note, type Problem, type RuleSettings } from '../model/types';


export type ParseResult =
  | { kind: 'note'; note: Note; problems: Problem[] }
  | { kind: 'broken'; problems: Problem[] }
  | { kind: 'ignored' };

const DATE_OR_DATETIME = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

// A top-level key at the start of a line: `key:`, `"key":` or `'key':`, the colon followed by
// a space, a tab or the end of the line (`card:x` is a plain scalar, not the key `card`).
const KEY = /^(["']?)([A-Za-z_][\w-]*)\1[ \t]*:(?=[ \t\r]|$)/;

/** 1-based file line of each top-level key, and of the list items under `interviewers:`. */
function scanKeyLines(frontMatter: string): { keys: Record<string, number>; interviewerLines: number[] } {
  const keys: Record<string, number> = {};
  const interviewerLines: number[] = [];
  let current = '';
  // frontMatter starts on file line 2. One pass over the lines; only a line's first characters are looked at.
  for (let start = 0, line = 2; start < frontMatter.length; line++) {
    const nl = frontMatter.indexOf('\n', start);
    const end = nl < 0 ? frontMatter.length : nl;
    const first = frontMatter.charCodeAt(start);
    if (first === 32 || first === 9) {
      if (current === 'interviewers') {
        let i = start;
        while (frontMatter.charCodeAt(i) === 32 || frontMatter.charCodeAt(i) === 9) i++;
        if (frontMatter.charCodeAt(i) === 45 /* - */) interviewerLines.push(line);
      }
    } else if (first !== 35 /* # */ && first !== 10 && first !== 13) {
      const m = KEY.exec(frontMatter.slice(start, Math.min(end, start + 200)));
      if (m) {
        current = m[2]!;
        if (!(current in keys)) keys[current] = line;
      }
    }
    start = end + 1;
  }
  return { keys, interviewerLines };
}

// More aliases than this is refused, as the editor's YAML library (`yaml`) refuses it: no
// interview note needs them, and nested aliases are how a "billion laughs" note is built.
const MAX_ALIASES = 100;

/** How many alias nodes (`*name`) the YAML holds; the lexer runs only when there are enough `*` to matter. */
function aliasCount(yamlText: string): number {
  let stars = 0;
  for (let i = yamlText.indexOf('*'); i >= 0 && stars <= MAX_ALIASES; i = yamlText.indexOf('*', i + 1)) stars++;
  if (stars <= MAX_ALIASES) return 0;
  let aliases = 0;
  for (const token of new Lexer().lex(yamlText)) if (token.charCodeAt(0) === 42 /* * */) aliases++;
  return aliases;
}

/**
 * YAML 1.1 booleans (yes/no, on/off, y/n) are plain strings in the YAML 1.2 schema used here;
 * people still write them, so `card: yes` means true.
 */
function yaml11Boolean(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'yes' || v === 'y' || v === 'on') return true;
  if (v === 'no' || v === 'n' || v === 'off') return false;
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * `readSimple` answers plain front-matter without js-yaml (undefined: use the full reader);
 * tests pass `() => undefined` to force the full reader and compare.
 */
export function parseNote(
  input: string | NoteText, file: string, settings: RuleSettings = DEFAULT_RULE_SETTINGS,
  readSimple: (yaml: string) => Record<string, unknown> | undefined = readSimpleYaml,
): ParseResult {
  const model = typeof input === 'string' ? new NoteText(input) : input;
  const source = model.text;
  const problems: Problem[] = [];
  const problem = (line: number, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line, message, severity });

  const bounds = model.frontMatter;
  if (!bounds) {
    const firstLine = source.slice(0, source.indexOf('\n') >>> 0).replace(/^\uFEFF/, '').replace(/\r$/, '');
    // Any other fence-like opener (`---js`, `---yaml`, `--- x`) is refused and reported; nothing is evaluated.
    if (firstLine.startsWith('---') && !/^-{4,}\s*$/.test(firstLine) && firstLine !== '---') {
      problem(1, `Front-matter must open with a line of exactly "---" (found "${firstLine.slice(0, 40)}"); it was not read`);
      return { kind: 'broken', problems };
    }
    if (firstLine === '---' && /^(company|interview)\s*:/m.test(source)) {
      problem(1, 'The front-matter opened by "---" on line 1 has no closing "---" line');
      return { kind: 'broken', problems };
    }
    return { kind: 'ignored' };
  }

  // The exact block between the fences, read the one way the editor checks its edits against.
  const yamlText = source.slice(bounds.contentStart, bounds.contentEnd);
  const tooLong = frontMatterTooLong(yamlText);
  if (tooLong) {
    problem(1, `${tooLong}; it was not read`);
    return { kind: 'broken', problems };
  }
  const aliases = aliasCount(yamlText);
  if (aliases > MAX_ALIASES) {
    problem(2, `The front-matter uses ${aliases} YAML aliases (*name), more than the ${MAX_ALIASES} allowed; it was not read`);
    return { kind: 'broken', problems };
  }
  const loaded = loadFrontMatterYaml(yamlText, readSimple);
  if (!loaded.ok) {
    // In plain words, with the likely fix (yamlErrors.ts); the block starts on file line 2.
    const explained = explainYamlError(loaded.message, yamlText.split(/\r?\n/), loaded.line);
    problem(explained.line + 2, `Invalid YAML front-matter: ${explained.message}`);
    return { kind: 'broken', problems };
  }
  const data = loaded.data as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { kind: 'ignored' };
  if (!('company' in data) && !('interview' in data)) return { kind: 'ignored' };

  const { keys, interviewerLines } = scanKeyLines(yamlText);
  const frontMatterEndLine = bounds.closeLine;
  const lineOf = (key: string) => keys[key] ?? 1;

  const company = text(data.company);
  if (!company) problem(lineOf('company'), '"company" is required: the company\'s name');

  let interview: Note['interview'] | undefined;
  const interviewText = text(data.interview);
  if (!interviewText) problem(lineOf('interview'), '"interview" is required: YYYY-MM-DD HH:mm (24 h) or YYYY-MM-DD');
  else {
    const t = parseWallTime(interviewText);
    if ('error' in t) problem(lineOf('interview'), `"interview": ${t.error}`);
    else interview = t;
  }

  let timezone: string | undefined;
  if (data.timezone !== undefined && data.timezone !== null) {
    const zone = text(data.timezone);
    if (!zone || !isValidTimeZone(zone)) problem(lineOf('timezone'), `"timezone": "${String(data.timezone)}" is not an IANA time zone such as Europe/Berlin`);
    else timezone = zone;
  }

  let durationMinutes = 60;
  if (data.duration !== undefined && data.duration !== null) {
    const n = Number(data.duration);
    if (!Number.isFinite(n) || n <= 0 || n > 24 * 60) problem(lineOf('duration'), '"duration" must be a number of minutes (default 60)', 'warning');
    else durationMinutes = n;
  }

  const interviewers: Interviewer[] = [];
  const rawInterviewers = data.interviewers;
  if (typeof rawInterviewers === 'string') {
    // "interviewers: Jane Doe, Raj Patel" written on one line: read it as that list of names.
    for (const name of rawInterviewers.split(/[,;]|\sand\s/)) if (name.trim()) interviewers.push({ name: name.trim(), line: lineOf('interviewers') });
  } else if (rawInterviewers !== undefined && rawInterviewers !== null) {
    if (!Array.isArray(rawInterviewers)) {
      problem(lineOf('interviewers'), '"interviewers" must be a list of names or {name, title, email, phone}', 'warning');
    } else {
      rawInterviewers.forEach((item: unknown, i) => {
        const line = interviewerLines[i] ?? lineOf('interviewers');
        if (typeof item === 'string' && item.trim()) return interviewers.push({ name: item.trim(), line });
        const o = item as Record<string, unknown> | null;
        const name = o && typeof o === 'object' ? text(o.name) : undefined;
        if (!o || !name) return problem(line, `Interviewer ${i + 1} has no name`, 'warning');
        const entry: Interviewer = { name, line };
        const title = text(o.title), email = text(o.email), phone = text(o.phone);
        if (title) entry.title = title;
        if (email) entry.email = email;
        if (phone) entry.phone = phone;
        interviewers.push(entry);
      });
    }
  }

  const done = (key: string): DoneValue => {
    const v = data[key];
    if (v === undefined || v === null || v === false || v === '' || yaml11Boolean(v) === false) return undefined;
    if (v === true || yaml11Boolean(v) === true) return true;
    const s = text(v);
    if (s && DATE_OR_DATETIME.test(s)) {
      const t = parseWallTime(s.slice(0, 10));
      if ('error' in t) problem(lineOf(key), `"${key}": ${t.error}; taken as done`, 'warning');
      return s;
    }
    problem(lineOf(key), `"${key}" should be a date (YYYY-MM-DD), a date and time, or true; taken as done`, 'warning');
    return s ?? true;
  };
  const thankYou = done('thankYou');
  const cardMailed = done('cardMailed');
  const followUp = done('followUp');
  const heardBack = done('heardBack');

  const card = data.card === true || yaml11Boolean(data.card) === true;
  if (data.card !== undefined && data.card !== null && typeof data.card !== 'boolean' && yaml11Boolean(data.card) === undefined) {
    problem(lineOf('card'), '"card" should be true or false', 'warning');
  }

  const timeline = text(data.timeline);
  if (timeline && interview) {
    const reading = readTimeline(timeline, interview, { defaultDays: settings.followUpDefaultDays, holidays: settings.holidays });
    if (!reading.fromTimeline) problem(lineOf('timeline'), reading.explanation, 'warning');
  }

  const status = text(data.status);
  const closed = isClosingStatus(status);
  const snoozed = readSnoozes(data as Record<string, unknown>, (key, message) => problem(lineOf(key), message, 'warning'));

  if (!company || !interview || problems.some((p) => p.severity === 'error')) return { kind: 'broken', problems };

  const read = readTasks(model, MAX_TASKS_PER_NOTE);
  if (read.untracked) {
    problem(read.untracked.line, `Only the first ${MAX_TASKS_PER_NOTE.toLocaleString('en-US')} dated tasks of a note are tracked; the ${read.untracked.count.toLocaleString('en-US')} open tasks from here on are not. Move them into another note`, 'warning');
  }
  const resolved = resolveWallTime(interview, timezone);
  if (resolved.skippedTo) {
    const t = resolved.skippedTo;
    problem(lineOf('interview'), `"interview": ${String(interview.hour).padStart(2, '0')}:${String(interview.minute).padStart(2, '0')} does not exist on ${formatCalendarDate(interview)} in ${timezone ?? 'your time zone'} (the clocks moved forward); taken as ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`, 'info');
  }
  const start = resolved.instant;
  const end = new Date(start.getTime() + durationMinutes * 60000);
  const note: Note = {
    file, company, interview, durationMinutes, start, end, interviewers,
    thankYou, cardMailed, followUp, card, closed,
    tasks: read.tasks,
    keyLines: keys,
    frontMatterEndLine,
  };
  const role = text(data.role);
  if (role) note.role = role;
  if (timezone) note.timezone = timezone;
  if (timeline) note.timeline = timeline;
  if (status) note.status = status;
  if (heardBack !== undefined) note.heardBack = heardBack;
  if (Object.keys(snoozed).length > 0) note.snoozed = snoozed;
  return { kind: 'note', note, problems };
}
