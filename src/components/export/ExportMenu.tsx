import './export.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '@/components/use-t';
import type { ExportModel } from '@/lib/export/model';
import { deckActions, useDeckSlides } from '@/state/deck';
import type { ExportFormat, ImageSize } from './run-export';

const FORMATS: {
  format: ExportFormat;
  label: string;
  key:
    'exportPngLabel' | 'exportSvgLabel' | 'exportPdfLabel' | 'exportPptxLabel' | 'exportCsvLabel' | 'exportXlsxLabel';
}[] = [
  { format: 'png', label: 'PNG', key: 'exportPngLabel' },
  { format: 'svg', label: 'SVG', key: 'exportSvgLabel' },
  { format: 'pdf', label: 'PDF', key: 'exportPdfLabel' },
  { format: 'pptx', label: 'PPTX', key: 'exportPptxLabel' },
  { format: 'csv', label: 'CSV', key: 'exportCsvLabel' },
  { format: 'xlsx', label: 'XLSX', key: 'exportXlsxLabel' },
];

/**
 * One "导出" button per view that opens its choices: images and documents drawn afresh for the
 * target (PNG at 1×/2×/4× or slide size, SVG, PDF, a one-slide PPTX), the data (CSV, XLSX), and
 * adding the view to the presentation. Every label is the model's current title.
 */
export function ExportMenu({ model }: { model: ExportModel }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<ImageSize>('2x');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const slides = useDeckSlides();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  async function run(format: ExportFormat) {
    setBusy(true);
    setStatus(null);
    try {
      const { runExport } = await import('./run-export');
      const names = await runExport(model, format, size);
      setStatus({ error: false, text: t('exportDone', { file: names.join('、') }) });
    } catch (e) {
      setStatus({ error: true, text: t('exportFailed', { reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  }

  const addToDeck = () => {
    deckActions.slideAdded(model);
    setStatus({ error: false, text: t('addedToDeck', { count: slides.length + 1 }) });
  };

  return (
    <div
      className="export-menu"
      ref={root}
      data-export-menu={model.id}
      onKeyDown={(event) => {
        // Esc closes the menu only: it must not reach the page's own Esc (which clears the prefecture).
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
      }}
    >
      <button
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('exportMenuLabel', { title: model.title })}
        onClick={() => setOpen((o) => !o)}
      >
        {t('exportMenu')}
      </button>
      <div
        id={panelId}
        className="export-panel"
        hidden={!open}
        role="group"
        aria-label={t('exportMenuLabel', { title: model.title })}
      >
        <label className="export-size">
          {t('exportSize')}{' '}
          <select value={size} onChange={(e) => setSize(e.target.value as ImageSize)} disabled={busy}>
            <option value="1x">{t('sizeImage', { ratio: '1×', width: 1200 })}</option>
            <option value="2x">{t('sizeImage', { ratio: '2×', width: 2400 })}</option>
            <option value="4x">{t('sizeImage', { ratio: '4×', width: 4800 })}</option>
            <option value="slide">{t('sizeSlide')}</option>
          </select>
        </label>
        <div className="export-formats" role="group" aria-label={t('exportImages')}>
          <span className="export-group-label">{t('exportImages')}</span>
          {FORMATS.filter((f) => f.format !== 'csv' && f.format !== 'xlsx').map((f) => (
            <button
              key={f.format}
              type="button"
              disabled={busy}
              aria-label={t(f.key, { title: model.title })}
              onClick={() => void run(f.format)}
            >
              {f.label}
            </button>
          ))}
        </div>
        <div className="export-formats" role="group" aria-label={t('exportData')}>
          <span className="export-group-label">{t('exportData')}</span>
          {FORMATS.filter((f) => f.format === 'csv' || f.format === 'xlsx').map((f) => (
            <button
              key={f.format}
              type="button"
              disabled={busy}
              aria-label={t(f.key, { title: model.title })}
              onClick={() => void run(f.format)}
            >
              {f.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="export-add"
          aria-label={t('addToDeckLabel', { title: model.title })}
          onClick={addToDeck}
        >
          {t('addToDeckButton')}
        </button>
        {busy && <span role="status">{t('exporting')}</span>}
        {status && (
          <span role={status.error ? 'alert' : 'status'} className={status.error ? 'export-error' : 'export-status'}>
            {status.text}
          </span>
        )}
      </div>
    </div>
  );
}
