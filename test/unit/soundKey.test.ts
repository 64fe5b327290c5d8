// Words that sound alike (src/core/etiquette/soundKey.ts): the key keeps a word's consonant sounds
// and drops what people fumble when they spell by ear; the index finds words with the same key or
// a key one letter apart, the most common first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SoundIndex, soundKey } from '../../src/core/etiquette/soundKey';

test('misspellings spelt by ear have the key of the word meant', () => {
  for (const [typed, meant] of [['becos', 'because'], ['neiborhood', 'neighborhood'], ['aportunity', 'opportunity'], ['hadache', 'headache'], ['sofisticated', 'sophisticated']] as [string, string][]) {
    assert.equal(soundKey(typed), soundKey(meant), `${typed} / ${meant}`);
  }
  assert.notEqual(soundKey('ever'), soundKey('eager'));
  assert.equal(soundKey('special'), soundKey('spesial'));
  assert.equal(soundKey(''), '');
});

test('the index: the same key first, then keys one letter apart, each most common first', () => {
  const index = new SoundIndex(['because', 'books', 'box', 'information', 'nation', 'because']);
  assert.deepEqual(index.lookup('becos'), ['because', 'books', 'box']);
  // Keys of four letters or more also meet a key one letter apart ("infomation" lacks the r).
  assert.deepEqual(index.lookup('infomation'), ['information']);
  // Short keys only match exactly: "nashun" finds "nation", not every word a letter away.
  assert.deepEqual(index.lookup('nashun'), ['nation']);
  assert.deepEqual(index.lookup('becos', 2), ['because', 'books']);
});
