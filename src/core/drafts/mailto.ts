// mailto: links for drafts. Every value comes from a note someone else may have written (an
// interviewer's email pasted from a signature), so nothing may add a header or a recipient:
// addresses must be plain local@domain, the subject is one line, and every value is
// percent-encoded, so `?`, `&`, `=`, `#`, `%` and line breaks stay inside their own value.

export interface MailDraft {
  to: string[];
  subject: string;
  body: string;
}

/** tooLong: the draft itself is fine but too long for a link; copy it instead. */
type MailtoResult = { ok: true; uri: string } | { ok: false; message: string; tooLong?: boolean };

/**
 * The longest mailto: URI handed over. Mail clients and the OS hand-off cut or drop longer
 * ones silently (Outlook and several webmail handlers near 2,000 characters; a 180-word Russian
 * thank-you is ~7,000 once percent-encoded), so a longer draft is refused with the reason.
 */
const MAX_MAILTO_LENGTH = 2000;

// Whitespace, control and format characters (bidi overrides), lone surrogates, and characters
// that end or split a mailto recipient or start a header list.
const FORBIDDEN_IN_ADDRESS = /[\s\p{Cc}\p{Cf}\p{Cs}?&%,;:<>"()[\]\\]/u;
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;

/** Why the address is not a plain local@domain, or undefined when it is. */
function addressProblem(address: string): string | undefined {
  const bad = FORBIDDEN_IN_ADDRESS.exec(address);
  if (bad) {
    const ch = bad[0];
    const what = /\s|\p{Cc}|\p{Cf}|\p{Cs}/u.test(ch)
      ? LINE_BREAK.test(ch) ? 'a line break' : /\s/.test(ch) ? 'a space' : 'a control character'
      : `"${ch}"`;
    return `contains ${what}`;
  }
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@') || at === address.length - 1) return 'is not of the form name@domain';
  const domain = address.slice(at + 1);
  if (domain.startsWith('.') || domain.endsWith('.') || domain.includes('..')) return 'has an invalid domain';
  return undefined;
}

/** The value as the user sees it in a message: line breaks and controls made visible, kept short. */
function shown(value: string): string {
  // JSON escapes C0 controls and lone surrogates; the other line breaks and invisible format characters too.
  const s = JSON.stringify(value).replace(/[\u0080-\u009f\u2028\u2029]|\p{Cf}/gu, (c) => {
    const cp = c.codePointAt(0)!;
    return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  });
  return s.length > 82 ? `${s.slice(0, 80)}…"` : s;
}

/** UTF-8 percent-encoding; a lone surrogate (which encodeURIComponent refuses) becomes U+FFFD. */
function encode(value: string): string {
  return encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD'));
}

/** A mailto: URI that no value can add a header to. */
export function buildMailto(draft: MailDraft): MailtoResult {
  if (draft.to.length === 0) {
    return { ok: false, message: 'No interviewer has an email address: add `email:` to an interviewer in the note\'s front-matter.' };
  }
  for (const address of draft.to) {
    const problem = addressProblem(address);
    if (problem) return { ok: false, message: `The email address ${shown(address)} ${problem}; only a plain address like name@example.com can be used.` };
  }
  if (LINE_BREAK.test(draft.subject)) {
    return { ok: false, message: `The subject ${shown(draft.subject)} contains a line break; a subject must be one line.` };
  }
  const to = [...new Set(draft.to)].map((a) => encode(a).replace(/%40/g, '@')).join(',');
  const params: string[] = [];
  if (draft.subject) params.push(`subject=${encode(draft.subject)}`);
  // RFC 6068: line breaks in a body are CRLF, written %0D%0A.
  if (draft.body) params.push(`body=${encode(draft.body.replace(/\r\n|\r|\n/g, '\r\n'))}`);
  const uri = `mailto:${to}${params.length ? `?${params.join('&')}` : ''}`;
  if (uri.length > MAX_MAILTO_LENGTH) {
    return {
      ok: false, tooLong: true,
      message: `The draft is too long to hand to a mail client as a link (${uri.length.toLocaleString('en-US')} characters once encoded; many clients cut or drop links over ${MAX_MAILTO_LENGTH.toLocaleString('en-US')}). Copy it instead and paste it into a new email.`,
    };
  }
  return { ok: true, uri };
}
