/**
 * A small stale-while-revalidate cache for expensive, often-repeated reads
 * (the whole-graph view): fresh entries are served as they are, stale ones
 * are served while one refresh runs in the background, and `clear()` drops
 * everything after a write through the API.
 */
export interface CacheOptions {
  ttlMs: number;
  maxEntries: number;
}

interface Entry<V> {
  value: V;
  at: number;
  refreshing: boolean;
}

export class SwrCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly pending = new Map<string, Promise<V>>();
  private generation = 0;

  constructor(private readonly opts: CacheOptions) {}

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) {
      if (Date.now() - hit.at > this.opts.ttlMs && !hit.refreshing) {
        hit.refreshing = true;
        this.load(key, load).catch(() => {
          hit.refreshing = false;
        });
      }
      return hit.value;
    }
    return this.load(key, load);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
  }

  private load(key: string, load: () => Promise<V>): Promise<V> {
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const generation = this.generation;
    const p = load()
      .then((value) => {
        // A clear() while loading means the value may predate a write: do not keep it.
        if (generation === this.generation) {
          if (this.entries.size >= this.opts.maxEntries && !this.entries.has(key)) {
            const oldest = this.entries.keys().next().value;
            if (oldest !== undefined) this.entries.delete(oldest);
          }
          this.entries.set(key, { value, at: Date.now(), refreshing: false });
        }
        return value;
      })
      .finally(() => {
        if (this.pending.get(key) === p) this.pending.delete(key);
      });
    this.pending.set(key, p);
    return p;
  }
}
