import { actions, useLang } from '@/state/store';
import { useT } from '@/components/use-t';

export function Header() {
  const t = useT();
  const lang = useLang();
  return (
    <header className="app-header">
      <div>
        <h1>{t('appTitle')}</h1>
        <p className="app-source">{t('appSource')}</p>
      </div>
      <button
        type="button"
        className="lang-switch"
        lang={lang === 'zh' ? 'en' : 'zh-CN'}
        aria-label={t('switchLanguageLabel')}
        onClick={() => actions.languageChosen(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('switchLanguage')}
      </button>
    </header>
  );
}
