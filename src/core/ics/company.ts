// Company and role from an invitation's title, as people and scheduling tools write them:
// "Alex Rivera <> Globex (Senior Data Engineer)", "Interview for Backend Engineer position -
// Initech", "Initech Interview: Site Reliability Engineer", "[Hooli] Onsite loop - Product
// Manager", "Globex | Data Scientist | Round 2", "Frontend Developer interview at Initech",
// "Globex x Jordan Lee - Intro call", "Jordan Lee / Initech - Technical screen", "Technical
// Interview (Hooli) - Jordan Lee", "Initech: Video Interview with Priya Raman", "Engineering
// Interview between Globex Hiring and Tom Becker", "一面 · 美团 · 算法工程师". Else the organizer's or
// attendees' mail domain, when it is the company's own (never a mail, calendar, scheduling,
// job-board or applicant-tracking service, never the user's). A guess: the extension asks the user
// to confirm it. Measured against test/corpus/invitation-titles.tsv (docs/invitation-accuracy.md).
//
// How a title is read: it is cut into parts at separators (" - ", " | ", " · ", ": ", "_", …);
// each part is read for its own shape ("… at X", "… with X", "A <> B", "A and B", "X between A and
// B", "… for Role", "(X)"), which says what some pieces are; every other piece is sorted by its
// words: stage words only ("Phone Screen", "一面", "Round 2"), a person the invitation names, the
// user, a role (job words), or a company (a company word, the invitation's domain, an acronym),
// and what is left by position (company first, then role).

import { isServiceDomain, registrableLabel } from '../model/domains';

/** Job words: a piece holding one names a role. */
const ROLE_WORDS = new Set([
  'engineer', 'engineers', 'developer', 'developers', 'programmer', 'manager', 'designer', 'analyst', 'scientist', 'lead', 'director', 'intern',
  'internship', 'architect', 'consultant', 'specialist', 'coordinator', 'administrator', 'associate', 'officer', 'head', 'vp',
  'president', 'researcher', 'writer', 'editor', 'accountant', 'assistant', 'representative', 'technician', 'sre', 'devops',
  'qa', 'tester', 'testing', 'trainer', 'trainee', 'product', 'marketing', 'sales', 'backend', 'back-end', 'frontend',
  'front-end', 'fullstack', 'full-stack', 'stack', 'executive', 'nurse', 'teacher', 'operator', 'clerk', 'recruiter',
  'supervisor', 'advisor', 'strategist', 'owner', 'counsel', 'attorney', 'paralegal', 'physician', 'pharmacist',
  'разработчик', 'инженер', 'аналитик', 'менеджер', 'дизайнер', 'стажер', 'стажёр', 'тестировщик', 'руководитель',
]);
/** Job words written without spaces (Chinese postings). */
const ROLE_FRAGMENTS = ['工程师', '研究员', '研究', '算法', '实习', '开发', '设计师', '产品经理', '分析师', '测试', '评测'];
/** A role's last words that belong to the title only ("Marketing Manager Position"). */
const ROLE_TAILS = new Set(['position', 'role', 'opening', 'vacancy', 'job']);

/** Words of an interview's stage, mode or paperwork: a piece of these alone names no company and no role. */
const STAGE_WORDS = new Set([
  'interview', 'interviews', 'interviewing', 'invitation', 'invite', 'confirmation', 'confirmed', 'schedule', 'scheduled',
  'appointment', 'screen', 'screening', 'phone', 'video', 'zoom', 'teams', 'meet', 'call', 'meeting', 'chat', 'conversation',
  'discussion', 'interaction', 'session', 'round', 'rounds', 'first', 'second', 'third', 'fourth', 'final', 'initial', '1st',
  '2nd', '3rd', '4th', 'technical', 'tech', 'hr', 'onsite', 'on-site', 'loop', 'virtual', 'online', 'in-person', 'remote',
  'test', 'assessment', 'walk-in', 'live', 'preliminary', 'prime', 'intro', 'introductory', 'introduction', 'panel',
  'behavioral', 'behavioural', 'coding', 'vibe', 'code', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr',
  'hiring', 'candidate', 'external', 'ext', 'updated', 'new', 'event', 'l1', 'l2', 'l3', 'video-conference', 'conference',
  'follow-up', 'followup', 'debrief', 'the', 'a', 'an', 'for', 'of', 'and', 'with', 'at', 'to', 'your', 'you', 'wants',
  'day', 'entretien', 'entrevista', 'colloquio', 'vorstellungsgespräch', 'gespräch', 'intervista',
  'интервью', 'собеседование', 'звонок', 'встреча',
]);
/** Stage words written without spaces. */
const STAGE_FRAGMENTS = ['一面', '二面', '三面', '四面', '终面', 'HR面', '面试', '技术笔试', '笔试', '测评', 'AI测评'];

/** Words that end (or are) a company's name. */
const COMPANY_WORDS = new Set([
  'inc', 'inc.', 'llc', 'ltd', 'ltd.', 'limited', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'gmbh', 'ag', 'sa', 'plc',
  'pvt', 'technologies', 'technology', 'labs', 'lab', 'group', 'solutions', 'systems', 'software', 'global', 'internet',
  'health', 'healthcare', 'energy', 'bank', 'capital', 'partners', 'consulting', 'media', 'digital', 'networks',
  'university', 'institute', 'india', 'recruiters', 'recruiting', 'staffing', 'analytics',
]);
/** Capitals that are not a company's acronym: job, stage and subject words. */
const NOT_ACRONYMS = new Set(['ai', 'ml', 'it', 'ui', 'ux', 'qa', 'sre', 'hr', 'vp', 'cto', 'ceo', 'cfo', 'pm', 'rl', 'rag', 'llm', 'nlp', 'api']);
const COMPANY_FRAGMENTS = ['集团', '公司', '科技', '研究院', '软件', '银行'];

/** Instructions, not names: a piece starting with one of these is neither company nor role. */
const INSTRUCTION_WORDS = new Set(['check', 'please', 'join', 'click', 'see', 'read', 'bring', 'reply', 'confirm', 'dial', 'use']);

interface CompanyGuess {
  company?: string;
  role?: string;
}

/** Who the user is: never the company (their name, their mail domain). */
export interface Self {
  names?: readonly string[];
  domains?: readonly string[];
}

// Titles are cut at MAX_TITLE characters before anything runs: an invitation is untrusted text.
// Everything below is string scanning without nested quantifiers: linear in the title.
const MAX_TITLE = 300;

/** A piece of the title, and what its place in the title says it is. */
interface Piece {
  text: string;
  hint?: 'company' | 'role' | 'person';
}

const lower = (s: string) => s.toLowerCase();
const squash = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** w without the characters of `chars` at either end. */
function trimChars(w: string, chars: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && chars.includes(w[a]!)) a++;
  while (b > a && chars.includes(w[b - 1]!)) b--;
  return w.slice(a, b);
}

const WORD_CHAR = /[\p{L}\p{N}'-]/u;

/** Words of a piece: letters, digits and inner hyphens, dots and apostrophes; the rest separates. */
function wordsOf(s: string): string[] {
  return s.split(/[^\p{L}\p{N}.'&-]/u).map((w) => trimChars(w, "-.'")).filter(Boolean);
}

/** The last word of s (letters, digits, hyphens, apostrophes), scanned from the end. */
function lastWord(s: string): string | undefined {
  let a = s.length;
  while (a > 0 && WORD_CHAR.test(s[a - 1]!)) a--;
  return a < s.length ? s.slice(a) : undefined;
}

/** s without a trailing "+2" (more people, as a scheduling assistant writes). */
function withoutCount(s: string): string {
  const plus = s.lastIndexOf('+');
  return plus >= 0 && /^\d{1,4}$/.test(s.slice(plus + 1).trim()) ? s.slice(0, plus).trimEnd() : s;
}

/** s with outer spaces and dangling separators removed. */
function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  const edge = ' \t,;:&+-–—|·/_!?.';
  while (a < b && edge.includes(s[a]!)) a++;
  while (b > a && edge.includes(s[b - 1]!)) b--;
  // A trailing "." of an abbreviation ("Inc.") stays; "!" and "?" never do.
  return s.slice(a, b).trim();
}

/** A top-level cut of s at `sep` (never inside brackets). */
function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if ('([{（【'.includes(c)) depth++;
    else if (')]}）】'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && s.startsWith(sep, i)) {
      parts.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** The last (or first) place of `word` in s outside brackets, case ignored; -1 when none. */
function indexTop(s: string, word: string, last = true): number {
  const l = lower(s);
  let depth = 0;
  let found = -1;
  for (let i = 0; i < l.length; i++) {
    const c = l[i]!;
    if ('([{（【'.includes(c)) depth++;
    else if (')]}）】'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && l.startsWith(word, i)) {
      found = i;
      if (!last) return i;
    }
  }
  return found;
}

/** Separators between the parts of a title, strongest first; each is tried on every part. */
const SEPARATORS = [' || ', ' | ', '|', ' · ', '·', ' :: ', ' — ', ' – ', ' - ', ' -', '- ', ': ', ' : ', ' / '];

function isStageWord(w: string): boolean {
  const l = lower(w);
  return STAGE_WORDS.has(l) || /^\d+$/.test(l) || STAGE_FRAGMENTS.includes(w) || /^(round|l)\d+$/i.test(w);
}

/** Whether a piece is stage words only ("Virtual Round 1", "HR ROUND!", "一面", "Wants to Interview You"). */
function isStage(s: string): boolean {
  const words = wordsOf(s);
  return words.length > 0 && words.every(isStageWord);
}

/** s without stage words at either end ("ReadMe Interview!" → "ReadMe", "Campaign Manager Interview" → "Campaign Manager"). */
function stripStage(s: string): string {
  let text = trimEdges(s);
  for (let guard = 0; guard < 20; guard++) {
    const before = text;
    for (const f of STAGE_FRAGMENTS) {
      if (text.startsWith(f)) text = trimEdges(text.slice(f.length));
      if (text.endsWith(f) && text.length > f.length) text = trimEdges(text.slice(0, -f.length));
    }
    const first = /^[\p{L}\p{N}'-]+/u.exec(text)?.[0];
    if (first && isStageWord(first) && text.length > first.length) text = trimEdges(text.slice(first.length));
    const last = lastWord(text);
    if (last && isStageWord(last) && text.length > last.length) text = trimEdges(text.slice(0, -last.length));
    if (text === before) break;
  }
  return isStage(text) ? '' : text;
}

function hasRoleWord(s: string): boolean {
  // "研究院" (an institute) is a company's word, not "研究" (research).
  const text = COMPANY_FRAGMENTS.reduce((t, f) => t.split(f).join(' '), s);
  return wordsOf(s).some((w) => ROLE_WORDS.has(lower(w))) || ROLE_FRAGMENTS.some((f) => text.includes(f));
}

function hasCompanyWord(s: string): boolean {
  const words = wordsOf(s);
  return words.some((w) => COMPANY_WORDS.has(lower(w))) || COMPANY_FRAGMENTS.some((f) => s.includes(f))
    // An acronym of 2-5 capitals that is not a job word (KGL, BOSCH, DXC; not QA, SRE, HR).
    || words.some((w) => /^[A-Z]{2,5}$/.test(w) && !ROLE_WORDS.has(lower(w)) && !STAGE_WORDS.has(lower(w)) && !NOT_ACRONYMS.has(lower(w)));
}

/** A role as the title writes it, without "for", "position", a requisition number or a place. */
function cleanRole(s: string): string {
  let r = trimEdges(s);
  r = r.replace(/^(?:for|as|of)\s+/i, '');
  // "5581BR Academy Software Engineer": a requisition number before the title.
  r = r.replace(/^\d+[A-Z]{0,4}\s+(?=\p{L})/u, '');
  // "… in Mumbai (All Areas)": the place.
  const place = r.search(/ in \p{Lu}/u);
  if (place > 0) r = r.slice(0, place);
  const stripped = stripStage(r);
  r = stripped || r;
  let words = r.split(/\s+/);
  while (words.length > 1 && ROLE_TAILS.has(lower(words[words.length - 1]!))) words = words.slice(0, -1);
  return trimEdges(words.join(' '));
}

/** A company as the title writes it, without the stage words and team words around it ("Globex Hiring", "Team Hawky"). */
function cleanCompany(s: string): string {
  let c = stripStage(s);
  // "[Hooli]": a company tagged in brackets.
  if (c.startsWith('[') && c.endsWith(']') && c.indexOf(']') === c.length - 1) c = c.slice(1, -1).trim();
  c = c.replace(/^(?:team|the team at|the team of)\s+/i, '');
  c = c.replace(/ (?:hiring|recruiting|recruitment|talent|careers|team|hr)$/i, '');
  // "Morningstar Café Wants to Interview You".
  const wants = c.search(/ wants to /i);
  if (wants > 0) c = c.slice(0, wants);
  return trimEdges(c);
}

/** Words that make a display name a team's or a tool's. */
const TEAM_WORDS = /\b(?:hiring|team|recruiting|recruitment|talent|careers|jobs|hr|scheduler|organizer|interviews|placement|noreply|no-reply)\b/i;

/** Names read from an invitation's people at most: a title names a few of them. */
const MAX_PEOPLE = 500;

class Reader {
  /** Every name, its first word and each of its leading word runs ("jane", "jane doe"), lower case. */
  private readonly names = new Set<string>();
  private readonly selfNames = new Set<string>();
  /** Full names by their first word, for finding a name inside a longer piece. */
  private readonly byFirst = new Map<string, string[]>();

  constructor(people: readonly string[], self: readonly string[]) {
    // A display name such as "Globex Hiring", "Team CodeQuotient" or "Indeed Scheduler" is a team or a tool, not a person.
    const persons = people.slice(0, MAX_PEOPLE).map((p) => p.trim()).filter((p) => p && !TEAM_WORDS.test(p) && !hasCompanyWord(p));
    for (const [list, set] of [[persons, this.names], [self.slice(0, MAX_PEOPLE), this.selfNames]] as const) {
      for (const raw of list) {
        const name = lower(raw.trim().replace(/\s+/g, ' '));
        if (!name) continue;
        const words = name.split(' ');
        for (let k = 1; k <= words.length; k++) set.add(words.slice(0, k).join(' '));
        if (set === this.selfNames) this.names.add(name);
        // A full name (or a name in a script written without spaces) can be found inside a longer piece.
        if (words.length > 1 || (name.length >= 2 && /[^\p{Script=Latin}]/u.test(name))) {
          const first = words[0]!;
          this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), name]);
        }
      }
    }
    for (const n of this.selfNames) this.names.add(n);
  }

  /** The piece is a person the invitation names, or the user ("Jane", "Jane Doe"). */
  isPerson(s: string): boolean {
    const l = lower(trimEdges(withoutCount(s)).replace(/\s+/g, ' '));
    return l !== '' && this.names.has(l);
  }

  /** The piece holds a full name of someone the invitation names or of the user ("胡峰刚 武汉理工大学", "Kai Call Roy Lee"). */
  mentionsPerson(s: string): boolean {
    const l = lower(s.replace(/\s+/g, ' '));
    return wordsOf(l).some((w) => (this.byFirst.get(w) ?? []).some((name) => l.includes(name)));
  }

  isSelf(s: string): boolean {
    const l = lower(trimEdges(s).replace(/\s+/g, ' '));
    if (l === '') return false;
    if (this.selfNames.has(l)) return true;
    return [...this.selfNames].some((n) => n.includes(' ') && l.includes(n));
  }

  /** The pieces of one part of the title, with what its shape says. */
  pieces(part: string): Piece[] {
    const text = trimEdges(part);
    if (!text) return [];
    // "Engineering Interview between Globex Hiring and Tom Becker" (cal.com): the event, then two parties.
    const between = indexTop(text, ' between ', false);
    if (between >= 0) {
      const parties = splitTop(text.slice(between + 9), ' and ');
      // The event's name before "between" is a stage or an event type ("30 Min Meeting"); only a job word makes it a role.
      const event = this.pieces(text.slice(0, between)).filter((p) => p.hint || hasRoleWord(p.text)).map((p) => (p.hint ? p : { ...p, hint: 'role' as const }));
      if (parties.length === 2) return [...event, ...this.parties(parties)];
    }
    // "Roy Lee<>Reflektion", "Sam Lee (Initech) <> Dana Kim (Globex)".
    const arrows = splitTop(text, '<>');
    if (arrows.length >= 2) return this.parties(arrows);
    // "… at Company", "… @ Company".
    for (const at of [' at ', ' @ ']) {
      const i = indexTop(text, at);
      if (i > 0 && !this.isPerson(text.slice(i + at.length))) {
        return [...this.pieces(text.slice(0, i)).map((p) => (p.hint ? p : { ...p, hint: hasRoleWord(p.text) ? 'role' as const : p.hint })), { text: text.slice(i + at.length), hint: 'company' }];
      }
    }
    // "… with X": X is a person the invitation names, or the company ("Interview with Discord").
    const withAt = indexTop(text, ' with ');
    const withFirst = lower(text).startsWith('with ') ? 0 : -1;
    const w = withAt >= 0 ? withAt + 1 : withFirst;
    if (w >= 0) {
      const before = text.slice(0, w);
      const after = text.slice(w + 5);
      const [target, ...rest] = splitTop(after, ',');
      const afterPieces: Piece[] = [];
      if (target && (this.isPerson(target) || this.mentionsPerson(target))) afterPieces.push({ text: target, hint: 'person' });
      else if (target) afterPieces.push(...this.forPieces(target, 'company'));
      for (const r of rest) afterPieces.push({ text: r });
      return [...this.pieces(before), ...afterPieces];
    }
    return this.forPieces(text);
  }

  /** "Interview for Role", "Round 1 of Big Data Engineer", "Interview of Name for Role": the role after the last "for"/"of". */
  private forPieces(text: string, hint?: 'company'): Piece[] {
    for (const word of [' for ', ' of ']) {
      const i = indexTop(text, word);
      if (i >= 0) {
        const after = text.slice(i + word.length);
        if (!trimEdges(after)) return this.forPieces(text.slice(0, i), hint);
        if (this.isPerson(after)) return [...this.forPieces(text.slice(0, i), hint), { text: after, hint: 'person' }];
        // "… for Role position" or a role word: the role; else (a company: "Interview with Globex for …") as before.
        if (hasRoleWord(after) || /\bposition\b/i.test(after) || isStage(text.slice(0, i))) {
          return [...this.forPieces(text.slice(0, i), hint), { text: after, hint: 'role' }];
        }
      }
    }
    // "Name (Company)", "Stage (Company)", "Role (Java)", "(call with Christian)".
    const open = text.lastIndexOf('(');
    if (open > 0 && text.endsWith(')')) {
      const base = text.slice(0, open).trim();
      const inner = text.slice(open + 1, -1).trim();
      if (/^call\s+with\s/i.test(inner) || this.isPerson(inner)) return [...this.forPieces(base, hint), { text: inner.replace(/^call\s+with\s+/i, ''), hint: 'person' }];
      if (isStage(base) && inner) return [{ text: inner, hint: hint ?? 'company' }];
      if (this.isPerson(base) && inner) return [{ text: base, hint: 'person' }, { text: inner, hint: hasRoleWord(inner) ? 'role' : 'company' }];
      // "Globex (Senior Data Engineer)": a company with the role in brackets.
      if (hasRoleWord(inner) && !hasRoleWord(base) && !isStage(base)) return [{ text: base, hint: hint ?? 'company' }, { text: inner, hint: 'role' }];
    }
    // "Ac Kiran and Team Hawky", "Nisum Technologies & Roy Lee", "Globex x Jordan Lee": two parties, one of them a person.
    for (const joiner of [' and ', ' & ', ' x ', ' X ']) {
      const parties = splitTop(text, joiner);
      if (parties.length === 2 && parties.some((p) => this.isPerson(p) || /^team\s/i.test(p.trim()))) return this.parties(parties);
    }
    return [{ text, ...(hint ? { hint } : {}) }];
  }

  /** Two (or more) parties: the user and the people the invitation names are persons; another party is the company. */
  private parties(parties: string[]): Piece[] {
    const out: Piece[] = [];
    for (const raw of parties) {
      const party = trimEdges(withoutCount(raw.trim()));
      if (!party) continue;
      const open = party.lastIndexOf('(');
      if (open > 0 && party.endsWith(')')) {
        const base = party.slice(0, open).trim();
        const inner = party.slice(open + 1, -1).trim();
        if (this.isPerson(base) || !hasRoleWord(inner)) {
          // "Sam Lee (Initech)": the person's company; the user's is never the one.
          out.push({ text: base, hint: 'person' });
          if (!this.isSelf(base)) out.push({ text: inner, hint: 'company' });
          continue;
        }
        out.push({ text: base, hint: 'company' }, { text: inner, hint: 'role' });
        continue;
      }
      if (this.isPerson(party) || this.mentionsPerson(party)) out.push({ text: party, hint: 'person' });
      else out.push(...this.forPieces(party, 'company'));
    }
    // Several parties each with a company: the last one (the user's own was never added).
    const companies = out.filter((p) => p.hint === 'company');
    return out.filter((p) => (p.hint !== 'company' || p === companies[companies.length - 1]) && (p.hint !== undefined || !isStage(p.text)));
  }
}

/** The parts of a title: cut at the separators; "_" and unspaced hyphens only when nothing else cut it. */
function partsOf(title: string): string[] {
  let parts = [title];
  for (const sep of SEPARATORS) parts = parts.flatMap((p) => splitTop(p, sep));
  parts = parts.map(trimEdges).filter(Boolean);
  if (parts.length === 1) {
    // "Valuefy_L1 interview_Shubham Roy_Software intern".
    const underscored = splitTop(parts[0]!, '_').map(trimEdges).filter(Boolean);
    if (underscored.length > 1 && underscored.some(isStage)) return underscored;
    // "akumenbyQ-Data Stack Trainer (Engineering & Analytics)-Interview-Aysha Fina": cut at hyphens when a part is a stage word.
    const hyphened = splitTop(parts[0]!, '-').map(trimEdges).filter(Boolean);
    if (hyphened.length > 2 && hyphened.some((p) => isStage(p) && !/^\d+$/.test(p))) return hyphened;
  }
  return parts;
}

/** A title without what mail and calendars add: "Invitation: ", "Re: ", a "[Candidate Invitation]" tag, "@ Aug 17, 2023, 4:00 PM". */
function bareTitle(summary: string): string {
  // One space between words: the patterns below then never meet a run of spaces.
  let t = summary.slice(0, MAX_TITLE).replace(/\s+/g, ' ').trim();
  for (let guard = 0; guard < 5; guard++) {
    const before = t;
    t = t.replace(/^(?:invitation|updated invitation(?: with note)?|new event|accepted|declined|tentative|canceled(?: event)?|cancelled(?: event)?|re|fwd?|aw|wg)\s*:\s*/i, '');
    // A leading tag of stage words only: "[Candidate Invitation] …" (but "[Hooli] …" is the company).
    const tag = /^\[([^\]]{1,60})\]\s+/.exec(t);
    if (tag && isStage(tag[1]!)) t = t.slice(tag[0].length);
    if (t === before) break;
  }
  // "… @ Aug 17, 2023, 4:00:00 PM - 4:45:00 PM (GMT+5:30)", "… @ Tue Dec 8, 2026 2pm - 3pm (CET) (me@…)": the time a calendar appended.
  const stamp = t.indexOf(' @ ');
  if (stamp > 0) {
    const words = t.slice(stamp + 3).split(' ', 3);
    if (words.slice(0, 3).some((w) => /^\d/.test(w))) t = t.slice(0, stamp);
  }
  return trimEdges(t);
}

/** "insightglobal" → "Insight Global": a domain label cut before a company word it ends with; short ones in capitals ("uwm" → "UWM"). */
function nameFromLabel(label: string): string {
  let name = label.toLowerCase();
  if (name.length > 5 && name.endsWith('inc')) name = name.slice(0, -3);
  const words: string[] = [];
  for (const part of name.split(/[-_]/).filter(Boolean)) {
    const tail = [...COMPANY_WORDS, 'energy', 'group', 'global', 'recruiters', 'university', 'market', 'research', 'health', 'data']
      .filter((w) => /^[a-z]+$/.test(w) && w.length >= 4 && part.length > w.length + 2 && part.endsWith(w))
      .sort((a, b) => b.length - a.length)[0];
    if (tail) words.push(part.slice(0, -tail.length), tail);
    else words.push(part);
  }
  return words.map((w) => (w.length <= 3 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}

/** The registrable label of a domain ("acme-corp" of "mail.acme-corp.co.uk"), or undefined for a service's domain. */
function companyLabel(domain: string): string | undefined {
  return isServiceDomain(domain) ? undefined : registrableLabel(domain);
}

export function guessCompany(summary: string, people: { name: string; email?: string }[], domains: string[], self: Self = {}): CompanyGuess {
  const selfNames = [...(self.names ?? [])];
  const selfDomains = new Set((self.domains ?? []).map((d) => d.toLowerCase()));
  // The user's own mail domain is never the company's (a personal domain, or the user's current employer).
  const labels = domains.filter((d) => !selfDomains.has(d.toLowerCase())).map(companyLabel).filter((l): l is string => l !== undefined);
  const reader = new Reader(people.map((p) => p.name), selfNames);
  const title = bareTitle(summary);
  const parts = partsOf(title);
  const pieces = parts.flatMap((p, k) => {
    const read = reader.pieces(p);
    // "Interview: <role> - <name>": what follows a leading "Interview:" is the role, unless its shape says otherwise.
    if (k === 1 && isStage(parts[0]!) && title.slice(parts[0]!.length).trimStart().startsWith(':') && !parts.slice(2).some(hasRoleWord)) {
      return read.map((x) => (x.hint ? x : { ...x, hint: 'role' as const }));
    }
    return read;
  });

  let company: string | undefined;
  let role: string | undefined;
  const unknown: string[] = [];
  for (const piece of pieces) {
    const text = trimEdges(piece.text);
    if (!text || piece.hint === 'person') continue;
    if (reader.isSelf(text) || reader.isPerson(text) || reader.mentionsPerson(text)) continue;
    if (piece.hint === 'company') {
      const c = cleanCompany(text);
      if (c && !company && !isStage(c)) company = c;
      continue;
    }
    if (piece.hint === 'role') {
      const r = cleanRole(text);
      if (r && !role) role = r;
      continue;
    }
    if (isStage(text) || INSTRUCTION_WORDS.has(lower(wordsOf(text)[0] ?? ''))) continue;
    unknown.push(text);
  }

  // The pieces no shape explained: the one the invitation's domain names is the company; a job
  // word makes a role; a company word or an acronym makes a company; then by place, company first.
  const byDomain = (s: string) => labels.some((l) => l.length >= 3 && (squash(s).includes(l) || l.includes(squash(cleanCompany(s)) || '\u0000')));
  const rest = [...unknown];
  const take = (i: number) => rest.splice(i, 1)[0]!;
  if (!company) {
    let i = rest.findIndex(byDomain);
    if (i < 0) i = rest.findIndex((s) => hasCompanyWord(s) && !hasRoleWord(s));
    if (i < 0) i = rest.findIndex((s) => !hasRoleWord(s) && !hasRoleWord(stripStage(s)));
    if (i >= 0) {
      const c = cleanCompany(rest[i]!);
      take(i);
      // "Interview Vishal": without its stage words, a person's name.
      if (c && !reader.isPerson(c) && !reader.isSelf(c)) company = c;
    }
  }
  if (!role) {
    let i = rest.findIndex(hasRoleWord);
    // One piece left after the company came from the title: "Company - Role" as people write it.
    if (i < 0 && company && rest.length === 1) i = 0;
    if (i >= 0) {
      const r = cleanRole(rest[i]!);
      if (r) role = r;
    }
  }
  // A company of stage words only, the user's name, or a sentence is no company.
  if (company && (company.length > 60 || !/\p{L}/u.test(company) || reader.isSelf(company) || isStage(company))) company = undefined;
  if (role && (role.length > 120 || isStage(role))) role = undefined;
  if (!company) {
    const label = labels[0];
    if (label) company = nameFromLabel(label);
  }
  const guess: CompanyGuess = {};
  if (company) guess.company = company;
  if (role) guess.role = role;
  return guess;
}
