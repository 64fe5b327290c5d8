// The pipeline panel in a real extension host: it opens, its page renders what the extension
// posted (the page reports what its DOM holds), a card opens its note, moving a card writes
// `status:` (and `heardBack:`) to disk, and the panel follows that write and an outside one.
import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import { api, noteCount, notesUri, readText, today, waitFor, watchedPipeline, writeText } from './util';
import type { ExtensionApi } from '../../src/extension/extension';

/** Where each note should be, from the index itself: its status, lower-cased, or "none";
 * scheduled ones soonest first, the others most recent first. */
function expectedColumns(a: ExtensionApi): Map<string, string[]> {
  const stages = new Map<string, string[]>();
  for (const note of [...a.notes.notes()].sort((x, y) => y.start.getTime() - x.start.getTime())) {
    const stage = note.status?.trim().toLowerCase() ?? 'none';
    stages.set(stage, [...(stages.get(stage) ?? []), note.company]);
  }
  stages.get('scheduled')?.reverse();
  return stages;
}

type Watched = ReturnType<typeof watchedPipeline>;

function postedColumns(w: Watched): Map<string, string[]> {
  return new Map(w.posted()!.board.filter((c) => c.cards.length).map((c) => [c.stage, c.cards.map((k) => k.company)]));
}

function renderedColumns(w: Watched): Map<string, string[]> {
  return new Map(w.rendered()!.columns.filter((c) => c.companies.length).map((c) => [c.stage, c.companies]));
}

const OWN_NOTE = ['---', 'company: Pipeline Co', 'role: Data Engineer', 'interview: 2020-05-04 10:00', 'interviewers: [Ana Lima]', 'thankYou:', '---', ''].join('\n');
const OWN_BROKEN = ['---', 'company: Pipeline Broken', 'interview: 2020-13-01', '---', ''].join('\n');

describe('pipeline panel', function () {
  this.timeout(40_000);
  // Its own notes, so earlier suites' edits of the fixture do not matter.
  const own = () => notesUri('pipeline-co.md');
  const broken = () => notesUri('pipeline-broken.md');

  before(async () => {
    const a = await api();
    await writeText(own(), OWN_NOTE);
    await writeText(broken(), OWN_BROKEN);
    await waitFor('the test notes to be indexed', () => a.notes.note(own()) && a.notes.problemsOfFile(broken().toString()).length > 0);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(own());
    await vscode.workspace.fs.delete(broken());
  });

  let w: Watched;
  beforeEach(async () => (w = watchedPipeline(await api())));
  afterEach(() => w.dispose());

  it('pipeline: opens from its command and the page renders the posted board and charts', async () => {
    const a = await api();
    await vscode.commands.executeCommand('interviewFollowUp.openPipeline');
    assert.equal(a.pipeline.isOpen, true);
    w.panel.open();
    await waitFor('the page to render what was last posted', () => w.rendered() && isDeepStrictEqual(renderedColumns(w), postedColumns(w)));
    const posted = w.posted()!;
    assert.equal(posted.stats.interviews, noteCount(a));
    assert.equal(posted.stats.open + posted.stats.closed, posted.stats.interviews);
    assert.deepEqual(postedColumns(w), expectedColumns(a));
    assert.deepEqual(renderedColumns(w), postedColumns(w));
    const rendered = w.rendered()!;
    assert.deepEqual(rendered.charts.map((c) => c.id), ['perWeek', 'timeToAnswer', 'thankYou', 'followUp', 'outcomes']);
    assert.equal(rendered.charts[0]!.rows, posted.stats.charts.perWeek.length);
    assert.match(rendered.charts[0]!.label, new RegExp(`^${posted.stats.interviews} interviews over \\d+ weeks`));
    assert.equal(rendered.drawn, true, 'Chart.js drew every chart');
    // The broken note is listed, not counted.
    assert.ok(posted.stats.problems.some((p) => p.file.endsWith('pipeline-broken.md') && p.line === 3));
    assert.ok(posted.board.every((c) => c.cards.every((k) => k.company !== 'Pipeline Broken')));
  });

  it('pipeline: a card opens its note, and moving it writes status and heardBack', async () => {
    const a = await api();
    w.panel.open();
    await waitFor('the page to report its render', () => w.rendered());
    const uri = own();
    const before = await readText(uri);
    const card = w.posted()!.board.flatMap((c) => c.cards).find((c) => c.file === uri.toString());
    assert.ok(card, 'Pipeline Co is on the board');
    assert.deepEqual(card.people, ['Ana Lima']);
    assert.equal(card.next?.title, 'Send thank-you to Ana Lima');

    await w.panel.receive({ type: 'open', file: card.file });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    w.panel.open();

    try {
      await w.panel.receive({ type: 'move', file: card.file, status: 'offer' });
      const after = await readText(uri);
      assert.match(after, /^status: offer$/m);
      assert.match(after, new RegExp(`^heardBack: ${today()}$`, 'm'));
      // One write added those two lines; every other byte stays.
      assert.equal(after.replace(/^status: offer\n/m, '').replace(/^heardBack: .*\n/m, ''), before);
      await waitFor('the panel to post and draw the card in the Offer column with its answer time', () =>
        postedColumns(w).get('offer')?.includes('Pipeline Co') && renderedColumns(w).get('offer')?.includes('Pipeline Co')
        && w.posted()!.stats.charts.timeToAnswer.some((t) => t.company === 'Pipeline Co'));
      assert.equal(w.posted()!.stats.outcomes.offer, expectedColumns(a).get('offer')!.length);
      // A status outside the list is refused, nothing written.
      await w.panel.receive({ type: 'move', file: card.file, status: 'hired!' });
      assert.equal(await readText(uri), after);
      // The page is not trusted: a move naming a file that is no note on the board (a file dropped
      // on a column, say) writes nothing, there or anywhere.
      const stranger = vscode.Uri.joinPath(uri, '..', '..', 'not-a-note.md');
      const strangerText = '---\nstatus: x\n---\nA file with front-matter outside the notes folder.\n';
      await writeText(stranger, strangerText);
      try {
        await w.panel.receive({ type: 'move', file: stranger.toString(), status: 'offer' });
        await w.panel.receive({ type: 'move', file: 'file:///etc/hostname', status: 'offer' });
        await w.panel.receive({ type: 'open', file: stranger.toString() });
        assert.equal(await readText(stranger), strangerText);
        assert.notEqual(vscode.window.activeTextEditor?.document.uri.toString(), stranger.toString());
      } finally {
        await vscode.workspace.fs.delete(stranger);
      }
      // A write that bypasses the extension (as another tool's would) reaches the panel through the watcher.
      await writeText(uri, before);
      await waitFor('the panel to show the card back under No status', () =>
        postedColumns(w).get('none')?.includes('Pipeline Co') && renderedColumns(w).get('none')?.includes('Pipeline Co'));
    } finally {
      await writeText(uri, before);
      await waitFor('Pipeline Co back without a status', () => !a.notes.note(uri)?.status);
    }
  });
});
