// Typed access to the extension's settings (declared in package.json contributes.configuration).
import * as vscode from 'vscode';
import { CONFIG_SECTION } from './ids';
import type { Signature } from '../core/drafts/templates';
import type { RuleSettings } from '../core/model/types';
import { holidayCalendar } from '../adapters/holidayCalendar';

export interface Settings {
  notesFolder: string;
  rules: RuleSettings;
  signature: Signature;
  limits: { thankYouMaxWords: number; followUpMaxWords: number; paragraphMaxWords: number };
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const folder = c.get<string>('notesFolder', 'interviews').trim();
  return {
    notesFolder: folder || 'interviews',
    rules: {
      thankYouHours: positive(c.get('thankYouHours'), 24),
      followUpDefaultDays: positive(c.get('followUpDefaultDays'), 14),
      // The calendar loads date-holidays on its first question, never at activation.
      ...(holidaysSetting(c) ? { holidays: holidayCalendar(holidaysSetting(c)) } : {}),
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
  };
}

export function affectsRules(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.thankYouHours`) || e.affectsConfiguration(`${CONFIG_SECTION}.followUpDefaultDays`)
    || e.affectsConfiguration(`${CONFIG_SECTION}.holidays`);
}

function holidaysSetting(c: vscode.WorkspaceConfiguration): string {
  return (c.get<string>('holidays', '') ?? '').trim();
}

export function affectsEtiquette(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.etiquette`) || e.affectsConfiguration(`${CONFIG_SECTION}.spelling`)
    || e.affectsConfiguration(`${CONFIG_SECTION}.language`) || e.affectsConfiguration(`${CONFIG_SECTION}.signature`) || affectsRules(e);
}

export function affectsFolder(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.notesFolder`);
}
