/**
 * Disclosure control across tables that a reader can add up. Published
 * figures obey linear identities: a total is the sum of its rows, a quarter
 * the sum of its months, a year the sum of its quarters, requests the sum of
 * accepted, rejected and pending. Suppressing small cells table by table is
 * not enough: a quarter minus two published months gives back the hidden
 * third. Here every figure of every table that is published together is one
 * unknown, every identity one equation, and figures are hidden until no
 * hidden figure can be solved from the published ones.
 */

export interface Figure {
  /** Distinct people the figure is about (its weight when judging whether hidden figures protect each other). */
  people: number;
  /** Suppressed: a reader must not be able to work it out. */
  hidden: boolean;
  /**
   * Never published, but not a secret either (e.g. requests still pending:
   * the rest of a cell). Unknown to a reader, so it protects the hidden
   * figures it sums with; never suppressed itself.
   */
  unpublished?: boolean;
}

const unknown = (f: Figure) => f.hidden || f.unpublished === true;

/** Terms whose signed sum is zero: the first equals the sum of the others. */
export type Relation = readonly string[];

/** When any of `trigger` is hidden, all of `members` are (a cell whose count of people is hidden shows nothing). */
export interface HideTogether {
  trigger: readonly string[];
  members: readonly string[];
}

const byWeight = (figures: Map<string, Figure>) => (a: string, b: string) => figures.get(a)!.people - figures.get(b)!.people || a.localeCompare(b);

/**
 * Hides figures (mutating `figures`) until every relation with a hidden
 * term holds at least two unknown terms (hidden or unpublished) whose people
 * add up to `threshold`, and groups are
 * hidden whole. Deterministic: the lightest figure is hidden first, ties by id.
 */
function spreadSuppression(figures: Map<string, Figure>, relations: readonly Relation[], groups: readonly HideTogether[], threshold: number): void {
  const order = byWeight(figures);
  const rels = relations.map((r) => r.filter((id) => figures.has(id)));
  const relationsOf = new Map<string, number[]>();
  rels.forEach((r, i) => r.forEach((id) => relationsOf.set(id, [...(relationsOf.get(id) ?? []), i])));
  const groupsOf = new Map<string, HideTogether[]>();
  for (const g of groups) for (const id of g.trigger) groupsOf.set(id, [...(groupsOf.get(id) ?? []), g]);
  // A worklist of relations to look at again: those of every figure hidden since.
  const pending = new Set<number>(rels.keys());
  const hide = (id: string) => {
    const f = figures.get(id);
    if (!f || f.hidden) return;
    f.hidden = true;
    for (const i of relationsOf.get(id) ?? []) pending.add(i);
    for (const g of groupsOf.get(id) ?? []) for (const m of g.members) hide(m);
  };
  for (const g of groups) if (g.trigger.some((id) => figures.get(id)?.hidden)) for (const m of g.members) hide(m);
  while (pending.size > 0) {
    const i: number = pending.values().next().value!;
    pending.delete(i);
    const terms = rels[i];
    if (!terms.some((id) => figures.get(id)!.hidden)) continue;
    const hidden = terms.filter((id) => unknown(figures.get(id)!));
    const weight = hidden.reduce((n, id) => n + figures.get(id)!.people, 0);
    if (hidden.length >= 2 && weight >= threshold) continue;
    const shown = terms.filter((id) => !unknown(figures.get(id)!)).sort(order);
    // A published zero protects nothing, so a term with people comes first; a zero only when nothing else is left.
    const next = shown.find((id) => figures.get(id)!.people > 0) ?? (hidden.length < 2 ? shown[0] : undefined);
    if (next !== undefined) {
      hide(next);
      pending.add(i);
    }
  }
}

/**
 * The hidden figures a reader can compute exactly from the published ones and
 * the relations (Gaussian elimination over the hidden unknowns: a figure is
 * determined when its unit vector lies in the span of the equations).
 */
export function solvableHidden(figures: ReadonlyMap<string, Figure>, relations: readonly Relation[]): string[] {
  let rows: Map<string, number>[] = [];
  for (const rel of relations) {
    const row = new Map<string, number>();
    rel.forEach((id, i) => {
      const f = figures.get(id);
      if (f && unknown(f)) row.set(id, (row.get(id) ?? 0) + (i === 0 ? 1 : -1));
    });
    for (const [k, v] of row) if (v === 0) row.delete(k);
    if (row.size > 0) rows.push(row);
  }
  // An equation holding an unpublished unknown found in no other equation tells nothing about the rest: drop it.
  for (let pruned = true; pruned; ) {
    pruned = false;
    const uses = new Map<string, number>();
    for (const r of rows) for (const k of r.keys()) uses.set(k, (uses.get(k) ?? 0) + 1);
    const kept = rows.filter((r) => ![...r.keys()].some((k) => uses.get(k) === 1 && !figures.get(k)!.hidden));
    if (kept.length < rows.length) {
      rows = kept;
      pruned = true;
    }
  }
  // Independent groups of equations (sharing no unknown) are solved apart.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const r of rows) {
    const ks = [...r.keys()];
    for (const k of ks) if (!parent.has(k)) parent.set(k, k);
    for (const k of ks.slice(1)) parent.set(find(k), find(ks[0]));
  }
  const components = new Map<string, Map<string, number>[]>();
  for (const r of rows) {
    const root = find(r.keys().next().value!);
    components.set(root, [...(components.get(root) ?? []), r]);
  }
  const out: string[] = [];
  for (const component of components.values()) out.push(...solveComponent(component, figures));
  return out.sort();
}

/** Reduced row echelon form on sparse rows; the hidden unknowns whose pivot row is alone are determined. */
function solveComponent(rows: Map<string, number>[], figures: ReadonlyMap<string, Figure>): string[] {
  const pivots = new Map<string, Map<string, number>>();
  // Short equations first, pivoting on the unknown in the fewest equations: less fill-in.
  const uses = new Map<string, number>();
  for (const r of rows) for (const k of r.keys()) uses.set(k, (uses.get(k) ?? 0) + 1);
  for (const original of [...rows].sort((a, b) => a.size - b.size)) {
    const row = new Map(original);
    for (const col of [...row.keys()]) {
      const prow = pivots.get(col);
      const c = row.get(col);
      if (!prow || c === undefined) continue;
      for (const [k, v] of prow) {
        const nv = (row.get(k) ?? 0) - c * v;
        if (Math.abs(nv) < 1e-9) row.delete(k);
        else row.set(k, nv);
      }
    }
    if (row.size === 0) continue;
    const col = [...row.keys()].sort((a, b) => uses.get(a)! - uses.get(b)! || a.localeCompare(b))[0];
    const pv = row.get(col)!;
    for (const [k, v] of row) row.set(k, v / pv);
    for (const prow of pivots.values()) {
      const c = prow.get(col);
      if (c === undefined) continue;
      for (const [k, v] of row) {
        const nv = (prow.get(k) ?? 0) - c * v;
        if (Math.abs(nv) < 1e-9) prow.delete(k);
        else prow.set(k, nv);
      }
    }
    pivots.set(col, row);
  }
  return [...pivots.entries()].filter(([col, row]) => row.size === 1 && figures.get(col)!.hidden).map(([col]) => col);
}

/**
 * Suppresses until no hidden figure can be solved: spreads suppression along
 * the relations, then checks exactly and, for each solvable figure, hides the
 * lightest published term of a relation it appears in, and starts again.
 * Returns the ids hidden. Without `exact`, only the spreading (no equation
 * of one unknown remains), which is fast but leaves combinations of several
 * equations unchecked.
 */
export function protectFigures(figures: Map<string, Figure>, relations: readonly Relation[], groups: readonly HideTogether[], threshold: number, exact = true): Set<string> {
  const order = byWeight(figures);
  for (;;) {
    spreadSuppression(figures, relations, groups, threshold);
    if (!exact) break;
    const solvable = solvableHidden(figures, relations);
    if (solvable.length === 0) break;
    let progressed = false;
    for (const id of solvable) {
      const candidates = relations
        .filter((r) => r.includes(id))
        .flatMap((r) => r.filter((t) => figures.has(t) && !unknown(figures.get(t)!)))
        .sort(order);
      if (candidates.length > 0) {
        figures.get(candidates[0])!.hidden = true;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  return new Set([...figures.entries()].filter(([, f]) => f.hidden).map(([id]) => id));
}
