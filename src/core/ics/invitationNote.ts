// An invitation as a new note, and an updated invitation as small edits to the note it made
// (found by its `invitationUid:`). Updates use the one-value writes of frontmatterEdit.ts and
// add missing interviewers as new list items; nothing the user wrote is rewritten or removed.
import { isMap, isScalar, isSeq } from 'yaml';
import { formatCalendarDate } from '../time/calendar';
import { applyEdit, setFrontMatterValue, type EditResult } from '../edits/frontMatterEdit';
import { noteData, readNoteYaml } from '../note/yaml';
import { interviewerLines, type NewNoteInput } from '../edits/newNote';
import type { WallTime } from '../model/types';
import { MAX_INVITED, oneLine, type InvitationEvent, type InvitationPerson } from './invitation';
import { KEYS } from '../model/kinds';


const pad = (n: number) => String(n).padStart(2, '0');

function formatInterview(start: WallTime, dateOnly: boolean): string {
  return `${formatCalendarDate(start)}${dateOnly ? '' : ` ${pad(start.hour)}:${pad(start.minute)}`}`;
}

function personText(p: InvitationPerson): string {
  return oneLine(p.email ? `${p.name} <${p.email}>` : p.name);
}

/**
 * The "## Invitation" lines of a new note: where to join, where, and how the time was read. Every
 * value from the invitation is one line (oneLine), so none can add a heading or a task.
 */
function invitationBody(inv: InvitationEvent): string[] {
  const lines = ['## Invitation', ''];
  const item = (label: string, value: string) => lines.push(`- ${label}: ${oneLine(value)}`);
  if (inv.joinUrl) item('Join', inv.joinUrl);
  if (inv.location) item('Location', inv.location);
  if (inv.rooms.length) item('Room', inv.rooms.join(', '));
  const organizer = inv.people.find((p) => p.organizer);
  if (organizer) item('Organizer', personText(organizer));
  if (inv.notListed) item('Also invited', `${inv.notListed.toLocaleString('en-US')} more people, not listed (a note lists at most ${MAX_INVITED})`);
  if (inv.recurrence) item('Recurring', `${inv.recurrence}, ${formatInterview(inv.start, inv.allDay)}`);
  if (inv.allDay) item('All day', 'the invitation gives no time of day; the note assumes 09:00.');
  if (inv.timeNote) item('Time', inv.timeNote);
  if (inv.summary) item('Title', inv.summary);
  return lines;
}

/** What newNoteText needs for an invitation; `company` is the (confirmed) company. */
export function invitationNoteInput(inv: InvitationEvent, company: string): NewNoteInput {
  const input: NewNoteInput = {
    company,
    interview: inv.start,
    interviewers: inv.people.map((p) => (p.email ? { name: p.name, email: p.email } : p.name)),
    invitationUid: inv.uid,
    bodyLines: invitationBody(inv),
  };
  if (inv.role) input.role = inv.role;
  if (inv.zone) input.timezone = inv.zone;
  if (inv.durationMinutes) input.durationMinutes = inv.durationMinutes;
  if (inv.allDay) input.dateOnly = true;
  return input;
}

/** The invitation UID a note came from, if any. */
export function invitationUidOf(text: string): string | undefined {
  if (!text.includes(KEYS.invitationUid)) return undefined; // cheap: most notes never came from an invitation
  const uid = noteData(text)?.[KEYS.invitationUid];
  return typeof uid === 'string' || typeof uid === 'number' ? String(uid) : undefined;
}

/** Names and emails (lower-case) of the interviewers already in a note. */
function presentPeople(data: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  const list = Array.isArray(data.interviewers) ? data.interviewers : typeof data.interviewers === 'string' ? data.interviewers.split(',') : [];
  for (const item of list as unknown[]) {
    if (typeof item === 'string') out.add(item.trim().toLowerCase());
    else if (item && typeof item === 'object') {
      const { name, email } = item as { name?: unknown; email?: unknown };
      if (typeof name === 'string') out.add(name.trim().toLowerCase());
      if (typeof email === 'string') out.add(email.trim().toLowerCase());
    }
  }
  return out;
}

/**
 * The edit that appends people to the `interviewers` block list (or turns `interviewers: []`
 * or an empty value into one), keeping every other byte; refused for other shapes.
 */
export function addInterviewersEdit(text: string, people: InvitationPerson[]): EditResult {
  const found = readNoteYaml(text, { document: true });
  if (!found) return { ok: false, message: 'No front-matter.' };
  const { bounds: fm, read } = found;
  const base = fm.contentStart;
  const doc = read.ok ? read.document : undefined;
  if (!doc || !isMap(doc.contents)) return { ok: false, message: 'The front-matter is not valid YAML.' };
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'interviewers');
  const render = (indent: string) => people.map((p) => interviewerLines(p.email ? { name: p.name, email: p.email } : p.name)
    .map((l) => indent + l.slice(2) + fm.eol).join('')).join('');
  let edit;
  const node = pair?.value;
  if (!pair) {
    edit = { offset: fm.contentEnd, length: 0, text: `interviewers:${fm.eol}${render('  ')}` };
  } else if (isSeq(node) && !node.flow && node.items.length > 0) {
    const [start, end] = node.range!;
    const lineStart = text.lastIndexOf('\n', base + start - 1) + 1;
    const indent = text.slice(lineStart, base + start);
    if (!/^ *$/.test(indent)) return { ok: false, message: 'The interviewers list is not a block list.' };
    const nl = text.indexOf('\n', base + end - 1);
    edit = { offset: nl < 0 ? fm.contentEnd : nl + 1, length: 0, text: render(indent) };
  } else if ((isSeq(node) && node.flow && node.items.length === 0) || (isScalar(node) && (node.value === null || node.value === ''))) {
    const colon = pair.srcToken && 'sep' in pair.srcToken ? pair.srcToken.sep?.find((t) => t.type === 'map-value-ind') : undefined;
    if (!colon) return { ok: false, message: 'Cannot find the ":" after interviewers.' };
    const [start, end] = node.range!;
    const from = base + colon.offset + 1;
    const to = start < end ? base + end : from;
    edit = { offset: from, length: to - from, text: fm.eol + render('  ').slice(0, -fm.eol.length) };
  } else {
    return { ok: false, message: 'interviewers is not a list of names; add the new people by hand.' };
  }
  // Never guess: the result must hold the old data plus exactly these people.
  const before = noteData(text) ?? {};
  const after = noteData(applyEdit(text, edit));
  const oldList = Array.isArray(before.interviewers) ? before.interviewers : [];
  const expected = JSON.stringify({ ...before, interviewers: [...oldList, ...people.map((p) => (p.email ? { name: p.name, email: p.email } : { name: p.name, email: null }))] });
  if (!after || JSON.stringify(after) !== expected) return { ok: false, message: 'Adding interviewers here would change more than the list; add them by hand.' };
  return { ok: true, edit };
}

interface NoteUpdate {
  text: string;
  /** What changed, one line each ("interview: 2026-12-01 10:00 -> 2026-12-02 11:00"). */
  changes: string[];
  /** What the update says but was not written (with why). */
  notes: string[];
}

/** Brings a note made from an invitation up to date with a newer version of that invitation. */
export function updateNoteFromInvitation(text: string, inv: InvitationEvent, userZone: string): NoteUpdate {
  const data = noteData(text) ?? {};
  const changes: string[] = [];
  const notes: string[] = [];
  let current = text;
  const set = (key: string, value: string | number, shown: string) => {
    const old = data[key];
    if (old !== undefined && old !== null && String(old) === String(value)) return;
    const result = setFrontMatterValue(current, key, value);
    if (!result.ok) {
      notes.push(`${key} not updated (${result.message}); the invitation says ${shown}`);
      return;
    }
    current = applyEdit(current, result.edit);
    changes.push(`${key}: ${old === undefined || old === null || old === '' ? '(none)' : String(old)} -> ${shown}`);
  };
  set('interview', formatInterview(inv.start, inv.allDay), formatInterview(inv.start, inv.allDay));
  // The wall time is in inv.zone, or in the user's zone: a note that had another zone must say so.
  if (inv.zone) set('timezone', inv.zone, inv.zone);
  else if (data.timezone) set('timezone', userZone, userZone);
  if (inv.durationMinutes) set('duration', inv.durationMinutes, String(inv.durationMinutes));

  const present = presentPeople(data);
  const listed = Array.isArray(data.interviewers) ? data.interviewers.length : 0;
  const newcomers = inv.people.filter((p) => !present.has(p.name.toLowerCase()) && !(p.email && present.has(p.email.toLowerCase())));
  // The front-matter lists at most MAX_INVITED people: a note is read in one piece, and its size is bounded.
  const added = newcomers.slice(0, Math.max(0, MAX_INVITED - listed));
  if (newcomers.length > added.length) notes.push(`${newcomers.length - added.length} more people are invited and not added (a note lists at most ${MAX_INVITED})`);
  if (added.length) {
    const result = addInterviewersEdit(current, added);
    if (result.ok) {
      current = applyEdit(current, result.edit);
      changes.push(`interviewers: added ${added.map(personText).join(', ')}`);
    } else notes.push(`new interviewers not added (${result.message}): ${added.map(personText).join(', ')}`);
  }
  const invited = new Set(inv.people.flatMap((p) => [p.name.toLowerCase(), ...(p.email ? [p.email.toLowerCase()] : [])]));
  const gone = [...presentPeople(data)].filter((k) => k.includes('@') && !invited.has(k));
  if (gone.length) notes.push(`no longer in the invitation (left in the note): ${gone.join(', ')}`);
  if (inv.joinUrl && !current.includes(inv.joinUrl)) notes.push(`the join link is now ${inv.joinUrl}`);
  return { text: current, changes, notes };
}

/** The edit that closes a note whose invitation was cancelled. */
export function closeCancelledEdit(text: string): EditResult {
  return setFrontMatterValue(text, KEYS.status, 'closed');
}
