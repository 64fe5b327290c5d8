// A lean reader for the plain front-matter notes are written in. The full YAML reading is the
// largest single cost of reading a folder cold, yet nearly every note is a flat list of `key: value` lines.
// `readSimpleYaml` reads that subset and answers `undefined` ("not simple") for anything else,
// so the caller falls back to the full reading (yaml.ts). It must never disagree with it on
// what it accepts: whenever in doubt it bails out, since a bail-out costs only speed.
// test/unit/fastFrontMatter.test.ts holds it to the full reading.

type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[] | Record<string, Scalar>[];

/** Marks "outside the subset" inside the reader; never escapes it. */
const BAIL = Symbol('bail');
type Bail = typeof BAIL;

// Characters YAML reads as printable, minus the ones left to the full reader: tab, C1
// controls (incl. NEL), U+2028/9, the BOM and U+FFFE/F. `\r` and surrogates are checked
// one by one (slower, rare): only `\r\n` and whole pairs pass.
const NOT_PLAIN_CHAR = /[^\n\x20-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;

function hasUnsafeChar(text: string): boolean {
  const first = text.search(NOT_PLAIN_CHAR);
  if (first < 0) return false;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) !== 10) return true;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return true;
      i++;
    } else if (c === 10 || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0x2027) || (c >= 0x202a && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfefe) || (c >= 0xff00 && c <= 0xfffd)) {
      continue;
    } else {
      return true;
    }
  }
  return false;
}

/**
 * The index of the `:` ending a plain key at the start of `line` (`[A-Za-z_][A-Za-z0-9_-]*`,
 * at most 128 characters, then `:` and a space or the line's end), or -1.
 */
function keyEnd(line: string): number {
  const c0 = line.charCodeAt(0);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95)) return -1;
  let i = 1;
  for (; i < line.length && i <= 128; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) continue;
    break;
  }
  if (line.charCodeAt(i) !== 58 /* : */) return -1;
  return i + 1 === line.length || line.charCodeAt(i + 1) === 32 ? i : -1;
}
// Keys YAML would resolve to null or a boolean (and so stringify differently), and the one
// key a plain object cannot hold as data.
const ODD_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);

/** A line of spaces only, or a comment. */
function isBlankOrComment(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i === line.length || line.charCodeAt(i) === 35 /* # */;
}

// Plain scalars that start like a number: only these shapes are resolved here, the rest bail.
const DECIMAL_INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const DECIMAL_FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
const DATE_LIKE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$/;
// Every character that can occur in a YAML 1.2 core int or float (incl. 0x, 0b, .inf, .nan,
// base 60, underscores); a scalar holding any other character is a string.
const NUMERIC_CHARS = /^[0-9A-Za-z_+\-.:]*$/;

/**
 * Reads `text` (the lines between the front-matter fences) when it is a simple block mapping;
 * returns undefined when it is not, or when it might read differently in the full reading.
 */
export function readSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (hasUnsafeChar(text)) return undefined;
  const lines = text.split('\n');
  if (text.includes('\r')) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
    }
  }
  const result = readTopMapping(lines);
  return result === BAIL ? undefined : result;
}

function readTopMapping(lines: string[]): Record<string, unknown> | Bail {
  const out: Record<string, unknown> = {};
  let keys = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlankOrComment(line)) { i++; continue; }
    const k = keyEnd(line);
    if (k < 0) return BAIL;
    const key = line.slice(0, k);
    if (ODD_KEYS.has(key) || Object.prototype.hasOwnProperty.call(out, key)) return BAIL;
    const inline = readInline(line.slice(k + 1));
    if (inline === BAIL) return BAIL;
    i++;
    if (inline === EMPTY) {
      const next = nextContentLine(lines, i);
      const indent = next < lines.length ? leadingSpaces(lines[next]!) : 0;
      if (next < lines.length && isItemLine(lines[next]!, indent)) {
        const seq = readBlockSequence(lines, next, indent);
        if (seq === BAIL) return BAIL;
        out[key] = seq.items;
        i = seq.end;
      } else {
        out[key] = null;
      }
    } else {
      out[key] = inline;
    }
    // What follows a value at the top level is another key at column 0; anything indented
    // would continue or nest the value.
    const next = nextContentLine(lines, i);
    if (next < lines.length && leadingSpaces(lines[next]!) > 0) return BAIL;
    keys++;
  }
  // Empty and comment-only texts: left to the full reading.
  return keys > 0 ? out : BAIL;
}

/** Index of the next line that is neither blank nor a comment (lines.length when none). */
function nextContentLine(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && isBlankOrComment(lines[i]!)) i++;
  return i;
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** `- x` (or a bare `-`) at exactly this indentation. */
function isItemLine(line: string, indent: number): boolean {
  return line.charCodeAt(indent) === 45 /* - */ && (line.length === indent + 1 || line.charCodeAt(indent + 1) === 32);
}

/** A block sequence of inline values or of one-line-per-key mappings, all at one indentation. */
function readBlockSequence(lines: string[], start: number, indent: number): { items: Value; end: number } | Bail {
  const items: (Scalar | Scalar[] | Record<string, Scalar>)[] = [];
  let i = start;
  for (;;) {
    i = nextContentLine(lines, i);
    if (i >= lines.length) break;
    const line = lines[i]!;
    const lineIndent = leadingSpaces(line);
    if (lineIndent < indent || (indent === 0 && !isItemLine(line, 0))) {
      // Back at the top level: only column 0 is understood, and the caller checks that line.
      if (lineIndent !== 0) return BAIL;
      break;
    }
    if (lineIndent !== indent || !isItemLine(line, indent)) return BAIL;
    // Exactly one space after the dash, so mapping keys sit at indent + 2.
    const body = line.slice(indent + 2);
    if (body === '' || body.charCodeAt(0) === 32) return BAIL;
    i++;
    const k = keyEnd(body);
    if (k >= 0) {
      const map = readItemMapping(lines, i, indent + 2, k, body);
      if (map === BAIL) return BAIL;
      items.push(map.value);
      i = map.end;
    } else {
      const value = readInline(body);
      if (value === BAIL || value === EMPTY) return BAIL;
      items.push(value as Scalar | Scalar[]);
      const next = nextContentLine(lines, i);
      if (next < lines.length && leadingSpaces(lines[next]!) > indent) return BAIL;
    }
  }
  return { items: items as Value, end: i };
}

/** The mapping of one sequence item: the key on the dash line, then `key: value` lines at `col`. */
function readItemMapping(lines: string[], from: number, col: number, firstKeyEnd: number, firstLine: string):
  { value: Record<string, Scalar>; end: number } | Bail {
  const map: Record<string, Scalar> = {};
  let k = firstKeyEnd;
  let line = firstLine;
  let i = from;
  for (;;) {
    const key = line.slice(0, k);
    if (ODD_KEYS.has(key) || Object.prototype.hasOwnProperty.call(map, key)) return BAIL;
    const value = readInline(line.slice(k + 1));
    if (value === BAIL || Array.isArray(value)) return BAIL;
    map[key] = value === EMPTY ? null : value;
    const next = nextContentLine(lines, i);
    if (next >= lines.length) return { value: map, end: next };
    const nextLine = lines[next]!;
    const nextIndent = leadingSpaces(nextLine);
    if (nextIndent > col) return BAIL;
    if (nextIndent < col) return { value: map, end: next };
    line = nextLine.slice(col);
    k = keyEnd(line);
    if (k < 0) return BAIL;
    i = next + 1;
  }
}

/** Marks a value left empty on its line (null, or a block sequence on the next lines). */
const EMPTY = Symbol('empty');

/** The value after `key: ` or `- ` on one line: a scalar or a flow sequence, then an optional comment. */
function readInline(rest: string): Scalar | Scalar[] | typeof EMPTY | Bail {
  let p = 0;
  while (rest.charCodeAt(p) === 32) p++;
  if (p === rest.length || rest.charCodeAt(p) === 35 /* # */) return EMPTY;
  const c = rest[p];
  if (c === '"' || c === "'") {
    const q = readQuoted(rest, p);
    if (q === BAIL || !endsCleanly(rest, q.end)) return BAIL;
    return q.value;
  }
  if (c === '[') return readFlowSequence(rest, p);
  return readBlockPlain(rest.slice(p));
}

/** After a value: nothing but spaces, or spaces and a comment. */
function endsCleanly(rest: string, from: number): boolean {
  let p = from;
  while (rest.charCodeAt(p) === 32) p++;
  return p === rest.length || (p > from && rest.charCodeAt(p) === 35);
}

// First characters a plain scalar may not start with, or that are left to the full reader.
const PLAIN_START_BAD = new Set([...'-?:,[]{}#&*!|>\'"%@`~ ']);

function readBlockPlain(s: string): Scalar | Bail {
  let end = s.indexOf(' #');
  if (end < 0) end = s.length;
  let v = s.slice(0, end);
  let e = v.length;
  while (e > 0 && v.charCodeAt(e - 1) === 32) e--;
  v = v.slice(0, e);
  // `key: a: b` and a trailing `a:` would start a nested mapping.
  if (v.includes(': ') || v.endsWith(':')) return BAIL;
  return resolvePlain(v);
}

/** How js-yaml's core schema reads a plain scalar (null, bool, int, float, else string), or bail. */
function resolvePlain(v: string): Scalar | Bail {
  if (v === '') return BAIL;
  const first = v[0]!;
  if (first === '~') return v === '~' ? null : BAIL;
  if (first === '-') {
    // `-x` is a plain scalar; `- x` would be a sequence entry.
    if (v.length === 1 || v[1] === ' ') return BAIL;
  } else if (PLAIN_START_BAD.has(first)) {
    return BAIL;
  }
  switch (v) {
    case 'null': case 'Null': case 'NULL': return null;
    case 'true': case 'True': case 'TRUE': return true;
    case 'false': case 'False': case 'FALSE': return false;
  }
  const code = v.charCodeAt(0);
  const numericStart = (code >= 48 && code <= 57) || first === '-' || first === '+' || first === '.';
  if (!numericStart) return v;
  if (DECIMAL_INT.test(v)) return v === '-0' ? BAIL : Number(v);
  if (DECIMAL_FLOAT.test(v)) return Number(v);
  if (DATE_LIKE.test(v) || !NUMERIC_CHARS.test(v)) return v;
  return BAIL;
}

/** A quoted scalar closed on the same line; double quotes with only a few well-known escapes. */
function readQuoted(s: string, start: number): { value: string; end: number } | Bail {
  const quote = s[start];
  let out = '';
  let p = start + 1;
  let chunk = p;
  while (p < s.length) {
    const c = s[p];
    if (c === quote) {
      if (quote === "'" && s[p + 1] === "'") {
        out += s.slice(chunk, p + 1);
        p += 2;
        chunk = p;
        continue;
      }
      return { value: out + s.slice(chunk, p), end: p + 1 };
    }
    if (c === '\\' && quote === '"') {
      out += s.slice(chunk, p);
      const e = s[p + 1];
      if (e === '\\' || e === '"') { out += e; p += 2; }
      else if (e === 'n') { out += '\n'; p += 2; }
      else if (e === 't') { out += '\t'; p += 2; }
      else if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(s.slice(p + 2, p + 6))) {
        const cp = parseInt(s.slice(p + 2, p + 6), 16);
        if (cp >= 0xd800 && cp <= 0xdfff) return BAIL;
        out += String.fromCharCode(cp);
        p += 6;
      } else return BAIL;
      chunk = p;
      continue;
    }
    p++;
  }
  return BAIL; // not closed on this line: a multi-line scalar
}

/** `[a, "b", 'c']` on one line, of scalars only (no nesting, no empty or trailing entries). */
function readFlowSequence(s: string, start: number): Scalar[] | Bail {
  const items: Scalar[] = [];
  let p = start + 1;
  const skip = () => { while (s.charCodeAt(p) === 32) p++; };
  skip();
  if (s[p] === ']') return endsCleanly(s, p + 1) ? items : BAIL;
  for (;;) {
    skip();
    const c = s[p];
    if (c === '"' || c === "'") {
      const q = readQuoted(s, p);
      if (q === BAIL) return BAIL;
      items.push(q.value);
      p = q.end;
    } else {
      let e = p;
      while (e < s.length && s[e] !== ',' && s[e] !== ']') e++;
      let r = e;
      while (r > p && s.charCodeAt(r - 1) === 32) r--;
      const raw = s.slice(p, r);
      // Left to the full reader: anything that could nest, comment, or form a pair.
      if (/[[\]{}#:]/.test(raw) || raw.includes('  ')) return BAIL;
      const v = resolvePlain(raw);
      if (v === BAIL) return BAIL;
      items.push(v);
      p = e;
    }
    skip();
    if (s[p] === ']') return endsCleanly(s, p + 1) ? items : BAIL;
    if (s[p] !== ',') return BAIL;
    p++;
    skip();
    if (s[p] === ']' || s[p] === ',') return BAIL;
  }
}
