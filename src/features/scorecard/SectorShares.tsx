import { useMemo } from 'react';
import { useNotes } from '@/components/use-notes';
import { useT } from '@/components/use-t';
import { ViewFrame } from '@/components/ViewFrame';
import { useLang } from '@/state/store';
import { GroupedChart } from './GroupedChart';
import { scorecardMessages } from './messages';
import { rowNoteKey } from './rows';
import type { SectorShares as Shares } from './sectors';
import { sectorsGapText, sectorsModel } from './sectors-model';
import { useTableToggle } from './use-table-toggle';

/** 附表1's three sectors as shares of the printed total and of their own sum, with the gap said. */
export function SectorShares({ shares }: { shares: Shares }) {
  const t = useT(scorecardMessages);
  const lang = useLang();
  const notes = useNotes([rowNoteKey('附表1', 'employed-three-sectors')]);
  const model = useMemo(() => sectorsModel(shares, notes, lang), [shares, notes, lang]);
  const toggle = useTableToggle(model.id);
  const gap = sectorsGapText(shares, lang);
  return (
    <ViewFrame model={model} notes={notes} empty={shares.rows.length === 0 ? t('sectorsEmpty') : undefined} {...toggle}>
      {model.figure.kind === 'grouped' && <GroupedChart figure={model.figure} label={model.title} />}
      {gap && (
        <p className="scorecard-note" role="note">
          {gap}
        </p>
      )}
    </ViewFrame>
  );
}
