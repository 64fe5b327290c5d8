// Code spans in a draft line are source, not prose: `{json}` in backticks is no template slot.

/** The line with its code spans blanked (same length): `{json}` in backticks is code, not a slot. */
export function withoutCodeSpans(line: string): string {
  // Scanned, not matched: a regexp for code spans is quadratic on a long run of backticks.
  // A span is a run of n backticks, 1-2000 characters without a backtick, then n backticks.
  let out = '';
  let i = 0;
  while (i < line.length) {
    const open = line.indexOf('`', i);
    if (open < 0) break;
    let end = open;
    while (line[end] === '`') end++;
    const close = line.indexOf('`', end);
    if (close < 0) break;
    let closeEnd = close;
    while (line[closeEnd] === '`') closeEnd++;
    const inside = close - end;
    // The opening part of the run that the closing run can match (n = at most its length).
    const n = Math.min(end - open, closeEnd - close);
    if (inside >= 1 && inside <= 2000 && !line.slice(end, close).includes('\n')) {
      out += line.slice(i, end - n) + ' '.repeat(n + inside + n);
      i = close + n;
    } else {
      out += line.slice(i, end);
      i = end;
    }
  }
  return out + line.slice(i);
}
