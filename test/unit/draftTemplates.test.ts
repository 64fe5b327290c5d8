// Generated drafts: salutations, role and company, details as choices, snippet escaping
// (checked with an independent reader of VS Code's snippet syntax), and "Details to mention".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  draftSnippet,
  draftText,
  escapeSnippetChoice,
  escapeSnippetText,
  type DraftInput,
  type Signature,
} from '../../src/core/drafts/templates';
import { detailsFromBody } from '../../src/core/drafts/details';
import { findDrafts } from '../../src/core/drafts/sections';
import type { Note } from '../../src/core/model/types';
import { noteText, parsedNote } from './helpers';

// ---- A strict reader of VS Code snippet syntax ----
// Rules as in VS Code's snippet parser: in text and placeholders `\` escapes `$`, `}` and `\`
// (before anything else it is a literal backslash); in a choice it escapes `,`, `|` and `\`,
// and `$` and `}` are literal. Stricter than VS Code: a `$` or `}` that is neither syntax nor
// escaped is an error here (VS Code would quietly take it as text, or misread it as syntax).

interface Stop {
  index: number;
  placeholder?: string;
  choices?: string[];
}
interface Reading {
  text: string;
  stops: Stop[];
}

function readSnippet(src: string): Reading {
  const stops: Stop[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}: …${src.slice(Math.max(0, i - 20), i)}⟨here⟩${src.slice(i, i + 20)}…`);
  };
  const int = (): number => {
    const m = /^\d+/.exec(src.slice(i));
    if (!m) return fail('expected a tab stop number');
    i += m[0].length;
    return Number(m[0]);
  };
  const choice = (index: number): string => {
    const options: string[] = [];
    let cur = '';
    for (;;) {
      const c = src[i];
      if (c === undefined) return fail('unterminated choice');
      if (c === '\\' && ',|\\'.includes(src[i + 1] ?? '')) {
        cur += src[i + 1];
        i += 2;
      } else if (c === ',' || c === '|') {
        if (!cur) fail('empty choice option');
        options.push(cur);
        cur = '';
        i++;
        if (c === '|') {
          if (src[i] !== '}') fail('"|" inside a choice must be escaped');
          i++;
          stops.push({ index, choices: options });
          return options[0]!;
        }
      } else {
        cur += c;
        i++;
      }
    }
  };
  // Reads text until the end (top level) or a closing `}` (inside a placeholder).
  const content = (inside: boolean): string => {
    let out = '';
    while (i < src.length) {
      const c = src[i]!;
      if (c === '\\') {
        const next = src[i + 1];
        if (next === '$' || next === '}' || next === '\\') {
          out += next;
          i += 2;
        } else {
          out += c;
          i++;
        }
      } else if (c === '}') {
        if (inside) return out;
        fail('unescaped "}"');
      } else if (c === '$') {
        i++;
        if (/\d/.test(src[i] ?? '')) {
          stops.push({ index: int() });
        } else if (src[i] === '{') {
          i++;
          const index = int();
          const kind = src[i++];
          if (kind === ':') {
            const text = content(true);
            if (src[i] !== '}') fail('unterminated placeholder');
            i++;
            stops.push({ index, placeholder: text });
            out += text;
          } else if (kind === '|') {
            out += choice(index);
          } else if (kind !== '}') {
            fail('bad tab stop');
          } else {
            stops.push({ index });
          }
        } else {
          fail('unescaped "$"');
        }
      } else {
        out += c;
        i++;
      }
    }
    if (inside) fail('unterminated placeholder');
    return out;
  };
  const text = content(false);
  return { text, stops };
}

test('snippet reader: agrees with VS Code on known cases', () => {
  assert.deepEqual(readSnippet('a \\$1 \\} \\\\ \\x'), { text: 'a $1 } \\ \\x', stops: [] });
  assert.deepEqual(readSnippet('${1|a\\,b,c\\|d,$e}|} x$0'), {
    text: 'a,b x',
    stops: [{ index: 1, choices: ['a,b', 'c|d', '$e}'] }, { index: 0 }],
  });
  assert.deepEqual(readSnippet('${2:x \\} y}'), { text: 'x } y', stops: [{ index: 2, placeholder: 'x } y' }] });
  assert.throws(() => readSnippet('cost $5 dollars!'.replace('5', 'x')), /unescaped "\$"/);
  assert.throws(() => readSnippet('${1|a|b|}'), /must be escaped/);
});

// ---- Inputs ----

const SIGNATURE: Signature = { name: 'Alex Morgan', email: 'alex@example.com', phone: '+1 555 0100' };

function note(frontMatter: string[]): Note {
  return parsedNote(noteText(['company: Acme Corp', 'interview: 2026-11-12 14:00', ...frontMatter]));
}

const interviewersYaml = (names: string[]) =>
  names.length ? ['interviewers:', ...names.map((n) => `  - name: ${JSON.stringify(n)}`)] : [];

function input(opts: { role?: string; names?: string[]; timeline?: string; details?: string[]; signature?: Signature } = {}): DraftInput {
  const fm = [
    ...(opts.role === undefined ? ['role: Data Analyst'] : opts.role ? [`role: ${JSON.stringify(opts.role)}`] : []),
    ...interviewersYaml(opts.names ?? ['Jane Doe']),
    ...(opts.timeline ? [`timeline: ${opts.timeline}`] : []),
  ];
  return {
    note: note(fm),
    details: opts.details ?? ['Their move to a dbt-based warehouse', 'The churn dashboard Raj built'],
    signature: opts.signature ?? SIGNATURE,
  };
}

const lines = (s: string) => s.split('\n');
const KINDS = ['thank-you', 'follow-up'] as const;

// ---- Drafts ----

test('drafts: the salutation greets every interviewer by first name', () => {
  const cases: [string[], string][] = [
    [[], 'Dear hiring team,'],
    [['Jane Doe'], 'Dear Jane,'],
    [['Jane Doe', 'Raj Patel'], 'Dear Jane and Raj,'],
    [['Jane Doe', 'Raj Patel', 'Li Wei'], 'Dear Jane, Raj and Li,'],
    [['Dr. Ana Lopez', 'Doe, John', 'Kim Park, PhD'], 'Dear Dr. Lopez, John and Kim,'],
  ];
  for (const kind of KINDS) {
    for (const [names, expected] of cases) {
      const text = draftText(kind, input({ names }));
      assert.equal(lines(text)[4], expected, `${kind} ${names.join('/')}`);
    }
  }
});

test('drafts: heading, subject and body name the role and the company', () => {
  const thanks = draftText('thank-you', input());
  assert.deepEqual(lines(thanks).slice(0, 3), ['## Thank-you email', '', 'Subject: Thank you — Data Analyst interview']);
  assert.match(thanks, /the Data Analyst role at Acme Corp\./);
  const follow = draftText('follow-up', input());
  assert.deepEqual(lines(follow).slice(0, 3), ['## Follow-up email', '', 'Subject: Following up — Data Analyst interview']);
  assert.match(follow, /my interview on November 12 for the Data Analyst role at Acme Corp\./);
});

test('drafts: without a role, the company stands in', () => {
  const thanks = draftText('thank-you', input({ role: '' }));
  assert.match(thanks, /^Subject: Thank you — Acme Corp interview$/m);
  assert.match(thanks, /about the role at Acme Corp\./);
  assert.match(draftText('follow-up', input({ role: '' })), /^Subject: Following up — Acme Corp interview$/m);
  assert.match(draftText('thank-you', input({ role: 'Analyst position' })), /the Analyst position at Acme Corp\./);
});

test('drafts: the follow-up says in its own words by when they hoped to decide, never quoting the note; without a stated day it only checks in', () => {
  // The interview is on Thursday 2026-11-12 (note() below).
  const cases: [string, RegExp][] = [
    ['two weeks', /you mentioned that you hoped to have an update on next steps by Thursday, November 26, so I wanted to check in\./],
    ["We'll get back to you by next Friday", /by Friday, November 13, so/],
    ['decision early next week', /by Tuesday, November 17, so/],
    ['by January 8', /by Friday, January 8, 2027, so/],
  ];
  for (const [timeline, expected] of cases) {
    const text = draftText('follow-up', input({ timeline }));
    assert.match(text, expected, timeline);
    assert.ok(!text.includes(timeline), `${timeline}: not quoted`);
    assert.doesNotMatch(text, /[“”"]|timeframe/);
  }
  for (const timeline of [undefined, 'soon', "they'll be in touch"]) {
    const text = draftText('follow-up', input(timeline ? { timeline } : {}));
    assert.match(text, / I wanted to check in on where things stand\./, String(timeline));
    assert.doesNotMatch(text, /you mentioned/);
  }
});

test('drafts: three paragraphs between salutation and sign-off, with the signature lines', () => {
  for (const kind of KINDS) {
    const text = draftText(kind, input());
    const body = text.slice(text.indexOf('Dear'), text.indexOf('Best regards,'));
    assert.equal(body.trim().split(/\n\n/).length, 4, `${kind}: salutation + 3 paragraphs`);
    assert.ok(text.endsWith('Best regards,\nAlex Morgan\nalex@example.com · +1 555 0100\n'), kind);
  }
  const noPhone = draftText('thank-you', input({ signature: { name: 'Alex Morgan', email: 'alex@example.com', phone: '' } }));
  assert.ok(noPhone.endsWith('Best regards,\nAlex Morgan\nalex@example.com\n'));
  const phoneOnly = draftText('thank-you', input({ signature: { name: '', email: ' ', phone: '555' } }));
  assert.ok(phoneOnly.endsWith('Best regards,\n555\n'));
  const none = draftText('thank-you', input({ signature: { name: '', email: '', phone: '' } }));
  assert.ok(none.endsWith('Best regards,\n'));
});

test('drafts: no calls, visits or LinkedIn; nothing desperate', () => {
  for (const kind of KINDS) {
    const text = draftText(kind, input({ timeline: 'two weeks' }));
    assert.doesNotMatch(text, /linkedin|phone|call|visit|stop by|drop by|desperate|beg|please consider|any chance/i, kind);
  }
});

test('drafts: the details become the choices of tab stop 1, the value is tab stop 2, and $0 ends it', () => {
  const details = ['Their move to a dbt-based warehouse.', '  The churn   dashboard\nRaj built ', '', 'Their move to a dbt-based warehouse'];
  for (const kind of KINDS) {
    const snippet = draftSnippet(kind, input({ details }));
    const r = readSnippet(snippet);
    assert.deepEqual(r.stops.map((s) => s.index), [1, 2, 0]);
    assert.deepEqual(r.stops[0]!.choices, ['Their move to a dbt-based warehouse', 'The churn dashboard Raj built']);
    assert.ok(r.stops[1]!.placeholder, 'tab stop 2 has a default');
    assert.ok(snippet.endsWith('$0'));
    assert.match(r.text, /: Their move to a dbt-based warehouse\. /);
  }
});

test('drafts: without details, tab stop 1 is a placeholder the editor flags as a slot', () => {
  const r = readSnippet(draftSnippet('thank-you', input({ details: [] })));
  assert.deepEqual(r.stops[0], { index: 1, placeholder: '[something specific from the conversation]' });
  assert.match(draftText('thank-you', input({ details: [] })), /stayed with me: \[something specific from the conversation\]\./);
});

test('drafts: the snippet, read as VS Code reads it, is exactly the plain text', () => {
  for (const kind of KINDS) {
    for (const details of [[], ['one'], ['a', 'b', 'c']]) {
      const i = input({ details, names: ['Jane Doe', 'Raj Patel'], timeline: 'end of next week' });
      assert.equal(readSnippet(draftSnippet(kind, i)).text, draftText(kind, i));
    }
  }
});

test('drafts: the plain text has no snippet syntax left', () => {
  for (const kind of KINDS) {
    for (const details of [[], ['one', 'two']]) {
      const text = draftText(kind, input({ details }));
      assert.doesNotMatch(text, /\$\d|\$\{|\\|\|\}/, `${kind} ${details.length}`);
    }
  }
});

test('drafts: a generated draft is read back as a draft section with its subject', () => {
  for (const kind of KINDS) {
    const text = `${noteText(['company: Acme Corp', 'interview: 2026-11-12 14:00'])}\n${draftText(kind, input())}`;
    const drafts = findDrafts(text);
    assert.equal(drafts.length, 1);
    assert.equal(drafts[0]!.kind, kind);
    assert.equal(drafts[0]!.subject, kind === 'thank-you' ? 'Thank you — Data Analyst interview' : 'Following up — Data Analyst interview');
    assert.match(drafts[0]!.body, /^Dear Jane,\n/);
  }
});

// ---- Escaping ----

const NASTY = ['$1', '${1:x}', '$0', '$TM_FILENAME', '}', '{', '\\', '\\$', 'a,b', 'a|b', '|}', '${1|a,b|}', '\\\\}', '$', 'end\\'];

test('escaping: text and placeholder values read back unchanged', () => {
  for (const v of NASTY) {
    assert.deepEqual(readSnippet(escapeSnippetText(v)), { text: v, stops: [] }, `text ${JSON.stringify(v)}`);
    const r = readSnippet(`\${3:${escapeSnippetText(v)}}`);
    assert.deepEqual(r.stops, [{ index: 3, placeholder: v }], `placeholder ${JSON.stringify(v)}`);
  }
  assert.equal(escapeSnippetText('Cost: $5 {x} \\n'), 'Cost: \\$5 {x\\} \\\\n');
});

test('escaping: choice options read back unchanged', () => {
  const options = NASTY.filter((v) => v !== '');
  const r = readSnippet(`\${1|${options.map(escapeSnippetChoice).join(',')}|}`);
  assert.deepEqual(r.stops, [{ index: 1, choices: options }]);
  assert.equal(escapeSnippetChoice('a,b|c\\d$e}'), 'a\\,b\\|c\\\\d$e}');
});

test('escaping: names, company, role, details and signature with snippet syntax', () => {
  const i: DraftInput = {
    note: note([
      'role: "R$1 ${2:x} |} lead"',
      'interviewers:',
      '  - name: "J$ne } Doe|"',
      '  - name: "Ra\\\\j|} ${TM_FILENAME}"',
      '  - name: "$Li, Jr."',
      'timeline: "$0 weeks}"',
    ]),
    details: ['costs $5, or $10|}', 'a \\ backslash, {braces}', '${1|x,y|}'],
    signature: { name: 'Me $USER', email: 'me}@example.com', phone: '\\$0' },
  };
  i.note.company = 'Acme $$ } Corp';
  for (const kind of KINDS) {
    const snippet = draftSnippet(kind, i);
    const text = draftText(kind, i);
    const r = readSnippet(snippet);
    assert.equal(r.text, text, kind);
    assert.deepEqual(r.stops[0]!.choices, i.details, kind);
    for (const raw of ['R$1 ${2:x} |} lead', 'Acme $$ } Corp', 'Dear J$ne, Ra\\j|} and $Li,', 'Me $USER', 'me}@example.com · \\$0']) {
      assert.ok(text.includes(raw), `${kind}: ${raw}`);
    }
    // The timeline is never quoted: nothing of it reaches the draft.
    if (kind === 'follow-up') assert.ok(!text.includes('$0 weeks'));
  }
});

// ---- Details to mention ----

test('details: items of the first list after the heading, as plain text', () => {
  const md = [
    '---',
    'company: Acme',
    'title: Details to mention',
    '---',
    '# Acme',
    '',
    '- not this list',
    '',
    '## details to mention (for the thank-you)',
    '',
    'Some intro text.',
    '',
    '* Their **move** to _dbt_ and `Airflow`',
    '* The [churn dashboard](https://example.com/d) Raj built',
    '  - nested: the ![chart](c.png) he showed',
    '  - it uses <b>HTML</b>',
    '* A line  ',
    '  break and \\*escaped\\* stars',
    '',
    '- a second list is not read',
    '',
    '## Questions',
    '',
    '- not a detail',
  ].join('\n');
  assert.deepEqual(detailsFromBody(md), [
    'Their move to dbt and Airflow',
    'The churn dashboard Raj built',
    'nested: the chart he showed',
    'it uses HTML',
    'A line break and *escaped* stars',
  ]);
});

test('details: other shapes', () => {
  // Any level, case-insensitive; an ordered list; task boxes; reference links; CRLF.
  assert.deepEqual(
    detailsFromBody('#### DETAILS TO MENTION\r\n\r\n1. [ ] First [thing][ref]\r\n2. [x] Second\r\n\r\n[ref]: https://example.com\r\n'),
    ['First thing', 'Second'],
  );
  // No such heading, or no list in its section: nothing (a later section's list is not taken).
  assert.deepEqual(detailsFromBody('# Notes\n\n- a\n'), []);
  assert.deepEqual(detailsFromBody('## Details to mention\n\nNone yet.\n\n## Questions\n\n- q\n'), []);
  // A sub-heading inside the section does not end it.
  assert.deepEqual(detailsFromBody('## Details to mention\n\n### From Jane\n\n- x\n'), ['x']);
  // A list in a code block is no list.
  assert.deepEqual(detailsFromBody('## Details to mention\n\n```\n- code\n```\n\n- real\n'), ['real']);
  // Empty items are skipped; a setext heading counts.
  assert.deepEqual(detailsFromBody('Details to mention\n---\n\n-\n- y\n'), ['y']);
  assert.deepEqual(detailsFromBody(''), []);
});

test('details: from a whole note, into a draft', () => {
  const text = noteText(
    ['company: Acme Corp', 'role: Data Analyst', 'interview: 2026-11-12 14:00', 'interviewers:', '  - name: Jane Doe'],
    ['# Acme', '', '## Details to mention', '', '- Their move to *dbt*.', '- The churn dashboard'],
  );
  const details = detailsFromBody(text);
  assert.deepEqual(details, ['Their move to dbt.', 'The churn dashboard']);
  const r = readSnippet(draftSnippet('thank-you', { note: parsedNote(text), details, signature: SIGNATURE }));
  assert.deepEqual(r.stops[0]!.choices, ['Their move to dbt', 'The churn dashboard']);
});
