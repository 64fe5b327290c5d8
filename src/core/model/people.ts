// Reads the interviewers typed into "New Interview Note": `Name <email>` and `Name, Title <email>`
// entries separated by commas (or by semicolons, which is unambiguous). A comma is both the
// separator and the name/title separator, so a piece before an addressed piece is taken as
// a name with that title only when the addressed piece reads like a job title.

export interface PersonInput {
  name: string;
  title?: string;
  email?: string;
}

// Addresses are found by scanning, not by one pattern: patterns for "Name <email>" backtrack
// quadratically on long runs of spaces or dots, and this reads whatever the user pasted.
const EMAIL_CHARS = /^[^\s<>@]+@[^\s<>@]+$/;

/** "Name <email>" (the name may be empty): the name and the address, or undefined. */
function addressed(piece: string): { name: string; email: string } | undefined {
  const lt = piece.lastIndexOf('<');
  const gt = lt < 0 ? -1 : piece.indexOf('>', lt);
  if (gt < 0 || piece.slice(gt + 1).trim() !== '') return undefined;
  const email = piece.slice(lt + 1, gt).trim();
  return EMAIL_CHARS.test(email) ? { name: piece.slice(0, lt).trim(), email } : undefined;
}

/** A bare address: one @, a dot inside the domain, no spaces, brackets, commas or semicolons. */
function isBareEmail(piece: string): boolean {
  if (/[\s<>,;]/.test(piece)) return false;
  const at = piece.indexOf('@');
  if (at <= 0 || at !== piece.lastIndexOf('@')) return false;
  const domain = piece.slice(at + 1);
  const dot = domain.indexOf('.');
  return dot > 0 && domain.lastIndexOf('.') < domain.length - 1;
}

// Words that make a piece a job title rather than a person's name.
const TITLE_WORDS = new Set([
  'ceo', 'cto', 'cfo', 'coo', 'cpo', 'vp', 'svp', 'evp', 'hr', 'head', 'lead', 'manager', 'director', 'engineer',
  'engineering', 'recruiter', 'recruiting', 'talent', 'founder', 'co-founder', 'cofounder', 'partner', 'designer',
  'scientist', 'analyst', 'officer', 'president', 'principal', 'staff', 'senior', 'chief', 'coordinator',
  'specialist', 'architect', 'developer', 'owner', 'product', 'sourcer', 'consultant', 'associate', 'intern',
  'researcher', 'administrator', 'supervisor', 'executive', 'representative', 'advisor', 'editor', 'teacher',
  'professor', 'dean', 'nurse', 'doctor', 'team', 'of', 'and', '&', 'sr', 'sr.', 'jr', 'pm', 'em', 'tech',
]);

function looksLikeTitle(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.some((w) => TITLE_WORDS.has(w.replace(/[.,]$/, '')));
}

function entry(name: string, title: string | undefined, email: string | undefined): PersonInput {
  const out: PersonInput = { name: name.trim() };
  if (title?.trim()) out.title = title.trim();
  if (email) out.email = email;
  return out;
}

function one(piece: string): PersonInput {
  const m = addressed(piece);
  if (m) return entry(m.name || m.email, undefined, m.email);
  if (isBareEmail(piece)) return entry(piece, undefined, piece);
  return entry(piece, undefined, undefined);
}

export function parsePeople(text: string): PersonInput[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.includes(';') || trimmed.includes('\n')) {
    return trimmed.split(/[;\n]/).map((p) => p.trim()).filter(Boolean).map((p) => {
      const comma = p.indexOf(',');
      if (comma < 0) return one(p);
      const rest = one(p.slice(comma + 1).trim());
      return entry(p.slice(0, comma), rest.name === rest.email ? undefined : rest.name, rest.email);
    });
  }
  const pieces = trimmed.split(',').map((p) => p.trim()).filter(Boolean);
  const out: PersonInput[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = pieces[i + 1];
    // "Name, Title <email>" or "Name, Title" (a title without an address).
    if (!addressed(piece) && !isBareEmail(piece) && next !== undefined && !looksLikeTitle(piece)) {
      const nextPerson = one(next);
      const nextTitle = nextPerson.email && nextPerson.name !== nextPerson.email ? nextPerson.name : nextPerson.email ? undefined : next;
      if (nextTitle && looksLikeTitle(nextTitle)) {
        out.push(entry(piece, nextTitle, nextPerson.email));
        i++;
        continue;
      }
    }
    out.push(one(piece));
  }
  return out;
}
