import { createHash } from 'node:crypto';
import {
  periodBounds,
  periodsOfYear,
  statisticsCsv,
  statisticsJson,
  type CalendarPeriod,
  type PublishedStatistics,
  type StatisticsPublication,
  type StoredStatisticsFile,
} from '@legalaid/contracts';

/**
 * Published statistics are computed once per period, not per reader: when a
 * month (and with it, perhaps, a quarter and the year) ends, the year's
 * files are computed and stored, and every reader gets the stored bytes.
 * Suppression covers every period and grouping of a year together, so the
 * year's files are recomputed as one when a period ends.
 */

export type FileFormat = StoredStatisticsFile['format'];

export interface StoredPublication {
  _id: string;
  year: number;
  through: CalendarPeriod | null;
  computedAt: Date;
  trigger: StatisticsPublication['trigger'];
  files: { format: FileFormat; content: string; bytes: number; sha256: string }[];
}

/** The last month of `year` that has ended at `now` (Viet Nam time), or null when none has. */
export function lastEndedMonth(year: number, now: Date): CalendarPeriod | null {
  const months = periodsOfYear(year).filter((p) => /^\d{4}-\d{2}$/.test(p) && periodBounds(p).to.getTime() <= now.getTime());
  return months.at(-1) ?? null;
}

/** The year now is in, in Viet Nam. */
export function vnYear(now: Date): number {
  return Number(new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 4));
}

/**
 * The years whose files must be (re)computed at `now`: the current year and
 * the one before (a December ends in the next year), each when nothing is
 * stored for it or a month has ended since its files were computed. Older
 * years are computed on an administrator's request only.
 */
export function yearsDue(now: Date, storedThrough: (year: number) => CalendarPeriod | null | undefined): number[] {
  const current = vnYear(now);
  return [current - 1, current].filter((y) => {
    const stored = storedThrough(y);
    return stored === undefined || stored !== lastEndedMonth(y, now);
  });
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The year's files, rendered once, with their sizes and hashes. */
export function publication(s: PublishedStatistics, now: Date, trigger: StoredPublication['trigger']): StoredPublication {
  const files = ([['json', statisticsJson(s)], ['csv', statisticsCsv(s)]] as const).map(([format, content]) => ({ format, content, bytes: Buffer.byteLength(content, 'utf8'), sha256: sha256(content) }));
  return { _id: String(s.year), year: s.year, through: lastEndedMonth(s.year, now), computedAt: now, trigger, files };
}

export function publicationView(p: StoredPublication): StatisticsPublication {
  return {
    year: p.year,
    through: p.through,
    computedAt: new Date(p.computedAt).toISOString(),
    trigger: p.trigger,
    files: p.files.map((f) => ({ format: f.format, bytes: f.bytes, sha256: f.sha256 })),
  };
}
