/**
 * Small in-memory caches with a time-to-live, for state that only matters while an
 * interaction token is alive (15 minutes): ephemeral replies waiting for "Share in
 * channel", and which conversation a bot answer belongs to.
 */
import { randomBytes } from 'node:crypto';

export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A short random key that fits a button custom id. */
export function shortKey(): string {
  return randomBytes(9).toString('base64url');
}
