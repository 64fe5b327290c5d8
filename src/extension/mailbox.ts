// "Connect Mailbox…" and "Check Mailbox": the notes kept true from the user's own mailbox, read
// only, from this machine. The server's address is a machine setting and the password is kept in
// VS Code's SecretStorage, neither ever in the notes folder. A check shows what it found before
// anything is written (all, or one by one); a periodic check (interviewFollowUp.mail.checkMinutes)
// only tells the user there is something to review. Each value is written through the one write
// path, with the message it came from as a comment the hover shows.
import { createRequire } from 'node:module';
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { COMMANDS, CONFIG_SECTION } from './ids';
import type { OutputLog } from './log';
import type { NoteEdits } from './commands/noteEdits';
import type { SettingsStore } from './settings';
import type { NotesModel } from './workspaceNotes';
import type * as MailApi from './mailApi';
import type { MailChange } from '../core/mail/match';

let mailApi: typeof MailApi | undefined;
/** imapflow and the rules load with the first check: dist/mail.js, next to this bundle. */
function api(): typeof MailApi {
  mailApi ??= createRequire(__filename)('./mail.js') as typeof MailApi;
  return mailApi;
}

const SECRET = (url: string) => `interviewFollowUp.mail.password:${url}`;

/** Arguments for the commands (tests, keybindings): given parts skip their dialog. */
export interface ConnectArgs {
  url?: string;
  password?: string;
}
export interface CheckArgs {
  /** Write without the preview: every sure change ('sure'), or nothing ('none', a dry run). */
  accept?: 'sure' | 'none';
}
/** What a check found and wrote (the commands' result). */
export interface CheckResult {
  found: MailChange[];
  review: MailChange[];
  written: MailChange[];
  error?: string;
}

export class MailboxCommands extends Disposable {
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(
    private readonly notes: NotesModel,
    private readonly edits: NoteEdits,
    private readonly settings: SettingsStore,
    private readonly secrets: vscode.SecretStorage,
    private readonly log: OutputLog,
  ) {
    super();
    this.register(vscode.commands.registerCommand(COMMANDS.connectMailbox, (arg?: ConnectArgs) => this.connect(arg ?? {})));
    this.register(vscode.commands.registerCommand(COMMANDS.checkMailbox, (arg?: CheckArgs) => this.check(arg ?? {})));
    this.register(vscode.commands.registerCommand(COMMANDS.disconnectMailbox, () => this.disconnect()));
    this.register({ dispose: () => clearInterval(this.timer) });
    this.register(settings.onDidChangeMail(() => this.schedule()));
    this.schedule();
  }

  private config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(CONFIG_SECTION);
  }

  /** Asks the server and the user name (and the password, kept in SecretStorage); returns the server's address. */
  async connect(arg: ConnectArgs): Promise<string | undefined> {
    let url = arg.url;
    if (!url) {
      const host = await vscode.window.showInputBox({
        title: 'Connect Mailbox (1/3)', prompt: 'IMAP server (read-only: nothing in the mailbox is changed)', placeHolder: 'imap.gmail.com · imap.fastmail.com · imap.mail.me.com', ignoreFocusOut: true,
        validateInput: (v) => (/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(v.trim()) ? undefined : 'a host name, e.g. imap.gmail.com (with :port if not 993)'),
      });
      if (!host) return undefined;
      const user = await vscode.window.showInputBox({ title: 'Connect Mailbox (2/3)', prompt: 'User name (usually your email address)', ignoreFocusOut: true, value: this.settings.get().signature.email });
      if (!user) return undefined;
      const [name, port] = host.trim().split(':');
      url = `imaps://${encodeURIComponent(user.trim())}@${name}:${port ?? 993}`;
    }
    try {
      api().parseImapUrl(url);
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Follow-Up: ${(error as Error).message}`);
      return undefined;
    }
    const password = arg.password ?? await vscode.window.showInputBox({
      title: 'Connect Mailbox (3/3)', prompt: 'Password: for Gmail, iCloud and Fastmail an app password (see the README); kept in VS Code\'s secret storage on this machine', password: true, ignoreFocusOut: true,
    });
    if (!password) return undefined;
    await this.secrets.store(SECRET(url), password);
    await this.config().update('mail.server', url, vscode.ConfigurationTarget.Global);
    if (!arg.url) void vscode.window.showInformationMessage('Interview Follow-Up: mailbox connected. Run "Check Mailbox" to see what it says about your notes.', 'Check Mailbox').then((b) => b && this.check({}));
    return url;
  }

  async disconnect(): Promise<void> {
    const url = this.settings.get().mailServer;
    if (url) await this.secrets.delete(SECRET(url));
    await this.config().update('mail.server', undefined, vscode.ConfigurationTarget.Global);
  }

  private schedule(): void {
    clearInterval(this.timer);
    const minutes = this.settings.get().mailCheckMinutes;
    if (!minutes || !this.settings.get().mailServer) return;
    this.timer = setInterval(() => this.log.background('Checking the mailbox', this.check({ accept: 'none' }).then((r) => {
      if (r.found.length + r.review.length === 0) return;
      void vscode.window.showInformationMessage(`Interview Follow-Up: your mailbox has ${r.found.length + r.review.length} update${r.found.length + r.review.length === 1 ? '' : 's'} for your notes.`, 'Review')
        .then((b) => b && this.check({}));
    })), minutes * 60_000);
  }

  /** Reads the mailbox, shows what it says, writes what the user accepts. */
  async check(arg: CheckArgs): Promise<CheckResult> {
    const result: CheckResult = { found: [], review: [], written: [] };
    const settings = this.settings.get();
    const url = settings.mailServer;
    if (!url) {
      if (!arg.accept) void vscode.window.showInformationMessage('Interview Follow-Up: connect your mailbox first.', 'Connect Mailbox…').then((b) => b && this.connect({}));
      return { ...result, error: 'no mailbox connected' };
    }
    const password = await this.secrets.get(SECRET(url));
    if (!password) return this.fail(result, 'the mailbox password is not stored on this machine: run "Connect Mailbox…" again', !arg.accept);
    if (this.checking) return { ...result, error: 'a check is already running' };
    this.checking = true;
    try {
      const a = api();
      const notes = this.notes.notes();
      const since = a.mailSince(notes);
      if (!since) return result;
      const me = [settings.signature.email, (() => {
        const user = a.parseImapUrl(url).user;
        return user.includes('@') ? user : '';
      })()].filter(Boolean);
      let ca: Buffer | undefined;
      if (settings.mailCaFile) ca = Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(settings.mailCaFile)));
      const read = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Reading your mailbox', cancellable: true }, (progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        return a.readMailbox({
          url, password, since, signal: abort.signal, ...(ca ? { ca } : {}),
          onProgress: (p) => progress.report({ message: `${p.mailbox === 'sent' ? 'Sent' : 'Inbox'}: ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')}` }),
        });
      });
      const findings = a.findMailChanges(notes, read.messages, me, settings.rules);
      result.found = findings.changes;
      result.review = findings.review;
      if (arg.accept === 'none') return result;
      const accepted = arg.accept === 'sure' ? findings.changes : await this.preview(findings.changes, findings.review);
      for (const change of accepted) if (await this.write(change)) result.written.push(change);
      if (!arg.accept && findings.changes.length + findings.review.length === 0) {
        void vscode.window.showInformationMessage(`Interview Follow-Up: nothing new in your mailbox (${read.messages.length.toLocaleString('en-US')} messages read).`);
      }
      return result;
    } catch (error) {
      const message = error instanceof Error && error.name === 'MailboxError' ? error.message : `reading the mailbox failed: ${(error as Error)?.message ?? String(error)}`;
      return this.fail(result, message.split(password).join('****'), true);
    } finally {
      this.checking = false;
    }
  }

  private fail(result: CheckResult, message: string, show: boolean): CheckResult {
    this.log.warn(`Mailbox: ${message}`);
    if (show) void vscode.window.showErrorMessage(`Interview Follow-Up: ${message}`);
    return { ...result, error: message };
  }

  /** What the mailbox says, before anything is written: sure findings picked, weaker ones not. */
  private async preview(sure: MailChange[], review: MailChange[]): Promise<MailChange[]> {
    if (sure.length + review.length === 0) return [];
    const items = [...sure.map((c) => ({ c, picked: true })), ...review.map((c) => ({ c, picked: false }))].map(({ c, picked }) => {
      const note = this.notes.note(vscode.Uri.parse(c.file));
      return {
        label: `${c.key === 'heardBack' ? '$(reply)' : '$(mail)'} ${c.key}: ${c.value} · ${note?.company ?? vscode.workspace.asRelativePath(vscode.Uri.parse(c.file))}`,
        description: `${c.from}: "${c.subject}"`,
        detail: picked ? c.because : `Check this one: ${c.because}`,
        picked, change: c,
      };
    });
    const chosen = await vscode.window.showQuickPick(items, {
      title: `Your mailbox: ${sure.length} update${sure.length === 1 ? '' : 's'}${review.length ? `, ${review.length} to check` : ''}`,
      placeHolder: 'Write the checked ones into your notes (Enter), or Escape to write nothing', canPickMany: true, ignoreFocusOut: true, matchOnDescription: true,
    });
    return (chosen ?? []).map((i) => i.change);
  }

  private async write(change: MailChange): Promise<boolean> {
    const edit = api().mailChangeEdit;
    return this.edits.write(vscode.Uri.parse(change.file), (text) => edit(text, change), `${change.key} set to ${change.value} (from your mailbox)`);
  }
}
