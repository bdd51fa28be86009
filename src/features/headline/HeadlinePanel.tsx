import { Panel } from '../../components/Panel';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../components/use-t';
import { useSchoolFigures, useSchools } from '../../data/queries';
import { formatNumber, formatShort } from '../../lib/format';
import { filterSchools } from '../../data/derive/filter';
import { useLang, useOwnership, usePrefecture, useSchoolType, useTier } from '../../state/store';
import { deriveSchoolHeadlines, type HeadlineFigure } from './headline';

function HeadlineCard({ figure }: { figure: HeadlineFigure }) {
  const lang = useLang();
  const t = useT();
  const short = figure.unit === '%' ? null : formatShort(figure.value, lang);
  const label = lang === 'zh' ? figure.labelZh : figure.labelEn;
  const unit = lang === 'zh' ? figure.unit : figure.unitEn;
  const base = lang === 'zh' ? figure.baseZh : figure.baseEn;
  return (
    <li className="headline-card" data-figure={figure.id}>
      <span className="headline-label">{label}</span>
      <span className="headline-value">
        {formatNumber(figure.value, lang)}
        {figure.unit === '%' ? '%' : <span className="headline-unit"> {unit}</span>}
      </span>
      {short && <span className="headline-short">{t('roughly', { value: short })}</span>}
      {base && <span className="headline-base">{t('base', { base })}</span>}
      {figure.provinceValue !== undefined && (
        <span className="headline-province">{t('provinceValue', { value: formatNumber(figure.provinceValue, lang) })}</span>
      )}
      <span className="headline-source">{t('source', { source: figure.source })}</span>
    </li>
  );
}

export function HeadlinePanel() {
  const t = useT();
  const schools = useSchools();
  const figures = useSchoolFigures();
  const filters = { prefecture: usePrefecture(), tier: useTier(), ownership: useOwnership(), schoolType: useSchoolType() };
  return (
    <Panel id="headline" title={t('headlineTitle')}>
      <QueryState queries={[schools, figures]} what={t('headlineTitle')}>
        {(s, f) => (
          <ul className="headline-list">
            {deriveSchoolHeadlines(s.list, filterSchools(s.list, filters), f).map((figure) => (
              <HeadlineCard key={figure.id} figure={figure} />
            ))}
          </ul>
        )}
      </QueryState>
    </Panel>
  );
}
