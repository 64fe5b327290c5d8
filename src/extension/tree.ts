// The sidebar tree, a renderer of the pipeline's snapshot: notes with problems first, then
// Overdue / Due now / Upcoming groups, or one group per interview (the view-title toggle). Rows carry a stable id, a codicon and a contextValue for
// the menus; tooltips are built only when shown (resolveTreeItem). A new snapshot refreshes
// only the groups whose rows changed.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { COMMANDS } from './ids';
import { core } from './lazyCore';
import type { SettingsStore } from './settings';
import type { NotesModel } from './workspaceNotes';
import type { Snapshot } from '../core/indexing/noteIndex';
import type { Action, ActionKind, ActionState, Problem } from '../core/model/types';

const GROUP_ICONS: Record<ActionState, { icon: string; color?: string }> = {
  overdue: { icon: 'warning', color: 'list.errorForeground' },
  due: { icon: 'bell', color: 'list.warningForeground' },
  upcoming: { icon: 'calendar' },
};

/** How the rows are grouped: by due state (the default) or by interview. */
export type Grouping = 'due' | 'interview';

const KIND_ICONS: Record<ActionKind, string> = {
  prepare: 'comment-discussion',
  'thank-you': 'mail',
  contact: 'search',
  card: 'edit',
  'follow-up': 'reply',
  task: 'tasklist',
};

type GroupNode = { type: 'group'; state: ActionState };
type InterviewNode = { type: 'interview'; file: string; title: string; rows: Action[] };
type ProblemsNode = { type: 'problems' };

export type Node =
  | GroupNode
  | InterviewNode
  | ProblemsNode
  | { type: 'action'; action: Action; parent: GroupNode | InterviewNode }
  | { type: 'more'; state: ActionState; hidden: number; parent: GroupNode }
  | { type: 'problem'; file: string; problems: Problem[] }
  | { type: 'info'; message: string };

export function actionUri(action: Action): vscode.Uri {
  return vscode.Uri.parse(action.file);
}

type Group = Snapshot['groups'][number];

function sameRows(a: Group | undefined, b: Group): boolean {
  return !!a && a.count === b.count && a.rows.length === b.rows.length && a.rows.every((r, i) => r === b.rows[i]);
}

export class ActionsTree extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly emitter = this.register(new vscode.EventEmitter<Node | Node[] | undefined>());
  readonly onDidChangeTreeData = this.emitter.event;
  private snapshot: Snapshot | undefined;
  /** One node object per group, so a refresh can name the groups that changed. */
  private readonly groupNodes = new Map<ActionState, GroupNode>();
  private readonly problemsNode: ProblemsNode = { type: 'problems' };
  private grouping: Grouping = 'due';

  constructor(private readonly notes: NotesModel, private readonly settings: SettingsStore) {
    super();
  }

  get groupedBy(): Grouping {
    return this.grouping;
  }

  setGrouping(grouping: Grouping): void {
    if (grouping === this.grouping) return;
    this.grouping = grouping;
    this.emitter.fire(undefined);
  }

  /** Shows a new snapshot; refreshes the whole tree only when groups appear or disappear. */
  render(next: Snapshot): void {
    const previous = this.snapshot;
    this.snapshot = next;
    const minute = (s: Snapshot) => Math.floor(s.now.getTime() / 60_000);
    // Grouped by interview, any change may move rows between groups: refresh it all (a cheap re-read of the snapshot).
    if (!previous || minute(previous) !== minute(next) || this.grouping === 'interview') {
      // Relative times ("due in 4 h") change with the clock: every row's text is new.
      this.emitter.fire(undefined);
      return;
    }
    const shape = (s: Snapshot) => `${s.broken.length > 0}|${s.groups.map((g) => g.count > 0).join()}|${s.noteCount > 0}`;
    if (shape(previous) !== shape(next)) {
      this.emitter.fire(undefined);
      return;
    }
    const changed: Node[] = next.groups
      .filter((g) => g.count > 0 && !sameRows(previous.groups.find((p) => p.state === g.state), g))
      .map((g) => this.groupNode(g.state));
    const brokenChanged = previous.broken.length !== next.broken.length || previous.broken.some((b, i) => b.file !== next.broken[i]!.file || b.problems !== next.broken[i]!.problems);
    if (brokenChanged) changed.push(this.problemsNode);
    if (changed.length > 0) this.emitter.fire(changed);
  }

  private groupNode(state: ActionState): GroupNode {
    let node = this.groupNodes.get(state);
    if (!node) this.groupNodes.set(state, (node = { type: 'group', state }));
    return node;
  }

  getChildren(node?: Node): Node[] {
    const snap = this.snapshot;
    if (!snap) return [];
    if (!node) {
      const roots: Node[] = [];
      if (snap.broken.length > 0) roots.push(this.problemsNode);
      if (this.grouping === 'interview') {
        const rows = snap.groups.flatMap((g) => g.rows);
        for (const g of core().groupByInterview(rows)) roots.push({ type: 'interview', ...g });
      } else {
        for (const g of snap.groups) if (g.count > 0) roots.push(this.groupNode(g.state));
      }
      if (roots.length === 0 && snap.noteCount > 0) roots.push({ type: 'info', message: 'All caught up: nothing to do right now' });
      return roots;
    }
    if (node.type === 'group') {
      const group = snap.groups.find((g) => g.state === node.state)!;
      const rows: Node[] = group.rows.map((action) => ({ type: 'action', action, parent: node }));
      if (group.count > group.rows.length) rows.push({ type: 'more', state: node.state, hidden: group.count - group.rows.length, parent: node });
      return rows;
    }
    if (node.type === 'interview') return node.rows.map((action) => ({ type: 'action', action, parent: node }));
    if (node.type === 'problems') return snap.broken.map((f) => ({ type: 'problem', file: f.file, problems: f.problems }));
    return [];
  }

  getParent(node: Node): Node | undefined {
    if (node.type === 'action' || node.type === 'more') return node.parent;
    if (node.type === 'problem') return this.problemsNode;
    return undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const snap = this.snapshot;
    switch (node.type) {
      case 'group': {
        const g = GROUP_ICONS[node.state];
        const name = core().GROUP_NAMES[node.state];
        const count = snap?.groups.find((x) => x.state === node.state)?.count ?? 0;
        const item = new vscode.TreeItem(`${name.label} (${count})`, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.state}`;
        item.tooltip = `${name.label}: ${name.hint}`;
        item.iconPath = new vscode.ThemeIcon(g.icon, g.color ? new vscode.ThemeColor(g.color) : undefined);
        item.contextValue = 'group';
        return item;
      }
      case 'interview': {
        const description = `${node.rows.length}`;
        const first = node.rows[0];
        const item = new vscode.TreeItem(first ? core().interviewGroupLabel(first, description) : node.title, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `interview:${node.file}`;
        item.description = description;
        item.tooltip = node.title;
        const worst = node.rows[0]?.state;
        const g = GROUP_ICONS[worst ?? 'upcoming'];
        item.iconPath = new vscode.ThemeIcon('briefcase', g.color ? new vscode.ThemeColor(g.color) : undefined);
        item.contextValue = 'interview';
        return item;
      }
      case 'action':
        return this.actionItem(node.action, snap?.now ?? new Date(), node.parent.type === 'interview');
      case 'more': {
        const item = new vscode.TreeItem(`… ${node.hidden} more`);
        item.id = `more:${node.state}`;
        item.tooltip = 'Only the first rows of each group are shown; the CLI lists them all (interview-followup due).';
        return item;
      }
      case 'problems': {
        const item = new vscode.TreeItem(`Notes with problems (${snap?.broken.length ?? 0})`, vscode.TreeItemCollapsibleState.Expanded);
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

  /** Tooltips are written when a row is hovered, not for every row of every refresh. */
  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    if (node.type === 'action') item.tooltip = this.actionTooltip(node.action, this.snapshot?.now ?? new Date());
    if (node.type === 'problem') item.tooltip = node.problems.map((p) => `Line ${p.line} (${p.severity}): ${p.message}`).join('\n');
    return item;
  }

  private actionItem(action: Action, now: Date, underInterview: boolean): vscode.TreeItem {
    const row = core().treeRow(action, now, underInterview);
    const item = new vscode.TreeItem(row.label);
    item.id = `${action.file}#${action.key}`;
    item.description = row.description;
    // Read aloud as the whole sentence with the people, not as the short label.
    item.accessibilityInformation = { label: core().accessibleRow(action, now) };
    const color = action.state === 'overdue' ? 'list.errorForeground' : action.state === 'due' ? 'list.warningForeground' : undefined;
    item.iconPath = new vscode.ThemeIcon(action.snoozedUntil ? 'bell-slash' : KIND_ICONS[action.kind], color ? new vscode.ThemeColor(color) : undefined);
    // A contact row names the email it is for ("action.contact.follow-up"), so its menus draft and mark that one.
    const suffix = action.kind === 'contact' ? `.${action.forEmail ?? 'thank-you'}` : core().isMarkable(action.kind) || action.kind === 'task' ? '.markable' : '';
    item.contextValue = `action.${action.kind}${suffix}`;
    item.command = { command: COMMANDS.openNote, title: 'Open Note', arguments: [actionUri(action), action.line] };
    return item;
  }

  private actionTooltip(action: Action, now: Date): vscode.MarkdownString {
    const c = core();
    const uri = actionUri(action);
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escapeMd(action.title)}**\n\n`);
    tooltip.appendMarkdown(`${escapeMd(action.company)}${action.role ? ` — ${escapeMd(action.role)}` : ''}\n\n`);
    tooltip.appendMarkdown(`Due ${c.formatDue(action.due)} (${c.whenText(action, now)})\n\n`);
    if (action.snoozedUntil) tooltip.appendMarkdown(`Snoozed until ${c.formatDue(action.snoozedUntil)}\n\n`);
    const note = this.notes.note(uri);
    if (note) tooltip.appendMarkdown(`${escapeMd(c.actionDetail(action, note, this.settings.get(uri).rules))}\n\n`);
    tooltip.appendMarkdown(`$(file) ${escapeMd(vscode.workspace.asRelativePath(uri, false))}`);
    return tooltip;
  }
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
