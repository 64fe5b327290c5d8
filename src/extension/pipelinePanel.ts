// "Open Interview Pipeline": a webview panel with the board and the charts. The figures are
// computed here from the notes index (src/core/stats.ts, board.ts) and posted as data; the page
// (dist/webview/pipeline.js, built from src/webview/) only draws them. Nothing of it loads at
// activation: the page's script is fetched by the webview when the panel opens.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { PIPELINE_VIEW_TYPE } from './ids';
import { core } from './lazyCore';
import type { SettingsStore } from './settings';
import type { NotesModel } from './workspaceNotes';

/** What the panel asks of the commands when a card is clicked or moved. */
interface PipelineActions {
  openNote(uri: vscode.Uri): Promise<unknown>;
  setStatus(uri: vscode.Uri, status: string): Promise<unknown>;
}
import type { FiguresMessage, FromPage } from '../webview/protocol';

/** How the panel is made (a port: the host tests wrap the real one to watch what crosses it). */
export type CreatePanel = (viewType: string, title: string, options: vscode.WebviewPanelOptions & vscode.WebviewOptions) => vscode.WebviewPanel;

const createPanel: CreatePanel = (viewType, title, options) => vscode.window.createWebviewPanel(viewType, title, vscode.ViewColumn.Active, options);

const UPDATE_DELAY_MS = 150;

function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export class PipelinePanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly notes: NotesModel,
    private readonly settings: SettingsStore,
    private readonly extensionUri: vscode.Uri,
    private readonly commands: PipelineActions,
    private readonly create: CreatePanel = createPanel,
  ) {
    super();
    // The one place that listens to the index for the panel: a change (or the clock, each minute) re-posts the figures.
    this.register(notes.onDidChange(() => this.schedule()));
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.register({ dispose: () => this.panel?.dispose() });
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  open(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const script = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const panel = this.create(PIPELINE_VIEW_TYPE, 'Interview Pipeline', {
      enableScripts: true,
      localResourceRoots: [media, script],
      retainContextWhenHidden: false,
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'activity-icon.svg');
    panel.webview.html = this.html(panel.webview, media, script);
    panel.webview.onDidReceiveMessage((m: FromPage) => void this.receive(m));
    panel.onDidDispose(() => (this.panel = undefined));
    this.panel = panel;
    return panel;
  }

  /**
   * A message from the page (also how the host test drives a move). The page is not trusted: a
   * card it names must be a note on the board (one the index holds), and a move a status of the
   * vocabulary; anything else (a file dropped on a column, say) is ignored.
   */
  async receive(message: FromPage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.post();
        return;
      case 'open': {
        const uri = this.onBoard(message.file);
        if (uri) await this.commands.openNote(uri);
        return;
      }
      case 'move': {
        const uri = this.onBoard(message.file);
        if (!uri || !core().STATUS_WORDS.some((w) => w === message.status)) return;
        await this.commands.setStatus(uri, message.status);
        return;
      }
      case 'rendered':
        // What the page drew: the host tests read it as it crosses; the panel needs nothing of it.
        return;
    }
  }

  /** The note a card names, when it is one of the board's notes. */
  private onBoard(file: unknown): vscode.Uri | undefined {
    if (typeof file !== 'string') return undefined;
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(file, true);
    } catch {
      return undefined;
    }
    return this.notes.note(uri) ? uri : undefined;
  }

  /** The figures now, from the notes already indexed (nothing is read from disk). */
  figures(now = new Date()): FiguresMessage {
    const c = core();
    const rules = this.settings.get().rules;
    const notes = this.notes.notes();
    const problems = (this.notes.snapshot()?.broken ?? []).flatMap((b) => b.problems)
      .map((p) => ({ ...p, file: vscode.workspace.asRelativePath(vscode.Uri.parse(p.file), true) }));
    return {
      type: 'figures',
      at: c.formatDue(now),
      // The index's planned actions: planning a note again costs 40-70 µs (measured over 10,000).
      board: c.boardOf(notes, now, rules, (note) => this.notes.actionsOf(vscode.Uri.parse(note.file), now)[0]),
      stats: c.computeStats(notes, problems, now, rules),
      targets: [...c.STATUS_WORDS],
    };
  }

  private schedule(): void {
    if (!this.panel || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.post();
    }, UPDATE_DELAY_MS);
  }

  private post(): void {
    if (!this.panel) return;
    void this.panel.webview.postMessage(this.figures());
  }

  private html(webview: vscode.Webview, media: vscode.Uri, script: vscode.Uri): string {
    const n = nonce();
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
      `img-src ${webview.cspSource}`,
      `script-src 'nonce-${n}'`,
    ].join('; ');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'pipeline.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(script, 'pipeline.js'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
<title>Interview Pipeline</title>
</head>
<body>
<main id="app" aria-busy="true">
<h1>Interview pipeline</h1>
<p id="status" role="status">Reading the notes…</p>
</main>
<script nonce="${n}" src="${js}"></script>
</body>
</html>`;
  }
}
