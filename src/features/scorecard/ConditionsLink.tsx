import type { MouseEvent } from 'react';
import { useT } from '@/components/use-t';
import type { Province } from '@/data/domain';
import { actions, useLang } from '@/state/store';
import { shortfalls, shortfallsText } from './conditions';
import { scorecardMessages } from './messages';

/** Opens the report charts on their 办学条件 tab, where 表3 is drawn (once, for the whole dashboard). */
function openConditions(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  actions.chartTabChosen('conditions');
  document.getElementById('charts')?.scrollIntoView({ block: 'start' });
}

/** 表3 in one sentence (which medians fell short), and the way to its chart. */
export function ConditionsLink({ province }: { province: Province }) {
  const t = useT(scorecardMessages);
  const lang = useLang();
  return (
    <p className="scorecard-conditions">
      {shortfallsText(shortfalls(province.basicConditions.rows), lang)}{' '}
      <a href="#charts" onClick={openConditions}>
        {t('conditionsLink')} →
      </a>
    </p>
  );
}
