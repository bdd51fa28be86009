import './layout.css';
import { actions, useLang } from '@/state/store';
import { useT } from '@/components/use-t';
import { localeOf, otherLang } from '@/lib/format';
import { PrintHeader } from './PrintHeader';
import { ShareButtons } from './ShareButtons';

export function Header() {
  const t = useT();
  const lang = useLang();
  const other = otherLang(lang);
  return (
    <>
      <PrintHeader />
      <header className="app-header">
        <div className="app-heading">
          <h1>{t('appTitle')}</h1>
          <p className="app-source">{t('appSource')}</p>
        </div>
        <div className="app-header-actions">
          <ShareButtons />
          <button
            type="button"
            className="lang-switch"
            lang={localeOf(other)}
            aria-label={t('switchLanguageLabel')}
            onClick={() => actions.languageChosen(other)}
          >
            {t('switchLanguage')}
          </button>
        </div>
      </header>
    </>
  );
}
