// `interview-followup mail`: the notes kept true from the user's own mailbox, read-only, over
// IMAP. Loaded by main.ts only for this command (imapflow is not needed by `due`). The password
// comes from the environment or a command, never from a flag, a note or a settings file, and is
// never printed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMailChanges, mailChangeEdit, mailSince, type MailChange } from '../core/mail/match';
import { parseLocalDateTime } from '../core/time/dates';
import { MailboxError, parseImapUrl, readMailbox } from '../node/mailbox';
import { editNoteFile } from '../node/safeWrite';
import { folderOf, nowOf, parseArgs, ruleSettingsOf, RULE_FLAGS, shownPath, UsageError, type Print } from './args';
import { notesInFolder } from './folder';
import { whoAmI } from './me';

export const PASSWORD_ENV = 'INTERVIEW_FOLLOWUP_IMAP_PASSWORD';

/** The flags `mail` takes (read by the one argument parser, as every command's are). */
const VALUED = ['imap', 'me', 'since', 'now', 'ca', 'password-command', ...RULE_FLAGS];
const BOOLEANS = ['dry-run', 'json'];

/** The password: INTERVIEW_FOLLOWUP_IMAP_PASSWORD, or the first line a command prints. */
function passwordOf(command: string | undefined): string {
  if (command !== undefined) {
    const r = spawnSync('/bin/sh', ['-c', command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    const first = (r.stdout ?? '').split(/\r?\n/, 1)[0] ?? '';
    if (r.status !== 0 || !first) throw new UsageError(`--password-command printed no password (exit ${r.status ?? r.signal ?? 'unknown'})`);
    return first;
  }
  const env = process.env[PASSWORD_ENV];
  if (!env) throw new UsageError(`no password: set ${PASSWORD_ENV}, or give --password-command "<command that prints it>"`);
  return env;
}

/** Writes one change, unless the note got that value meanwhile: one value, through the one write path. */
async function write(root: string, change: MailChange): Promise<string | undefined> {
  const path = join(root, ...change.file.split('/'));
  const written = await editNoteFile(path, (text) => mailChangeEdit(text, change));
  return written.ok ? undefined : written.message;
}

export async function runMailCommand(argv: string[], out: Print, err: Print): Promise<number> {
  for (const a of argv) {
    if (/^--pass(word)?(=|$)/.test(a)) throw new UsageError(`the password is never given as a flag: set ${PASSWORD_ENV}, or --password-command "<command that prints it>"`);
  }
  const { positional: positionals, flags, all } = parseArgs(argv, VALUED, BOOLEANS);
  const values: Record<string, string | boolean | undefined> = Object.fromEntries(flags);
  const url = values.imap as string | undefined;
  if (!url) throw new UsageError('mail needs --imap imaps://USER@HOST[:PORT]');
  let target;
  try {
    target = parseImapUrl(url);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const root = folderOf(positionals, 'mail');
  const now = nowOf(flags);
  const settings = ruleSettingsOf(flags);
  const since = values.since === undefined ? undefined : parseLocalDateTime(values.since as string);
  if (values.since !== undefined && !since) throw new UsageError('--since must be YYYY-MM-DD');
  // --me, the workspace's signature or the variable (the one lookup, me.ts); else the IMAP user name when it is an address.
  const given = whoAmI(root, all.get('me') ?? []).addresses;
  const me = given.length ? given : target.user.includes('@') ? [target.user.toLowerCase()] : [];
  if (me.length === 0) throw new UsageError('mail needs your address to tell your messages apart: --me <email> (or interviewFollowUp.signature.email in the workspace settings, or INTERVIEW_FOLLOWUP_ME)');
  const password = passwordOf(values['password-command'] as string | undefined);
  const ca = values.ca === undefined ? undefined : readFileSync(values.ca as string);

  const { notes, problems } = await notesInFolder(root, settings, now);
  const from = since ?? mailSince(notes);
  const json = values.json === true;
  const dryRun = values['dry-run'] === true;
  if (!from) {
    if (json) out(JSON.stringify({ changes: [], review: [], problems: problems.map(({ file, line, message }) => ({ file, line, message })) }));
    else out('No open interview: nothing to look for in the mailbox.');
    return 0;
  }

  let messages;
  try {
    ({ messages } = await readMailbox({ url, password, ...(ca ? { ca } : {}), since: from }));
  } catch (error) {
    if (error instanceof MailboxError) {
      // readMailbox built the message and took the password out of it (node/mailbox.ts).
      err(`interview-followup: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const findings = findMailChanges(notes, messages, me, settings);
  const failed: { file: string; line: number; message: string }[] = [];
  const written: MailChange[] = [];
  if (!dryRun) {
    for (const change of findings.changes) {
      const why = await write(root, change);
      if (why === undefined) written.push(change);
      else failed.push({ file: change.file, line: 0, message: `${change.key} not written: ${why}` });
    }
  }
  const shown = dryRun ? findings.changes : written;
  const row = ({ file, key, value, date, from: sender, to, subject }: MailChange) => ({ file, key, value, date, from: sender, to, subject });
  const allProblems = [...problems.map(({ file, line, message }) => ({ file, line, message })), ...failed];
  if (json) {
    out(JSON.stringify({ changes: shown.map(row), review: findings.review.map(row), problems: allProblems }));
  } else {
    const here = (file: string) => shownPath(join(root, ...file.split('/')));
    const verb = dryRun ? 'would set' : 'set';
    if (shown.length === 0) out(`Nothing new in the mailbox (${messages.length.toLocaleString('en-US')} messages read since ${from.toISOString().slice(0, 10)}).`);
    for (const c of shown) out(`${here(c.file)}: ${verb} ${c.key}: ${c.value}  (${c.date.replace('T', ' ')}, ${c.from}: "${c.subject}")`);
    if (findings.review.length) {
      out(`\n${findings.review.length} more on weaker evidence, not written (check and mark by hand):`);
      for (const c of findings.review) out(`  ${here(c.file)}: ${c.key}: ${c.value}? ${c.because} (${c.date.replace('T', ' ')}, ${c.from}: "${c.subject}")`);
    }
    for (const p of allProblems) err(`interview-followup: ${p.file}:${p.line}: ${p.message}`);
  }
  return failed.length ? 1 : 0;
}
