import type { Provider } from './provider.js';
import { toIndexed, type IndexedProvider } from './ranking.js';

/**
 * The providers one replica ranks against, in memory (DESIGN.md §6): loaded
 * at start and kept current from provider events and a periodic catch-up.
 */
export class ProviderIndex {
  private readonly byId = new Map<string, IndexedProvider>();
  private readonly versions = new Map<string, number>();

  /** Stores the provider unless the index already holds a newer version of it. */
  upsert(p: Provider): void {
    const known = this.versions.get(p._id);
    if (known !== undefined && known > p.version) return;
    this.byId.set(p._id, toIndexed(p));
    this.versions.set(p._id, p.version);
  }

  get(id: string): IndexedProvider | undefined {
    return this.byId.get(id);
  }

  values(): IterableIterator<IndexedProvider> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }
}
