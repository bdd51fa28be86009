import { useEffect, useMemo, useState } from 'react';
import { useScope } from '@/components/use-scope';
import { useT } from '@/components/use-t';
import { localeOf, type Lang } from '@/lib/format';
import { subscribeToIntent, useLang } from '@/state/store';
import { currentAddress } from '@/state/use-url-sync';
import { shellMessages } from './messages';

/** The address of the view, kept as the intent changes (read from the intent: the URL is written later). */
function useAddress(): string {
  // No address in the HTML rendered at build time (src/app/prerender.tsx): paper never shows that HTML.
  const [href, setHref] = useState(() => (typeof window === 'undefined' ? '' : currentAddress()));
  useEffect(() => {
    const update = () => setHref(currentAddress());
    window.addEventListener('popstate', update);
    const unsubscribe = subscribeToIntent(update);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', update);
    };
  }, []);
  return href;
}

/** Today's date in the reader's language, read again just before printing (a page left open overnight). */
function useToday(lang: Lang): string {
  const format = useMemo(
    () => new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: 'long', day: 'numeric' }),
    [lang],
  );
  const [today, setToday] = useState(() => new Date());
  useEffect(() => {
    const update = () => setToday(new Date());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return format.format(today);
}

/**
 * Shown only on paper: the report's title, the active filters, the address of the view and the
 * date, so a printout says what it shows and where it came from.
 */
export function PrintHeader() {
  const t = useT(shellMessages);
  const lang = useLang();
  const scope = useScope();
  const href = useAddress();
  const date = useToday(lang);
  return (
    <div className="print-header" aria-hidden="true">
      <div className="print-title">{t('appTitle')}</div>
      <div>{t('printFilters', { scope: scope.subtitle })}</div>
      <div className="print-address">{t('printedFrom', { href })}</div>
      <div>{t('printedOn', { date })}</div>
    </div>
  );
}
