import { describe, expect, it } from '@jest/globals';
import { OversightRpc, periodBounds, periodParts, periodsOfYear, PublishedGroupings } from '@legalaid/contracts';
import { solvableHidden, type Figure } from '../src/domain/disclosure.js';
import { tabulatePeriods, type PeriodCohort, type Table } from '../src/domain/period-statistics.js';
import { tabulate, type Grouping, type RequestFolded } from '../src/domain/statistics.js';

/**
 * Differencing attacks on the published statistics: a reader holding every
 * published table of a year tries to recover a hidden cell by subtracting
 * published figures — overlapping periods (a quarter minus its months, a year
 * minus its quarters), a total minus its published rows, and the same period
 * under two groupings (one table's total used in another). The data is
 * seeded pseudo-random with a few rare people planted in it (one applicant
 * living with HIV in a small province in one month, one trafficking victim).
 */
const THRESHOLD = 5;
const YEAR = 2025;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function population(seed: number): RequestFolded[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const out: RequestFolded[] = [];
  const provinces = ['79', '79', '79', '74', '74', '75', '01'];
  const groups = ['POOR_HOUSEHOLD', 'POOR_HOUSEHOLD', 'CHILD', 'FIN_DIFFICULTY_ELDERLY', 'MERITORIOUS_SERVICE'];
  const fields = ['LAND', 'CIVIL', 'CRIMINAL', 'MARRIAGE_FAMILY', 'LABOUR'];
  const forms = ['ADVICE', 'ADVICE', 'PROCEEDINGS', 'OUT_OF_COURT'];
  const outcomes = ['SUCCESSFUL', 'SUCCESSFUL', 'PARTLY_SUCCESSFUL', 'UNSUCCESSFUL', null];
  const add = (i: number, month: number, dims: Partial<RequestFolded['dims']>, person = `p${i}`) => {
    const receivedAt = new Date(periodBounds(`${YEAR}-${String(month).padStart(2, '0')}`).from.getTime() + Math.floor(rand() * 27) * 86_400_000 + 3_600_000);
    const accepted = rand() < 0.8;
    const assigned = accepted && rand() < 0.85;
    out.push({
      requestId: `r${i}`,
      applicantRef: `ap_${person.padEnd(16, '0')}`,
      dims: { provinceCode: pick(provinces), eligibilityGroup: pick(groups), fieldOfLaw: pick(fields), aidForm: pick(forms), ...dims },
      receivedAt,
      acceptedAt: accepted ? new Date(receivedAt.getTime() + 3_600_000) : null,
      rejectedGround: accepted ? null : rand() < 0.7 ? 'NOT_ELIGIBLE' : null,
      assignedAt: assigned ? new Date(receivedAt.getTime() + 7_200_000) : null,
      firstContactAt: null,
      deadlineBreaches: 0,
      offersDeclined: 0,
      offersExpired: 0,
      outcome: assigned ? pick(outcomes) : null,
      appraisals: [],
      ratings: [],
    });
  };
  let i = 0;
  for (let month = 1; month <= 12; month++) for (let k = 0; k < 25 + Math.floor(rand() * 20); k++) add(++i, month, {});
  // The people an attacker is after.
  add(++i, 2, { eligibilityGroup: 'FIN_DIFFICULTY_HIV', provinceCode: '75' }, 'hiv-applicant');
  add(++i, 5, { eligibilityGroup: 'TRAFFICKING_VICTIM', provinceCode: '01', fieldOfLaw: 'ADMINISTRATIVE' }, 'trafficking-victim');
  return out;
}

function cohorts(requests: RequestFolded[]): PeriodCohort[] {
  return periodsOfYear(YEAR).map((period) => {
    const b = periodBounds(period);
    return { period, requests: requests.filter((r) => r.receivedAt >= b.from && r.receivedAt < b.to) };
  });
}

const MEASURES = ['requests', 'accepted', 'cases'] as const;
type Published = Map<string, Map<Grouping, Table>>;

/** The attacker's view: every published number, by (period, grouping, key, measure); a total under '*'. */
function publishedNumbers(tables: Published): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [period, byG] of tables) {
    for (const [g, t] of byG) {
      for (const m of MEASURES) {
        out.set(`${period}|*|*|${m}`, t.total[m]);
        for (const row of t.rows) out.set(`${period}|${g}|${row.key ?? '~'}|${m}`, row[m]);
      }
    }
  }
  return out;
}

/** What the attacker's subtractions recover: hidden numbers, by id. Iterates until nothing new is learned. */
function attack(tables: Published): Map<string, number> {
  const known = new Map<string, number>();
  const numbers = publishedNumbers(tables);
  for (const [id, v] of numbers) if (v !== null) known.set(id, v);
  const learned = new Map<string, number>();
  const equations: string[][] = [];
  for (const [period, byG] of tables) {
    for (const [g, t] of byG) {
      if (g === 'NONE') continue;
      // A published total minus the published parts (the total may come from another grouping's table).
      for (const m of MEASURES) equations.push([`${period}|*|*|${m}`, ...t.rows.map((r) => `${period}|${g}|${r.key ?? '~'}|${m}`)]);
    }
    // Overlapping periods: a quarter minus its months, a year minus its quarters, for the total and each row.
    const parts = periodParts(period).filter((p) => tables.has(p));
    if (parts.length === 0) continue;
    for (const [g, t] of byG) {
      for (const key of ['*', ...t.rows.map((r) => r.key ?? '~')]) {
        const gk = key === '*' ? '*|*' : `${g}|${key}`;
        for (const m of MEASURES) equations.push([`${period}|${gk}|${m}`, ...parts.map((p) => `${p}|${gk}|${m}`)]);
      }
    }
  }
  for (let progress = true; progress; ) {
    progress = false;
    for (const [whole, ...parts] of equations) {
      // A part absent from a table is a published zero.
      const value = (id: string) => (numbers.has(id) ? known.get(id) : 0);
      const unknown = [whole, ...parts].filter((id) => value(id) === undefined);
      if (unknown.length !== 1) continue;
      const [x] = unknown;
      const sumParts = parts.filter((p) => p !== x).reduce((n, p) => n + value(p)!, 0);
      const v = x === whole ? sumParts : value(whole)! - sumParts;
      known.set(x, v);
      learned.set(x, v);
      progress = true;
    }
  }
  return learned;
}

describe('published statistics resist differencing', () => {
  const requests = population(2025);
  const all = cohorts(requests);
  // Suppressed once for every test below.
  let together: Published | undefined;
  const suppressedTogether = () => (together ??= tabulatePeriods(all, PublishedGroupings, THRESHOLD));

  it('refuses anything but a fixed calendar period in the internal statistics contract', () => {
    const bad = [
      { from: '2025-03-01T00:00:00+07:00', to: '2025-04-01T00:00:00+07:00' },
      { period: '2025-03-15' },
      { period: '2025-13' },
      { period: '2025-Q5' },
      { period: '2025-03', from: '2025-03-01T00:00:00+07:00' },
    ];
    for (const input of bad) {
      const r = OversightRpc.statistics.input.safeParse(input);
      expect(r.success).toBe(false);
    }
    const message = OversightRpc.statistics.input.safeParse({ period: '2025-03-15' }).error!.issues[0].message;
    expect(message).toMatch(/fixed calendar periods only/);
    for (const period of ['2025', '2025-Q2', '2025-12']) expect(OversightRpc.statistics.input.parse({ period }).period).toBe(period);
  });

  it('counts periods in Asia/Ho_Chi_Minh', () => {
    expect(periodBounds('2025-Q1')).toEqual({ from: new Date('2024-12-31T17:00:00Z'), to: new Date('2025-03-31T17:00:00Z') });
    expect(periodBounds('2025-12').to).toEqual(new Date('2025-12-31T17:00:00Z'));
  });

  it('tables suppressed one by one give a rare person away (the attack works)', () => {
    const naive: Published = new Map(all.map((c) => [c.period, new Map(PublishedGroupings.map((g) => [g as Grouping, tabulate(c.requests, g, THRESHOLD)]))]));
    const learned = attack(naive);
    // The HIV group in February: hidden in February's table, but recovered from the quarter and the other months.
    const hiv = [...learned.entries()].filter(([id]) => id.includes('FIN_DIFFICULTY_HIV') || id.includes('TRAFFICKING_VICTIM'));
    expect(hiv.length).toBeGreaterThan(0);
    expect(hiv.some(([, v]) => v > 0 && v < THRESHOLD)).toBe(true);
  });

  it('the tables suppressed together give nothing away, whatever the attacker subtracts', () => {
    const tables = suppressedTogether();
    expect(attack(tables)).toEqual(new Map());
  });

  it('spreading alone (the internal statistics) already defeats every subtraction', () => {
    for (const g of ['PROVINCE', 'ELIGIBILITY_GROUP'] as const) expect(attack(tabulatePeriods(all, [g], THRESHOLD, false))).toEqual(new Map());
  });

  it('no published cell describes fewer people than the threshold', () => {
    const tables = suppressedTogether();
    const raw = new Map(all.map((c) => [c.period, new Map(PublishedGroupings.map((g) => [g as Grouping, tabulate(c.requests, g, 1)]))]));
    let shown = 0;
    for (const [period, byG] of tables) {
      for (const [g, t] of byG) {
        const r = raw.get(period)!.get(g)!;
        for (const [i, row] of [t.total, ...t.rows].entries()) {
          const rawRow = [r.total, ...r.rows][i];
          expect(row.key).toBe(rawRow.key);
          if (row.suppressed) continue;
          shown++;
          expect(rawRow.people!).toBeGreaterThanOrEqual(THRESHOLD);
          // What is shown is the true figure.
          for (const m of MEASURES) if (row[m] !== null) expect(row[m]).toBe(rawRow[m]);
        }
      }
    }
    // Suppression did not blank everything: most figures are still published.
    expect(shown).toBeGreaterThan(200);
  });

  it('no hidden figure can be solved exactly from all published figures together (linear algebra, not just subtraction)', () => {
    const tables = suppressedTogether();
    const numbers = publishedNumbers(tables);
    const figures = new Map<string, Figure>([...numbers].map(([id, v]) => [id, { people: 0, hidden: v === null }]));
    const relations: string[][] = [];
    for (const [period, byG] of tables) {
      for (const [g, t] of byG) {
        if (g !== 'NONE') for (const m of MEASURES) relations.push([`${period}|*|*|${m}`, ...t.rows.map((r) => `${period}|${g}|${r.key ?? '~'}|${m}`)]);
        const parts = periodParts(period).filter((p) => tables.has(p));
        if (parts.length === 0) continue;
        for (const key of ['*', ...t.rows.map((r) => r.key ?? '~')]) {
          const gk = key === '*' ? '*|*' : `${g}|${key}`;
          for (const m of MEASURES) relations.push([`${period}|${gk}|${m}`, ...parts.map((p) => `${p}|${gk}|${m}`).filter((id) => figures.has(id))]);
        }
      }
    }
    expect(solvableHidden(figures, relations)).toEqual([]);
    // The same solver does find the naive tables' hidden cells: it can fail.
    const naive: Published = new Map(all.map((c) => [c.period, new Map(PublishedGroupings.map((g) => [g as Grouping, tabulate(c.requests, g, THRESHOLD)]))]));
    const naiveFigures = new Map<string, Figure>([...publishedNumbers(naive)].map(([id, v]) => [id, { people: 0, hidden: v === null }]));
    expect(solvableHidden(naiveFigures, relations.map((r) => r.filter((id) => naiveFigures.has(id)))).length).toBeGreaterThan(0);
  });
});
