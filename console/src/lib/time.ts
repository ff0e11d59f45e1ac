/** Dates and times always in Viet Nam's time, whatever the computer's zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso));
}

/** The instant a Viet Nam calendar day (YYYY-MM-DD) starts, and the start of the next one. */
export const vnDayStart = (d: string) => new Date(`${d}T00:00:00+07:00`).toISOString();
export const vnDayEndExclusive = (d: string) => new Date(Date.parse(`${d}T00:00:00+07:00`) + 86_400_000).toISOString();
