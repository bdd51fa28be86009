import './scorecard.css';
import { useRef } from 'react';
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../components/ChartFrame';
import { ExportMenu } from '../../components/ExportMenu';
import { NoteMarks } from '../../components/NoteMarks';
import { Panel } from '../../components/Panel';
import { QueryState } from '../../components/QueryState';
import { useExportable } from '../../components/use-exportable';
import { useNotes } from '../../components/use-notes';
import { useScope } from '../../components/use-scope';
import { useMessages, useT } from '../../components/use-t';
import { useAppendix, useProvince } from '../../data/queries';
import type { Appendix, Province } from '../../data/domain';
import { formatNumber, formatPercent } from '../../lib/format';
import { useLang } from '../../state/store';
import { AppendixTableView, printedValue } from './AppendixTableView';
import { scorecardMessages } from './messages';
import { conditionChecks, keyFigures, satisfactionRows, sectorShares, type KeyFigure } from './scorecard';

function KeyCard({ figure }: { figure: KeyFigure }) {
  const lang = useLang();
  const t = useT();
  const notes = useNotes([figure.noteKey]);
  return (
    <li className="headline-card" data-figure={figure.id}>
      <span className="headline-label">
        {lang === 'zh' ? figure.labelZh : figure.labelEn}
        <NoteMarks notes={notes} />
      </span>
      <span className="headline-value">
        {formatNumber(figure.value, lang)}
        <span className="headline-unit"> {figure.unit}</span>
      </span>
      {figure.derivationZh && <span className="headline-base">{lang === 'zh' ? figure.derivationZh : figure.derivationEn}</span>}
      <span className="headline-source">{t('source', { source: figure.source })}</span>
    </li>
  );
}

function Scorecards({ appendix, province }: { appendix: Appendix; province: Province }) {
  const m = useMessages(scorecardMessages);
  const t = useT();
  const lang = useLang();
  const keys = keyFigures(appendix);
  const sectors = sectorShares(appendix);
  const satisfaction = satisfactionRows(appendix);
  const checks = conditionChecks(province);
  const keyNode = useRef<HTMLUListElement>(null);
  const sectorNotes = useNotes(['appendix:附表1/employed-three-sectors']);
  const source = t('reportSource', { source: '附表1—附表6' });
  const allRows = appendix.tables.flatMap((tb) => tb.rows.map((r) => ({ table: tb.id, indicator: lang === 'zh' ? r.labelZh : r.labelEn, value: r.value ?? r.valueText, unit: r.unit, survey: r.surveyCount ?? null })));
  const exportable = useExportable('scorecard-key', m('keyFigures'), '', keyNode, { title: `${m('title')}：${m('keyFigures')}`, subtitle: m('provinceWide'), source }, {
    title: m('exportLabel'),
    scope: lang === 'zh' ? '全省' : 'Province',
    source,
    columns: [
      { key: 'table', label: lang === 'zh' ? '附表' : 'Table' },
      { key: 'indicator', label: m('indicator') },
      { key: 'value', label: m('value') },
      { key: 'unit', label: m('unit') },
      { key: 'survey', label: m('base') },
    ],
    rows: allRows,
  });
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, lang, 1));
  return (
    <>
      <div className="scorecard-head">
        <h3>{m('keyFigures')}</h3>
        <ExportMenu view={exportable} />
      </div>
      <ul className="headline-list" ref={keyNode}>
        {keys.map((k) => (
          <KeyCard key={k.id} figure={k} />
        ))}
      </ul>
      <div className="chart-grid">
        <ChartFrame
          meta={{ id: 'satisfaction', title: m('satisfaction'), subtitle: m('provinceWide'), source: '附表2', unit: '%', provinceWide: true }}
          table={{
            columns: [{ key: 'name', label: m('indicator') }, { key: 'value', label: '%', numeric: true }, { key: 'survey', label: m('base'), numeric: true }],
            rows: satisfaction.map((r) => ({ key: r.id, name: lang === 'zh' ? r.labelZh : r.labelEn, value: printedValue(r, lang), survey: r.surveyCount ? formatNumber(r.surveyCount, lang) : '' })),
          }}
        >
          <ResponsiveContainer width="100%" height={satisfaction.length * 26 + 40} initialDimension={{ width: 500, height: 300 }}>
            <BarChart data={satisfaction.map((r) => ({ label: `${lang === 'zh' ? r.labelZh : r.labelEn}（${formatNumber(r.surveyCount ?? 0, lang)}）`, value: r.value }))} layout="vertical" margin={{ right: 48, left: 4 }}>
              <XAxis type="number" domain={[0, 100]} fontSize={11} />
              <YAxis type="category" dataKey="label" width={lang === 'zh' ? 300 : 320} fontSize={11} interval={0} />
              <Bar dataKey="value" fill="#4a78a8" isAnimationActive={false}>
                <LabelList dataKey="value" position="right" fontSize={11} formatter={(v: unknown) => `${v}%`} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ChartFrame>
        <div>
          <h4>{m('sectors')}</h4>
          <p className="scorecard-note" role="note">
            {m('sectorsNote', { printed: formatNumber(sectors.printedTotal ?? 0, lang), sum: formatNumber(sectors.sum, lang) })}
            <NoteMarks notes={sectorNotes} />
          </p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{m('indicator')}</th>
                <th scope="col" className="num">{m('value')}</th>
                <th scope="col" className="num">{m('shareOfPrinted')}</th>
                <th scope="col" className="num">{m('shareOfSum')}</th>
              </tr>
            </thead>
            <tbody>
              {sectors.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.labelZh}</th>
                  <td className="num">{formatNumber(r.value, lang)}</td>
                  <td className="num">{pct(r.shareOfPrinted)}</td>
                  <td className="num">{pct(r.shareOfSum)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>{m('conditions')}</h4>
          <ul className="condition-checks">
            {checks.map((c) => (
              <li key={c.id} className={c.meets ? 'meets' : 'fails'}>
                {lang === 'zh' ? c.labelZh : c.labelEn}：{formatNumber(c.median2023, lang)} / {m('threshold')} {formatNumber(c.threshold, lang)} {lang === 'zh' ? c.unit : c.unitEn} ·{' '}
                {m(c.meets ? 'meets' : 'fails', { margin: formatNumber(Math.abs(c.margin), lang) })}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p className="scorecard-note">{m('starred')}</p>
      {appendix.tables.map((tb) => (
        <AppendixTableView key={tb.id} table={tb} lang={lang} />
      ))}
    </>
  );
}

export function ScorecardPanel() {
  const m = useMessages(scorecardMessages);
  const appendix = useAppendix();
  const province = useProvince();
  const scope = useScope();
  return (
    <Panel id="scorecard" title={m('title')}>
      {scope.active && (
        <p className="scope-notice" role="status">
          {m('scope', { scope: scope.subtitle })}
        </p>
      )}
      <QueryState queries={[appendix, province]} what={m('title')}>
        {(a, p) => <Scorecards appendix={a} province={p} />}
      </QueryState>
    </Panel>
  );
}
