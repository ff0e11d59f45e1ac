import { getSolarDate } from '@dqcai/vn-lunar';

/**
 * Lunar dates of Viet Nam's public holidays, from the Vietnamese lunisolar
 * calendar (computed for UTC+7, which differs from the Chinese calendar in
 * some years). The tables of `@dqcai/vn-lunar` cover 1200–2199; nothing is
 * fetched.
 */
function iso(d: { day: number; month: number; year: number }): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function lunarToSolar(day: number, month: number, year: number): string {
  if (!Number.isInteger(year) || year < 1200 || year > 2199) throw new RangeError(`lunar dates are known for 1200–2199, not ${year}`);
  return iso(getSolarDate(day, month, year));
}

/** The first day of the lunar year that starts in Gregorian year `year` (mùng 1 Tết). */
export function lunarNewYear(year: number): string {
  return lunarToSolar(1, 1, year);
}

/** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month. */
export function hungKingsDay(year: number): string {
  return lunarToSolar(10, 3, year);
}
