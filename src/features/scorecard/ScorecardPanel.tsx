import './scorecard.css';
import { useMemo } from 'react';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useScope } from '@/components/use-scope';
import { useT } from '@/components/use-t';
import type { Appendix, Province } from '@/data/domain';
import { useAppendix, useProvince } from '@/data/queries';
import { AppendixTables } from './AppendixTables';
import { ConditionsLink } from './ConditionsLink';
import { keyFigures } from './key-figures';
import { KeyFigures } from './KeyFigures';
import { scorecardMessages } from './messages';
import { SatisfactionChart } from './SatisfactionChart';
import { sectorShares } from './sectors';
import { SectorShares } from './SectorShares';

function Scorecards({ appendix, province }: { appendix: Appendix; province: Province }) {
  const t = useT(scorecardMessages);
  const figures = useMemo(() => keyFigures(appendix, province.figureById), [appendix, province]);
  const shares = useMemo(() => sectorShares(appendix), [appendix]);
  return (
    <>
      <KeyFigures figures={figures} />
      <h3 className="scorecard-subhead">{t('derivedTitle')}</h3>
      <div className="scorecard-grid">
        <SectorShares shares={shares} />
        <SatisfactionChart appendix={appendix} />
      </div>
      <ConditionsLink province={province} />
      <AppendixTables tables={appendix.tables} />
    </>
  );
}

/** The only part that follows the filters: the rest is province-wide and need not re-render. */
function ScopeNotice() {
  const t = useT(scorecardMessages);
  const scope = useScope();
  if (!scope.active) return null;
  return (
    <p className="scope-notice" role="status">
      {t('scope', { scope: scope.subtitle })}
    </p>
  );
}

export function ScorecardPanel() {
  const t = useT(scorecardMessages);
  const appendix = useAppendix();
  const province = useProvince();
  return (
    <Panel id="scorecard" title={t('title')}>
      <ScopeNotice />
      <QueryState queries={[appendix, province]} what={t('title')}>
        {(a, p) => <Scorecards appendix={a} province={p} />}
      </QueryState>
    </Panel>
  );
}
