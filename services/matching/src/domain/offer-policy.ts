import type { Urgency, WorkingCalendar } from '@legalaid/contracts';

export interface OfferWindows {
  /** In custody, or a procedural body asked for defence counsel: hours, counted on the clock. */
  custodySeconds: number;
  /** Other urgent matters (violence, trafficking, a hearing soon). */
  urgentSeconds: number;
  /** Everything else: working days, counted as statutory limits are (the day of the offer does not count). */
  workingDays: number;
}

export const DEFAULT_OFFER_WINDOWS: OfferWindows = { custodySeconds: 2 * 3600, urgentSeconds: 8 * 3600, workingDays: 2 };

/** When an offer made at `now` lapses, for a matter of this urgency. */
export function offerExpiry(urgency: Urgency, now: Date, windows: OfferWindows, calendar: WorkingCalendar): Date {
  const custody = urgency.reasons.includes('CUSTODY') || urgency.reasons.includes('DEFENCE_COUNSEL_DEADLINE');
  if (custody) return new Date(now.getTime() + windows.custodySeconds * 1000);
  if (urgency.urgent || urgency.reasons.length > 0) return new Date(now.getTime() + windows.urgentSeconds * 1000);
  return calendar.addWorkingDays(now, windows.workingDays);
}
