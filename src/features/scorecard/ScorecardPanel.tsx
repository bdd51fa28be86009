import './scorecard.css';
import { useRef } from 'react';
import { ExportMenu } from '@/components/ExportMenu';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useExportable } from '@/components/use-exportable';
import { useScope } from '@/components/use-scope';
import { useMessages, useT } from '@/components/use-t';
import type { Appendix, Province } from '@/data/domain';
import { useAppendix, useProvince } from '@/data/queries';
import { useLang } from '@/state/store';
import { AppendixTables } from './AppendixTables';
import { conditionBars, satisfactionBars } from './charts-data';
import { ConditionsChart } from './ConditionsChart';
import { appendixExportRows } from './export-rows';
import { KeyFigures } from './KeyFigures';
import { scorecardMessages } from './messages';
import { SatisfactionChart } from './SatisfactionChart';
import { keyFigures } from './scorecard';
import { sectorShares } from './sectors';
import { SectorShares } from './SectorShares';

function Scorecards({ appendix, province }: { appendix: Appendix; province: Province }) {
  const m = useMessages(scorecardMessages);
  const t = useT();
  const lang = useLang();
  const keyList = useRef<HTMLUListElement>(null);
  const source = t('reportSource', { source: lang === 'zh' ? '附表1—附表6' : 'Appendix tables 1–6' });
  const exportable = useExportable(
    'scorecard-key',
    m('keyFigures'),
    '',
    keyList,
    { title: `${m('title')}：${m('keyFigures')}`, subtitle: m('provinceWide'), source },
    {
      title: m('exportLabel'),
      scope: lang === 'zh' ? '全省' : 'Province',
      source,
      columns: [
        { key: 'table', label: m('table') },
        { key: 'seq', label: m('cite') },
        { key: 'indicator', label: m('indicator') },
        { key: 'value', label: m('value') },
        { key: 'printed', label: lang === 'zh' ? '印作' : 'Printed as' },
        { key: 'unit', label: m('unit') },
        { key: 'surveyCount', label: m('surveyCountColumn') },
        { key: 'surveyMethod', label: m('method') },
      ],
      rows: appendixExportRows(appendix.tables, lang),
    },
  );
  return (
    <>
      <div className="scorecard-head">
        <h3>{m('keyFigures')}</h3>
        <ExportMenu view={exportable} />
      </div>
      <KeyFigures figures={keyFigures(appendix, province.figureById)} listRef={keyList} />
      <h3 className="scorecard-subhead">{m('derivedTitle')}</h3>
      <div className="scorecard-grid">
        <div>
          <SectorShares shares={sectorShares(appendix)} />
          <SatisfactionChart bars={satisfactionBars(appendix)} />
        </div>
        <ConditionsChart bars={conditionBars(province)} />
      </div>
      <AppendixTables tables={appendix.tables} />
    </>
  );
}

/** The only part that follows the filters: the rest is province-wide and need not re-render. */
function ScopeNotice() {
  const m = useMessages(scorecardMessages);
  const scope = useScope();
  if (!scope.active) return null;
  return (
    <p className="scope-notice" role="status">
      {m('scope', { scope: scope.subtitle })}
    </p>
  );
}

export function ScorecardPanel() {
  const m = useMessages(scorecardMessages);
  const appendix = useAppendix();
  const province = useProvince();
  return (
    <Panel id="scorecard" title={m('title')}>
      <ScopeNotice />
      <QueryState queries={[appendix, province]} what={m('title')}>
        {(a, p) => <Scorecards appendix={a} province={p} />}
      </QueryState>
    </Panel>
  );
}
