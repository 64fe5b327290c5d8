// js-yaml's error reasons ("incomplete explicit mapping pair; a key node is missed…") in plain
// words, with the likely fix written out on the user's own line. Pure; note.ts reports it.

export interface YamlErrorExplained {
  /** 0-based index into the lines given, where the fix goes. */
  line: number;
  message: string;
}

const KEY_VALUE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:\s*((?:\S.*)?)$/;

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The line and a plain sentence for a js-yaml error `reason` reported at `markLine` of `lines`. */
export function explainYamlError(reason: string, lines: string[], markLine: number): YamlErrorExplained {
  const at = Math.max(0, Math.min(markLine, lines.length - 1));
  // js-yaml often marks the line after the culprit: look at the marked line, then the one before.
  const candidates = [at, at - 1].filter((i) => i >= 0 && i < lines.length && lines[i]!.trim() !== '');
  const find = (test: (kv: RegExpExecArray, text: string) => boolean) => {
    for (const i of candidates) {
      const kv = KEY_VALUE.exec(lines[i]!);
      if (kv && test(kv, lines[i]!)) return { i, kv };
    }
    return undefined;
  };

  if (/incomplete explicit mapping pair|a key node is missed|can not read a block mapping entry|end of the stream or a document separator is expected/.test(reason)) {
    const colon = find((kv) => /:\s/.test(kv[3]!) || /:$/.test(kv[3]!.trim()));
    if (colon) {
      const [, lead, key, value] = colon.kv;
      return { line: colon.i, message: `a colon inside a value needs quotes: ${lead}${key}: ${quote(value!.trim())}` };
    }
    const quoted = find((kv) => /^(["'])(?:(?!\1).)*\1\s*\S/.test(kv[3]!.trim()));
    if (quoted) {
      const [, lead, key, value] = quoted.kv;
      return { line: quoted.i, message: `text after a closing quote: quote the whole value: ${lead}${key}: ${quote(value!.trim().replace(/^["']|["'](?=[^"']*$)/g, ''))}` };
    }
    const special = find((kv) => /^[@`%|>]/.test(kv[3]!.trim()));
    if (special) {
      const [, lead, key, value] = special.kv;
      return { line: special.i, message: `a value starting with "${value!.trim()[0]}" needs quotes: ${lead}${key}: ${quote(value!.trim())}` };
    }
    for (const i of candidates) {
      const m = /^(\s*)([A-Za-z_][\w-]*):(\S.*)$/.exec(lines[i]!);
      if (m) return { line: i, message: `put a space after the colon: ${m[1]}${m[2]}: ${m[3]}` };
      if (/^-\s/.test(lines[i]!)) return { line: i, message: 'a list item must sit under its key and be indented, e.g. "interviewers:" then "  - name: Jane Doe"' };
    }
    return { line: at, message: 'this line is not "key: value"; if the value holds a colon or starts with a quote, put the whole value in double quotes' };
  }
  if (/bad indentation/.test(reason)) {
    return { line: at, message: 'the indentation is off: the items of a list line up under each other ("  - name: …" then "    email: …", spaces only)' };
  }
  if (/within a (double|single) quoted scalar/.test(reason)) {
    const q = reason.includes('double') ? '"' : "'";
    const opened = [...lines.keys()].slice(0, at + 1).reverse().find((i) => (lines[i]!.split(q).length - 1) % 2 === 1) ?? at;
    return { line: opened, message: `a ${q} quote is opened but never closed: end the value with ${q} on the same line` };
  }
  if (/duplicated mapping key/.test(reason)) {
    const kv = KEY_VALUE.exec(lines[at] ?? '');
    return { line: at, message: `${kv ? `"${kv[2]}"` : 'a key'} appears twice: keep one of the two lines` };
  }
  if (/flow collection/.test(reason)) {
    return { line: at, message: 'a list in [ ] or { } is not closed: end it with ] or } on the same line, and separate its items with commas' };
  }
  if (/unidentified alias/.test(reason)) {
    const kv = KEY_VALUE.exec(lines[at] ?? '');
    return { line: at, message: `a value starting with "*" needs quotes${kv ? `: ${kv[1]}${kv[2]}: ${quote(kv[3]!.trim())}` : ''}` };
  }
  if (/tab/i.test(reason) || /cannot start any token/.test(reason)) {
    return { line: at, message: 'indent with spaces, not tabs (or quote a value that starts with a special character)' };
  }
  return { line: at, message: reason };
}
