// Parses one note safely: only a first line of exactly `---` opens front-matter, no engine
// that evaluates code is reachable, and YAML dates stay strings (yaml.ts reads the block).
import { formatCalendarDate } from '../time/calendar';
import { isValidTimeZone, parseWallTime, resolveWallTime } from '../time/dates';
import { NoteText } from './noteText';
import { explainYamlFailure } from './yamlErrors';
import { isClosingStatus } from '../model/status';
import { KEYS } from '../model/kinds';
import { MAX_TASKS_PER_NOTE, readTasks } from './tasks';
import { readTimeline } from '../timeline/timeline';
import { readDoneValue, readSnoozes, textValue as text, yesNo } from './values';
import { mailSubjectOf } from './mailEvidence';
import { frontMatterTooLong, keyLines, readYaml, type ReadYamlOptions } from './yaml';
import { DEFAULT_RULE_SETTINGS, type DoneValue, type Interviewer, type Note, type Problem, type RuleSettings } from '../model/types';


export type ParseResult =
  | { kind: 'note'; note: Note; problems: Problem[] }
  | { kind: 'broken'; problems: Problem[] }
  | { kind: 'ignored' };

/** `readSimple` (yaml.ts): tests pass `() => undefined` to force the full reader and compare. */
export function parseNote(
  input: string | NoteText, file: string, settings: RuleSettings = DEFAULT_RULE_SETTINGS,
  readSimple?: ReadYamlOptions['readSimple'],
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
  const loaded = readYaml(yamlText, readSimple ? { readSimple } : {});
  if (!loaded.ok) {
    if (loaded.code === 'TOO_LONG') problem(1, `${frontMatterTooLong(yamlText)}; it was not read`);
    else {
      // In plain words, with the likely fix (yamlErrors.ts); the block starts on file line 2.
      const explained = explainYamlFailure(loaded, yamlText);
      if (loaded.code === 'TOO_MANY_ALIASES') problem(2, `${explained.message[0]!.toUpperCase()}${explained.message.slice(1)}; it was not read`);
      else problem(explained.line + 2, `Invalid YAML front-matter: ${explained.message}`);
    }
    return { kind: 'broken', problems };
  }
  const data = loaded.data as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { kind: 'ignored' };
  if (!('company' in data) && !('interview' in data)) return { kind: 'ignored' };

  const { keys, interviewerLines } = keyLines(yamlText);
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
    const read = readDoneValue(data[key]);
    if (read.problem) problem(lineOf(key), `"${key}"${read.problem.startsWith('should') ? ' ' : ': '}${read.problem}`, 'warning');
    return read.value;
  };
  const thankYou = done(KEYS.thankYou);
  const cardMailed = done(KEYS.cardMailed);
  const followUp = done(KEYS.followUp);
  const heardBack = done(KEYS.heardBack);

  const card = data.card === true || yesNo(data.card) === true;
  if (data.card !== undefined && data.card !== null && typeof data.card !== 'boolean' && yesNo(data.card) === undefined) {
    problem(lineOf('card'), '"card" should be true or false', 'warning');
  }

  const timeline = text(data.timeline);
  if (timeline && interview) {
    const reading = readTimeline(timeline, interview, { defaultDays: settings.followUpDefaultDays, holidays: settings.holidays });
    // A vague timeline ("we'll be in touch soon") is a normal thing to be told: information, the
    // default is used. Time words that were not understood ("3 wks") are worth fixing: a warning.
    if (!reading.fromTimeline) problem(lineOf('timeline'), reading.explanation, reading.ignored.length > 0 ? 'warning' : 'info');
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
  if (heardBack !== undefined) {
    note.heardBack = heardBack;
    // Its line, for the comment a mailbox check wrote there: read only when the value is set.
    const line = keys[KEYS.heardBack];
    const subject = line === undefined ? undefined : mailSubjectOf(model.lines[line - 1] ?? '');
    if (subject) note.heardBackSubject = subject;
  }
  if (Object.keys(snoozed).length > 0) note.snoozed = snoozed;
  return { kind: 'note', note, problems };
}
