// Messages between the pipeline panel (src/extension/pipelinePanel.ts) and its page
// (src/webview/pipeline.ts). Types only: both sides import them, nothing runs from here.
import type { BoardColumn } from '../core/views/board';
import type { Stats } from '../core/views/stats';

/** What the panel posts: the figures, computed in the extension host from the notes index. */
export interface FiguresMessage {
  type: 'figures';
  /** When the figures were computed, `YYYY-MM-DD HH:mm` local. */
  at: string;
  board: BoardColumn[];
  stats: Stats;
  /** Statuses a card can be moved to, in board order. */
  targets: string[];
}

export type ToPage = FiguresMessage;

/** What the page rendered, reported back so tests can check the DOM without reaching into it. */
export interface RenderedReport {
  columns: { stage: string; companies: string[] }[];
  charts: { id: string; label: string; rows: number }[];
  /** Whether Chart.js drew (false: the tables alone, e.g. when a canvas is unavailable). */
  drawn: boolean;
}

export type FromPage =
  | { type: 'ready' }
  | { type: 'open'; file: string }
  | { type: 'move'; file: string; status: string }
  | { type: 'rendered'; report: RenderedReport };
