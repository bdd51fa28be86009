import './export.css';
import { useState } from 'react';
import { Panel } from '@/components/Panel';
import { useT } from '@/components/use-t';
import { usePrefectures, useSchoolFigures, useSchools } from '@/data/queries';
import { download } from '@/lib/export/download';
import { exportFileName } from '@/lib/export/file-name';
import { deckActions, useDeckSlides } from '@/state/deck';
import { useExportableModels } from '@/state/exportables';
import { useLang } from '@/state/store';
import { allSchoolData } from './all-data';
import { DeckList } from './DeckList';
import { exportMessages } from './messages';

/**
 * The presentation pack: the views on screen that can be added now, the chosen slides in order
 * (added from any view's export menu, kept while the user moves around), and the PPTX made from
 * exactly that list. Also every figure for every school as CSV or XLSX.
 */
export function ExportPanel() {
  const m = useT(exportMessages);
  const lang = useLang();
  const slides = useDeckSlides();
  const available = Object.values(useExportableModels());
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const schools = useSchools().data;
  const prefectures = usePrefectures().data;
  const figures = useSchoolFigures().data;

  async function makePack() {
    setBusy(true);
    setStatus({ error: false, text: m('packBusy', { done: 0, count: slides.length }) });
    try {
      const { renderPptx } = await import('@/components/export/render-pptx');
      const made = await renderPptx(
        slides.map((s) => s.model),
        (done) => setStatus({ error: false, text: m('packBusy', { done, count: slides.length }) }),
      );
      const name = exportFileName({ topic: m('packTopic'), ext: 'pptx', lang });
      download(made.blob, name);
      setStatus({ error: false, text: m('packDone', { views: slides.length, slides: made.slides, file: name }) });
    } catch (e) {
      setStatus({ error: true, text: m('packFailed', { reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  }

  async function exportAll(format: 'csv' | 'xlsx') {
    if (!schools || !prefectures || !figures) return;
    const table = allSchoolData(schools, prefectures, figures, lang);
    const name = exportFileName({ topic: m('allDataTopic'), scope: m('allDataScope'), ext: format, lang });
    if (format === 'csv') {
      const { toCsv } = await import('@/lib/export/csv');
      download(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), name);
    } else {
      const { toXlsx } = await import('@/lib/export/xlsx');
      download(await toXlsx(table), name);
    }
  }

  return (
    <Panel id="export" title={m('title')}>
      <p>{m('packIntro')}</p>
      <h3 className="deck-heading">{m('availableTitle')}</h3>
      {available.length === 0 ? (
        <p className="deck-empty">{m('noViews')}</p>
      ) : (
        <ul className="deck-available">
          {available.map((model) => (
            <li key={model.id}>
              <span className="deck-title">{model.title}</span>
              <button
                type="button"
                aria-label={m('addLabel', { title: model.title })}
                onClick={() => deckActions.slideAdded(model)}
              >
                {m('add')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="deck-heading">{m('deckTitle', { count: slides.length })}</h3>
      <DeckList slides={slides} />
      <div className="pack-actions">
        <button type="button" disabled={slides.length === 0 || busy} onClick={() => void makePack()}>
          {m('packButton', { count: slides.length })}
        </button>
        {slides.length > 0 && (
          <button type="button" disabled={busy} onClick={deckActions.deckCleared}>
            {m('deckClear')}
          </button>
        )}
        <output aria-live="polite" className={status?.error ? 'export-error' : undefined}>
          {status?.text}
        </output>
      </div>
      <div className="pack-actions">
        <span>{m('allDataLead')}</span>
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
