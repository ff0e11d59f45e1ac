import type { Provider } from './provider.js';
import { toIndexed, type IndexedProvider } from './ranking.js';

/**
 * The providers one replica ranks against, in memory (DESIGN.md §6): loaded
 * at start and kept current from provider events and a periodic catch-up.
 */
export class ProviderIndex {
  /** A dense array is the fastest thing to scan; the map finds a provider's slot. */
  private readonly all: IndexedProvider[] = [];
  private readonly slot = new Map<string, number>();
  private readonly versions = new Map<string, number>();

  /** Stores the provider unless the index already holds a newer version of it. */
  upsert(p: Provider): void {
    const known = this.versions.get(p._id);
    if (known !== undefined && known > p.version) return;
    const indexed = toIndexed(p);
    const at = this.slot.get(p._id);
    if (at === undefined) {
      this.slot.set(p._id, this.all.length);
      this.all.push(indexed);
    } else this.all[at] = indexed;
    this.versions.set(p._id, p.version);
  }

  /** The version of a provider the index holds, if any. */
  versionOf(id: string): number | undefined {
    return this.versions.get(id);
  }

  get(id: string): IndexedProvider | undefined {
    const at = this.slot.get(id);
    return at === undefined ? undefined : this.all[at];
  }

  values(): readonly IndexedProvider[] {
    return this.all;
  }

  get size(): number {
    return this.all.length;
  }
}
