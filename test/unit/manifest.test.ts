// package.json and src/extension/ids.ts name the same commands, views and settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { STATUSES } from '../../src/core/model/status';
import { CATEGORY, COMMANDS, CONFIG_SECTION, EXTENSION_ID, VIEW_ACTIONS, VIEW_CONTAINER } from '../../src/extension/ids';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('manifest: every command is declared once, with the category and an icon', () => {
  const declared = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(declared, Object.values(COMMANDS).sort());
  for (const c of pkg.contributes.commands) {
    assert.equal(c.category, CATEGORY, c.command);
    assert.match(c.icon, /^\$\([a-z-]+\)$/, c.command);
  }
});

test('manifest: menus only name declared commands', () => {
  const known = new Set(Object.values(COMMANDS) as string[]);
  for (const [menu, entries] of Object.entries(pkg.contributes.menus) as [string, { command?: string; submenu?: string }[]][]) {
    for (const e of entries) if (e.command) assert.ok(known.has(e.command), `${menu}: ${e.command}`);
  }
});

test('manifest: view ids and settings match the code', () => {
  assert.equal(`${pkg.publisher}.${pkg.name}`, EXTENSION_ID);
  assert.equal(pkg.contributes.viewsContainers.activitybar[0].id, VIEW_CONTAINER);
  assert.equal(pkg.contributes.views[VIEW_CONTAINER][0].id, VIEW_ACTIONS);
  for (const [key, schema] of Object.entries(pkg.contributes.configuration.properties) as [string, { markdownDescription?: string; default?: unknown }][]) {
    assert.ok(key.startsWith(`${CONFIG_SECTION}.`), key);
    assert.ok(schema.markdownDescription, `${key} has a description`);
    assert.notEqual(schema.default, undefined, `${key} has a default`);
  }
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
});

test('one status vocabulary: the note snippet offers exactly the statuses of src/core/status.ts', () => {
  const snippets = JSON.parse(readFileSync('snippets/markdown.json', 'utf8')) as Record<string, { body: string[] }>;
  const offered = Object.values(snippets)
    .flatMap((s) => s.body)
    .map((line) => /^status: \$\{\d+\|([^|]*)\|\}/.exec(line)?.[1])
    .filter((x): x is string => x !== undefined);
  assert.ok(offered.length > 0, 'some snippet offers a status');
  for (const choices of offered) assert.deepEqual(choices.split(','), STATUSES.map((s) => s.value));
});

test('manifest: keybindings and walkthrough steps name declared commands; walkthrough media exist', () => {
  const known = new Set(Object.values(COMMANDS) as string[]);
  for (const k of pkg.contributes.keybindings) assert.ok(known.has(k.command), k.command);
  const steps = pkg.contributes.walkthroughs.flatMap((w: { steps: unknown[] }) => w.steps) as { id: string; description: string; media: { markdown: string }; completionEvents: string[] }[];
  assert.deepEqual(steps.map((s) => s.id), ['signature', 'firstNote', 'firstDraft', 'markSent']);
  for (const s of steps) {
    assert.ok(existsSync(s.media.markdown), s.media.markdown);
    for (const m of s.description.matchAll(/\(command:([\w.]+)/g)) assert.ok(known.has(m[1]!) || m[1]!.startsWith('workbench.'), m[1]);
    for (const e of s.completionEvents) if (e.startsWith('onCommand:')) assert.ok(known.has(e.slice('onCommand:'.length)), e);
  }
});

test('manifest: a row\'s inline check button names its action (read aloud as "Mark Thank-You Sent", not "Mark Done")', () => {
  const titles = new Map<string, string>(pkg.contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]));
  const checks = (pkg.contributes.menus['view/item/context'] as { command: string; when: string; group?: string }[])
    .filter((e) => e.group?.startsWith('inline') && pkg.contributes.commands.find((c: { command: string }) => c.command === e.command).icon === '$(check)');
  const byKind = Object.fromEntries(['thank-you', 'card', 'follow-up', 'task'].map((kind) => [kind, checks.filter((e) => e.when.includes(`^action\\.${kind}/`)).map((e) => titles.get(e.command))]));
  assert.deepEqual(byKind, { 'thank-you': ['Mark Thank-You Sent'], card: ['Mark Card Mailed'], 'follow-up': ['Mark Follow-Up Sent'], task: ['Check Off Task'] });
  assert.ok(!checks.some((e) => e.command === COMMANDS.markDone), 'no generic Mark Done button');
});

/** The commands of a view's row menu shown for a row's contextValue, read from the `when` clauses package.json gives. */
function rowMenu(view: string, contextValue: string, inline: boolean): string[] {
  const holds = (clause: string): boolean => {
    // The clauses used here: `view == x`, `viewItem == x`, `viewItem =~ /re/`, joined by && and ||, in brackets.
    return clause.split('||').some((alternative) => alternative.split('&&').every((raw) => {
      const part = raw.trim().replace(/^\(+|\)+$/g, '').trim();
      const eq = /^(view|viewItem) == (\S+)$/.exec(part);
      if (eq) return (eq[1] === 'view' ? view : contextValue) === eq[2];
      const re = /^viewItem =~ \/(.+)\/$/.exec(part);
      if (re) return new RegExp(re[1]!).test(contextValue);
      throw new Error(`a clause this test does not read: ${part}`);
    }));
  };
  return (pkg.contributes.menus['view/item/context'] as { command: string; when: string; group?: string }[])
    .filter((e) => (e.group?.startsWith('inline') ?? false) === inline && holds(e.when))
    .map((e) => e.command.replace('interviewFollowUp.', ''));
}

test('manifest: each row kind\'s menus hold only what applies to it; a Find email row adds the address', () => {
  const actions = VIEW_ACTIONS;
  assert.deepEqual(rowMenu(actions, 'action.contact.thank-you', true), ['addEmail']);
  assert.deepEqual(rowMenu(actions, 'action.contact.follow-up', false).sort(), ['addEmail', 'openNote', 'setStatus', 'snooze']);
  assert.deepEqual(rowMenu(actions, 'action.prepare', true), []);
  assert.deepEqual(rowMenu(actions, 'action.prepare', false).sort(), ['openNote', 'setStatus']);
  assert.deepEqual(rowMenu(actions, 'action.task.markable', false).sort(), ['checkTask', 'openNote', 'setStatus']);
  assert.deepEqual(rowMenu(actions, 'action.card.markable', false).sort(), ['markCardMailed', 'openNote', 'setStatus', 'snooze']);
  assert.deepEqual(rowMenu(actions, 'action.thank-you.markable', true).sort(), ['copyDraft', 'draftThankYou', 'markThankYouSent', 'openInMailClient']);
  assert.deepEqual(rowMenu(actions, 'group', false), []);
});

test('manifest: an empty view shows one welcome, in plain words (no Markdown code marks)', () => {
  const welcomes = pkg.contributes.viewsWelcome as { view: string; contents: string; when: string }[];
  const keys = welcomes.map((w) => `${w.view} | ${w.when}`);
  assert.equal(new Set(keys).size, keys.length, 'two welcomes for one view and state');
  for (const w of welcomes) assert.ok(!w.contents.includes('`'), w.contents);
});
