// Tree rows sized for a 300 px side bar: the width estimate and the shortening.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { interviewGroupLabel } from '../../src/core/views/rows';
import { DESCRIPTION_PX, fitLabel, fitRowLabel, GROUP_BUDGET_PX, LABEL_PX, ROW_BUDGET_PX, shortenToWidth, textWidth } from '../../src/core/views/rowWidth';

const GAP = DESCRIPTION_PX / 2;
const rowWidth = (label: string, description: string) => textWidth(label, LABEL_PX) + GAP + textWidth(description, DESCRIPTION_PX);

test('width: the estimate is what the workbench drew (measured in Chromium with DejaVu Sans)', () => {
  // Measured in the UI suite's workbench: the label box 204.45 px, the description 77.9 px after a 5.85 px gap.
  assert.ok(Math.abs(textWidth('Thank-you · Brightline Logistics', LABEL_PX) - 204.45) < 0.05);
  assert.ok(Math.abs(textWidth('overdue 26 h', DESCRIPTION_PX) - 77.88) < 0.05);
  assert.ok(Math.abs(textWidth('Prepare · Helio Health', LABEL_PX) - 142.92) < 0.05);
});

test('shorten: unchanged when it fits; at a word when that keeps most of the room; else within the word', () => {
  assert.equal(shortenToWidth('Acme Corp', 200), 'Acme Corp');
  assert.equal(shortenToWidth('Brightline Logistics', 80), 'Brightline…');
  assert.equal(shortenToWidth('Brightline Logistics', 110), 'Brightline…');
  assert.equal(shortenToWidth('Ana Li Consulting Partners', 110), 'Ana Li Consulti…');
  assert.equal(shortenToWidth('Supercalifragilistic', 60), 'Superc…');
  assert.equal(shortenToWidth('Acme, Inc.', 55), 'Acme…');
  assert.equal(shortenToWidth('anything', 1), '…');
});

const COMPANIES = [
  'Acme Corp', 'Tern Energy', 'Helio Health', 'Quillstone Studio', 'Northwind Robotics', 'Brightline Logistics',
  'Meridian Credit Union', 'Orchard Games', 'International Business Machines Corporation', 'WWWWWWWWWWWWWWWWWWWW', 'Ōkami Ärzte GmbH', '株式会社サンプル商事',
];
const WHATS = ['Thank-you', 'Find email', 'Card', 'Follow-up', 'Prepare', 'Ask for feedback', 'Finish the take-home incident review', 'Email two references to the recruiter'];
const WHENS = ['26 h late', '12 d late', '59 min late', 'in 22 h', 'in 59 min', 'due now', 'in 5 d', 'in 14 d', 'snoozed', 'soon'];

test('fit: every row of what · company and when fits the budget, keeping a piece of each', () => {
  for (const company of COMPANIES) for (const what of WHATS) for (const when of WHENS) {
    const label = fitRowLabel(what, company, when);
    assert.ok(rowWidth(label, when) <= ROW_BUDGET_PX, `${label} | ${when}: ${rowWidth(label, when).toFixed(1)} px`);
    const [w, c] = label.split(' · ');
    assert.ok(w && c, label);
    assert.ok(w.length >= 2 && w[0] === what[0], `what kept: ${label}`);
    assert.ok(c.length >= 2 && c[0] === company[0], `company kept: ${label}`);
    // The kind words stay whole whatever the company.
    if (what.length <= 10) assert.equal(w, what, label);
  }
});

test('fit: a row that fits is left alone; a long company gives way before the action word', () => {
  assert.equal(fitRowLabel('Prepare', 'Helio Health', 'in 5 d'), 'Prepare · Helio Health');
  assert.equal(fitRowLabel('Thank-you', 'Brightline Logistics', '23 h late'), 'Thank-you · Brightline…');
  assert.equal(fitRowLabel('Follow-up', 'Meridian Credit Union', 'due now'), 'Follow-up · Meridian…');
  // A short company stays whole; the task's text gives way.
  assert.equal(fitRowLabel('Email two references to the recruiter', 'Tern Energy', 'in 10 h'), 'Email two… · Tern Energy');
  assert.equal(fitLabel('Finish the take-home incident review', '14 h late'), 'Finish the take-home…');
});

test('fit: any text fits (property)', () => {
  fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom(...WHENS), (what, company, when) => {
    assert.ok(rowWidth(fitRowLabel(what, company, when), when) <= ROW_BUDGET_PX + 0.001);
    assert.ok(rowWidth(fitLabel(what, when), when) <= ROW_BUDGET_PX + 0.001);
  }), { seed: 42, numRuns: 500 });
});

test('fit: an interview\'s group name keeps the company and shortens the role', () => {
  const label = interviewGroupLabel({ company: 'Helio Health', role: 'Senior Backend Engineer (Payments)' }, '2');
  assert.equal(label, 'Helio Health · Senior Backend…');
  assert.ok(rowWidth(label, '2') <= GROUP_BUDGET_PX);
  assert.equal(interviewGroupLabel({ company: 'Brightline Logistics', role: 'Data Analyst II' }, '3'), 'Brightline Logistics · Data…');
  assert.equal(interviewGroupLabel({ company: 'Acme Corp', role: 'Analyst' }, '3'), 'Acme Corp · Analyst');
  assert.equal(interviewGroupLabel({ company: 'Acme Corp' }, '3'), 'Acme Corp');
});
