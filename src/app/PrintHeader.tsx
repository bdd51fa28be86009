import { useEffect, useState } from 'react';
import { useScope } from '@/components/use-scope';
import { useT } from '@/components/use-t';
import { localeOf } from '@/lib/format';
import { subscribeToIntent, useLang } from '@/state/store';
import { shellMessages } from './messages';

/**
 * Shown only on paper: the report's title, the active filters, the address of the view and the
 * date, read again just before printing so they are those of the page being printed.
 */
export function PrintHeader() {
  const t = useT(shellMessages);
  const lang = useLang();
  const scope = useScope();
  const read = () => ({
    href: window.location.href,
    date: new Date().toLocaleDateString(localeOf(lang), {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }),
  });
  const [stamp, setStamp] = useState(read);
  useEffect(() => {
    const update = () => setStamp(read());
    update();
    // After every change of intent the URL sync has pushed the new address by the next microtask.
    const unsubscribe = subscribeToIntent(() => queueMicrotask(update));
    window.addEventListener('beforeprint', update);
    window.addEventListener('popstate', update);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeprint', update);
      window.removeEventListener('popstate', update);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read() depends on lang only
  }, [lang]);
  return (
    <div className="print-header" aria-hidden="true">
      <div className="print-title">{t('appTitle')}</div>
      <div>{t('printFilters', { scope: scope.subtitle })}</div>
      <div className="print-address">{t('printedFrom', { href: stamp.href })}</div>
      <div>{t('printedOn', { date: stamp.date })}</div>
    </div>
  );
}
