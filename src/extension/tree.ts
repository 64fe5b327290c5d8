// The sidebar tree: Overdue / Due now / Upcoming groups of actions, and one row per note with
// problems. Rows carry a stable id, a codicon, a tooltip and a contextValue for the menus.
import * as vscode from 'vscode';
import { readSettings } from './config';
import { COMMANDS } from './ids';
import { core } from './lazyCore';
import type { NotesIndex } from './notesIndex';
import type { Action, ActionKind, ActionState, Problem } from '../core/types';

/** Rows shown per group; the rest is summarised so a huge folder never floods the view. */
const MAX_ROWS_PER_GROUP = 500;

const GROUPS: { state: ActionState; label: string; icon: string; color?: string }[] = [
  { state: 'overdue', label: 'Overdue', icon: 'warning', color: 'list.errorForeground' },
  { state: 'due', label: 'Due now', icon: 'bell', color: 'list.warningForeground' },
  { state: 'upcoming', label: 'Upcoming', icon: 'calendar' },
];

const KIND_ICONS: Record<ActionKind, string> = {
  prepare: 'comment-discussion',
  'thank-you': 'mail',
  contact: 'search',
  card: 'edit',
  'follow-up': 'reply',
  task: 'tasklist',
};

interface Snapshot {
  now: Date;
  groups: Map<ActionState, { count: number; rows: Action[] }>;
}

export type Node =
  | { type: 'group'; state: ActionState; count: number; rows: Action[] }
  | { type: 'action'; action: Action }
  | { type: 'more'; state: ActionState; hidden: number }
  | { type: 'problems'; files: { file: string; problems: Problem[] }[] }
  | { type: 'problem'; file: string; problems: Problem[] }
  | { type: 'info'; message: string };

export function actionUri(action: Action): vscode.Uri {
  return vscode.Uri.parse(action.file);
}

/** "due in 4 h", "due since 20 h" (a follow-up in its 7-day window), "overdue by 2 d". */
export function whenText(action: Action, now: Date): string {
  const c = core();
  const ms = action.due.getTime() - now.getTime();
  if (action.state === 'overdue') return `overdue by ${c.formatAmount(ms)}`;
  return ms >= 0 ? `due ${c.formatRelative(action.due, now)}` : `due since ${c.formatAmount(ms)}`;
}

export class ActionsTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private snapshot: Snapshot | undefined;

  constructor(private readonly notes: NotesIndex) {}

  refresh(): void {
    this.snapshot = undefined;
    this.emitter.fire(undefined);
  }

  /** Counts and first rows of each state at one `now`, taken once per refresh (the index keeps them sorted). */
  current(): Snapshot {
    if (!this.snapshot) {
      const now = new Date();
      this.notes.advance(now);
      const groups = new Map(GROUPS.map((g) => [g.state, { count: this.notes.count(g.state), rows: this.notes.firstOf(g.state, MAX_ROWS_PER_GROUP) }]));
      this.snapshot = { now, groups };
    }
    return this.snapshot;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (!this.notes.hasIndex) return [];
      const { groups } = this.current();
      const roots: Node[] = GROUPS.filter((g) => groups.get(g.state)!.count > 0).map((g) => ({ type: 'group', state: g.state, ...groups.get(g.state)! }));
      const broken = this.notes.brokenFiles();
      if (broken.length > 0) roots.push({ type: 'problems', files: broken });
      if (roots.length === 0 && this.notes.noteCount > 0) roots.push({ type: 'info', message: 'All caught up: nothing to do right now' });
      return roots;
    }
    if (node.type === 'group') {
      const rows: Node[] = node.rows.map((action) => ({ type: 'action', action }));
      if (node.count > node.rows.length) rows.push({ type: 'more', state: node.state, hidden: node.count - node.rows.length });
      return rows;
    }
    if (node.type === 'problems') return node.files.map((f) => ({ type: 'problem', file: f.file, problems: f.problems }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const g = GROUPS.find((x) => x.state === node.state)!;
        const item = new vscode.TreeItem(`${g.label} (${node.count})`, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.state}`;
        item.iconPath = new vscode.ThemeIcon(g.icon, g.color ? new vscode.ThemeColor(g.color) : undefined);
        item.contextValue = 'group';
        return item;
      }
      case 'action':
        return this.actionItem(node.action);
      case 'more': {
        const item = new vscode.TreeItem(`… ${node.hidden} more`);
        item.id = `more:${node.state}`;
        item.tooltip = 'Only the first rows of each group are shown; the CLI lists them all (interview-followup due).';
        return item;
      }
      case 'problems': {
        const item = new vscode.TreeItem(`Notes with problems (${node.files.length})`, vscode.TreeItemCollapsibleState.Expanded);
        item.id = 'group:problems';
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
        item.contextValue = 'group';
        return item;
      }
      case 'problem': {
        const uri = vscode.Uri.parse(node.file);
        const first = node.problems[0]!;
        const item = new vscode.TreeItem(vscode.workspace.asRelativePath(uri, false));
        item.id = `problem:${node.file}`;
        item.resourceUri = uri;
        item.description = `line ${first.line}: ${first.message}${node.problems.length > 1 ? ` (+${node.problems.length - 1} more)` : ''}`;
        item.tooltip = node.problems.map((p) => `Line ${p.line} (${p.severity}): ${p.message}`).join('\n');
        item.iconPath = new vscode.ThemeIcon(node.problems.some((p) => p.severity === 'error') ? 'error' : 'warning');
        item.contextValue = 'problem';
        item.command = { command: COMMANDS.openNote, title: 'Open Note', arguments: [uri, first.line] };
        return item;
      }
      case 'info': {
        const item = new vscode.TreeItem(node.message);
        item.id = 'info';
        item.iconPath = new vscode.ThemeIcon('pass');
        return item;
      }
    }
  }

  private actionItem(action: Action): vscode.TreeItem {
    const now = this.current().now;
    const uri = actionUri(action);
    const item = new vscode.TreeItem(action.title);
    item.id = `${action.file}#${action.key}`;
    item.description = `${action.company}${action.role ? ` · ${action.role}` : ''} · ${whenText(action, now)}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escapeMd(action.title)}**\n\n`);
    tooltip.appendMarkdown(`${escapeMd(action.company)}${action.role ? ` — ${escapeMd(action.role)}` : ''}\n\n`);
    tooltip.appendMarkdown(`Due ${core().formatLocalDateTime(action.due).replace('T', ' ')} (${whenText(action, now)})\n\n`);
    const note = this.notes.note(uri);
    if (note) tooltip.appendMarkdown(`${escapeMd(core().actionDetail(action, note, readSettings(uri).rules))}\n\n`);
    tooltip.appendMarkdown(`$(file) ${escapeMd(vscode.workspace.asRelativePath(uri, false))}`);
    item.tooltip = tooltip;
    const color = action.state === 'overdue' ? 'list.errorForeground' : action.state === 'due' ? 'list.warningForeground' : undefined;
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS[action.kind], color ? new vscode.ThemeColor(color) : undefined);
    item.contextValue = `action.${action.kind}${core().isMarkable(action.kind) || action.kind === 'task' ? '.markable' : ''}`;
    item.command = { command: COMMANDS.openNote, title: 'Open Note', arguments: [uri, action.line] };
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
