import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import {
  applyEdit,
  formatScalar,
  locateFrontMatter,
  reverseEdit,
  setFrontMatterValue,
  type TextEdit,
} from '../../src/core/edits/frontMatterEdit';

/** The value `key` reads back as from the front-matter of `text`, via `yaml`. */
function readBack(text: string, key: string): unknown {
  const fm = locateFrontMatter(text);
  assert.ok(fm, 'front-matter still present');
  const doc = parseDocument(text.slice(fm.contentStart, fm.contentEnd));
  assert.deepEqual(doc.errors, []);
  return doc.toJS()[key];
}

function set(text: string, key: string, value: string | number | boolean): string {
  const r = setFrontMatterValue(text, key, value);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return applyEdit(text, r.edit);
}

type Value = string | number | boolean;
const edits: { name: string; text: string; key: string; value: Value; expected: string }[] = [
  { name: 'plain value, LF', text: '---\ncompany: Acme\nthankYou: x\n---\nBody\n', key: 'thankYou', value: '2026-11-26', expected: '---\ncompany: Acme\nthankYou: 2026-11-26\n---\nBody\n' },
  { name: 'plain value, CRLF', text: '---\r\ncompany: Acme\r\nthankYou: x\r\n---\r\nBody\r\n', key: 'thankYou', value: '2026-11-26 14:00', expected: '---\r\ncompany: Acme\r\nthankYou: 2026-11-26 14:00\r\n---\r\nBody\r\n' },
  { name: 'BOM', text: '\uFEFF---\nthankYou: ~\n---\n', key: 'thankYou', value: true, expected: '\uFEFF---\nthankYou: true\n---\n' },
  { name: '~ with trailing comment keeps spacing', text: '---\nthankYou: ~  # sent?\n---\n', key: 'thankYou', value: '2026-11-26', expected: '---\nthankYou: 2026-11-26  # sent?\n---\n' },
  { name: 'null value', text: '---\nthankYou: null\nb: 1\n---\n', key: 'thankYou', value: true, expected: '---\nthankYou: true\nb: 1\n---\n' },
  { name: 'date value replaced', text: '---\nfollowUp: 2026-11-20 # first try\n---\n', key: 'followUp', value: '2026-12-01', expected: '---\nfollowUp: 2026-12-01 # first try\n---\n' },
  { name: 'true value replaced', text: '---\ncardMailed: true\n---\n', key: 'cardMailed', value: '2026-11-27', expected: '---\ncardMailed: 2026-11-27\n---\n' },
  { name: 'empty value', text: '---\nthankYou:\nb: 1\n---\n', key: 'thankYou', value: '2026-11-26', expected: '---\nthankYou: 2026-11-26\nb: 1\n---\n' },
  { name: 'empty value with comment', text: '---\nthankYou:   # later\n---\n', key: 'thankYou', value: '2026-11-26', expected: '---\nthankYou: 2026-11-26   # later\n---\n' },
  { name: 'empty value at end, CRLF', text: '---\r\na: 1\r\nthankYou:\r\n---\r\n', key: 'thankYou', value: true, expected: '---\r\na: 1\r\nthankYou: true\r\n---\r\n' },
  { name: 'single-quoted value', text: "---\nthankYou: 'not yet'\n---\n", key: 'thankYou', value: '2026-11-26', expected: '---\nthankYou: 2026-11-26\n---\n' },
  { name: 'double-quoted value and key', text: '---\n"thankYou" : "x # y"   # c\n---\n', key: 'thankYou', value: 'a: b', expected: '---\n"thankYou" : "a: b"   # c\n---\n' },
  { name: "single-quoted key", text: "---\n'company': Old\n---\n", key: 'company', value: 'Société Générale', expected: "---\n'company': Société Générale\n---\n" },
  { name: 'emoji company', text: '---\ncompany: Old\n---\n', key: 'company', value: 'Rocket 🚀 Labs', expected: '---\ncompany: Rocket 🚀 Labs\n---\n' },
  { name: 'tabs inside values are kept elsewhere', text: '---\nrole:\tStaff\tEngineer\t# tabbed\nthankYou: no\n---\n', key: 'thankYou', value: 'a\tb', expected: '---\nrole:\tStaff\tEngineer\t# tabbed\nthankYou: a\tb\n---\n' },
  { name: 'tab before value', text: '---\nthankYou:\told\n---\n', key: 'thankYou', value: 'new', expected: '---\nthankYou:\tnew\n---\n' },
  { name: 'comments and blank lines elsewhere', text: '---\n# header\n\ncompany: Acme # c1\n\n  # indented comment\nthankYou: x\n\n---\n', key: 'thankYou', value: true, expected: '---\n# header\n\ncompany: Acme # c1\n\n  # indented comment\nthankYou: true\n\n---\n' },
  { name: 'flow map elsewhere untouched', text: '---\ninterviewers: [{name: Jane}]\nthankYou: ~\n---\n', key: 'thankYou', value: true, expected: '---\ninterviewers: [{name: Jane}]\nthankYou: true\n---\n' },
  { name: 'absent key inserted before fence', text: '---\ncompany: Acme\n---\nBody\n', key: 'thankYou', value: '2026-11-26', expected: '---\ncompany: Acme\nthankYou: 2026-11-26\n---\nBody\n' },
  { name: 'absent key, CRLF kept', text: '---\r\ncompany: Acme\r\n---\r\n', key: 'thankYou', value: true, expected: '---\r\ncompany: Acme\r\nthankYou: true\r\n---\r\n' },
  { name: 'absent key after flow map and block list', text: '---\ninterviewers: [{name: Jane}]\ntags:\n  - a\n---\n', key: 'thankYou', value: true, expected: '---\ninterviewers: [{name: Jane}]\ntags:\n  - a\nthankYou: true\n---\n' },
  { name: 'empty front-matter', text: '---\n---\nBody\n', key: 'thankYou', value: '2026-11-26', expected: '---\nthankYou: 2026-11-26\n---\nBody\n' },
  { name: 'empty front-matter, CRLF + BOM', text: '\uFEFF---\r\n---\r\n', key: 'thankYou', value: true, expected: '\uFEFF---\r\nthankYou: true\r\n---\r\n' },
  { name: 'comment-only front-matter', text: '---\n# nothing yet\n---\n', key: 'a', value: 1, expected: '---\n# nothing yet\na: 1\n---\n' },
  { name: '... closing fence', text: '---\nthankYou: ~\n...\nBody\n', key: 'thankYou', value: true, expected: '---\nthankYou: true\n...\nBody\n' },
  { name: '... fence, absent key', text: '---\na: 1\n...\n', key: 'b', value: 2, expected: '---\na: 1\nb: 2\n...\n' },
  { name: 'closing fence without final newline', text: '---\na: 1\n---', key: 'a', value: 2, expected: '---\na: 2\n---' },
  { name: 'body with --- lines untouched', text: '---\nthankYou: ~\n---\nIntro\n---\nthankYou: body\n---\n', key: 'thankYou', value: true, expected: '---\nthankYou: true\n---\nIntro\n---\nthankYou: body\n---\n' },
  { name: 'absent key, body has ---', text: '---\na: 1\n---\n---\nx: 1\n', key: 'b', value: 'c', expected: '---\na: 1\nb: c\n---\n---\nx: 1\n' },
  { name: 'multi-line quoted value collapsed', text: '---\nnote: "a\n  b" # c\nz: 1\n---\n', key: 'note', value: 'c', expected: '---\nnote: c # c\nz: 1\n---\n' },
  { name: 'string with newline is double-quoted on one line', text: '---\nnote: x\n---\n', key: 'note', value: 'line1\nline2', expected: '---\nnote: "line1\\nline2"\n---\n' },
  { name: 'string "true" is quoted', text: '---\nnote: x\n---\n', key: 'note', value: 'true', expected: '---\nnote: "true"\n---\n' },
  { name: 'number', text: '---\nduration: 45\n---\n', key: 'duration', value: 60, expected: '---\nduration: 60\n---\n' },
  { name: 'key that needs quoting is inserted quoted', text: '---\na: 1\n---\n', key: 'odd: key', value: 'v', expected: '---\na: 1\n"odd: key": v\n---\n' },
];

for (const c of edits) {
  test(`edit: ${c.name}`, () => {
    const out = set(c.text, c.key, c.value);
    assert.equal(out, c.expected);
    assert.equal(readBack(out, c.key), c.value);
  });
}

const refusals: { name: string; text: string; key: string; message: RegExp }[] = [
  { name: 'duplicate key', text: '---\nthankYou: a\nthankYou: b\n---\n', key: 'thankYou', message: /appears 2 times/ },
  { name: 'YAML error', text: '---\ncompany: [Acme\nthankYou: ~\n---\n', key: 'thankYou', message: /not valid YAML \(line \d+\)/ },
  { name: 'duplicate of another key is a YAML error', text: '---\na: 1\na: 2\n---\n', key: 'thankYou', message: /not valid YAML \(line 3\)/ },
  { name: '---js opener', text: '---js\n{ a: 1 }\n---\n', key: 'a', message: /No front-matter/ },
  { name: 'no opener', text: 'company: Acme\n---\n', key: 'company', message: /No front-matter/ },
  { name: 'opener with trailing space', text: '--- \na: 1\n---\n', key: 'a', message: /No front-matter/ },
  { name: 'no closing fence', text: '---\na: 1\n', key: 'a', message: /No front-matter/ },
  { name: 'empty file', text: '', key: 'a', message: /No front-matter/ },
  { name: 'flow collection value', text: '---\ninterviewers: [{name: Jane}]\n---\n', key: 'interviewers', message: /list, map or alias/ },
  { name: 'block list value', text: '---\ntags:\n  - a\n---\n', key: 'tags', message: /list, map or alias/ },
  { name: 'block map value', text: '---\nthankYou:\n  date: x\n---\n', key: 'thankYou', message: /list, map or alias/ },
  { name: 'block scalar value', text: '---\nnotes: |\n  hi\n---\n', key: 'notes', message: /multi-line/ },
  { name: 'tagged value', text: '---\nthankYou: !!str x\n---\n', key: 'thankYou', message: /tag or anchor/ },
  { name: 'top-level flow map', text: '---\n{a: 1}\n---\n', key: 'b', message: /not a block/ },
  { name: 'top-level list', text: '---\n- a\n---\n', key: 'b', message: /not a block/ },
  { name: 'indented top-level map cannot take a new key', text: '---\n  a: 1\n---\n', key: 'b', message: /change more than/ },
];

for (const c of refusals) {
  test(`refuse: ${c.name}`, () => {
    const r = setFrontMatterValue(c.text, c.key, 'v');
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.message, c.message);
  });
}

test('formatScalar', () => {
  const cases: [Value, string][] = [
    ['2026-11-26', '2026-11-26'],
    ['2026-11-26 14:00', '2026-11-26 14:00'],
    ['Acme Corp', 'Acme Corp'],
    ['Société Générale', 'Société Générale'],
    [true, 'true'],
    [false, 'false'],
    [3.5, '3.5'],
    [Number.NaN, '.nan'],
    [-Infinity, '-.inf'],
    ['true', '"true"'],
    ['yes', '"yes"'], // a boolean to YAML 1.1 readers
    ['14:00', '"14:00"'], // sexagesimal 840 to YAML 1.1 readers
    ['42', '"42"'],
    ['', '""'],
    [' padded', '" padded"'],
    ['a # b', '"a # b"'],
    ['key: v', '"key: v"'],
    ['- item', '"- item"'],
    ['@handle', '"@handle"'],
    ['say "hi"\n', '"say \\"hi\\"\\n"'],
    ['null', '"null"'],
    ['\u0085x', '"\\u0085x"'],
  ];
  for (const [value, expected] of cases) {
    const out = formatScalar(value);
    assert.equal(out, expected, String(value));
    const back = parseDocument(`k: ${out}\n`).toJS().k;
    assert.ok(Object.is(back, value), `${out} reads back as ${String(back)}`);
  }
});

test('locateFrontMatter', () => {
  assert.deepEqual(locateFrontMatter('\uFEFF---\r\na: 1\r\n...\r\n'), { contentStart: 6, contentEnd: 12, bodyStart: 17, closeLine: 3, eol: '\r\n' });
  assert.deepEqual(locateFrontMatter('---\n---\n'), { contentStart: 4, contentEnd: 4, bodyStart: 8, closeLine: 2, eol: '\n' });
  assert.deepEqual(locateFrontMatter('---\na: 1\n---'), { contentStart: 4, contentEnd: 9, bodyStart: 12, closeLine: 3, eol: '\n' });
  assert.equal(locateFrontMatter('---js\n---\n'), undefined);
  assert.equal(locateFrontMatter('---'), undefined);
  // Trailing spaces and tabs after a closer are allowed; a line that only starts with --- is YAML.
  assert.equal(locateFrontMatter('---\na: 1\n--- \t\nbody')?.closeLine, 3);
  assert.equal(locateFrontMatter('---\n---a: 1\n...\n')?.closeLine, 3);
});

// Deterministic PRNG (mulberry32) so failures reproduce.
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('property: 300 random front-matters change only the target value', () => {
  const rand = rng(20261126);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Raw source of a scalar value ('' = no value at all).
  const rawValues = ['Acme', 'Acme Corp', "'single'", '"double"', '~', 'null', '', '2026-11-26', '2026-11-26 14:00', 'true', '42', 'Staff\tEngineer', 'Société Générale', '"🚀 Rocket"', "'it''s'"];
  const newValues: Value[] = ['2026-11-26', '2026-11-26 14:00', true, false, 7, 'Acme Corp', 'Société Générale 🎉', 'a\tb', 'x # y', 'two\nlines', '', 'true', "it's", '"quoted"', '14:00'];
  const keys = ['company', 'role', 'thankYou', 'cardMailed', 'followUp', 'timezone'];
  const body = ['', 'Notes\n', 'Intro\n---\nthankYou: body\n---\n'];
  let inserted = 0;
  let replaced = 0;
  for (let i = 0; i < 300; i++) {
    const eol = rand() < 0.5 ? '\r\n' : '\n';
    const target = pick(keys);
    const present = rand() < 0.7;
    const lines: string[] = [];
    let targetRaw: string | undefined;
    for (const key of keys) {
      // Extra keys are suffixed so they never collide.
      if (rand() < 0.3) lines.push(pick(['# comment', '', '  # indented comment', `interviewers_${key}: [{name: Jane}]`, `tags_${key}:\n  - a\n  - b`]));
      if (key === target ? !present : rand() < 0.3) continue;
      const raw = pick(rawValues);
      const comment = rand() < 0.3 ? pick(['  # sent?', ' # later', '\t# tab']) : '';
      const sep = raw === '' ? '' : pick([' ', '  ', '\t']);
      if (key === target) targetRaw = raw;
      lines.push(`${rand() < 0.2 ? `"${key}"` : key}:${sep}${raw}${comment}`);
    }
    const fence = pick(['---', '...']);
    const text = `${rand() < 0.2 ? '\uFEFF' : ''}---${eol}${lines.map((l) => l.replace(/\n/g, eol) + eol).join('')}${fence}${eol}${pick(body).replace(/\n/g, eol)}`;
    const value = pick(newValues);
    const r = setFrontMatterValue(text, target, value);
    assert.ok(r.ok, `#${i}: ${r.ok ? '' : r.message}\n${text}`);
    const edit: TextEdit = r.edit;
    const out = applyEdit(text, edit);
    const fm = locateFrontMatter(text)!;
    // The edit covers exactly the old value's characters (or nothing), inside the front-matter, on one line.
    assert.equal(text.slice(edit.offset, edit.offset + edit.length), targetRaw ?? '', `#${i}`);
    assert.ok(edit.offset >= fm.contentStart && edit.offset + edit.length <= fm.contentEnd, `#${i}`);
    // An inserted key is one line ending in the file's own line ending; a replaced value has none.
    const newLine = targetRaw === undefined ? edit.text.slice(0, -eol.length) : edit.text;
    if (targetRaw === undefined) assert.equal(edit.text.slice(-eol.length), eol);
    assert.doesNotMatch(newLine, /[\r\n]/);
    // Every byte outside the edited range is identical.
    assert.equal(out.slice(0, edit.offset), text.slice(0, edit.offset));
    assert.equal(out.slice(edit.offset + edit.text.length), text.slice(edit.offset + edit.length));
    // The new value parses back; every other key keeps its parsed value.
    assert.ok(Object.is(readBack(out, target), value), `#${i}`);
    const before = parseDocument(text.slice(fm.contentStart, fm.contentEnd)).toJS() ?? {};
    const afterFm = locateFrontMatter(out)!;
    const after = parseDocument(out.slice(afterFm.contentStart, afterFm.contentEnd)).toJS();
    delete before[target];
    delete after[target];
    assert.deepEqual(after, before, `#${i}`);
    if (targetRaw === undefined) inserted++;
    else replaced++;
  }
  // The generator really exercised both paths.
  assert.ok(inserted > 30 && replaced > 100, `${inserted} inserted, ${replaced} replaced`);
});

test('reverseEdit: takes a mark back byte for byte, and refuses once the value changed', () => {
  const text = '---\r\ncompany: A\r\nthankYou: ~ # later\r\n---\r\n';
  const r = setFrontMatterValue(text, 'thankYou', '2026-11-26');
  assert.ok(r.ok);
  const marked = applyEdit(text, r.edit);
  const replaced = text.slice(r.edit.offset, r.edit.offset + r.edit.length);
  const back = reverseEdit(marked, r.edit, replaced);
  assert.ok(back.ok);
  assert.equal(applyEdit(marked, back.edit), text);
  assert.equal(reverseEdit(marked.replace('2026-11-26', '2026-11-27'), r.edit, replaced).ok, false);
});
