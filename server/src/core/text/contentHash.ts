/**
 * A 53-bit hash of a sequence of strings and numbers (cyrb53's mixing, two 32-bit lanes), for
 * cache keys that stand for a lot of text. Each value is followed by a separator, so ("ab", "c")
 * and ("a", "bc") differ.
 */
export class ContentHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private count = 0;

  add(s: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = Math.imul(h1 ^ 0xffff, 2654435761);
    this.h2 = Math.imul(h2 ^ 0xffff, 1597334677);
    this.count += s.length + 1;
    return this;
  }

  num(n: number): this {
    return this.add(String(n));
  }

  /** The hash and the number of characters hashed. */
  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return `${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}.${this.count}`;
  }
}
