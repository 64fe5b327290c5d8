// The extension's settings (declared in package.json contributes.configuration), held in one
// place: every feature asks the store, which reads VS Code's configuration once per scope and
// again only after it changed, and tells the features what changed through its events.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { CONFIG_SECTION } from './ids';
import { holidayCalendar } from '../adapters/holidayCalendar';
import type { RuleSettings, Signature } from '../core/model/types';

export interface Settings {
  notesFolder: string;
  rules: RuleSettings;
  signature: Signature;
  limits: { thankYouMaxWords: number; followUpMaxWords: number; paragraphMaxWords: number };
  /** `interviewFollowUp.language`: the spelling dictionary's language, as written. */
  language: unknown;
  /** Words the spelling check accepts (`interviewFollowUp.spelling.words`). */
  spellingWords: string[];
  remindersEnabled: boolean;
  /** The actions calendar kept in the workspace folder, when on: its path relative to the folder. */
  keptCalendar?: string;
  /** The mailbox (`interviewFollowUp.mail.*`, machine settings): its server's address, a private CA, how often to check (0: on demand). */
  mailServer?: string;
  mailCaFile?: string;
  mailCheckMinutes: number;
}

const KEEP_FILE_DEFAULT = '.interview-followup/actions.ics';

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];
}

function read(scope: vscode.ConfigurationScope | undefined): Settings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const folder = c.get<string>('notesFolder', 'interviews').trim();
  const holidays = (c.get<string>('holidays', '') ?? '').trim();
  const keep = c.get<boolean>('calendar.keepFile', false);
  return {
    notesFolder: folder || 'interviews',
    rules: {
      thankYouHours: positive(c.get('thankYouHours'), 24),
      followUpDefaultDays: positive(c.get('followUpDefaultDays'), 14),
      // The calendar loads date-holidays on its first question, never at activation.
      ...(holidays ? { holidays: holidayCalendar(holidays) } : {}),
    },
    signature: {
      name: c.get<string>('signature.name', '').trim(),
      email: c.get<string>('signature.email', '').trim(),
      phone: c.get<string>('signature.phone', '').trim(),
    },
    limits: {
      thankYouMaxWords: positive(c.get('etiquette.thankYouMaxWords'), 200),
      followUpMaxWords: positive(c.get('etiquette.followUpMaxWords'), 150),
      paragraphMaxWords: positive(c.get('etiquette.paragraphMaxWords'), 80),
    },
    language: c.get('language'),
    spellingWords: strings(c.get<unknown>('spelling.words')),
    remindersEnabled: c.get<boolean>('reminders.enabled', true),
    ...(keep ? { keptCalendar: c.get<string>('calendar.keepFilePath', KEEP_FILE_DEFAULT).trim() || KEEP_FILE_DEFAULT } : {}),
    ...(c.get<string>('mail.server', '').trim() ? { mailServer: c.get<string>('mail.server', '').trim() } : {}),
    ...(c.get<string>('mail.caFile', '').trim() ? { mailCaFile: c.get<string>('mail.caFile', '').trim() } : {}),
    mailCheckMinutes: Math.max(0, Math.floor(Number(c.get('mail.checkMinutes', 0)) || 0)),
  };
}

const affects = (e: vscode.ConfigurationChangeEvent, ...keys: string[]) => keys.some((k) => e.affectsConfiguration(`${CONFIG_SECTION}.${k}`));

export class SettingsStore extends Disposable {
  private readonly held = new Map<string, Settings>();
  private readonly folderEmitter = this.register(new vscode.EventEmitter<void>());
  private readonly rulesEmitter = this.register(new vscode.EventEmitter<void>());
  private readonly etiquetteEmitter = this.register(new vscode.EventEmitter<void>());
  private readonly calendarEmitter = this.register(new vscode.EventEmitter<void>());
  private readonly mailEmitter = this.register(new vscode.EventEmitter<void>());
  /** The notes folder moved: every note is read again. */
  readonly onDidChangeFolder = this.folderEmitter.event;
  /** The rules changed (deadlines, holidays): what is parsed is planned again. */
  readonly onDidChangeRules = this.rulesEmitter.event;
  /** What the draft checker uses changed (limits, spelling, signature, rules). */
  readonly onDidChangeEtiquette = this.etiquetteEmitter.event;
  /** The kept actions calendar was switched or moved. */
  readonly onDidChangeCalendar = this.calendarEmitter.event;
  /** The mailbox's server or its check interval changed. */
  readonly onDidChangeMail = this.mailEmitter.event;

  constructor() {
    super();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(CONFIG_SECTION)) return;
      this.held.clear();
      const rules = affects(e, 'thankYouHours', 'followUpDefaultDays', 'holidays');
      if (affects(e, 'notesFolder')) this.folderEmitter.fire();
      else if (rules) this.rulesEmitter.fire();
      if (rules || affects(e, 'etiquette', 'spelling', 'language', 'signature')) this.etiquetteEmitter.fire();
      if (affects(e, 'calendar')) this.calendarEmitter.fire();
      if (affects(e, 'mail')) this.mailEmitter.fire();
    }));
  }

  /** The settings for a resource (a note, a workspace folder), or the window's. */
  get(scope?: vscode.Uri | vscode.WorkspaceFolder): Settings {
    // Settings are per workspace folder at the finest: a note's are its folder's (one held copy, not one per note).
    const folder = scope === undefined ? undefined : 'uri' in scope ? scope : vscode.workspace.getWorkspaceFolder(scope);
    const key = folder?.uri.toString() ?? '';
    let s = this.held.get(key);
    if (!s) this.held.set(key, (s = read(folder)));
    return s;
  }

  /** "Add to dictionary": the word joins interviewFollowUp.spelling.words (user settings). */
  async addSpellingWord(word: string): Promise<void> {
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
    const words = strings(config.get<unknown>('spelling.words'));
    if (!words.includes(word)) await config.update('spelling.words', [...words, word], vscode.ConfigurationTarget.Global);
  }
}
