// Property tests: the reader (note.ts) and the editor (frontmatterEdit.ts) read every
// front-matter the same way, an edit changes exactly one value, and reading never throws.
// 10,000 cases per property with a fixed seed; IFU_PROPERTY_RUNS=N runs N (and
// IFU_PROPERTY_SEED another seed). The full count runs in one time zone (UTC) only: the
// properties do not depend on the zone, and the other three zones run 500 cases each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMap, isScalar, parseDocument } from 'yaml';
import { applyEdit, locateFrontMatter, setFrontMatterValue } from '../../src/core/edits/frontMatterEdit';
import { ambiguousLineBreak, readYaml, sameData } from '../../src/core/note/yaml';
import { parseNote } from '../../src/core/note/parse';

const fullZone = (process.env.TZ ?? 'UTC') === 'UTC';
const RUNS = Number(process.env.IFU_PROPERTY_RUNS ?? (fullZone ? 10_000 : 500));
const SEED = Number(process.env.IFU_PROPERTY_SEED ?? 20261126);
const params = { numRuns: RUNS, seed: SEED };

// Pieces people (and hostile files) put in front-matter: odd keys, quoting, comments, flow and
// block collections, anchors, tags, fence-like lines and every kind of line break.
const KEYS = ['company', 'interview', 'thankYou', 'cardMailed', 'followUp', 'status', 'role', 'card', 'x', '"thankYou"', "'status'", 'a b', '---x', '...x', '-', '?', '&a k', '*a', '!!str k', '<<', 'null', '~', '010', '"a\\nb"', 'thankYou ', ' thankYou', 'é', '#k'];
const SEPS = [':', ': ', ':\t', ' : ', ':  ', '', ' :'];
const VALUES = ['', '~', 'null', 'true', 'yes', 'no', '2026-11-20', '2026-11-20 10:00', '"quoted # not a comment"', "'it''s'", '[a, b]', '{a: 1}', '|', '>-', '&anchor v', '*anchor', '!!str x', '!!js/function f', '"multi', 'line"', '# comment', 'v # comment', 'a: b', '- item', '...', '---', '--- x', '0x1F', '1:30', '"\\u2028"', '\t', '@at', '`tick`', '%TAG'];
const BREAKS = ['\n', '\n', '\n', '\r\n', '\r\n', '\r', '\u2028', '\x85'];
const INDENTS = ['', '', '', ' ', '  ', '\t', '    '];

const piece = (xs: string[]) => fc.constantFrom(...xs);
const freeText = fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '-', '"', "'", '\\', '{', '[', ',', '\t', '\r', '\n', 'é', '\u{1F680}', '\x00', '\u202e', '&', '*', '!', '|', '>'), maxLength: 12 });
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(piece(INDENTS), piece(KEYS), piece(SEPS), fc.oneof(piece(VALUES), freeText)).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(piece(INDENTS), piece(['- ', '-', '# ', '? '])).chain(([i, m]) => fc.oneof(piece(VALUES), freeText).map((v) => i + m + v)) },
  { weight: 1, arbitrary: freeText },
);
const block = fc.array(fc.tuple(line, piece(BREAKS)), { maxLength: 8 }).map((ls) => ls.map(([l, b]) => l + b).join(''));
const eol = piece(['\n', '\r\n']);
/** A note: maybe a BOM, `---`, a front-matter block, a closing fence, a body. */
const noteText = fc.tuple(fc.boolean(), eol, block, piece(['---', '...']), piece(['', 'Body\n', '---\nthankYou: body\n'])).map(
  ([bom, e, b, close, body]) => `${bom ? '\uFEFF' : ''}---${e}${b}${b === '' || /[\n]$/.test(b) ? '' : e}${close}${e}${body}`,
);
// Mostly well-formed lines, so that most of these notes are valid and their keys get compared.
const tameLine = fc.tuple(piece(['thankYou', 'status', 'role', 'x', '"cardMailed"', 'followUp', 'timeline', 'y_z', 'a-b']), piece([': ', ':\t', ' : ', ':']), fc.oneof(piece(VALUES), freeText))
  .map(([k, sep, v]) => `${k}${sep === ':' ? ': ' : sep}${v}`);
const tameBlock = fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: tameLine }, { weight: 1, arbitrary: line }), piece(BREAKS)), { maxLength: 6 })
  .map((ls) => ls.map(([l, b]) => l + b).join(''));
/** A note the reader accepts as a note (mostly), followed by front-matter lines. */
const validNoteText = fc.tuple(eol, tameBlock).map(([e, b]) => `---${e}company: Acme${e}interview: 2026-11-20 10:00${e}${b}${b === '' || /\n$/.test(b) ? '' : e}---${e}Body${e}`);

const EDITS = fc.oneof(
  fc.tuple(piece(['thankYou', 'cardMailed', 'followUp']), piece(['2026-11-21', '2026-11-21 09:30'])),
  fc.tuple(fc.constant('status'), fc.oneof(piece(['applied', 'offer', 'on hold', 'yes', 'null', '2026', 'a: b', '#1', "it's"]), freeText.filter((s) => s.trim() !== ''))),
  fc.tuple(fc.constant('card'), fc.boolean()),
);

function readerData(text: string): Record<string, unknown> | undefined {
  const fm = locateFrontMatter(text);
  if (!fm) return undefined;
  const r = readYaml(text.slice(fm.contentStart, fm.contentEnd));
  return r.ok && r.data && typeof r.data === 'object' ? (r.data as Record<string, unknown>) : undefined;
}

test(`property: an accepted edit sets the value for the reader and changes no other byte or key (${RUNS} cases)`, () => {
  let accepted = 0;
  let keptValid = 0;
  fc.assert(
    fc.property(fc.oneof(noteText, validNoteText), EDITS, (text, [key, value]) => {
      const r = setFrontMatterValue(text, key, value);
      if (!r.ok) {
        assert.equal(typeof r.message, 'string');
        return;
      }
      accepted++;
      const after = applyEdit(text, r.edit);
      const fm = locateFrontMatter(text)!;
      // The splice lies inside the front-matter block: the fences and the body keep every byte.
      assert.ok(r.edit.offset >= fm.contentStart && r.edit.offset + r.edit.length <= fm.contentEnd);
      assert.equal(after.slice(0, r.edit.offset), text.slice(0, r.edit.offset));
      assert.equal(after.slice(r.edit.offset + r.edit.text.length), text.slice(r.edit.offset + r.edit.length));
      const before = readerData(text);
      const now = readerData(after);
      assert.ok(now, 'the reader still reads the front-matter');
      assert.equal(now[key], value);
      const rest = (d: Record<string, unknown> | undefined) => Object.fromEntries(Object.entries(d ?? {}).filter(([k]) => k !== key));
      assert.equal(sameData(rest(before), rest(now)), true);
      // A note the reader accepted is still a note, with the same other fields.
      const was = parseNote(text, 'n.md');
      if (was.kind === 'note') {
        keptValid++;
        const is = parseNote(after, 'n.md');
        assert.equal(is.kind, 'note', JSON.stringify(is));
      }
    }),
    params,
  );
  // Not vacuous: a good share of the generated notes are edited, many of them valid notes.
  assert.ok(accepted > RUNS * 0.1, `only ${accepted} of ${RUNS} edits accepted`);
  assert.ok(keptValid > RUNS * 0.05, `only ${keptValid} of ${RUNS} edits on valid notes`);
});

test(`property: reading and editing never throw, on arbitrary text and bytes (${RUNS} cases)`, () => {
  const decoder = new TextDecoder('utf-8');
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((b) => decoder.decode(b)),
    noteText,
    block.map((b) => `---\n${b}\n---\n`),
    fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `---\ncompany: A\ninterview: 2026-11-20\n${s}\n---\n${s}`),
  );
  fc.assert(
    fc.property(anyText, EDITS, (text, [key, value]) => {
      const parsed = parseNote(text, 'n.md');
      assert.ok(['note', 'broken', 'ignored'].includes(parsed.kind));
      const r = setFrontMatterValue(text, key, value);
      assert.equal(typeof r.ok, 'boolean');
    }),
    params,
  );
});

test(`property: reader and editor agree on where every key is (${RUNS} cases)`, () => {
  let compared = 0;
  fc.assert(
    fc.property(validNoteText, (text) => {
      const parsed = parseNote(text, 'n.md');
      if (parsed.kind !== 'note') return;
      const fm = locateFrontMatter(text)!;
      const yamlText = text.slice(fm.contentStart, fm.contentEnd);
      if (ambiguousLineBreak(yamlText) !== undefined) {
        // A CR without LF: the two YAML libraries split lines differently, so the editor
        // must refuse every edit of such a note.
        for (const key of ['thankYou', 'status', 'company']) assert.equal(setFrontMatterValue(text, key, 'x').ok, false);
        return;
      }
      const doc = parseDocument(yamlText);
      const map = doc.contents;
      if (doc.errors.length || !isMap(map)) return;
      const firstLine = text.slice(0, fm.contentStart).split('\n').length;
      for (const [key, line] of Object.entries(parsed.note.keyLines)) {
        const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        // Every key the reader places is one the editor sees, on the same line.
        assert.ok(pair && isScalar(pair.key), `editor has no key ${key}`);
        const editorLine: number = firstLine + text.slice(fm.contentStart, fm.contentStart + pair.key.range![0]).split('\n').length - 1;
        assert.equal(line, editorLine, `line of ${key}`);
      }
      compared++;
    }),
    params,
  );
  assert.ok(compared > RUNS * 0.2, `only ${compared} notes compared`);
});
