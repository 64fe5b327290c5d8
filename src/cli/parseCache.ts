// The CLI's cache: what the index made of each note (its plans, problems and the company/role its
// rows name), keyed by path and file identity, so a second `due` over an unchanged folder stats
// the notes instead of reading and parsing them (measured in docs/benchmarks.md). Plans are kept
// as compact arrays: the file loads with one fast JSON.parse. It lives outside the notes folder
// (the folder stays the only data store) and is only ever a copy: a missing, stale or unreadable
// cache is ignored.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { PlannedEntry } from '../core/indexing/noteIndex';
import type { PlannedAction } from '../core/actions/rules';
import type { ActionKind, Problem, RuleSettings } from '../core/model/types';
import type { FileIdentity } from '../node/readNote';

declare const __VERSION__: string | undefined;

/** The layout of the rows below; raised when it changes. */
const FORMAT = 3;


/** A plan as an array; null stands for the field's infinite default (JSON has no Infinity). */
/** Fields only some plans have, kept together so a row stays a fixed-length array. */
type PlanExtras = { timeline?: string; snoozedUntil?: number; forEmail?: 'thank-you' | 'follow-up' };
type PlanRow = [ActionKind, string, string, number, number, number | null, number | null, number | null, number | null, PlanExtras?];
/** The file's identity as five numbers (compared as numbers: formatting five doubles per note into a key string cost more than the comparison). */
type Row = [size: number, mtimeMs: number, ctimeMs: number, ino: number, dev: number, company: string | null, role: string | null, plans: PlanRow[], problems: Problem[]];

interface CacheFile {
  key: string;
  rows: Record<string, Row>;
}

export interface ParseCache {
  /** The cached entry for a file whose identity is unchanged. */
  get(file: string, identity: FileIdentity): PlannedEntry | undefined;
  put(file: string, identity: FileIdentity, entry: PlannedEntry): void;
  /** Writes the cache back when anything changed (files added, changed or gone). */
  save(): void;
}

/** Size, mtime, ctime, inode and device: a same-size edit with a restored mtime still changes ctime. */
function sameIdentity(row: Row, s: FileIdentity): boolean {
  // JSON keeps every double exactly (shortest round-trip form), so equal numbers stay equal.
  return row[0] === s.size && row[1] === s.mtimeMs && row[2] === s.ctimeMs && row[3] === s.ino && row[4] === s.dev;
}

const finite = (n: number) => (Number.isFinite(n) ? n : null);

function toRow(p: PlannedAction): PlanRow {
  const row: PlanRow = [p.kind, p.key, p.title, p.line, p.due, finite(p.from), finite(p.until), finite(p.dueFrom), finite(p.overdueFrom)];
  const extras: PlanExtras = {};
  if (p.timeline !== undefined) extras.timeline = p.timeline;
  if (p.snoozedUntil !== undefined) extras.snoozedUntil = p.snoozedUntil;
  if (p.forEmail !== undefined) extras.forEmail = p.forEmail;
  if (Object.keys(extras).length > 0) row.push(extras);
  return row;
}

function fromRow(r: PlanRow): PlannedAction {
  const plan: PlannedAction = {
    kind: r[0], key: r[1], title: r[2], line: r[3], due: r[4],
    from: r[5] ?? -Infinity, until: r[6] ?? Infinity, dueFrom: r[7] ?? -Infinity, overdueFrom: r[8] ?? Infinity,
  };
  if (r[9]?.timeline !== undefined) plan.timeline = r[9].timeline;
  if (r[9]?.snoozedUntil !== undefined) plan.snoozedUntil = r[9].snoozedUntil;
  if (r[9]?.forEmail !== undefined) plan.forEmail = r[9].forEmail;
  return plan;
}

/**
 * A file name for the folder: two FNV-1a hashes of its UTF-16 code units (64 bits in hex). Not
 * node:crypto, whose loading cost 11 ms of every run; a collision only costs speed (see the key).
 */
function nameHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function cacheDir(): string {
  return process.env.INTERVIEW_FOLLOWUP_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'interview-followup');
}

/**
 * The cache of one notes folder. Plans depend on the tool's version, the settings and the local
 * time zone (instants of notes without `timezone`): all three are part of the key.
 */
export function openParseCache(folder: string, settings: RuleSettings): ParseCache {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
  // The format's number too: a cache of an older layout is ignored, never misread.
  // The folder is in the key too: two folders whose names hash alike share a file, never rows.
  const key = JSON.stringify([FORMAT, version, zone, settings, folder]);
  const path = join(cacheDir(), `${nameHash(folder)}.json`);
  let old: Record<string, Row> = {};
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (file.key === key) old = file.rows;
  } catch {
    // no cache yet, or one we cannot read: start empty
  }
  const rows: Record<string, Row> = {};
  let dirty = false;
  return {
    get(file, identity) {
      const row = old[file];
      if (!row || !sameIdentity(row, identity)) return undefined;
      rows[file] = row;
      const entry: PlannedEntry = { plans: row[7].map(fromRow), problems: row[8] };
      if (row[5] !== null) entry.head = row[6] !== null ? { file, company: row[5], role: row[6] } : { file, company: row[5] };
      return entry;
    },
    put(file, identity, entry) {
      const { size, mtimeMs, ctimeMs, ino, dev } = identity;
      rows[file] = [size, mtimeMs, ctimeMs, ino, dev, entry.head?.company ?? null, entry.head?.role ?? null, entry.plans.map(toRow), entry.problems];
      dirty = true;
    },
    save() {
      if (!dirty && Object.keys(rows).length === Object.keys(old).length) return;
      // The cache is the product's own file in the user's cache folder, never a note: written to a
      // temporary file and renamed (two `due`s at once: the last one's whole file stands), without
      // the notes' lock and flush, which would only slow every `due` down.
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        mkdirSync(cacheDir(), { recursive: true });
        writeFileSync(tmp, JSON.stringify({ key, rows } satisfies CacheFile));
        renameSync(tmp, path);
      } catch {
        // A read-only home or a full disk only costs speed next time; no half-written file is left.
        try {
          rmSync(tmp, { force: true });
        } catch {
          // nothing was made, or it cannot be removed either
        }
      }
    },
  };
}
