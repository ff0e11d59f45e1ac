import { describe, expect, it } from '@jest/globals';
import { PublishedStatisticsSchema, type PublishedStatistics } from '@legalaid/contracts';
import { createHash } from 'node:crypto';
import { lastEndedMonth, publication, vnYear, yearsDue } from '../src/domain/publication.js';

/** When the public statistics files are computed: at each month's end (Viet Nam time), for the current and the previous year. */
describe('published statistics: computed when a period ends', () => {
  const vn = (local: string) => new Date(`${local}+07:00`);

  it('knows the last month of a year that has ended, in Viet Nam time', () => {
    expect(lastEndedMonth(2026, vn('2026-01-31T23:59:59'))).toBeNull();
    expect(lastEndedMonth(2026, vn('2026-02-01T00:00:00'))).toBe('2026-01');
    expect(lastEndedMonth(2026, vn('2026-07-15T10:00:00'))).toBe('2026-06');
    expect(lastEndedMonth(2025, vn('2026-07-15T10:00:00'))).toBe('2025-12');
    expect(lastEndedMonth(2027, vn('2026-07-15T10:00:00'))).toBeNull();
    // 17:00 UTC on 31 December is midnight in Viet Nam: the new year there.
    expect(vnYear(new Date('2026-12-31T16:59:59Z'))).toBe(2026);
    expect(vnYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
  });

  it('computes a year when nothing is stored for it or a month of it ended since; not again until the next month ends', () => {
    const stored = new Map<number, string | null>();
    const through = (y: number) => (stored.has(y) ? stored.get(y) : undefined);
    const now = vn('2026-03-10T09:00:00');
    expect(yearsDue(now, through)).toEqual([2025, 2026]);
    stored.set(2025, '2025-12');
    stored.set(2026, '2026-02');
    expect(yearsDue(now, through)).toEqual([]);
    expect(yearsDue(vn('2026-03-31T23:59:00'), through)).toEqual([]);
    // March (and the first quarter with it) ends.
    expect(yearsDue(vn('2026-04-01T00:00:01'), through)).toEqual([2026]);
    // December ends in the next year: the previous year is recomputed, the new one first computed (no month of it has ended).
    stored.set(2026, '2026-11');
    expect(yearsDue(vn('2027-01-01T00:00:05'), through)).toEqual([2026, 2027]);
    stored.set(2026, '2026-12');
    stored.set(2027, null);
    expect(yearsDue(vn('2027-01-20T00:00:00'), through)).toEqual([]);
  });

  it('stores the rendered files with their sizes and hashes', () => {
    const figures: PublishedStatistics = PublishedStatisticsSchema.parse({ year: 2026, threshold: 5, periods: [] });
    const p = publication(figures, vn('2026-02-03T08:00:00'), 'PERIOD_ENDED');
    expect(p).toMatchObject({ _id: '2026', year: 2026, through: '2026-01', trigger: 'PERIOD_ENDED' });
    expect(p.files.map((f) => f.format)).toEqual(['json', 'csv']);
    for (const f of p.files) {
      expect(f.bytes).toBe(Buffer.byteLength(f.content));
      expect(f.sha256).toBe(createHash('sha256').update(f.content).digest('hex'));
    }
    expect(JSON.parse(p.files[0].content)).toEqual({ year: 2026, threshold: 5, periods: [], dictionary: 'dictionary.json' });
    expect(p.files[1].content.startsWith('\uFEFFperiod,period_kind,')).toBe(true);
  });
});
