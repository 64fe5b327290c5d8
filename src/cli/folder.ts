// Reads a notes folder from disk into a NoteIndex (the CLI's only I/O besides `mark`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { NoteIndex } from '../core/noteIndex';
import type { RuleSettings } from '../core/types';

const SKIP_DIRS = new Set(['node_modules']);

export function listNotes(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
        out.push(path);
      }
    }
  };
  walk(root);
  return out;
}

/** Index of every note under root, keyed by path relative to root with `/` separators. */
export function indexFolder(root: string, settings: RuleSettings): NoteIndex {
  const index = new NoteIndex(settings);
  for (const path of listNotes(root)) {
    const file = relative(root, path).split(sep).join('/');
    index.update(file, readFileSync(path, 'utf8'));
  }
  return index;
}
