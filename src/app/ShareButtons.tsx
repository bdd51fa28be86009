import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '@/components/use-t';
import { printRequested } from '@/state/printing';
import { currentAddress } from '@/state/use-url-sync';
import { shellMessages } from './messages';

/** Copies the address of the view (every setting is in it), or selects it for the user when the clipboard is closed. */
function CopyLink() {
  const t = useT(shellMessages);
  const [status, setStatus] = useState('');
  const copy = async () => {
    const href = currentAddress();
    try {
      await navigator.clipboard.writeText(href);
      setStatus(t('linkCopied'));
    } catch {
      // Insecure intranet pages (plain http) have no clipboard: say where the address is instead.
      setStatus(t('linkCopyFailed', { href }));
    }
  };
  return (
    <>
      <button type="button" className="header-button" onClick={() => void copy()}>
        {t('copyLink')}
      </button>
      <output className="header-status" aria-live="polite">
        {status}
      </output>
    </>
  );
}

/** A QR code of the current address, so a link moves from a desktop to a phone. Drawn on demand, offline. */
function QrCode() {
  const t = useT(shellMessages);
  const [open, setOpen] = useState(false);
  const [image, setImage] = useState<string | null>(null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    const href = currentAddress();
    void import('qrcode').then(({ toString }) =>
      toString(href, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => {
        if (live) setImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      }),
    );
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => {
      live = false;
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div
      className="qr-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
      }}
    >
      <button
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('qrCode')}
      </button>
      <div id={panelId} className="qr-panel" hidden={!open}>
        {image ? (
          <img src={image} width={200} height={200} alt={t('qrAlt')} />
        ) : (
          <span role="status">{t('qrMaking')}</span>
        )}
        <p>{t('qrHint')}</p>
      </div>
    </div>
  );
}

/** Print, copy link, QR code: how a view leaves the screen. */
export function ShareButtons() {
  const t = useT(shellMessages);
  return (
    <div className="share-buttons" role="group" aria-label={t('shareGroup')}>
      <button
        type="button"
        className="header-button"
        onClick={() =>
          void printRequested(
            () => document.querySelector('.dashboard [role="status"].loading, .dashboard .loading') !== null,
          )
        }
      >
        {t('print')}
      </button>
      <CopyLink />
      <QrCode />
    </div>
  );
}
