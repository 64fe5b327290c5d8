// What the user's mailbox says about their notes: the thank-you they sent, the follow-up, the
// company's reply. Pure: envelopes in (read elsewhere, read-only), proposed one-value changes out.
// Only what the evidence supports is proposed as sure; what rests on weaker evidence (a subject
// that names the company, from an address the note does not know) is offered for review, never
// written silently. Nothing before an interview counts, nothing already recorded is changed, so
// a second run finds nothing new.
import { followUpDate } from '../actions/rules';
import { domainOf, isApplicantTracking, isServiceDomain } from '../model/domains';
import { KEYS } from '../model/kinds';
import { formatLocalDate, formatLocalDateTime } from '../time/dates';
import type { Note, RuleSettings } from '../model/types';
import { setFrontMatterValue, type EditResult } from '../edits/frontMatterEdit';
import { doneRecorded } from '../note/values';
import { mailComment } from '../note/mailEvidence';

export interface MailAddress {
  name?: string;
  address: string;
}

/** A message as the mailbox reader gives it: its envelope, nothing of its body. */
export interface MailEnvelope {
  mailbox: 'sent' | 'inbox';
  date: Date;
  from: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  senderName?: string;
}

export type MailKey = typeof KEYS.thankYou | typeof KEYS.followUp | typeof KEYS.heardBack;

export interface MailChange {
  /** The note's key (its file). */
  file: string;
  key: MailKey;
  /** The local date written: `YYYY-MM-DD`. */
  value: string;
  /** When the message was sent, local `YYYY-MM-DDTHH:mm`. */
  date: string;
  from: string;
  to: string;
  subject: string;
  /** Why this message: in plain words. */
  because: string;
}

export interface MailFindings {
  /** Sure: written (unless it is a dry run). */
  changes: MailChange[];
  /** Weaker evidence: offered for review, never written without the user's word. */
  review: MailChange[];
}

/** The thank-you counts when sent within this long after the interview starts. */
const THANK_YOU_DAYS = 7;
const DAY = 86_400_000;
// Words of a company's name that say nothing of which company it is.
const LEGAL = /\b(?:inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|bv|plc|corp|corporation|co|company|group|holdings?)\b\.?/g;

function lower(addresses: readonly MailAddress[]): string[] {
  return addresses.map((a) => a.address.trim().toLowerCase()).filter((a) => a.includes('@'));
}

function shown(a: MailAddress | undefined): string {
  if (!a) return '';
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

/** The words of a company's name, for finding it in a subject or a sender's name ("Acme via Greenhouse"). */
function companyPattern(company: string): RegExp | undefined {
  const words = company.toLowerCase().replace(LEGAL, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (words.length < 2) return undefined;
  const escaped = words.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

interface Contact {
  note: Note;
  /** The first word of the company's name, to find it in a text without testing every company. */
  firstWord?: string;
  /** The interviewers' exact addresses. */
  addresses: Set<string>;
  /** The company's own domains, from those addresses (never a mail or scheduling service's). */
  domains: Set<string>;
  company?: RegExp;
}

function contactOf(note: Note): Contact {
  const addresses = new Set(note.interviewers.map((i) => i.email?.trim().toLowerCase()).filter((e): e is string => !!e && e.includes('@')));
  const domains = new Set([...addresses].map(domainOf).filter((d) => !isServiceDomain(d)));
  const company = companyPattern(note.company);
  const firstWord = note.company.toLowerCase().replace(LEGAL, ' ').match(/[\p{L}\p{N}]+/u)?.[0];
  return { note, addresses, domains, ...(company ? { company } : {}), ...(firstWord ? { firstWord } : {}) };
}

/** The contacts by exact address, by company domain and by the first word of the company's name: a message looks up, never scans. */
class Directory {
  private readonly byAddress = new Map<string, Contact[]>();
  private readonly byDomain = new Map<string, Contact[]>();
  private readonly byWord = new Map<string, Contact[]>();

  constructor(contacts: Contact[]) {
    const add = (map: Map<string, Contact[]>, key: string, c: Contact) => map.set(key, [...(map.get(key) ?? []), c]);
    for (const c of contacts) {
      for (const a of c.addresses) add(this.byAddress, a, c);
      for (const d of c.domains) add(this.byDomain, d, c);
      if (c.firstWord && c.company) add(this.byWord, c.firstWord, c);
    }
  }

  /** The notes an address belongs to: its own interviewer's, or its company's by domain. */
  of(address: string): Contact[] {
    const direct = this.byAddress.get(address) ?? [];
    const company = this.byDomain.get(domainOf(address)) ?? [];
    return company.length ? [...new Set([...direct, ...company])] : direct;
  }

  /** The notes whose company a text names. */
  named(text: string): Contact[] {
    const found = new Set<Contact>();
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      for (const c of this.byWord.get(word) ?? []) if (c.company!.test(text)) found.add(c);
    }
    return [...found];
  }
}

/**
 * The changes the messages support for the notes. `me`: the user's own addresses (a message from
 * one of them, or in the Sent mailbox, is the user's). Closed notes are left alone.
 */
export function findMailChanges(notes: readonly Note[], messages: readonly MailEnvelope[], me: readonly string[], settings: RuleSettings): MailFindings {
  const mine = new Set(me.map((m) => m.trim().toLowerCase()));
  const contacts = notes.filter((n) => !n.closed).map(contactOf);
  const directory = new Directory(contacts);
  const sorted = [...messages].sort((a, b) => a.date.getTime() - b.date.getTime());
  const findings: MailFindings = { changes: [], review: [] };
  // What this run found per note, so that a follow-up needs a thank-you before it.
  const found = new Map<Note, Partial<Record<MailKey, number>>>();
  const isSet = (c: Contact, key: MailKey) => c.note[key] !== undefined || found.get(c.note)?.[key] !== undefined;

  /** Of the notes a message may be about, the latest interview that began before it (one company's later round wins). */
  const latest = (candidates: Contact[], at: number) => candidates
    .filter((c) => c.note.start.getTime() <= at)
    .sort((a, b) => b.note.start.getTime() - a.note.start.getTime())[0];

  const propose = (c: Contact, key: MailKey, m: MailEnvelope, because: string, sure: boolean) => {
    const change: MailChange = {
      file: c.note.file, key, value: formatLocalDate(m.date), date: formatLocalDateTime(m.date),
      from: shown(m.from[0]), to: [...m.to, ...m.cc].map(shown).join(', '), subject: m.subject, because,
    };
    if (!sure) {
      if (!findings.review.some((r) => r.file === change.file && r.key === key)) findings.review.push(change);
      return;
    }
    findings.changes.push(change);
    const got = found.get(c.note) ?? {};
    got[key] = m.date.getTime();
    found.set(c.note, got);
    // A sure finding replaces a weaker one for the same value.
    findings.review = findings.review.filter((r) => !(r.file === change.file && r.key === key));
  };

  for (const m of sorted) {
    const at = m.date.getTime();
    const sender = lower(m.from)[0];
    const outgoing = m.mailbox === 'sent' || (sender !== undefined && mine.has(sender));
    if (outgoing) {
      const recipients = lower([...m.to, ...m.cc]).filter((a) => !mine.has(a));
      const sure = latest(recipients.flatMap((a) => directory.of(a)), at);
      const named = sure ? undefined : latest(directory.named(m.subject), at);
      const c = sure ?? named;
      if (!c) continue;
      const start = c.note.start.getTime();
      const evidence = sure ? 'to an interviewer or the company' : `its subject names ${c.note.company}, but it went to no address the note knows`;
      if (!isSet(c, KEYS.thankYou)) {
        if (at < start + THANK_YOU_DAYS * DAY) propose(c, KEYS.thankYou, m, `your first message ${evidence} after the interview, within ${THANK_YOU_DAYS} days`, !!sure);
        continue;
      }
      const thanked = found.get(c.note)?.[KEYS.thankYou];
      if (!isSet(c, KEYS.followUp) && at >= followUpDate(c.note, settings).due.getTime() && (thanked === undefined || at > thanked)) {
        propose(c, KEYS.followUp, m, `a later message ${evidence} once the follow-up was due`, !!sure);
      }
      continue;
    }
    if (!sender) continue;
    const direct = latest(directory.of(sender), at);
    let c = direct;
    let sure = !!direct;
    let because = 'the first message from an interviewer or the company after the interview';
    if (!c && isApplicantTracking(domainOf(sender))) {
      // A notification from a hiring system speaks for the company it names.
      const text = `${m.senderName ?? ''} ${m.from[0]?.name ?? ''} ${m.subject}`;
      c = latest(directory.named(text), at);
      because = `a notification from a hiring system (${domainOf(sender)}) naming ${c?.note.company ?? 'the company'}`;
      sure = !!c;
      if (!c) continue;
    }
    if (!c) {
      c = latest([...directory.named(m.subject), ...directory.named(m.from[0]?.name ?? '')], at);
      if (!c) continue;
      sure = false;
      because = `its subject or sender names ${c.note.company}, from an address the note does not know`;
    }
    if (!isSet(c, KEYS.heardBack)) propose(c, KEYS.heardBack, m, because, sure);
  }
  return findings;
}

/** The oldest open interview's start: what a mailbox is read from by default. */
export function mailSince(notes: readonly Note[]): Date | undefined {
  let oldest: number | undefined;
  for (const n of notes) if (!n.closed && (oldest === undefined || n.start.getTime() < oldest)) oldest = n.start.getTime();
  return oldest === undefined ? undefined : new Date(oldest);
}

/** The edit that writes one change found in the mailbox, with the message it came from; refused when the note records that value already (it got it meanwhile). */
export function mailChangeEdit(text: string, change: MailChange): EditResult {
  if (doneRecorded(text, change.key)) return { ok: false, message: `${change.key} is recorded already` };
  return setFrontMatterValue(text, change.key, change.value, mailComment(change));
}
