export const DEFAULT_OFFER_WINDOWS = { custodySeconds: 2 * 3600, urgentSeconds: 8 * 3600, workingDays: 2 };
/** When an offer made at `now` lapses, for a matter of this urgency. */
export function offerExpiry(urgency, now, windows, calendar) {
    const custody = urgency.reasons.includes('CUSTODY') || urgency.reasons.includes('DEFENCE_COUNSEL_DEADLINE');
    if (custody)
        return new Date(now.getTime() + windows.custodySeconds * 1000);
    if (urgency.urgent || urgency.reasons.length > 0)
        return new Date(now.getTime() + windows.urgentSeconds * 1000);
    return calendar.addWorkingDays(now, windows.workingDays);
}
//# sourceMappingURL=offer-policy.js.map