import { useState } from 'react';
import { renderImage, type ImageSize } from '@/lib/export/compose';
import { download } from '@/lib/export/download';
import { exportFileName } from '@/lib/export/file-name';
import type { ExportableView } from '@/lib/export/registry';
import { useT } from './use-t';

type Format = 'png' | 'svg' | 'csv' | 'xlsx';

/** Export as a labelled button per format; images are compositions, data carries its source. */
export function ExportMenu({ view }: { view: ExportableView }) {
  const t = useT();
  const [size, setSize] = useState<ImageSize>('2x');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = view.content().title;

  async function run(format: Format) {
    setBusy(true);
    setError(null);
    try {
      const table = view.table();
      const name = (ext: string) => exportFileName({ topic: view.topic, scope: view.fileScope(), ext });
      if (format === 'csv') {
        // Papa Parse loads with the first CSV asked for, not with every view that offers one.
        const { toCsv } = await import('@/lib/export/csv');
        download(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), name('csv'));
      } else if (format === 'xlsx') {
        const { toXlsx } = await import('@/lib/export/xlsx');
        download(await toXlsx(table), name('xlsx'));
      } else {
        const node = view.node();
        if (!node) throw new Error('view not on screen');
        const url = await renderImage(node, view.content(), format, format === 'svg' ? '1x' : size);
        download(url, name(format));
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-menu" data-export-ignore>
      <select
        aria-label={t('exportSize')}
        value={size}
        onChange={(e) => setSize(e.target.value as ImageSize)}
        disabled={busy}
      >
        <option value="1x">1×</option>
        <option value="2x">2×</option>
        <option value="4x">4×</option>
        <option value="slide">{t('sizeSlide')}</option>
      </select>
      <button type="button" disabled={busy} aria-label={t('exportPngLabel', { title })} onClick={() => void run('png')}>
        PNG
      </button>
      <button type="button" disabled={busy} aria-label={t('exportSvgLabel', { title })} onClick={() => void run('svg')}>
        SVG
      </button>
      <button type="button" disabled={busy} aria-label={t('exportCsvLabel', { title })} onClick={() => void run('csv')}>
        CSV
      </button>
      <button
        type="button"
        disabled={busy}
        aria-label={t('exportXlsxLabel', { title })}
        onClick={() => void run('xlsx')}
      >
        XLSX
      </button>
      {busy && <span role="status">{t('exporting')}</span>}
      {error && (
        <span role="alert" className="export-error">
          {t('exportFailed', { reason: error })}
        </span>
      )}
    </div>
  );
}
