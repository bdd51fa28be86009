import { useT } from '@/components/use-t';
import { noticeActions, useDroppedParams } from '@/state/notices';

/** Says which parts of a pasted link were ignored. */
export function UrlNotice() {
  const t = useT();
  const dropped = useDroppedParams();
  if (dropped.length === 0) return null;
  const list = dropped.map((d) => `${d.param}=${d.value}`).join('、');
  return (
    <div className="url-notice" role="status">
      <span>{t('urlDropped', { list })}</span>
      <button type="button" onClick={noticeActions.noticeDismissed}>
        {t('dismiss')}
      </button>
    </div>
  );
}
