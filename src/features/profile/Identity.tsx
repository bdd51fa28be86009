import { useT } from '@/components/use-t';
import type { School } from '@/data/domain';
import { pick } from '@/lib/i18n';
import { actions, useLang } from '@/state/store';
import { usePrinting } from '@/state/printing';
import type { IdentityRow } from './identity';
import { profileMessages } from './messages';

/**
 * Who the school is, as a definition list; the peer group unfolds to name its schools (each opens
 * its own profile), and is unfolded on paper.
 */
export function Identity({ rows, peers, self }: { rows: IdentityRow[]; peers: School[]; self: string }) {
  const t = useT(profileMessages);
  const lang = useLang();
  const printing = usePrinting();
  return (
    <dl className="profile-identity">
      {rows.map((row) => (
        <div key={row.key} data-identity={row.key}>
          <dt>{row.label}</dt>
          <dd>
            {row.value}
            {row.key === 'peers' && peers.length > 1 && (
              <details className="profile-peers" open={printing || undefined}>
                <summary>{t('peerList')}</summary>
                <ul>
                  {peers.map((p) => (
                    <li key={p.id}>
                      {p.id === self ? (
                        <strong aria-current="true">{pick(lang, p, 'name')}</strong>
                      ) : printing ? (
                        pick(lang, p, 'name')
                      ) : (
                        <button type="button" className="link-button" onClick={() => actions.schoolOpened(p.id)}>
                          {pick(lang, p, 'name')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
