import type { Urgency, WorkingCalendar } from '@legalaid/contracts';
export interface OfferWindows {
    /** In custody, or a procedural body asked for defence counsel: hours, counted on the clock. */
    custodySeconds: number;
    /** Other urgent matters (violence, trafficking, a hearing soon). */
    urgentSeconds: number;
    /** Everything else: working days, counted as statutory limits are (the day of the offer does not count). */
    workingDays: number;
}
export declare const DEFAULT_OFFER_WINDOWS: OfferWindows;
/** When an offer made at `now` lapses, for a matter of this urgency. */
export declare function offerExpiry(urgency: Urgency, now: Date, windows: OfferWindows, calendar: WorkingCalendar): Date;
