// The pipeline panel's page: draws the board and the charts from the figures the extension
// posts (protocol.ts). Every text from a note goes in through textContent, never as HTML. Runs
// under a CSP without inline scripts or styles: Chart.js draws on canvas and sizes it through
// the CSSOM, which that policy allows.
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import type { BoardCard, BoardColumn } from '../core/views/board';
import type { FiguresMessage, FromPage, RenderedReport, ToPage } from './protocol';
import { chartSpecs, type ChartSpec } from './chartSpecs';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip, Legend);

declare function acquireVsCodeApi(): { postMessage(message: FromPage): void };
const vscode = acquireVsCodeApi();

const app = document.getElementById('app')!;
const charts = new Map<string, Chart>();
let last: FiguresMessage | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; attrs?: Record<string, string> } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** The theme's colours, read from VS Code's CSS variables (they change with the theme). */
function themeColor(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

function palette(): { primary: string; text: string; grid: string; font: string; border: string } {
  return {
    primary: themeColor('--vscode-charts-blue', '#3794ff'),
    text: themeColor('--vscode-foreground', '#cccccc'),
    grid: themeColor('--vscode-charts-lines', 'rgba(128,128,128,0.35)'),
    font: themeColor('--vscode-font-family', 'sans-serif'),
    // High contrast themes set a contrast border; elsewhere the editor background separates slices.
    border: themeColor('--vscode-contrastBorder', themeColor('--vscode-editor-background', 'transparent')),
  };
}

function moveSelect(card: BoardCard, targets: string[]): HTMLSelectElement {
  const select = el('select', { className: 'move', attrs: { 'aria-label': `Move ${card.company} to another stage` } });
  select.append(el('option', { text: 'Move to…', attrs: { value: '' } }));
  for (const t of targets) if (t !== card.status.toLowerCase()) select.append(el('option', { text: t, attrs: { value: t } }));
  select.addEventListener('change', () => {
    if (select.value) vscode.postMessage({ type: 'move', file: card.file, status: select.value });
  });
  return select;
}

/**
 * A card, compact so that a search's interviews fit a screen: the company and role (opens the
 * note), the interview's time with the "Move to" list beside it, the people, and what is next in
 * a word or two with when; the full sentences are in tooltips and the accessible names.
 */
function cardItem(card: BoardCard, targets: string[]): HTMLLIElement {
  const open = el('button', { className: 'open', attrs: { type: 'button', 'data-focus': `open:${card.file}` } },
    el('span', { className: 'company', text: card.company }),
    el('span', { className: 'role', text: card.role ? ` · ${card.role}` : '' }));
  open.addEventListener('click', () => vscode.postMessage({ type: 'open', file: card.file }));
  // A status read from the date (none is written) says so, to the eye and to a screen reader.
  const when = el('span', { className: 'when', text: card.when });
  if (card.statusFromDate) when.append(el('span', { className: 'derived', text: ` · ${card.status} by date`, attrs: { title: `No status is written: ${card.status} by the interview's date` } }));
  const select = moveSelect(card, targets);
  select.setAttribute('data-focus', `move:${card.file}`);
  open.setAttribute('title', `${card.company}${card.role ? ` · ${card.role}` : ''}`);
  const item = el('li', { className: 'card', attrs: { draggable: 'true', 'data-file': card.file } }, open, el('p', {}, when));
  if (card.people.length) item.append(el('p', { className: 'people', text: card.people.join(', '), attrs: { title: card.people.join(', ') } }));
  if (!card.statusFromDate && !targets.includes(card.status.toLowerCase())) item.append(el('p', { className: 'status', text: `status: ${card.status}` }));
  // What is next and the "Move to" list share the last line.
  const next = card.next
    ? el('span', { className: `next ${card.next.state}`, text: `${card.next.what} · ${card.next.relative}`, attrs: { title: `${card.next.title}, ${card.next.due}` } })
    : el('span', { className: 'next', text: '' });
  item.append(el('div', { className: 'line' }, next, select));
  item.addEventListener('dragstart', (e) => {
    e.dataTransfer?.setData('text/plain', card.file);
    item.classList.add('dragging');
  });
  item.addEventListener('dragend', () => item.classList.remove('dragging'));
  return item;
}

/** A column a card can be dropped on: its stage becomes the card's status. */
function dropTarget(section: HTMLElement, stage: string): void {
  section.addEventListener('dragover', (e) => {
    e.preventDefault();
    section.classList.add('drop');
  });
  section.addEventListener('dragleave', () => section.classList.remove('drop'));
  section.addEventListener('drop', (e) => {
    e.preventDefault();
    section.classList.remove('drop');
    const file = e.dataTransfer?.getData('text/plain');
    if (file) vscode.postMessage({ type: 'move', file, status: stage });
  });
}

/**
 * A stage's column. The stages that hold interviews flow into as many columns as the panel's
 * width takes (CSS columns, a stage never split), so every card shows without scrolling sideways:
 * four or five side by side on a wide panel, one under another on a narrow one. An empty stage is
 * drawn small (its name, a place to drop a card) after them.
 */
function column(col: BoardColumn, targets: string[]): HTMLElement {
  const id = `col-${col.stage.replace(/\W/g, '-')}`;
  const section = el('section', { className: `column${col.total === 0 ? ' empty' : ''}`, attrs: { 'aria-labelledby': id, 'data-stage': col.stage } },
    el('h3', { text: `${col.label} (${col.total})`, attrs: { id } }));
  if (col.total > 0) {
    const list = el('ul', { className: 'cards' });
    for (const card of col.cards) list.append(cardItem(card, targets));
    section.append(list);
  }
  if (col.total > col.cards.length) section.append(el('p', { className: 'hint', text: `${col.total - col.cards.length} earlier not shown` }));
  if (targets.includes(col.stage)) dropTarget(section, col.stage);
  return section;
}

/** Narrowest a stage's column is drawn side by side with the others. */
const STAGE_MIN_PX = 190;
const boardObserver = new ResizeObserver((entries) => {
  for (const e of entries) layoutBoard(e.target as HTMLElement);
});

/**
 * A board as wide as its stages need is a row of columns, one per stage (`wide`); a narrower one
 * flows its stages into as many columns as fit, each stage whole (the stylesheet's CSS columns),
 * so no card is ever off to the right. Decided again whenever the panel is resized.
 */
function layoutBoard(board: HTMLElement): void {
  const stages = board.children.length;
  board.classList.toggle('wide', stages > 0 && board.clientWidth >= stages * STAGE_MIN_PX + (stages - 1) * 8);
}

function fitBoard(board: HTMLElement): void {
  boardObserver.disconnect();
  boardObserver.observe(board);
}

function table(spec: ChartSpec): HTMLDetailsElement {
  const head = el('tr', {}, ...spec.columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } })));
  const body = el('tbody', {}, ...spec.rows.map((r) => el('tr', {}, ...r.map((cell, i) => (i === 0 ? el('th', { text: String(cell), attrs: { scope: 'row' } }) : el('td', { text: String(cell) }))))));
  return el('details', {}, el('summary', { text: 'Data as a table' }), el('table', {}, el('thead', {}, head), body));
}

function chartConfig(spec: ChartSpec): ChartConfiguration {
  const p = palette();
  const doughnut = spec.kind === 'doughnut';
  const colors = spec.colors ? spec.colors.map((v) => themeColor(v, p.primary)) : p.primary;
  return {
    type: spec.kind,
    data: {
      labels: spec.labels,
      datasets: [{ label: spec.title, data: spec.values, backgroundColor: colors, borderColor: p.border, borderWidth: doughnut ? 1 : 0 }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: p.text,
      font: { family: p.font },
      plugins: { legend: { display: doughnut, labels: { color: p.text } }, tooltip: { enabled: true } },
      scales: doughnut ? {} : {
        x: { ticks: { color: p.text }, grid: { color: p.grid } },
        y: { beginAtZero: true, ticks: { color: p.text, precision: 0 }, grid: { color: p.grid } },
      },
    },
  } as ChartConfiguration;
}

function chartFigure(spec: ChartSpec): HTMLElement {
  const canvas = el('canvas', { attrs: { role: 'img', 'aria-label': spec.summary, id: `chart-${spec.id}` } });
  canvas.textContent = spec.summary;
  const figure = el('figure', { className: 'chart', attrs: { 'data-chart': spec.id } },
    el('figcaption', { text: spec.title }),
    el('div', { className: 'chart-box' }, canvas),
    el('p', { className: 'summary', text: spec.summary }),
    table(spec));
  return figure;
}

function render(m: FiguresMessage): void {
  last = m;
  const focused = (document.activeElement as HTMLElement | null)?.getAttribute('data-focus');
  for (const c of charts.values()) c.destroy();
  charts.clear();
  const s = m.stats;
  const specs = chartSpecs(s);
  const summary = `${s.interviews} interviews: ${s.open} open, ${s.closed} closed. Thank-yous ${s.thankYou.onTime} on time, ${s.thankYou.late} late, ${s.thankYou.pending} pending.`;
  const problems = s.problems.length
    ? [el('section', { className: 'problems', attrs: { 'aria-labelledby': 'problems-h' } },
      el('h2', { text: `Notes not counted (${s.problems.length})`, attrs: { id: 'problems-h' } }),
      el('ul', {}, ...s.problems.map((p) => el('li', { text: `${p.file}:${p.line}: ${p.message}` }))))]
    : [];
  const board = el('div', { className: 'board' }, ...m.board.filter((c) => c.total > 0).map((c) => column(c, m.targets)));
  fitBoard(board);
  app.replaceChildren(
    el('h1', { text: 'Interview pipeline' }),
    el('p', { text: `${summary} Updated ${m.at}.`, attrs: { id: 'status', role: 'status' } }),
    el('section', { attrs: { 'aria-labelledby': 'board-h' } },
      el('h2', { text: 'Board', attrs: { id: 'board-h' } }),
      el('p', { className: 'hint', text: 'Drag a card to another stage or use its "Move to" list; click a company to open its note.' }),
      board,
      el('div', { className: 'empty-stages', attrs: { 'aria-label': 'Stages without interviews' } }, ...m.board.filter((c) => c.total === 0).map((c) => column(c, m.targets)))),
    el('section', { attrs: { 'aria-labelledby': 'charts-h' } },
      el('h2', { text: 'Charts', attrs: { id: 'charts-h' } }),
      el('div', { className: 'charts' }, ...specs.map(chartFigure))),
    ...problems,
  );
  app.setAttribute('aria-busy', 'false');
  let drawn = true;
  for (const spec of specs) {
    const canvas = document.getElementById(`chart-${spec.id}`) as HTMLCanvasElement;
    try {
      charts.set(spec.id, new Chart(canvas, chartConfig(spec)));
    } catch {
      drawn = false; // The table and the summary still carry the figures.
    }
  }
  if (focused) (document.querySelector(`[data-focus="${CSS.escape(focused)}"]`) as HTMLElement | null)?.focus();
  const report: RenderedReport = {
    columns: [...document.querySelectorAll<HTMLElement>('.column')].map((c) => ({
      stage: c.dataset.stage ?? '',
      companies: [...c.querySelectorAll('.company')].map((x) => x.textContent ?? ''),
    })),
    charts: [...document.querySelectorAll<HTMLElement>('figure.chart')].map((f) => ({
      id: f.dataset.chart ?? '', label: f.querySelector('canvas')?.getAttribute('aria-label') ?? '', rows: f.querySelectorAll('tbody tr').length,
    })),
    drawn,
  };
  vscode.postMessage({ type: 'rendered', report });
}

window.addEventListener('message', (e: MessageEvent<ToPage>) => {
  if (e.data?.type === 'figures') render(e.data);
});

// A theme change swaps the body's class (vscode-light, vscode-dark, vscode-high-contrast): redraw in its colours.
new MutationObserver(() => {
  if (last) render(last);
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

vscode.postMessage({ type: 'ready' });
