// SortedList against a plain sorted array, over random inserts and removals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SortedList } from '../../src/core/indexing/sortedList';

interface Item { k: number; id: number }
const cmp = (a: Item, b: Item) => a.k - b.k || a.id - b.id;

function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

for (const buffered of [true, false]) {
  test(`sortedList (${buffered ? 'buffered inserts' : 'inserts placed at once'}): matches a sorted array through 20,000 random inserts and removals`, () => {
    const random = rng(7);
    const list = new SortedList<Item>(cmp, buffered);
    const live: Item[] = [];
    for (let i = 0; i < 20_000; i++) {
      if (live.length > 0 && random() < 0.4) {
        const victim = live.splice(Math.floor(random() * live.length), 1)[0]!;
        assert.equal(list.remove(victim), true);
      } else {
        // Few distinct keys: many ties, as with actions due at the same minute.
        const item = { k: Math.floor(random() * 50), id: i };
        live.push(item);
        list.insert(item);
      }
    }
    const expected = [...live].sort(cmp);
    assert.equal(list.size, expected.length);
    assert.deepEqual(list.toArray(), expected);
    assert.deepEqual(list.first(10), expected.slice(0, 10));
  });
}

test('sortedList: removing an item that is not there (or an equal copy) changes nothing', () => {
  const list = new SortedList<Item>(cmp);
  const a = { k: 1, id: 1 };
  list.insert(a);
  assert.equal(list.remove({ k: 1, id: 1 }), false);
  assert.equal(list.remove({ k: 2, id: 2 }), false);
  assert.equal(list.size, 1);
  assert.equal(list.remove(a), true);
  assert.equal(list.size, 0);
  assert.deepEqual(list.first(5), []);
});

for (const buffered of [true, false]) {
  test(`sortedList (${buffered ? 'buffered inserts' : 'inserts placed at once'}): batches of inserts between reads (a first scan with progress) stay in order, large or small`, () => {
    const random = rng(11);
    const list = new SortedList<Item>(cmp, buffered);
    const live: Item[] = [];
    let id = 0;
    // 5,000 into an empty list, then batches large next to the list (merged) and small (placed).
    for (const batch of [5000, 3000, 100, 2000, 63, 400, 6000, 1]) {
      for (let i = 0; i < batch; i++) {
        const item = { k: Math.floor(random() * 500), id: id++ };
        live.push(item);
        list.insert(item);
      }
      const expected = [...live].sort(cmp);
      assert.deepEqual(list.first(25), expected.slice(0, 25), `after a batch of ${batch}`);
      assert.deepEqual(list.toArray(), expected, `after a batch of ${batch}`);
      // And removals still find every item after a merge.
      const victim = live.splice(Math.floor(random() * live.length), 1)[0]!;
      assert.equal(list.remove(victim), true);
    }
    assert.deepEqual(list.toArray(), [...live].sort(cmp));
  });
}
