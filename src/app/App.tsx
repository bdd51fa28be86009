import { useEffect } from 'react';
import { Header } from './Header';
import { HeadlinePanel } from '../features/headline/HeadlinePanel';
import { useLang } from '../state/store';

export function App() {
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <div className="app">
      <Header />
      <main className="dashboard">
        <HeadlinePanel />
      </main>
    </div>
  );
}
