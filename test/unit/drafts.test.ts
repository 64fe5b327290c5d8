// Finding email drafts and the "Details to mention" list in a note: a line scan, table-driven.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDrafts, type DraftKind, type DraftSection } from '../../src/core/drafts/sections';

function draft(kind: DraftKind, headingLine: number, bodyStartLine: number, endLine: number, body: string, subject?: [string, number]): DraftSection {
  const d: DraftSection = { kind, headingLine, bodyStartLine, endLine, body };
  if (subject) {
    d.subject = subject[0];
    d.subjectLine = subject[1];
  }
  return d;
}

const SAME_LEVEL = ['## Thank-you email', 'Subject: Thank you — interview', '', 'Dear Jane,', 'Thanks.', '', '## Notes', 'text'];

const cases: { name: string; lines: string[]; eol?: string; expect: DraftSection[] }[] = [
  {
    name: 'h2 with a subject ends before the next h2, trailing blank lines left out',
    lines: SAME_LEVEL,
    expect: [draft('thank-you', 1, 3, 5, 'Dear Jane,\nThanks.', ['Thank you — interview', 2])],
  },
  {
    name: 'CRLF line breaks give the same lines and a body without \\r',
    lines: SAME_LEVEL,
    eol: '\r\n',
    expect: [draft('thank-you', 1, 3, 5, 'Dear Jane,\nThanks.', ['Thank you — interview', 2])],
  },
  {
    name: 'h3 ends at a higher-level heading; a lower-level sub-heading stays in the body',
    lines: ['## Interview', '### Follow-up email', 'Subject: Checking in', 'Hi,', '#### P.S.', 'Links below.', '## Next', 'other'],
    expect: [draft('follow-up', 2, 4, 6, 'Hi,\n#### P.S.\nLinks below.', ['Checking in', 3])],
  },
  {
    name: 'levels 1 and 6, case and spelling variants; a draft ends at the next draft heading of any level',
    lines: ['# THANK YOU EMAIL', 'Hello', '###### Thankyou e-mail', 'Subject: Second', '##### Follow up email to the panel', 'Body'],
    expect: [
      draft('thank-you', 1, 2, 2, 'Hello'),
      draft('thank-you', 3, 5, 4, '', ['Second', 4]),
      draft('follow-up', 5, 6, 6, 'Body'),
    ],
  },
  {
    name: '"Thank you email", "Followup emails" and a closing # sequence',
    lines: ['## Thank you email to Jane ##', 'Subject: A', '', '## Followup emails', 'Subject: B', 'Text'],
    expect: [draft('thank-you', 1, 3, 2, '', ['A', 2]), draft('follow-up', 4, 6, 6, 'Text', ['B', 5])],
  },
  {
    name: 'near misses are no draft headings',
    lines: [
      '## Thank-you notes', '## Email to Jane', '####### Thank-you email', '#Thank-you email', '    ## Thank-you email',
      'Thank-you email', '## Follow-up emailing list', '## My thank-you email', '',
    ],
    expect: [],
  },
  {
    name: 'headings inside fenced code blocks neither open nor end a draft',
    lines: ['## Thank-you email', 'Subject: Hi', '```md', '## Not a heading', '## Thank-you email', '```', 'Regards', '~~~', '# still code', '~~~', '# End', 'x'],
    expect: [draft('thank-you', 1, 3, 10, '```md\n## Not a heading\n## Thank-you email\n```\nRegards\n~~~\n# still code\n~~~', ['Hi', 2])],
  },
  {
    name: 'a longer fence is not closed by a shorter one',
    lines: ['````', '```', '## Thank-you email', '```', '````', '## Thank-you email', 'Subject: Real'],
    expect: [draft('thank-you', 6, 8, 7, '', ['Real', 7])],
  },
  {
    name: 'front-matter lines are counted but a YAML comment is no heading',
    lines: ['---', 'company: Acme', '# Thank-you email: send by Friday', '---', '', '## Thank-you email', 'Subject: S', 'Body'],
    expect: [draft('thank-you', 6, 8, 8, 'Body', ['S', 7])],
  },
  {
    name: 'no subject: the body starts after the heading; a later "Subject:" line is body',
    lines: ['## Follow-up email', '', 'Dear Jane,', 'Subject: not the first line', ''],
    expect: [draft('follow-up', 1, 2, 4, 'Dear Jane,\nSubject: not the first line')],
  },
  {
    name: 'subject after blank lines, in bold',
    lines: ['## Thank-you email', '', '**Subject:** Thank you', '', 'Hi'],
    expect: [draft('thank-you', 1, 4, 5, 'Hi', ['Thank you', 3])],
  },
  {
    name: 'empty draft on the last line without a line break',
    lines: ['# Note', '## Thank-you email'],
    expect: [draft('thank-you', 2, 3, 2, '')],
  },
];

for (const c of cases) {
  test(`findDrafts: ${c.name}`, () => {
    assert.deepEqual(findDrafts(c.lines.join(c.eol ?? '\n')), c.expect);
  });
}


test('findDrafts: front-matter closed by "..." and a later --- rule: the drafts are found', () => {
  const text = ['---', 'company: Acme', '...', '', '## Thank-you email', '', 'Subject: Thanks', '', 'Hi Ana,', '', '---', ''].join('\n');
  const drafts = findDrafts(text);
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0]!.headingLine, 5);
  assert.equal(drafts[0]!.subject, 'Thanks');
});

test('findDrafts: a setext heading opens a draft; its body starts after the underline', () => {
  const drafts = findDrafts(['Follow-up email', '---------------', '', 'Subject: Checking in', '', 'Hello', ''].join('\n'));
  assert.deepEqual(drafts.map((d) => [d.kind, d.headingLine, d.subjectLine, d.body]), [['follow-up', 1, 4, 'Hello']]);
});
