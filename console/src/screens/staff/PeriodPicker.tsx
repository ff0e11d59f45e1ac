import { useState } from 'react';
import { useLocale, useT } from '../../i18n/i18n';
import { parsePeriod, periodAt, periodCode, periodDays, periodFromDate, type PeriodChoice, type PeriodKind } from '../../lib/period';

const KINDS: PeriodKind[] = ['year', 'quarter', 'month'];

/** The period in the URL (?period=2026-Q1; an older ?from= gives its year), else this year in Viet Nam. */
export function usePeriodFromUrl(search: URLSearchParams): { period: string; from: string; to: string } {
  const choice = parsePeriod(search.get('period')) ?? periodFromDate(search.get('from')) ?? periodAt('year', new Date());
  const period = periodCode(choice);
  return { period, ...periodDays(period) };
}

/** The fixed period the picker's fields name. */
export function periodFromForm(d: FormData): string {
  const kind = (KINDS as string[]).includes(String(d.get('periodKind'))) ? (String(d.get('periodKind')) as PeriodKind) : 'year';
  const part = kind === 'quarter' ? Number(d.get('periodQuarter')) : kind === 'month' ? Number(d.get('periodMonth')) : 1;
  return periodCode({ kind, year: Number(d.get('periodYear')), part });
}

/**
 * Year, quarter or month, then which one: the fixed calendar periods the
 * statistics contract accepts (figures are never cut at arbitrary dates,
 * so overlapping windows cannot isolate one person). Shows the dates covered.
 */
export function PeriodPicker({ period }: { period: string }) {
  const t = useT();
  const { locale } = useLocale();
  const current = parsePeriod(period)!;
  const [kind, setKind] = useState<PeriodKind>(current.kind);
  const thisYear = periodAt('year', new Date()).year;
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const monthName = (m: number) => (locale === 'vi' ? t('stats.monthN', { n: m, name: '' }) : new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1))));
  const days = periodDays(period);
  const fmt = (d: string) => new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  const part = (c: PeriodChoice, k: PeriodKind) => (c.kind === k ? c.part : k === 'quarter' ? periodAt('quarter', new Date()).part : periodAt('month', new Date()).part);
  return (
    <fieldset className="fieldset period-picker" aria-describedby="period-range">
      <legend className="label">{t('stats.period')}</legend>
      <div className="filter--inline">
        <div className="form-group">
          <label className="label" htmlFor="periodKind">
            {t('stats.periodKind')}
          </label>
          <select className="select" id="periodKind" name="periodKind" value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`stats.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="periodYear">
            {t('stats.year')}
          </label>
          <select className="select" id="periodYear" name="periodYear" defaultValue={String(current.year)}>
            {(years.includes(current.year) ? years : [current.year, ...years]).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {kind === 'quarter' ? <PartSelect id="periodQuarter" label={t('stats.quarter')} value={part(current, 'quarter')} options={[1, 2, 3, 4].map((q) => [q, t('stats.quarterN', { n: q })])} /> : null}
        {kind === 'month' ? <PartSelect id="periodMonth" label={t('stats.month')} value={part(current, 'month')} options={Array.from({ length: 12 }, (_, i) => [i + 1, monthName(i + 1)])} /> : null}
      </div>
      <p className="hint" id="period-range" data-testid="period-range">
        {t('stats.periodRange', { from: fmt(days.from), to: fmt(days.to) })}
      </p>
    </fieldset>
  );
}

function PartSelect({ id, label, value, options }: { id: string; label: string; value: number; options: [number, string][] }) {
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select className="select" id={id} name={id} defaultValue={String(value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
