/** A FIFO of bytes kept as a list of chunks (socket send and receive buffers). */
export class ByteQueue {
  private chunks: Uint8Array[] = [];
  /** Bytes already consumed from chunks[0]. */
  private head = 0;
  private len = 0;

  get length(): number {
    return this.len;
  }

  push(data: Uint8Array): void {
    this.pushOwned(data.slice());
  }

  /** Queue `data` itself, without a copy: the caller hands it over and never changes it again. */
  pushOwned(data: Uint8Array): void {
    if (data.length === 0) return;
    this.chunks.push(data);
    this.len += data.length;
  }

  /**
   * `n` bytes starting `offset` bytes past the front (fewer at the end):
   * a view when they lie in one chunk, else a copy. Never write to it.
   */
  peek(offset: number, n: number): Uint8Array {
    const first = this.chunks[0];
    if (first && this.head + offset + n <= first.length) return first.subarray(this.head + offset, this.head + offset + n);
    const out = new Uint8Array(Math.max(0, Math.min(n, this.len - offset)));
    let skip = offset + this.head, filled = 0;
    for (const c of this.chunks) {
      if (filled === out.length) break;
      if (skip >= c.length) {
        skip -= c.length;
        continue;
      }
      const take = Math.min(c.length - skip, out.length - filled);
      out.set(c.subarray(skip, skip + take), filled);
      filled += take;
      skip = 0;
    }
    return out;
  }

  /** Drop `n` bytes from the front. */
  consume(n: number): void {
    n = Math.min(n, this.len);
    this.len -= n;
    while (n > 0) {
      const c = this.chunks[0]!;
      const left = c.length - this.head;
      if (n < left) {
        this.head += n;
        return;
      }
      n -= left;
      this.chunks.shift();
      this.head = 0;
    }
  }

  /** Remove and return up to `n` bytes from the front. */
  take(n: number): Uint8Array {
    const first = this.chunks[0];
    if (first && this.head === 0 && (n === first.length || (n > first.length && this.chunks.length === 1))) {
      // Exactly the first chunk: hand it out as it is (it is never written again).
      this.chunks.shift();
      this.len -= first.length;
      return first;
    }
    const out = this.peek(0, n);
    this.consume(out.length);
    return out;
  }

  clear(): void {
    this.chunks = [];
    this.head = 0;
    this.len = 0;
  }
}
