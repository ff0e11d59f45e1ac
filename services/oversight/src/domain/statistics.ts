/**
 * Statistics from fact rows (DESIGN.md §6 "Ledger and statistics"). Each
 * fact is one event, stored under the event's id, so a redelivered event
 * counts once. Figures are about a cohort: the requests received in the
 * period. Medians and percentiles are exact over the rows. Cells describing
 * fewer than `threshold` distinct people are suppressed, and further cells
 * are suppressed with them so totals cannot reveal a hidden cell.
 */

export const FACT_KINDS = [
  'REQUEST_RECEIVED',
  'REQUEST_ACCEPTED',
  'REQUEST_REJECTED',
  'ASSIGNED',
  'FIRST_CONTACT',
  'DEADLINE_BREACHED',
  'OFFER_DECLINED',
  'OFFER_EXPIRED',
  'CASE_OPENED',
  'CASE_CLOSED',
  'APPRAISED',
  'RATED',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const DIMENSIONS = ['provinceCode', 'communeCode', 'eligibilityGroup', 'fieldOfLaw', 'aidForm', 'channel', 'centreId', 'organisationId', 'providerId'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Dims = Partial<Record<Dimension, string | null>>;

export interface Fact {
  /** The causing event's id. */
  _id: string;
  kind: FactKind;
  at: Date;
  requestId: string | null;
  caseId: string | null;
  applicantRef: string | null;
  dims: Dims;
  /** Rejection ground, outcome, appraisal result. */
  label: string | null;
  /** Rating. */
  value: number | null;
}

export type Grouping = 'NONE' | 'PROVINCE' | 'COMMUNE' | 'ELIGIBILITY_GROUP' | 'FIELD_OF_LAW' | 'AID_FORM' | 'CHANNEL' | 'ORGANISATION' | 'PROVIDER' | 'OUTCOME';

/** What is known of one request of the cohort, folded from its facts. */
export interface RequestFolded {
  requestId: string;
  applicantRef: string | null;
  dims: Dims;
  receivedAt: Date;
  acceptedAt: Date | null;
  rejectedGround: string | null;
  assignedAt: Date | null;
  firstContactAt: Date | null;
  deadlineBreaches: number;
  offersDeclined: number;
  offersExpired: number;
  outcome: string | null;
  appraisals: string[];
  ratings: number[];
}

const earliest = (a: Date | null, b: Date) => (a === null || b < a ? b : a);

/** Folds a request's facts (any order, any stream) into one record; statuses only move forward. */
export function foldRequest(requestId: string, facts: Fact[]): RequestFolded | null {
  const received = facts.filter((f) => f.kind === 'REQUEST_RECEIVED').sort((a, b) => +a.at - +b.at)[0];
  if (!received) return null;
  const r: RequestFolded = {
    requestId,
    applicantRef: received.applicantRef,
    dims: { ...received.dims },
    receivedAt: received.at,
    acceptedAt: null,
    rejectedGround: null,
    assignedAt: null,
    firstContactAt: null,
    deadlineBreaches: 0,
    offersDeclined: 0,
    offersExpired: 0,
    outcome: null,
    appraisals: [],
    ratings: [],
  };
  for (const f of [...facts].sort((a, b) => +a.at - +b.at)) {
    // Later facts may refine dimensions (the eligible group is settled at acceptance; the provider at assignment).
    for (const [k, v] of Object.entries(f.dims)) if (v !== undefined && v !== null) r.dims[k as Dimension] = v;
    r.applicantRef ??= f.applicantRef;
    switch (f.kind) {
      case 'REQUEST_ACCEPTED':
        r.acceptedAt = earliest(r.acceptedAt, f.at);
        break;
      case 'REQUEST_REJECTED':
        r.rejectedGround = f.label ?? 'UNSPECIFIED';
        break;
      case 'ASSIGNED':
        r.assignedAt = earliest(r.assignedAt, f.at);
        break;
      case 'FIRST_CONTACT':
        r.firstContactAt = earliest(r.firstContactAt, f.at);
        break;
      case 'DEADLINE_BREACHED':
        r.deadlineBreaches++;
        break;
      case 'OFFER_DECLINED':
        r.offersDeclined++;
        break;
      case 'OFFER_EXPIRED':
        r.offersExpired++;
        break;
      case 'CASE_CLOSED':
        r.outcome = f.label ?? 'UNSPECIFIED';
        break;
      case 'APPRAISED':
        if (f.label) r.appraisals.push(f.label);
        break;
      case 'RATED':
        if (f.value !== null) r.ratings.push(f.value);
        break;
      default:
        break;
    }
  }
  if (r.rejectedGround !== null && r.acceptedAt !== null) r.rejectedGround = null; // accepted after a re-screening
  return r;
}

/** Exact median (mean of the two middle values for an even count). */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Exact percentile by the nearest-rank method: the smallest value with at least p% of values at or below it. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

/**
 * Which cells to hide: every cell with fewer than `threshold` people
 * (primary), then the smallest remaining cells until the hidden ones are
 * more than one and hold at least `threshold` people together, so a
 * published total minus the published cells never reveals a small group.
 * A cell marked `unpublished` (e.g. "no outcome yet") is never shown and
 * counts as hidden from the start.
 */
export function cellsToSuppress(cells: { key: string | null; people: number; unpublished?: boolean }[], threshold: number): Set<string | null> {
  const hidden = new Set(cells.filter((c) => c.unpublished && c.people > 0).map((c) => c.key));
  const primary = cells.filter((c) => !c.unpublished && c.people > 0 && c.people < threshold);
  if (primary.length === 0) return hidden;
  for (const c of primary) hidden.add(c.key);
  const rest = cells.filter((c) => !hidden.has(c.key)).sort((a, b) => a.people - b.people || String(a.key).localeCompare(String(b.key)));
  const hiddenPeople = () => cells.filter((c) => hidden.has(c.key)).reduce((n, c) => n + c.people, 0);
  while ((hidden.size < 2 || hiddenPeople() < threshold) && rest.length > 0) hidden.add(rest.shift()!.key);
  return hidden;
}

export interface Cell {
  key: string | null;
  suppressed: boolean;
  people: number | null;
  requests: number | null;
  accepted: number | null;
  rejected: number | null;
  /** Requests assigned to a provider: a case opened. */
  cases: number | null;
  rejectionsByGround: { key: string; count: number | null }[];
  medianHoursToAssignment: number | null;
  p90HoursToAssignment: number | null;
  medianHoursToFirstContact: number | null;
  p90HoursToFirstContact: number | null;
  deadlineBreaches: number | null;
  offersDeclined: number | null;
  offersExpired: number | null;
  outcomes: { key: string; count: number | null }[];
  appraisals: { key: string; count: number | null }[];
  ratingCount: number | null;
  ratingAverage: number | null;
}

const HOUR = 3600 * 1000;
const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
const peopleOf = (rs: RequestFolded[]) => new Set(rs.map((r) => r.applicantRef ?? `request:${r.requestId}`)).size;

const UNLABELLED = '\u0000none';

/**
 * A breakdown (rejections by ground, outcomes, appraisal results) whose small
 * sub-cells are suppressed the same way. Requests without a label form an
 * unpublished complement, so `requests - sum(shown)` does not reveal a hidden sub-cell.
 */
function breakdown(rs: RequestFolded[], labelsOf: (r: RequestFolded) => string[], threshold: number): { key: string; count: number | null }[] {
  const groups = new Map<string, { rs: RequestFolded[]; count: number }>();
  for (const r of rs) {
    const labels = labelsOf(r);
    for (const label of labels.length ? labels : [UNLABELLED]) {
      const g = groups.get(label) ?? { rs: [], count: 0 };
      g.rs.push(r);
      g.count++;
      groups.set(label, g);
    }
  }
  const cells = [...groups.entries()].map(([key, g]) => ({ key, people: peopleOf(g.rs), count: g.count, unpublished: key === UNLABELLED }));
  const hidden = cellsToSuppress(cells, threshold);
  return cells
    .filter((c) => !c.unpublished)
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((c) => ({ key: c.key, count: hidden.has(c.key) ? null : c.count }));
}

/** Median and p90 in hours, only when at least `threshold` people contributed a value. */
function durations(rs: RequestFolded[], from: (r: RequestFolded) => Date | null, to: (r: RequestFolded) => Date | null, threshold: number) {
  const withValue = rs.filter((r) => from(r) && to(r) && +to(r)! >= +from(r)!);
  if (peopleOf(withValue) < threshold) return { median: null, p90: null };
  const hours = withValue.map((r) => (+to(r)! - +from(r)!) / HOUR);
  return { median: round2(median(hours)), p90: round2(percentile(hours, 90)) };
}

export function cellOf(key: string | null, rs: RequestFolded[], threshold: number, suppressed: boolean): Cell {
  const people = peopleOf(rs);
  if (suppressed || people < threshold) {
    return {
      key, suppressed: true, people: null, requests: null, accepted: null, rejected: null, cases: null, rejectionsByGround: [],
      medianHoursToAssignment: null, p90HoursToAssignment: null, medianHoursToFirstContact: null, p90HoursToFirstContact: null,
      deadlineBreaches: null, offersDeclined: null, offersExpired: null, outcomes: [], appraisals: [], ratingCount: null, ratingAverage: null,
    };
  }
  const assignment = durations(rs, (r) => r.acceptedAt, (r) => r.assignedAt, threshold);
  const contact = durations(rs, (r) => r.acceptedAt, (r) => r.firstContactAt, threshold);
  const status = breakdown(rs, (r) => (r.acceptedAt ? ['ACCEPTED'] : r.rejectedGround ? ['REJECTED'] : []), threshold);
  const statusCount = (k: string) => (status.find((s) => s.key === k) ?? { count: 0 }).count;
  const rejected = statusCount('REJECTED');
  // Requests without a case form the unpublished complement, as above.
  const cases = (breakdown(rs, (r) => (r.assignedAt ? ['CASE'] : []), threshold)[0] ?? { count: 0 }).count;
  const rated = rs.filter((r) => r.ratings.length > 0);
  const ratings = rated.flatMap((r) => r.ratings);
  const ratingsShown = peopleOf(rated) >= threshold;
  return {
    key,
    suppressed: false,
    people,
    requests: rs.length,
    accepted: statusCount('ACCEPTED'),
    rejected,
    cases,
    // Grounds are shown only when the rejected count itself is.
    rejectionsByGround:
      rejected === null
        ? []
        : breakdown(rs.filter((r) => r.rejectedGround), (r) => [r.rejectedGround!], threshold),
    medianHoursToAssignment: assignment.median,
    p90HoursToAssignment: assignment.p90,
    medianHoursToFirstContact: contact.median,
    p90HoursToFirstContact: contact.p90,
    deadlineBreaches: rs.reduce((n, r) => n + r.deadlineBreaches, 0),
    offersDeclined: rs.reduce((n, r) => n + r.offersDeclined, 0),
    offersExpired: rs.reduce((n, r) => n + r.offersExpired, 0),
    outcomes: breakdown(rs, (r) => (r.outcome ? [r.outcome] : []), threshold),
    appraisals: breakdown(rs, (r) => r.appraisals, threshold),
    ratingCount: ratingsShown ? ratings.length : null,
    ratingAverage: ratingsShown ? round2(ratings.reduce((a, b) => a + b, 0) / ratings.length) : null,
  };
}

const GROUP_KEY: Record<Exclude<Grouping, 'NONE'>, (r: RequestFolded) => string | null> = {
  PROVINCE: (r) => r.dims.provinceCode ?? null,
  COMMUNE: (r) => r.dims.communeCode ?? null,
  ELIGIBILITY_GROUP: (r) => r.dims.eligibilityGroup ?? null,
  FIELD_OF_LAW: (r) => r.dims.fieldOfLaw ?? null,
  AID_FORM: (r) => r.dims.aidForm ?? null,
  CHANNEL: (r) => r.dims.channel ?? null,
  // The organisation giving the help once assigned; until then the centre that holds the request.
  ORGANISATION: (r) => r.dims.organisationId ?? r.dims.centreId ?? null,
  PROVIDER: (r) => r.dims.providerId ?? null,
  OUTCOME: (r) => r.outcome,
};

export type Filter = Partial<Record<'provinceCode' | 'communeCode' | 'eligibilityGroup' | 'fieldOfLaw' | 'aidForm' | 'channel' | 'organisationId' | 'providerId', string>>;

export function matchesFilter(r: RequestFolded, filter: Filter): boolean {
  return Object.entries(filter).every(([k, v]) => {
    if (v === undefined) return true;
    if (k === 'organisationId') return GROUP_KEY.ORGANISATION(r) === v;
    return r.dims[k as Dimension] === v;
  });
}

/** The statistics table: one row per key of the grouping, and the total, with suppression applied. */
export function tabulate(requests: RequestFolded[], groupBy: Grouping, threshold: number): { rows: Cell[]; total: Cell } {
  const totalPeople = peopleOf(requests);
  const total = cellOf(null, requests, threshold, totalPeople < threshold);
  if (groupBy === 'NONE') return { rows: [], total };
  const groups = new Map<string | null, RequestFolded[]>();
  for (const r of requests) {
    const k = GROUP_KEY[groupBy](r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const cells = [...groups.entries()].map(([key, rs]) => ({ key, rs, people: peopleOf(rs) }));
  const hidden = total.suppressed ? new Set(cells.map((c) => c.key)) : cellsToSuppress(cells, threshold);
  const rows = cells
    .sort((a, b) => String(a.key ?? '~').localeCompare(String(b.key ?? '~')))
    .map((c) => cellOf(c.key, c.rs, threshold, hidden.has(c.key)));
  return { rows, total };
}
