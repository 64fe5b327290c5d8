// Template slots left in a draft: bracketed or braced slot text, blanks, x-runs, "Dear X",
// snippet leftovers and the title-case words of copied templates ("Company Name", "Your Name").
// Every pattern is linear: bounded runs of characters that cannot contain their own delimiter.
import { TEMPLATE_SLOTS } from '../drafts/slots';
import { HONORIFIC_SOURCE } from '../model/names';

// HTML elements people type in Markdown; "<br>" is markup, "<name>" is a slot.
const HTML_TAGS = 'a|b|i|u|s|p|q|br|hr|em|strong|span|div|sub|sup|small|mark|code|kbd|pre|ul|ol|li|img|table|tr|td|th|details|summary|blockquote|cite|abbr|del|ins|center|font';


export const PLACEHOLDER_PATTERNS: RegExp[] = [
  // Parenthesised slots of copied templates: "(your name)", "(insert name of interviewer)".
  /\((?:your name|company name|company|role|name|interviewer|detail|insert [^()\n]{1,60})\)/gi,
  // Any bracketed text: emails have no other use for brackets. Not a link "[text](url)", "[text][ref]",
  // a definition "[text]: url", a checkbox "[ ]"/"[x]", a footnote "[^1]" or a number "[1]".
  /\[(?![ xX]\])(?!\^)(?!\d+\])[^[\]\n]{1,120}\](?![([:])/g,
  // Mail-merge slots "{{first_name}}" and single-brace slots "{role}", "{your_name}"; not "${…}".
  /\{\{[^{}\n]{0,80}\}\}/g,
  /(?<![{$])\{[A-Za-z_][\w .'’/-]{0,60}\}(?!\})/g,
  // Angle slots "<name>", "<JOB TITLE>"; not HTML tags, not autolinks "<a@b.c>" or "<https://…>".
  new RegExp(`<(?!(?:${HTML_TAGS})>)[A-Za-z]+(?:[ _][A-Za-z]+){0,6}>`, 'g'),
  // Notes to self and x-runs as whole words: "TODO", "TBD", "xxx", "XXXXX".
  /\b(?:TODO|TBD|[xX]{3,})\b/g,
  // "Dear X", "Mr. X": a lone capital X standing for a name.
  new RegExp(`\\b(?:(?:Dear|Hi|Hello)\\s+|${HONORIFIC_SOURCE}\\s+)X\\b(?![.'’])`, 'g'),
  // Fill-in blanks "____" (the checker skips a line of underscores alone: a thematic break).
  /_{3,}/g,
  // VS Code snippet leftovers: "${1:Company}", "${2}", "${1|a,b|}", "${CURRENT_YEAR}".
  /\$\{(?:\d+|[A-Z_]+)(?:[:|][^}\n]{0,120})?\}/g,
  // Title-case template words: "Company Name", "Your Name", "Position Title", "Hiring Manager's Name".
  /\b(?:Your (?:Full )?Name|Company Name|Position (?:Title|Name)|Job Title|(?:Interviewer|Hiring Manager|Recruiter)(?:['’]s)? Name|(?:First|Last) Name|Your (?:E-?mail|Phone)(?: (?:Address|Number))?|Your [Ee]-?mail [Aa]ddress|Your [Pp]hone [Nn]umber|Date of Interview|So[- ]And[- ]So)\b/g,
  // A greeting to the word "Name", an honorific before a job title: "Hi Name", "Ms. Recruiter".
  new RegExp(`\\b(?:(?:Dear|Hi|Hello)\\s+Name\\b|${HONORIFIC_SOURCE}\\s+(?:Recruiter|Interviewer|Hiring Manager|Manager|Lastname|Surname)\\b)`, 'g'),
  // The slots of our own generated drafts, left unfilled.
  new RegExp(Object.values(TEMPLATE_SLOTS).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g'),
];

export type SlotKind = 'company' | 'role' | 'interviewer' | 'your-name' | 'your-email' | 'your-phone' | 'detail';

/** What a slot asks for, from its words; undefined when it is not one the note can fill. */
export function slotKind(words: string): SlotKind | undefined {
  const inner = words.replace(/^\$\{\d+:/, '').replace(/['’]s\b/g, '').replace(/[^A-Za-z ]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (/^(?:the )?(?:company|organi[sz]ation|firm)(?: name)?$/.test(inner)) return 'company';
  if (/^(?:job |position |role )?(?:role|position|job title|title|position title|position name|job)(?: title| name)?$/.test(inner)) return 'role';
  if (/^(?:your )?(?:full )?name$/.test(inner) && /your/i.test(words)) return 'your-name';
  if (/^your (?:e ?mail)(?: address)?$/.test(inner)) return 'your-email';
  if (/^your phone(?: number)?$/.test(inner)) return 'your-phone';
  if (/^(?:(?:the )?interviewer|hiring manager|recruiter|contact|name|first name|interviewer name|hiring manager name|recruiter name|mr ms last name|mr ms mx last name|dear name|hi name|hello name)$/.test(inner)) return 'interviewer';
  if (/^(?:something specific|specific|detail|topic)/.test(inner)) return 'detail';
  return undefined;
}
