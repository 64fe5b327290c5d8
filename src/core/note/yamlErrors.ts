// Why a front-matter block could not be read, in plain words with the likely fix written out on
// the user's own line. Worded from the reading's error codes (yaml.ts), never from the library's
// English text. Pure; parse.ts reports it.
import { MAX_ALIASES, MAX_FRONT_MATTER_CHARS, type YamlFailure } from './yaml';

interface YamlErrorExplained {
  /** 0-based line of the block where the fix goes. */
  line: number;
  message: string;
}

const KEY_VALUE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:\s*((?:\S.*)?)$/;

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** 0-based line of an offset in the block. */
function lineOf(yamlText: string, offset: number): number {
  let line = 0;
  for (let i = yamlText.indexOf('\n'); i >= 0 && i < offset; i = yamlText.indexOf('\n', i + 1)) line++;
  return line;
}

/** The line and a plain sentence for a failure to read the block `yamlText`. */
export function explainYamlFailure(failure: YamlFailure, yamlText: string): YamlErrorExplained {
  const lines = yamlText.split(/\r?\n/);
  const at = Math.max(0, Math.min(lineOf(yamlText, failure.offset), lines.length - 1));
  const text = lines[at] ?? '';
  const kv = KEY_VALUE.exec(text);
  const value = kv?.[3]?.trim() ?? '';
  const keyed = (fixed: string) => `${kv![1]}${kv![2]}: ${fixed}`;

  switch (failure.code) {
    case 'TOO_LONG':
      return { line: 0, message: `the front-matter is over the ${MAX_FRONT_MATTER_CHARS / 1024} KB that is read` };
    case 'NUL':
      return { line: at, message: 'the front-matter holds a NUL character' };
    case 'TOO_MANY_ALIASES':
      return { line: 0, message: `the front-matter uses ${failure.detail} YAML aliases (*name), more than the ${MAX_ALIASES} allowed` };
    case 'EXPANSION':
      return { line: 0, message: 'its YAML aliases (*name) expand to too many values' };
    case 'DUPLICATE_KEY':
      return { line: at, message: `${kv ? `"${kv[2]}"` : 'a key'} appears twice: keep one of the two lines` };
    case 'UNRESOLVED_ALIAS':
      return { line: at, message: `a value starting with "*" needs quotes${kv ? `: ${keyed(quote(value))}` : ''}` };
    case 'BAD_SCALAR_START':
      return { line: at, message: `a value starting with "${value[0] ?? ''}" needs quotes${kv ? `: ${keyed(quote(value))}` : ''}` };
    case 'TAB_AS_INDENT':
      return { line: at, message: 'indent with spaces, not tabs' };
    case 'UNKNOWN_TAG':
      return { line: at, message: `unknown tag${/!\S+/.exec(text)?.[0] ? ` ${/!\S+/.exec(text)![0]}` : ''}: front-matter values are plain text, remove the tag` };
    case 'BLOCK_AS_IMPLICIT_KEY':
      // "role: Engineer: Payments": the second colon starts a mapping where a value was.
      if (kv && /:(?:\s|$)/.test(value)) return { line: at, message: `a colon inside a value needs quotes: ${keyed(quote(value))}` };
      break;
    case 'MULTILINE_IMPLICIT_KEY': {
      const m = /^(\s*)([A-Za-z_][\w-]*):(\S.*)$/.exec(text);
      if (m) return { line: at, message: `put a space after the colon: ${m[1]}${m[2]}: ${m[3]}` };
      break;
    }
    case 'MISSING_CHAR': {
      const q = /Missing closing (["'])/.exec(failure.detail)?.[1];
      if (q) {
        // The library points at the end of the block; the quote was opened on the last line with an odd count of them.
        const opened = [...lines.keys()].slice(0, at + 1).reverse().find((i) => (lines[i]!.split(q).length - 1) % 2 === 1) ?? at;
        return { line: opened, message: `a ${q} quote is opened but never closed: end the value with ${q} on the same line` };
      }
      if (/[\]}]/.test(failure.detail)) return flowNotClosed(at);
      return indentationOff(at);
    }
    case 'BAD_INDENT':
      return /flow/i.test(failure.detail) ? flowNotClosed(at) : indentationOff(at);
    case 'UNEXPECTED_TOKEN':
      if (kv && /^(["'])(?:(?!\1).)*\1\s*\S/.test(value)) {
        return { line: at, message: `text after a closing quote: quote the whole value: ${keyed(quote(value.replace(/^["']|["'](?=[^"']*$)/g, '')))}` };
      }
      if (kv && /^[|>]/.test(value)) return { line: at, message: `a value starting with "${value[0]}" needs quotes: ${keyed(quote(value))}` };
      break;
    default:
      break;
  }
  if (/^\s*-\s/.test(text) && at === 0) {
    return { line: at, message: 'a list item must sit under its key and be indented, e.g. "interviewers:" then "  - name: Jane Doe"' };
  }
  return { line: at, message: failure.detail };
}

function flowNotClosed(line: number): YamlErrorExplained {
  return { line, message: 'a list in [ ] or { } is not closed: end it with ] or } on the same line, and separate its items with commas' };
}

function indentationOff(line: number): YamlErrorExplained {
  return { line, message: 'the indentation is off: the items of a list line up under each other ("  - name: …" then "    email: …", spaces only)' };
}
