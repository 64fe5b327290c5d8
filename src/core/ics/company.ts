// Company and role from an invitation's title ("Acme Corp - Backend Engineer interview",
// "Interview at Acme Corp", "Backend Engineer Interview with Acme"), else from the organizer's
// or attendees' email domain. A guess: the extension asks the user to confirm it.

const ROLE_WORDS = /\b(engineer|developer|programmer|manager|designer|analyst|scientist|lead|director|intern|internship|architect|consultant|specialist|coordinator|administrator|associate|officer|head of|vp|president|researcher|writer|editor|accountant|assistant|representative|technician|sre|devops|qa|tester|product|marketing|sales)\b/i;
const INTERVIEW_WORDS = /\b(\d+\s*(?:minutes?|mins?|hours?|hrs?)|first|second|third|fourth|final|initial|1st|2nd|3rd|4th|entretien|entrevista|colloquio|vorstellungsgespräch|interviews?|phone screen|screening|screen|onsite|on-site|technical|final round|first round|second round|round \d+|chat|call|meeting|conversation|invitation|updated invitation|invitation updated|new event|hiring)\b/gi;
/** Mail, calendar and meeting providers: their domain says nothing about the employer. */
const PROVIDER_DOMAINS = /(^|\.)(gmail|googlemail|google|outlook|hotmail|live|msn|yahoo|icloud|me|mac|aol|proton|protonmail|gmx|web|yandex|zoho|fastmail|calendly|zoom|teams|microsoft|office365|goodtime|greenhouse|lever|workday|ashbyhq|gem|doodle|youcanbook|acuityscheduling|hubspot|example)\.[a-z.]+$/i;

interface CompanyGuess {
  company?: string;
  role?: string;
}

// Titles are capped at MAX_TITLE characters before any pattern runs: an invitation is untrusted
// text, and the separator patterns below are quadratic on a long run of spaces (at most
// MAX_TITLE² steps here, well under a millisecond).
const MAX_TITLE = 300;
// eslint-disable-next-line regexp/no-super-linear-move -- input capped at MAX_TITLE
const SEPARATORS = /\s+[-–—|:/]\s+|:\s+|\s+\|\s+/;

const EDGE = new Set([...' \t\n\r,:;&+-']);

/** s without the separators and spaces at either end. */
function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.has(s[a]!)) a++;
  while (b > a && EDGE.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function clean(s: string): string {
  return trimEdges(s.replace(INTERVIEW_WORDS, ' ').replace(/[()[\]]/g, ' ').replace(/\s+/g, ' ')).trim();
}

/** The part names a person of the invitation (or is "Jane" or "Sam and Jane Doe"), not a company. */
function isPersonName(s: string, people: string[]): boolean {
  const lower = s.toLowerCase();
  return people.some((p) => {
    const name = p.toLowerCase();
    return name === lower || name.split(/\s+/)[0] === lower || (name.includes(' ') && lower.includes(name));
  });
}

/** "acme-corp.example.com" -> "Acme Corp": the registrable part of a domain, capitalised. */
function companyFromDomain(domain: string): string | undefined {
  if (PROVIDER_DOMAINS.test(domain)) return undefined;
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  // co.uk, com.au and the like: the name is one label further left.
  const secondLevel = labels.length >= 3 && /^(co|com|org|net|ac|gov)$/.test(labels[labels.length - 2]!);
  const name = labels[labels.length - (secondLevel ? 3 : 2)]!;
  return name.split(/[-_]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') || undefined;
}

export function guessCompany(summary: string, people: { name: string; email?: string }[], domains: string[]): CompanyGuess {
  const names = people.map((p) => p.name);
  const title = summary.slice(0, MAX_TITLE).replace(/^(invitation|updated invitation|accepted|canceled|cancelled|re|fwd?):\s*/i, '').trim();
  let company: string | undefined;
  let role: string | undefined;

  // "... at Acme" / "... with Acme" (unless Acme is one of the people)
  const at = /\b(?:at|with|@)\s+(\S.*)$/i.exec(title);
  if (at) {
    const candidate = clean(at[1]!.split(SEPARATORS)[0]!);
    if (candidate && !isPersonName(candidate, names)) {
      company = candidate;
      const before = clean(title.slice(0, at.index));
      if (ROLE_WORDS.test(before)) role = before;
    }
  }
  if (!company) {
    const parts = title.split(SEPARATORS).map(clean).filter((p) => p && !isPersonName(p, names));
    const roleIndex = parts.findIndex((p) => ROLE_WORDS.test(p));
    if (roleIndex >= 0) role = parts[roleIndex];
    company = parts.find((p, i) => i !== roleIndex);
    // "Acme Backend Engineer Interview": one part holding both; the words before the role are the company.
    if (!company && role) {
      // eslint-disable-next-line regexp/no-super-linear-backtracking -- input capped at MAX_TITLE
      const m = /^(.+?)\s+((?:senior|junior|staff|principal|lead)?\s*\S+\s+(?:engineer|developer|manager|designer|analyst|scientist|architect))$/i.exec(role);
      if (m) [company, role] = [m[1], m[2]];
    }
  }
  if (company && (company.length > 60 || !/\p{L}/u.test(company))) company = undefined;
  if (!company) company = domains.map(companyFromDomain).find((c): c is string => c !== undefined);
  const guess: CompanyGuess = {};
  if (company) guess.company = company;
  if (role) guess.role = role;
  return guess;
}
