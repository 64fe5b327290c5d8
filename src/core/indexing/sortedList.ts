// A sorted list that stays cheap to change at any size: items live in sorted chunks of a few
// hundred, so an insert or a removal is two binary searches and a short splice, and reading the
// first rows never sorts anything. It keeps 100,000 notes' actions in order while notes change.
// A batch run buffers inserts until the next read, so it sorts once; a host places each insert
// as it comes (within its time slices), so that no read has thousands of inserts to file at once.

const CHUNK = 256;

export class SortedList<T> {
  private chunks: T[][] = [];
  private count = 0;
  private pending: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number, private readonly buffered = true) {}

  get size(): number {
    return this.count + this.pending.length;
  }

  /** Index of the first chunk whose last item is >= item (the last chunk when none is). */
  private chunkFor(item: T): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.chunks[mid]!;
      if (this.compare(chunk[chunk.length - 1]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position in chunk whose item is >= item. */
  private lowerBound(chunk: T[], item: T): number {
    let lo = 0;
    let hi = chunk.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(chunk[mid]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(item: T): void {
    if (this.buffered) this.pending.push(item);
    else this.place(item);
  }

  /**
   * Files the buffered inserts: one by one while they are fewer than half the list, else sorted among
   * themselves and merged with the list in one pass. (Sorting everything again at every read made
   * each progress update of a first scan of 100,000 notes cost ~180 ms.)
   */
  private settle(): void {
    const pending = this.pending;
    if (pending.length === 0) return;
    this.pending = [];
    if (pending.length < 64 || pending.length * 2 < this.count) {
      for (const item of pending) this.place(item);
      return;
    }
    pending.sort(this.compare);
    const old = this.chunks.flat();
    const all: T[] = new Array<T>(old.length + pending.length);
    let i = 0;
    let j = 0;
    let k = 0;
    // Stable, as the sort of everything it replaces: an old item stays before a new one that compares equal.
    while (i < old.length && j < pending.length) all[k++] = this.compare(pending[j]!, old[i]!) < 0 ? pending[j++]! : old[i++]!;
    while (i < old.length) all[k++] = old[i++]!;
    while (j < pending.length) all[k++] = pending[j++]!;
    this.chunks = [];
    for (let c = 0; c < all.length; c += CHUNK) this.chunks.push(all.slice(c, c + CHUNK));
    this.count = all.length;
  }

  private place(item: T): void {
    this.count++;
    if (this.chunks.length === 0) {
      this.chunks.push([item]);
      return;
    }
    const c = this.chunkFor(item);
    const chunk = this.chunks[c]!;
    chunk.splice(this.lowerBound(chunk, item), 0, item);
    if (chunk.length > 2 * CHUNK) this.chunks.splice(c + 1, 0, chunk.splice(CHUNK));
  }

  /** Removes this very item (compared equal and identical); false when it is not in the list. */
  remove(item: T): boolean {
    this.settle();
    if (this.chunks.length === 0) return false;
    for (let c = this.chunkFor(item); c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!;
      for (let i = this.lowerBound(chunk, item); i < chunk.length; i++) {
        if (chunk[i] === item) {
          chunk.splice(i, 1);
          if (chunk.length === 0) this.chunks.splice(c, 1);
          this.count--;
          return true;
        }
        if (this.compare(chunk[i]!, item) > 0) return false;
      }
    }
    return false;
  }

  /** The first n items, in order. */
  first(n: number): T[] {
    return this.slice(0, n);
  }

  /**
   * How many items at the start of the list satisfy `inPrefix`, which must hold for a prefix of
   * the list and for nothing after it (e.g. "due before midnight" on a list sorted by due time):
   * two binary searches, not a scan.
   */
  countWhile(inPrefix: (item: T) => boolean): number {
    this.settle();
    let lo = 0;
    let hi = this.chunks.length;
    // The first chunk whose last item is outside the prefix.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.chunks[mid]!;
      if (inPrefix(chunk[chunk.length - 1]!)) lo = mid + 1;
      else hi = mid;
    }
    let before = 0;
    for (let c = 0; c < lo; c++) before += this.chunks[c]!.length;
    const chunk = this.chunks[lo];
    if (!chunk) return before;
    let a = 0;
    let b = chunk.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (inPrefix(chunk[mid]!)) a = mid + 1;
      else b = mid;
    }
    return before + a;
  }

  /** At most n items from position `start`, in order. */
  slice(start: number, n: number): T[] {
    this.settle();
    const out: T[] = [];
    let skip = start;
    for (const chunk of this.chunks) {
      if (skip >= chunk.length) {
        skip -= chunk.length;
        continue;
      }
      for (let i = skip; i < chunk.length && out.length < n; i++) out.push(chunk[i]!);
      skip = 0;
      if (out.length >= n) break;
    }
    return out;
  }

  toArray(): T[] {
    this.settle();
    return this.chunks.flat();
  }
}
