// The Markdown injection grammar, run through the same TextMate engine as VS Code
// (vscode-textmate + the Oniguruma wasm), and the Markdown snippets file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { parseNote } from '../../src/core/note/parse';
import { tasksOf } from '../../src/core/note/tasks';
import { NoteText } from '../../src/core/note/noteText';

// Bundled into out/test/unit/, so nothing is found relative to this file: the tests run from the
// repository root (npm scripts do), with a fallback to the bundle's place in out/test/unit/.
const ROOT = [process.cwd(), path.resolve(__dirname, '../../..')].find((dir) =>
  existsSync(path.join(dir, 'syntaxes', 'interview-followup.injection.tmLanguage.json')),
) ?? process.cwd();
const at = (...parts: string[]) => path.join(ROOT, ...parts);

const INJECTION = 'markdown.interview-followup.injection';
const MARKDOWN = 'text.html.markdown';
const GRAMMAR_FILES: Record<string, string> = {
  [MARKDOWN]: at('test', 'fixtures', 'grammar', 'markdown-base.tmLanguage.json'),
  [INJECTION]: at('syntaxes', 'interview-followup.injection.tmLanguage.json'),
};

let grammarPromise: Promise<vsctm.IGrammar> | undefined;
function markdownGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    // The wasm is a file next to vscode-oniguruma's main.js: resolved from the repository, by absolute path.
    const wasmPath = createRequire(at('package.json')).resolve('vscode-oniguruma/release/onig.wasm');
    const wasm = readFileSync(wasmPath);
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        const file = GRAMMAR_FILES[scopeName];
        return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName) => (scopeName === MARKDOWN ? [INJECTION] : undefined),
    });
    const grammar = await registry.loadGrammar(MARKDOWN);
    if (!grammar) throw new Error('the test Markdown grammar did not load');
    return grammar;
  })();
  return grammarPromise;
}

interface Token {
  start: number;
  end: number;
  scopes: string[];
}

/** The tokens of each line of a text. */
async function tokenize(text: string): Promise<{ line: string; tokens: Token[] }[]> {
  const grammar = await markdownGrammar();
  let stack = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return { line, tokens: r.tokens.map((t) => ({ start: t.startIndex, end: t.endIndex, scopes: t.scopes })) };
  });
}

/** How many characters of line[start, end) carry the scope. */
function coveredChars(tokens: Token[], start: number, end: number, scope: string): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const t = tokens.find((tok) => tok.start <= i && i < tok.end);
    if (t?.scopes.includes(scope)) n++;
  }
  return n;
}

const PLACEHOLDER = 'invalid.illegal.placeholder.interview-followup';
const DUE = 'constant.other.date.due.interview-followup';
const DUE_KEYWORD = 'keyword.other.due.interview-followup';
const SUBJECT_KEYWORD = 'keyword.other.subject.interview-followup';
const SUBJECT_TEXT = 'string.unquoted.subject.interview-followup';

/** [0-based line, substring (its first occurrence on the line), scope, whether every char has it (true) or none (false)]. */
type Expectation = [number, string, string, boolean];

const EXPECTATIONS: Record<string, Expectation[]> = {
  'placeholders.md': [
    [0, '(company name)', PLACEHOLDER, true],
    [0, 'Template for ', PLACEHOLDER, false],
    [0, '(company name)', 'markup.heading.markdown', true],
    [2, '[Interviewer Name]', PLACEHOLDER, true],
    [2, '{{role}}', PLACEHOLDER, true],
    [2, '<Company Name>', PLACEHOLDER, true],
    [2, 'thank you for the ', PLACEHOLDER, false],
    [3, 'TODO', PLACEHOLDER, true],
    [3, ': add the detail', PLACEHOLDER, false],
    [3, 'TBD', PLACEHOLDER, true],
    [3, 'XXX', PLACEHOLDER, true],
    [4, "(interviewer's name)", PLACEHOLDER, true],
    [4, '(insert date)', PLACEHOLDER, true],
    [4, '(Your Name)', PLACEHOLDER, true],
    [5, '[ ]', PLACEHOLDER, false],
    [6, '[x]', PLACEHOLDER, false],
    [7, '[the careers page]', PLACEHOLDER, false],
    [7, '(https://example.com/jobs)', PLACEHOLDER, false],
    [7, '[the handbook]', PLACEHOLDER, false],
    [7, '[hb]', PLACEHOLDER, false],
    [7, '[logo]', PLACEHOLDER, false],
    [8, '[hb]', PLACEHOLDER, false],
    [9, '[[Wiki Page]]', PLACEHOLDER, false],
    [9, '[^1]', PLACEHOLDER, false],
    [9, '[not a slot]', PLACEHOLDER, false],
    [10, '<br>', PLACEHOLDER, false],
    [10, '<kbd>', PLACEHOLDER, false],
    [10, '</kbd>', PLACEHOLDER, false],
    [10, '<https://example.com>', PLACEHOLDER, false],
    [10, '<jane@example.com>', PLACEHOLDER, false],
    [11, '(see above)', PLACEHOLDER, false],
    [11, '(2 rounds)', PLACEHOLDER, false],
    [11, 'todo', PLACEHOLDER, false],
    [11, 'TODOs', PLACEHOLDER, false],
    [12, ' vs ', PLACEHOLDER, false],
    [12, '[Company]', PLACEHOLDER, true],
    [12, '[Company](https://example.com)', PLACEHOLDER, false],
  ],
  'due.md': [
    [2, '📅 2026-12-01', DUE, true],
    [2, '📅', DUE_KEYWORD, true],
    [2, '2026-12-01', DUE_KEYWORD, false],
    [2, 'Send portfolio', DUE, false],
    [3, 'due: 2026-12-02', DUE, true],
    [3, 'due:', DUE_KEYWORD, true],
    [4, '@due(2026-12-03)', DUE, true],
    [4, '@due', DUE_KEYWORD, true],
    [4, '2026-12-03', DUE_KEYWORD, false],
    [5, 'DUE: 2026-12-04', DUE, true],
    [5, '@Due( 2026-12-05 )', DUE, true],
    [6, '2026-12-06', DUE, false],
    [6, 'overdue:2026-12-07', DUE, false],
    [6, '📅 20261208', DUE, false],
  ],
  'drafts.md': [
    [2, 'Subject:', SUBJECT_KEYWORD, true],
    [2, 'Thank you — Data Analyst interview', SUBJECT_TEXT, true],
    [2, 'Thank you — Data Analyst interview', SUBJECT_KEYWORD, false],
    [2, 'Subject:', SUBJECT_TEXT, false],
    [0, 'Thank-you email', SUBJECT_TEXT, false],
    [4, 'Dear Jane and Raj,', SUBJECT_TEXT, false],
    [10, 'Subject:', SUBJECT_KEYWORD, true],
    [10, 'Following up — [Role] interview', SUBJECT_TEXT, true],
    [10, '[Role]', PLACEHOLDER, true],
    [10, 'Following up — ', PLACEHOLDER, false],
    [12, 'The subject of our talk: not a subject line.', SUBJECT_KEYWORD, false],
    [12, 'The subject of our talk: not a subject line.', SUBJECT_TEXT, false],
  ],
};

const fixtureDir = at('test', 'fixtures', 'grammar');

test('grammar: every Markdown fixture has expectations', () => {
  const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.md')).sort();
  assert.deepEqual(fixtures, Object.keys(EXPECTATIONS).sort());
});

for (const [file, expectations] of Object.entries(EXPECTATIONS)) {
  test(`grammar: ${file}`, async () => {
    const lines = await tokenize(readFileSync(path.join(fixtureDir, file), 'utf8'));
    for (const [lineNo, substring, scope, present] of expectations) {
      const entry = lines[lineNo];
      assert.ok(entry, `${file}: no line ${lineNo}`);
      const start = entry.line.indexOf(substring);
      assert.ok(start >= 0, `${file}:${lineNo}: "${substring}" not on the line "${entry.line}"`);
      const covered = coveredChars(entry.tokens, start, start + substring.length, scope);
      const detail = () =>
        `${file}:${lineNo} "${substring}" ${present ? 'should' : 'should not'} be ${scope}; tokens: ` +
        JSON.stringify(entry.tokens.map((t) => [entry.line.slice(t.start, t.end), t.scopes.slice(1).join(' ')]));
      assert.equal(covered, present ? substring.length : 0, detail());
    }
  });
}

test('grammar: the injection declares its selector and scope name, and every rule has a comment', () => {
  const raw = JSON.parse(readFileSync(GRAMMAR_FILES[INJECTION]!, 'utf8')) as {
    scopeName: string;
    injectionSelector: string;
    repository: Record<string, { comment?: string; patterns?: { comment?: string }[] }>;
  };
  assert.equal(raw.scopeName, INJECTION);
  assert.equal(raw.injectionSelector, 'L:text.html.markdown');
  for (const [name, rule] of Object.entries(raw.repository)) {
    assert.ok(rule.comment, `repository rule ${name} has no comment`);
    for (const p of rule.patterns ?? []) assert.ok(p.comment, `a pattern of ${name} has no comment`);
  }
});

// ---- snippets/markdown.json ----

interface SnippetDef {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const SNIPPETS_FILE = at('snippets', 'markdown.json');
const snippets = () => JSON.parse(readFileSync(SNIPPETS_FILE, 'utf8')) as Record<string, SnippetDef>;
const bodyOf = (s: SnippetDef) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '27' };

/** The snippet as inserted when every default is kept: variables, then placeholders (innermost first), first choices, mirrors. */
function expand(body: string): string {
  let s = body.replace(/\$\{([A-Z_]+)\}|\$([A-Z_]+)/g, (_, a: string | undefined, b: string | undefined) => {
    const name = (a ?? b)!;
    const value = VARIABLES[name];
    if (value === undefined) throw new Error(`unexpected snippet variable ${name}`);
    return value;
  });
  const defaults = new Map<string, string>();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\$\{(\d+):([^${}]*)\}/g, (_, n: string, d: string) => (defaults.set(n, d), d));
    s = s.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, c: string) => {
      const first = c.split(',')[0]!;
      defaults.set(n, first);
      return first;
    });
  }
  s = s.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a: string | undefined, b: string | undefined) => defaults.get((a ?? b)!) ?? '');
  assert.ok(!/\$|\\/.test(s), `snippet syntax left after expansion: ${s}`);
  return s;
}

test('snippets: markdown.json parses and each snippet has a prefix, a body and a description', () => {
  const all = snippets();
  assert.ok(Object.keys(all).length >= 5);
  for (const [name, s] of Object.entries(all)) {
    const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
    assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && /^\S+$/.test(p)), `${name}: prefix`);
    assert.ok(typeof s.body === 'string' || (Array.isArray(s.body) && s.body.every((l) => typeof l === 'string')), `${name}: body`);
    assert.ok(bodyOf(s).length > 0, `${name}: empty body`);
    assert.ok(typeof s.description === 'string' && s.description.length > 0, `${name}: description`);
  }
  const prefixes = Object.values(all).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
  for (const p of ['ifu-note', 'ifu-thanks', 'ifu-followup', 'ifu-card', 'ifu-task']) assert.ok(prefixes.includes(p), `missing ${p}`);
  assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
});

function snippetByPrefix(prefix: string): SnippetDef {
  const s = Object.values(snippets()).find((x) => (Array.isArray(x.prefix) ? x.prefix : [x.prefix]).includes(prefix));
  assert.ok(s, prefix);
  return s;
}

test('snippets: tab stops are numbered 1..n without gaps and end in $0', () => {
  for (const [name, s] of Object.entries(snippets())) {
    const body = bodyOf(s);
    const stops = [...new Set([...body.matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
    assert.equal(stops[0], 0, `${name}: no $0`);
    stops.forEach((n, i) => assert.equal(n, i, `${name}: tab stops ${stops.join(',')}`));
  }
});

test('snippets: the note snippet, expanded with its defaults, is a note the extension reads', () => {
  const text = expand(bodyOf(snippetByPrefix('ifu-note')));
  const r = parseNote(text, 'new.md');
  assert.equal(r.kind, 'note', JSON.stringify(r));
  if (r.kind !== 'note') return;
  assert.deepEqual(r.problems, []);
  assert.equal(r.note.company, 'Company');
  assert.deepEqual(r.note.interview, { year: 2026, month: 11, day: 27, hour: 14, minute: 0 });
  assert.equal(r.note.status, 'scheduled');
  assert.equal(r.note.card, false);
  assert.equal(r.note.interviewers.length, 1);
  assert.match(text, /^- \[ \] .*ask about next steps and timeline/im);
  assert.match(text, /^- \[ \] .*ask for business cards/im);
  assert.match(text, /^## Notes$/m);
  assert.match(text, /^## Details to mention$/m);
  const body = bodyOf(snippetByPrefix('ifu-note'));
  assert.match(body, /\$\{\d+\|scheduled,[^|]*\|\}/, 'status is a choice');
  assert.match(body, /\$\{CURRENT_YEAR\}-\$\{CURRENT_MONTH\}-\$\{CURRENT_DATE\}/);
});

test('snippets: the task snippet makes a task with a due date, highlighted as one', async () => {
  const line = expand(bodyOf(snippetByPrefix('ifu-task')));
  assert.equal(line, '- [ ] Task 📅 2026-11-27');
  assert.deepEqual(tasksOf(new NoteText(line)), [{ text: 'Task', due: { year: 2026, month: 11, day: 27 }, line: 1 }]);
  const [tokens] = await tokenize(line);
  const start = line.indexOf('📅');
  assert.equal(coveredChars(tokens!.tokens, start, line.length, DUE), line.length - start);
});

test('snippets: email and card drafts start with their heading, and their slots are highlighted until filled', async () => {
  const headings: Record<string, RegExp> = {
    'ifu-thanks': /^## Thank-you email\n\nSubject: /,
    'ifu-followup': /^## Follow-up email\n\nSubject: /,
    'ifu-card': /^## Card message\n/,
  };
  for (const [prefix, heading] of Object.entries(headings)) {
    const text = expand(bodyOf(snippetByPrefix(prefix)));
    assert.match(text, heading, prefix);
    assert.doesNotMatch(text, /linkedin|phone call|call you|stop by|visit/i, prefix);
    const lines = await tokenize(text);
    const slots = lines.flatMap((l) => [...l.line.matchAll(/\[[^\]]+\]/g)].map((m) => ({ l, m })));
    assert.ok(slots.length > 0, prefix);
    for (const { l, m } of slots) {
      assert.equal(coveredChars(l.tokens, m.index, m.index + m[0].length, PLACEHOLDER), m[0].length, `${prefix}: ${m[0]}`);
    }
  }
});
