// The pipeline panel in a real extension host: it opens, its page renders what the extension
// posted (the page reports what its DOM holds), a card opens its note, moving a card writes
// `status:` (and `heardBack:`) to disk, and the panel follows that write and an outside one.
import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import { api, noteCount, notesUri, readText, today, waitFor, writeText } from './util';
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

function postedColumns(a: ExtensionApi): Map<string, string[]> {
  return new Map(a.pipeline.lastPosted!.board.filter((c) => c.cards.length).map((c) => [c.stage, c.cards.map((k) => k.company)]));
}

function renderedColumns(a: ExtensionApi): Map<string, string[]> {
  return new Map(a.pipeline.lastRendered!.columns.filter((c) => c.companies.length).map((c) => [c.stage, c.companies]));
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

  it('pipeline: opens from its command and the page renders the posted board and charts', async () => {
    const a = await api();
    await vscode.commands.executeCommand('interviewFollowUp.openPipeline');
    assert.equal(a.pipeline.isOpen, true);
    await waitFor('the page to render what was last posted', () => a.pipeline.lastRendered && isDeepStrictEqual(renderedColumns(a), postedColumns(a)));
    const posted = a.pipeline.lastPosted!;
    assert.equal(posted.stats.interviews, noteCount(a));
    assert.equal(posted.stats.open + posted.stats.closed, posted.stats.interviews);
    assert.deepEqual(postedColumns(a), expectedColumns(a));
    assert.deepEqual(renderedColumns(a), postedColumns(a));
    const rendered = a.pipeline.lastRendered!;
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
    await vscode.commands.executeCommand('interviewFollowUp.openPipeline');
    await waitFor('the page to report its render', () => a.pipeline.lastRendered);
    const uri = own();
    const before = await readText(uri);
    const card = a.pipeline.lastPosted!.board.flatMap((c) => c.cards).find((c) => c.file === uri.toString());
    assert.ok(card, 'Pipeline Co is on the board');
    assert.deepEqual(card.people, ['Ana Lima']);
    assert.equal(card.next?.title, 'Send thank-you to Ana Lima');

    await a.pipeline.receive({ type: 'open', file: card.file });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.commands.executeCommand('interviewFollowUp.openPipeline');

    try {
      await a.pipeline.receive({ type: 'move', file: card.file, status: 'offer' });
      const after = await readText(uri);
      assert.match(after, /^status: offer$/m);
      assert.match(after, new RegExp(`^heardBack: ${today()}$`, 'm'));
      // One write added those two lines; every other byte stays.
      assert.equal(after.replace(/^status: offer\n/m, '').replace(/^heardBack: .*\n/m, ''), before);
      await waitFor('the panel to post and draw the card in the Offer column with its answer time', () =>
        postedColumns(a).get('offer')?.includes('Pipeline Co') && renderedColumns(a).get('offer')?.includes('Pipeline Co')
        && a.pipeline.lastPosted!.stats.charts.timeToAnswer.some((t) => t.company === 'Pipeline Co'));
      assert.equal(a.pipeline.lastPosted!.stats.outcomes.offer, expectedColumns(a).get('offer')!.length);
      // A status outside the list is refused, nothing written.
      await a.pipeline.receive({ type: 'move', file: card.file, status: 'hired!' });
      assert.equal(await readText(uri), after);
      // A write that bypasses the extension (as another tool's would) reaches the panel through the watcher.
      await writeText(uri, before);
      await waitFor('the panel to show the card back under No status', () =>
        postedColumns(a).get('none')?.includes('Pipeline Co') && renderedColumns(a).get('none')?.includes('Pipeline Co'));
    } finally {
      await writeText(uri, before);
      await waitFor('Pipeline Co back without a status', () => !a.notes.note(uri)?.status);
    }
  });
});
