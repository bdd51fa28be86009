import { NoteMarks } from '@/components/NoteMarks';
import { useNotes } from '@/components/use-notes';
import { useMessages } from '@/components/use-t';
import type { School } from '@/data/domain';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import type { ComparedMeasure } from './compare';
import { compareMessages } from './messages';

function formatValue(value: number | null, percent: boolean | undefined, lang: Lang, notReported: string): string {
  if (value === null) return notReported;
  return percent ? formatPercent(value, lang, 1) : formatNumber(value, lang);
}

function Row({ row, schools, lang }: { row: ComparedMeasure; schools: School[]; lang: Lang }) {
  const m = useMessages(compareMessages);
  const notes = useNotes(row.values.map((v) => `school-metric:${row.measure.id}/${v.schoolId}`));
  const name = (id: string) => {
    const s = schools.find((x) => x.id === id);
    return s ? (lang === 'zh' ? s.nameZh : s.shortEn) : id;
  };
  const unit = lang === 'zh' ? row.measure.unit : row.measure.unitEn;
  const how = lang === 'zh' ? row.measure.howZh : row.measure.howEn;
  return (
    <tr data-measure={row.measure.id}>
      <th scope="row">
        {lang === 'zh' ? row.measure.labelZh : row.measure.labelEn}（{unit}）
        <NoteMarks notes={notes} />
        <div className="measure-source">
          {row.measure.source}
          {how ? ` · ${how}` : ''}
        </div>
      </th>
      {row.values.map((v) => (
        <td key={v.schoolId} className={`num${row.higher === v.schoolId ? ' is-higher' : ''}`}>
          <div className="cmp-value">{formatValue(v.value, row.measure.percent, lang, m('notReported'))}</div>
          {v.value !== null && (
            <div className="cmp-detail">
              {m('rank', { rank: v.rank ?? '—', of: v.rankOf })} ·{' '}
              {m('peerRank', { rank: v.peerRank ?? '—', of: v.peerOf })}
              {v.share !== null && <> · {m('share', { share: formatPercent(v.share, lang, 1) })}</>}
            </div>
          )}
        </td>
      ))}
      {row.differences.map((d) => (
        <td key={d.schoolId} className="num">
          {d.absolute === null ? (
            <span className="cmp-detail">{m('noDifference')}</span>
          ) : (
            <>
              <div>{`${d.absolute > 0 ? '+' : ''}${formatValue(d.absolute, row.measure.percent, lang, '')}`}</div>
              {d.relative !== null && (
                <div className="cmp-detail">{`${d.relative > 0 ? '+' : ''}${formatPercent(d.relative, lang, 1)}`}</div>
              )}
            </>
          )}
        </td>
      ))}
      <td className="num">{formatValue(row.median, row.measure.percent, lang, '—')}</td>
      <td>{row.higher ? m('higher', { name: name(row.higher) }) : '—'}</td>
    </tr>
  );
}

/** Every per-school figure side by side: values, ranks, shares, differences from the first school. */
export function CompareTable({ rows, schools, lang }: { rows: ComparedMeasure[]; schools: School[]; lang: Lang }) {
  const m = useMessages(compareMessages);
  const name = (s: School) => (lang === 'zh' ? s.nameZh : s.shortEn);
  const [first, ...rest] = schools;
  return (
    <div className="table-scroll compare-table-wrap" tabIndex={0}>
      <table className="data-table compare-table">
        <caption>{m('tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('measure')}</th>
            {schools.map((s) => (
              <th key={s.id} scope="col" className="num">
                {name(s)}
              </th>
            ))}
            {first &&
              rest.map((s) => (
                <th
                  key={s.id}
                  scope="col"
                  className="num"
                >{`${m('difference', { name: name(first) })}：${name(s)}`}</th>
              ))}
            <th scope="col" className="num">
              {m('median')}
            </th>
            <th scope="col">{lang === 'zh' ? '比较' : 'Which is higher'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.measure.id} row={row} schools={schools} lang={lang} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
