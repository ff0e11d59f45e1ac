import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { catalogue, type Locale, type MessageId } from './messages';

const LocaleContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void }>({ locale: 'vi', setLocale: () => undefined });

/** Vietnamese first; the choice is kept for this tab only. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => (sessionStorage.getItem('legalaid.locale') === 'en' ? 'en' : 'vi'));
  const setLocale = (l: Locale) => {
    sessionStorage.setItem('legalaid.locale', l);
    document.documentElement.lang = l;
    setLocaleState(l);
  };
  document.documentElement.lang = locale;
  const messages = useMemo(() => catalogue(locale), [locale]);
  return (
    <LocaleContext.Provider value={{ locale, setLocale }}>
      <IntlProvider locale={locale === 'vi' ? 'vi-VN' : 'en-GB'} messages={messages} defaultLocale="vi-VN" timeZone="Asia/Ho_Chi_Minh">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale() {
  return useContext(LocaleContext);
}

export type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

export function useT(): Translate {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}

/** A code's label from referenceData in the current language. */
export interface Term {
  code: string;
  vi: string;
  en: string;
}
export function useLabel(terms: readonly Term[] | undefined): (code: string | null | undefined) => string {
  const { locale } = useLocale();
  return (code) => {
    if (!code) return '';
    const t = terms?.find((x) => x.code === code);
    return t ? t[locale] : code;
  };
}
