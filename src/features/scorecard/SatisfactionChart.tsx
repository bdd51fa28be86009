import { useMemo } from 'react';
import { useNotes } from '@/components/use-notes';
import { useT } from '@/components/use-t';
import { ViewFrame } from '@/components/ViewFrame';
import type { Appendix } from '@/data/domain';
import { useLang } from '@/state/store';
import { DrawnBars } from './DrawnBars';
import { scorecardMessages } from './messages';
import { rowNoteKey } from './rows';
import { satisfactionModel } from './satisfaction';
import { useTableToggle } from './use-table-toggle';

const percentTick = (v: number) => `${v}%`;

/** 附表2 as bars, each labelled with its rate and how many responses it rests on. */
export function SatisfactionChart({ appendix }: { appendix: Appendix }) {
  const t = useT(scorecardMessages);
  const lang = useLang();
  const rows = appendix.byId.get('附表2')?.rows ?? [];
  const notes = useNotes(rows.map((r) => rowNoteKey('附表2', r.id)));
  const model = useMemo(() => satisfactionModel(appendix, notes, lang), [appendix, notes, lang]);
  const toggle = useTableToggle(model.id);
  const empty = model.figure.kind !== 'bars' || model.figure.bars.length === 0;
  return (
    <ViewFrame model={model} notes={notes} empty={empty ? t('satisfactionEmpty') : undefined} {...toggle}>
      {model.figure.kind === 'bars' && <DrawnBars figure={model.figure} label={model.title} formatTick={percentTick} />}
    </ViewFrame>
  );
}
