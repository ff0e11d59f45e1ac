import { periodParts, type CalendarPeriod } from '@legalaid/contracts';
import { protectFigures, type Figure, type HideTogether, type Relation } from './disclosure.js';
import { tabulate, type Cell, type Grouping, type RequestFolded } from './statistics.js';

/**
 * Statistics for the fixed periods of one year, suppressed together: the
 * tables of every period and grouping are what a reader may hold at once
 * (the months, quarters and year; the same period by several groupings,
 * which share its total), so their cells are protected as one system of
 * figures (see disclosure.ts) and no sum or difference of published figures
 * gives back a hidden one.
 */

export interface PeriodCohort {
  period: CalendarPeriod;
  requests: RequestFolded[];
}

export interface Table {
  rows: Cell[];
  total: Cell;
}

/** Counts that add up across rows, months and quarters. */
const ADDITIVE = ['people', 'requests', 'accepted', 'rejected', 'cases', 'deadlineBreaches', 'offersDeclined', 'offersExpired', 'ratingCount'] as const;
type Additive = (typeof ADDITIVE)[number];
const BREAKDOWNS = ['rejectionsByGround', 'outcomes', 'appraisals'] as const;

/** The figures of one cell, by measure name (`outcomes:RESOLVED` for a breakdown entry). */
function measuresOf(c: Cell): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of ADDITIVE) m.set(k, c[k as Additive] ?? 0);
  for (const b of BREAKDOWNS) for (const e of c[b]) m.set(`${b}:${e.key}`, e.count ?? 0);
  return m;
}

const cellId = (period: string, grouping: Grouping, key: string | null | undefined) => (key === undefined ? `${period}|*` : `${period}|${grouping}|${key ?? '~'}`);

/**
 * Tabulates every period of `cohorts` by each grouping and suppresses the
 * whole set together. Periods are fixed calendar periods of one year; a
 * period with nobody in it is left out (its zeros reveal no one). `exact`
 * adds the check by elimination (see protectFigures), which grows steeply
 * with the number of hidden figures.
 */
export function tabulatePeriods(cohorts: readonly PeriodCohort[], groupings: readonly Grouping[], threshold: number, exact = true): Map<CalendarPeriod, Map<Grouping, Table>> {
  const raw = new Map<string, Map<Grouping, Table>>();
  const primary = new Map<string, Map<Grouping, Table>>();
  for (const { period, requests } of cohorts) {
    if (requests.length === 0) continue;
    raw.set(period, new Map(groupings.map((g) => [g, tabulate(requests, g, 1)])));
    primary.set(period, new Map(groupings.map((g) => [g, tabulate(requests, g, threshold)])));
  }

  const figures = new Map<string, Figure>();
  const relations: Relation[] = [];
  const groups: HideTogether[] = [];
  /** Each cell's raw measures, by cell id. */
  const cells = new Map<string, Map<string, number>>();

  const addCell = (id: string, rawCell: Cell, shownCell: Cell) => {
    if (cells.has(id)) return; // a period's total, shared by its groupings
    const values = measuresOf(rawCell);
    const people = rawCell.people ?? 0;
    cells.set(id, values);
    for (const [m, v] of values) {
      const hidden = shownCell.suppressed || (m === 'people' ? false : m.includes(':') ? !shownCellHas(shownCell, m) : shownCell[m as Additive] === null);
      figures.set(`${id}|${m}`, { people: m === 'people' ? v : Math.min(v, people), hidden: hidden && (v > 0 || shownCell.suppressed) });
    }
    // The rest of a cell (pending, without a case, not closed, no ground): never published, no secret, unknown to a reader when it holds anyone.
    const requests = values.get('requests')!;
    const pending = requests - values.get('accepted')! - values.get('rejected')!;
    const withoutCase = requests - values.get('cases')!;
    const unclosed = requests - sumOf(values, 'outcomes:');
    const ungrounded = values.get('rejected')! - sumOf(values, 'rejectionsByGround:');
    for (const [m, v] of [['~pending', pending], ['~withoutCase', withoutCase], ['~unclosed', unclosed], ['~ungrounded', ungrounded]] as const) {
      figures.set(`${id}|${m}`, { people: Math.min(v, people), hidden: false, unpublished: v > 0 });
    }
    relations.push([`${id}|requests`, `${id}|accepted`, `${id}|rejected`, `${id}|~pending`]);
    relations.push([`${id}|requests`, `${id}|cases`, `${id}|~withoutCase`]);
    relations.push([`${id}|requests`, ...[...values.keys()].filter((m) => m.startsWith('outcomes:')).map((m) => `${id}|${m}`), `${id}|~unclosed`]);
    relations.push([`${id}|rejected`, ...[...values.keys()].filter((m) => m.startsWith('rejectionsByGround:')).map((m) => `${id}|${m}`), `${id}|~ungrounded`]);
    // A cell whose people or requests are hidden shows nothing at all.
    groups.push({ trigger: [`${id}|people`, `${id}|requests`], members: [...values.keys()].map((m) => `${id}|${m}`) });
  };

  for (const [period, byGrouping] of raw) {
    for (const g of groupings) {
      const r = byGrouping.get(g)!;
      const p = primary.get(period)!.get(g)!;
      addCell(cellId(period, g, undefined), r.total, p.total);
      r.rows.forEach((row, i) => addCell(cellId(period, g, row.key), row, p.rows[i]));
    }
  }

  // Rows add up to the total, for each measure present in any of them.
  for (const [period, byGrouping] of raw) {
    for (const g of groupings) {
      if (g === 'NONE') continue;
      const totalId = cellId(period, g, undefined);
      const rowIds = byGrouping.get(g)!.rows.map((row) => cellId(period, g, row.key));
      for (const m of measureNames([totalId, ...rowIds], cells)) relations.push([`${totalId}|${m}`, ...rowIds.map((id) => `${id}|${m}`)]);
    }
  }
  // Each period is the sum of its parts (a year of its quarters, a quarter of its months), cell by cell.
  const keysOf = (period: string, g: Grouping): (string | null | undefined)[] => [undefined, ...(g === 'NONE' ? [] : (raw.get(period)?.get(g)?.rows ?? []).map((r) => r.key))];
  for (const period of raw.keys()) {
    const parts = periodParts(period);
    if (parts.length === 0) continue;
    for (const g of groupings) {
      for (const key of keysOf(period, g)) {
        const whole = cellId(period, g, key);
        const partIds = parts.map((p) => cellId(p, g, key)).filter((id) => cells.has(id));
        for (const m of measureNames([whole, ...partIds], cells)) relations.push([`${whole}|${m}`, ...partIds.map((id) => `${id}|${m}`)]);
      }
    }
  }

  const hidden = protectFigures(figures, relations, groups, threshold, exact);

  const out = new Map<CalendarPeriod, Map<Grouping, Table>>();
  for (const [period, byGrouping] of raw) {
    const tables = new Map<Grouping, Table>();
    for (const g of groupings) {
      const r = byGrouping.get(g)!;
      tables.set(g, {
        total: publish(cellId(period, g, undefined), r.total, primary.get(period)!.get(g)!.total, hidden),
        rows: r.rows.map((row, i) => publish(cellId(period, g, row.key), row, primary.get(period)!.get(g)!.rows[i], hidden)),
      });
    }
    out.set(period, tables);
  }
  return out;
}

function shownCellHas(c: Cell, measure: string): boolean {
  const [b, key] = measure.split(/:(.*)/s) as [(typeof BREAKDOWNS)[number], string];
  return c[b].some((e) => e.key === key && e.count !== null);
}

function sumOf(values: Map<string, number>, prefix: string): number {
  let n = 0;
  for (const [m, v] of values) if (m.startsWith(prefix)) n += v;
  return n;
}

function measureNames(ids: string[], cells: Map<string, Map<string, number>>): string[] {
  const names = new Set<string>();
  for (const id of ids) for (const m of cells.get(id)?.keys() ?? []) names.add(m);
  return [...names];
}

/** The cell as published: raw figures where not hidden; durations and averages only with their cell and counts. */
function publish(id: string, raw: Cell, primary: Cell, hidden: Set<string>): Cell {
  const h = (m: string) => hidden.has(`${id}|${m}`);
  if (primary.suppressed || h('people') || h('requests')) return { ...primary, key: raw.key, suppressed: true, ...nulls(primary) };
  const pick = (m: Additive) => (h(m) ? null : raw[m]);
  const entries = (b: (typeof BREAKDOWNS)[number]) => raw[b].map((e) => ({ key: e.key, count: h(`${b}:${e.key}`) ? null : e.count }));
  return {
    ...primary,
    people: pick('people'),
    requests: pick('requests'),
    accepted: pick('accepted'),
    rejected: pick('rejected'),
    cases: pick('cases'),
    deadlineBreaches: pick('deadlineBreaches'),
    offersDeclined: pick('offersDeclined'),
    offersExpired: pick('offersExpired'),
    ratingCount: pick('ratingCount'),
    ratingAverage: h('ratingCount') ? null : primary.ratingAverage,
    rejectionsByGround: pick('rejected') === null ? [] : entries('rejectionsByGround'),
    outcomes: entries('outcomes'),
    appraisals: entries('appraisals'),
  };
}

function nulls(c: Cell): Partial<Cell> {
  return {
    people: null, requests: null, accepted: null, rejected: null, cases: null, rejectionsByGround: [],
    medianHoursToAssignment: null, p90HoursToAssignment: null, medianHoursToFirstContact: null, p90HoursToFirstContact: null,
    deadlineBreaches: null, offersDeclined: null, offersExpired: null, outcomes: [], appraisals: [], ratingCount: null, ratingAverage: null,
    key: c.key,
  };
}
