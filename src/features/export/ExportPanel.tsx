import { useState } from 'react';
import { Panel } from '@/components/Panel';
import { useMessages } from '@/components/use-t';
import { usePrefectures, useSchoolFigures, useSchools } from '@/data/queries';
import { toCsv } from '@/lib/export/csv';
import { download } from '@/lib/export/download';
import { exportFileName } from '@/lib/export/file-name';
import { useExportables } from '@/lib/export/registry';
import { useLang } from '@/state/store';
import { allSchoolData } from './all-data';
import { exportMessages } from './messages';
import { buildPresentation } from './pack';

export function ExportPanel() {
  const m = useMessages(exportMessages);
  const lang = useLang();
  const views = useExportables();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<string>('');
  const schools = useSchools().data;
  const prefectures = usePrefectures().data;
  const figures = useSchoolFigures().data;
  const picked = views.filter((v) => chosen.has(v.id));

  const toggle = (id: string) =>
    setChosen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  async function makePack() {
    try {
      setStatus(m('packBusy', { done: 0, count: picked.length }));
      const blob = await buildPresentation(picked, (done) => setStatus(m('packBusy', { done, count: picked.length })));
      download(blob, exportFileName({ topic: '演示文稿', scope: '', ext: 'pptx' }));
      setStatus(m('packDone', { count: picked.length }));
    } catch (e) {
      setStatus(m('packFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  async function exportAll(format: 'csv' | 'xlsx') {
    if (!schools || !prefectures || !figures) return;
    const table = allSchoolData(schools, prefectures, figures, lang);
    const name = exportFileName({ topic: '分校数据', scope: '全部', ext: format });
    if (format === 'csv') download(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), name);
    else {
      const { toXlsx } = await import('@/lib/export/xlsx');
      download(await toXlsx(table), name);
    }
  }

  return (
    <Panel id="export" title={m('title')}>
      <p>{m('packIntro')}</p>
      {views.length === 0 ? (
        <p>{m('noViews')}</p>
      ) : (
        <fieldset className="pack-views">
          <legend className="visually-hidden">{m('title')}</legend>
          {views.map((v) => (
            <label key={v.id}>
              <input type="checkbox" checked={chosen.has(v.id)} onChange={() => toggle(v.id)} /> {v.content().title}
            </label>
          ))}
        </fieldset>
      )}
      <div className="pack-actions">
        <button type="button" disabled={picked.length === 0} onClick={() => void makePack()}>
          {m('packButton', { count: picked.length })}
        </button>
        <output aria-live="polite">{status}</output>
      </div>
      <div className="pack-actions">
        <span>{m('allData')}：</span>
        <button type="button" disabled={!figures} onClick={() => void exportAll('csv')} aria-label={m('allDataCsv')}>
          CSV
        </button>
        <button type="button" disabled={!figures} onClick={() => void exportAll('xlsx')} aria-label={m('allDataXlsx')}>
          XLSX
        </button>
      </div>
    </Panel>
  );
}
