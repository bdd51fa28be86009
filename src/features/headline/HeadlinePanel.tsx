import { memo, useMemo } from 'react';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { NoteMarks } from '@/components/NoteMarks';
import { useNotes } from '@/components/use-notes';
import { useScope } from '@/components/use-scope';
import { useT } from '@/components/use-t';
import type { Figure } from '@/data/domain';
import { useProvince, useSchoolFigures, useSchools } from '@/data/queries';
import { formatNumber } from '@/lib/format';
import { localSource, pick } from '@/lib/i18n';
import { useLang } from '@/state/store';
import { headlineDisplay } from './display';
import { deriveProvinceHeadlines, deriveSchoolHeadlines, type HeadlineFigure } from './headline';
import { headlineMessages } from './messages';

/** Memoised: a filter change gives the school cards new figures, the province cards none. */
const HeadlineCard = memo(function HeadlineCard({ figure, noteKey }: { figure: HeadlineFigure; noteKey: string }) {
  const lang = useLang();
  const t = useT(headlineMessages);
  const notes = useNotes([noteKey]);
  const shown = headlineDisplay(figure, lang);
  return (
    <li className="headline-card" data-figure={figure.id}>
      <span className="headline-label">
        {pick(lang, figure, 'label')}
        <NoteMarks notes={notes} />
      </span>
      <span className="headline-value">
        {shown.value}
        {shown.unit && <span className="headline-unit"> {shown.unit}</span>}
      </span>
      {shown.aside && <span className="headline-short">{shown.aside}</span>}
      {shown.base && <span className="headline-base">{t('base', { base: shown.base })}</span>}
      {figure.provinceValue !== undefined && (
        <span className="headline-province">
          {t('provinceValue', { value: formatNumber(figure.provinceValue, lang) })}
        </span>
      )}
      <span className="headline-source">{t('source', { source: localSource(lang, figure.source) })}</span>
    </li>
  );
});

/** The province-wide figures: the same whatever the filters, so derived once per dataset. */
function ProvinceHeadlines({ figureById, label }: { figureById: ReadonlyMap<string, Figure>; label: string }) {
  const figures = useMemo(() => deriveProvinceHeadlines(figureById), [figureById]);
  return (
    <ul className="headline-list" aria-label={label}>
      {figures.map((figure) => (
        <HeadlineCard key={figure.id} figure={figure} noteKey={`figure:${figure.id}`} />
      ))}
    </ul>
  );
}

export function HeadlinePanel() {
  const t = useT(headlineMessages);
  const schools = useSchools();
  const figures = useSchoolFigures();
  const province = useProvince();
  const scope = useScope();
  return (
    <Panel id="headline" title={t('headlineTitle')}>
      <p className="headline-scope">{scope.subtitle}</p>
      <QueryState queries={[schools, figures]} what={t('headlineTitle')}>
        {(s, f) => (
          <ul className="headline-list" aria-label={t('schoolTotals')}>
            {deriveSchoolHeadlines(s.list, scope.inView ?? s.list, f).map((figure) => (
              <HeadlineCard key={figure.id} figure={figure} noteKey={`school-metric:${figure.id}`} />
            ))}
          </ul>
        )}
      </QueryState>
      <h3 className="headline-subhead">
        {t('provinceWide')}
        {scope.active && <span className="scope-note"> {t('notFiltered')}</span>}
      </h3>
      <QueryState queries={[province]} what={t('provinceWide')}>
        {(p) => <ProvinceHeadlines figureById={p.figureById} label={t('provinceWide')} />}
      </QueryState>
    </Panel>
  );
}
