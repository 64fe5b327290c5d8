// Differential test: the note model's line scanner (src/core/markdown.ts) must read headings,
// code fences and list items where remark (mdast, CommonMark) does, on generated documents and
// on every fixture. 10,000 documents with a fixed seed (IFU_PROPERTY_RUNS / IFU_PROPERTY_SEED
// change that); the structure is independent of the time zone, so the other zones run 500.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import fc from 'fast-check';
import { remark } from 'remark';
import { NoteText, scanBody, splitLines } from '../../src/core/note/noteText';

interface MdNode {
  type: string;
  depth?: number;
  lang?: string | null;
  position?: { start: { line: number }; end: { line: number } };
  children?: MdNode[];
}

interface Shape {
  headings: [line: number, level: number][];
  fences: [open: number, close: number | null][];
  items: number[];
}

const FENCE_LINE = /^(?:`{3,}|~{3,})/;

/** What remark reads: heading lines and depths, fenced code (first and closing line), list item lines. */
function remarkShape(lines: string[]): Shape {
  const root = remark().parse(lines.join('\n')) as unknown as MdNode;
  const shape: Shape = { headings: [], fences: [], items: [] };
  const visit = (node: MdNode) => {
    const start = node.position!.start.line;
    const end = node.position!.end.line;
    if (node.type === 'heading') shape.headings.push([start, node.depth!]);
    if (node.type === 'listItem') shape.items.push(start);
    const opener = node.type === 'code' ? FENCE_LINE.exec(lines[start - 1]!.replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/, '').trimStart()) : null;
    if (opener) {
      // A fence's code ends at its closing line (same character, at least as long); an unclosed one runs on.
      const open = /[`~]+/.exec(opener[0])![0];
      const last = (lines[end - 1] ?? '').trim();
      const closed = end > start && /^([`~])\1*$/.test(last) && last[0] === open[0] && last.length >= open.length;
      shape.fences.push([start, closed ? end : null]);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return shape;
}

function scannerShape(lines: string[]): Shape {
  const s = scanBody(lines, 1);
  return {
    headings: s.headings.map((h) => [h.line, h.level]),
    fences: s.fences.map((f) => [f.openLine, f.closeLine ?? null]),
    items: s.items.map((i) => i.line),
  };
}

const word = fc.constantFrom('alpha', 'beta', 'Thank-you email', 'Follow-up email', 'due: 2026-12-01', 'x', 'Details to mention', '1.', '#tag', 'a # b');
const words = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const indent = fc.integer({ min: 0, max: 3 }).map((n) => ' '.repeat(n));
const line = fc.oneof(
  fc.constant(''),
  words,
  fc.tuple(indent, words).map(([i, w]) => i + w),
  fc.tuple(indent, fc.integer({ min: 1, max: 7 }), fc.constantFrom(' ', '  ', ''), words, fc.constantFrom('', ' ##', ' #'))
    .map(([i, n, sp, w, close]) => `${i}${'#'.repeat(n)}${sp}${w}${close}`),
  fc.tuple(indent, fc.constantFrom('```', '~~~', '````', '~~~~', '`````'), fc.constantFrom('', 'js', ' text', '  ')).map(([i, f, info]) => i + f + info),
  fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '-   ', '-\t'), fc.constantFrom('', '[ ] ', '[x] ', '[ ]'), words)
    .map(([n, m, box, w]) => `${' '.repeat(n)}${m}${box}${w}`),
  fc.constantFrom('---', '***', '- - -', '___', '===', '  ---', '--- ', '...', '    code', '\tcode', '-', '1.'),
);
const documents = fc.array(line, { maxLength: 24 });

const runs = Number(process.env.IFU_PROPERTY_RUNS ?? (process.env.TZ === 'UTC' ? 10_000 : 500));
const seed = Number(process.env.IFU_PROPERTY_SEED ?? 20261126);

test(`markdown scanner agrees with remark on ${runs} generated documents (seed ${seed})`, () => {
  fc.assert(
    fc.property(documents, (lines) => {
      assert.deepEqual(scannerShape(lines), remarkShape(lines));
    }),
    { numRuns: runs, seed },
  );
});

/** Every Markdown fixture and demo template in the repository, bodies only. */
function fixtures(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) fixtures(path, out);
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

test('markdown scanner agrees with remark on every fixture', () => {
  const files = [...fixtures('test/fixtures'), ...fixtures('demo/templates')];
  assert.ok(files.length > 5);
  for (const file of files) {
    const note = new NoteText(readFileSync(file, 'utf8'));
    const body = splitLines(note.text).slice(note.bodyFirstLine - 1);
    assert.deepEqual(scannerShape(body), remarkShape(body), file);
  }
});

test('the cases that disagreed before: "..." closer and a later rule, 4-backtick fences, "--- " closer, "---key" in YAML', () => {
  // A rule under a paragraph is a setext heading in CommonMark; drafts after it are still found.
  const dots = new NoteText('---\ncompany: A\n...\n# Thank-you email\n\ntext\n\n---\n');
  assert.equal(dots.frontMatter?.closeLine, 3);
  assert.deepEqual(dots.structure.headings.map((h) => h.text), ['Thank-you email']);

  const fence = new NoteText('````\n- [ ] inside 📅 2026-12-01\n```\n````\n- [ ] outside\n');
  assert.deepEqual(fence.structure.items.map((i) => i.line), [5]);

  const spaced = new NoteText('---\ncompany: A\n--- \n- [ ] a\n\n---\n- [ ] b\n');
  assert.equal(spaced.frontMatter?.closeLine, 3);
  assert.deepEqual(spaced.structure.items.map((i) => i.line), [4, 7]);

  const dashKey = new NoteText('---\ncompany: A\n---status: rejected\nrole: B\n---\n');
  assert.equal(dashKey.frontMatter?.closeLine, 5);
});

// A big note is read in slices (NoteText.scanSome between the pipeline's turns): slicing must not
// change what is read, whatever the slice size, the line endings or the front-matter's last line.
test(`the note model reads the same structure in slices as at once, on ${runs} generated notes (seed ${seed})`, () => {
  const note = fc.tuple(
    fc.constantFrom('', '---\ncompany: A\n---\n', '---\ncompany: A\n...\n', '---\na: 1\n---'),
    documents,
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
    fc.integer({ min: 1, max: 5 }),
  );
  fc.assert(
    fc.property(note, ([head, lines, eol, trailing, slice]) => {
      const text = head.replace(/\n/g, eol) + lines.join(eol) + (trailing ? eol : '');
      const whole = new NoteText(text);
      const body = splitLines(text).slice(whole.bodyFirstLine - 1);
      const expected = scanBody(body, whole.bodyFirstLine);
      const sliced = new NoteText(text);
      let steps = 0;
      while (!sliced.scanSome(slice)) steps++;
      // Each slice reads `slice` lines, no more: the last one completes the structure.
      assert.equal(steps, Math.max(0, Math.ceil(body.length / slice) - 1));
      assert.deepEqual(sliced.structure, expected);
      assert.deepEqual(whole.structure, expected);
    }),
    { numRuns: runs, seed },
  );
});
