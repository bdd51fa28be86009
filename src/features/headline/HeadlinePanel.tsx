import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { NoteMarks } from '@/components/NoteMarks';
import { useNotes } from '@/components/use-notes';
import { useScope } from '@/components/use-scope';
import { useMessages, useT } from '@/components/use-t';
import { useProvince, useSchoolFigures, useSchools } from '@/data/queries';
import { formatNumber, formatShort } from '@/lib/format';
import { useLang } from '@/state/store';
import { deriveProvinceHeadlines, deriveSchoolHeadlines, type HeadlineFigure } from './headline';
import { headlineMessages } from './messages';

function HeadlineCard({ figure, noteKey }: { figure: HeadlineFigure; noteKey: string }) {
  const lang = useLang();
  const t = useT();
  const notes = useNotes([noteKey]);
  const short = figure.unit === '%' ? null : formatShort(figure.value, lang);
  const label = lang === 'zh' ? figure.labelZh : figure.labelEn;
  const unit = lang === 'zh' ? figure.unit : figure.unitEn;
  const base = lang === 'zh' ? figure.baseZh : figure.baseEn;
  return (
    <li className="headline-card" data-figure={figure.id}>
      <span className="headline-label">
        {label}
        <NoteMarks notes={notes} />
      </span>
      <span className="headline-value">
        {formatNumber(figure.value, lang)}
        {figure.unit === '%' ? '%' : <span className="headline-unit"> {unit}</span>}
      </span>
      {short && <span className="headline-short">{t('roughly', { value: short })}</span>}
      {base && <span className="headline-base">{t('base', { base })}</span>}
      {figure.provinceValue !== undefined && (
        <span className="headline-province">
          {t('provinceValue', { value: formatNumber(figure.provinceValue, lang) })}
        </span>
      )}
      <span className="headline-source">{t('source', { source: figure.source })}</span>
    </li>
  );
}

export function HeadlinePanel() {
  const t = useT();
  const m = useMessages(headlineMessages);
  const schools = useSchools();
  const figures = useSchoolFigures();
  const province = useProvince();
  const scope = useScope();
  return (
    <Panel id="headline" title={t('headlineTitle')}>
      <p className="headline-scope">{scope.subtitle}</p>
      <QueryState queries={[schools, figures]} what={t('headlineTitle')}>
        {(s, f) => (
          <ul className="headline-list" aria-label={m('schoolTotals')}>
            {deriveSchoolHeadlines(s.list, scope.inView ?? s.list, f).map((figure) => (
              <HeadlineCard key={figure.id} figure={figure} noteKey={`school-metric:${figure.id}`} />
            ))}
          </ul>
        )}
      </QueryState>
      <h3 className="headline-subhead">
        {m('provinceWide')}
        {scope.active && <span className="scope-note"> {m('notFiltered')}</span>}
      </h3>
      <QueryState queries={[province]} what={m('provinceWide')}>
        {(p) => (
          <ul className="headline-list" aria-label={m('provinceWide')}>
            {deriveProvinceHeadlines(p.figureById).map((figure) => (
              <HeadlineCard key={figure.id} figure={figure} noteKey={`figure:${figure.id}`} />
            ))}
          </ul>
        )}
      </QueryState>
    </Panel>
  );
}
