import { useState } from 'react';
import { ChartFrame } from '@/components/ChartFrame';
import { useNotes } from '@/components/use-notes';
import { useScope } from '@/components/use-scope';
import { useMessages } from '@/components/use-t';
import type { Lists, Prefectures, Province, School } from '@/data/domain';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/state/store';
import { barsTable } from './bars-table';
import { BarsChart } from './BarsChart';
import { chartsMessages } from './messages';
import {
  admissionSourceBars,
  competitionBars,
  compositionBars,
  destinationBars,
  prefectureBars,
  recognitionBars,
  trainingBars,
  type Bar,
} from './series';

/** Schools by tier, ownership, type (图1) and prefecture (图2): these follow the filters. */
export function CompositionCharts({ inView, prefectures }: { inView: School[]; prefectures: Prefectures }) {
  const m = useMessages(chartsMessages);
  const lang = useLang();
  const scope = useScope();
  const groups = compositionBars(inView);
  const empty = inView.length === 0 ? m('emptyFiltered', { scope: scope.subtitle }) : undefined;
  const unit = lang === 'zh' ? '所' : 'schools';
  const chart = (id: string, title: string, source: string, bars: Bar[]) => (
    <ChartFrame
      key={id}
      meta={{ id, title, subtitle: scope.subtitle, source, unit }}
      empty={empty}
      table={barsTable(bars, lang, { name: m('category'), value: m('count'), share: m('share') })}
    >
      <BarsChart bars={bars} lang={lang} unit={unit} shareBase={scope.subtitle} />
    </ChartFrame>
  );
  return (
    <div className="chart-grid">
      {chart('by-tier', m('byTier'), '表1、图1', groups.tier)}
      {chart('by-ownership', m('byOwnership'), '表1、图1', groups.ownership)}
      {chart('by-type', m('byType'), '表1、图1', groups.type)}
      {chart('by-prefecture', m('byPrefecture'), '表1、图2', prefectureBars(inView, prefectures.list))}
    </div>
  );
}

function ProvinceBars({
  id,
  title,
  source,
  bars,
  unit,
  percent,
  shareBase,
}: {
  id: string;
  title: string;
  source: string;
  bars: Bar[];
  unit: string;
  percent?: boolean;
  shareBase?: string;
}) {
  const m = useMessages(chartsMessages);
  const lang = useLang();
  const notes = useNotes(bars.flatMap((b) => (b.noteKey ? [b.noteKey] : [])));
  return (
    <ChartFrame
      meta={{ id, title, subtitle: m('provinceWide'), source, unit, provinceWide: true }}
      notes={notes}
      table={barsTable(
        bars,
        lang,
        { name: m('category'), value: `${m('value')}（${unit}）`, ...(shareBase ? { share: m('share') } : {}) },
        percent,
      )}
    >
      <BarsChart bars={bars} lang={lang} unit={unit} percent={percent} shareBase={shareBase} />
    </ChartFrame>
  );
}

export function StudentCharts({ province }: { province: Province }) {
  const m = useMessages(chartsMessages);
  const lang = useLang();
  return (
    <div className="chart-grid">
      <ProvinceBars
        id="admission-sources"
        title={m('admissionSources')}
        source="§1.2.2"
        bars={admissionSourceBars(province)}
        unit="%"
        percent
      />
      <ProvinceBars
        id="destinations"
        title={m('destinations')}
        source="§1.2.3、图3"
        bars={destinationBars(province)}
        unit={lang === 'zh' ? '人' : 'graduates'}
        shareBase={m('destinationsBase')}
      />
    </div>
  );
}

/** 表3: each indicator's provincial median over three years, against its 合格 threshold. */
export function ConditionCharts({ province }: { province: Province }) {
  const m = useMessages(chartsMessages);
  const lang = useLang();
  const rows = province.basicConditions.rows;
  const notes = useNotes(rows.map((r) => `basic:${r.id}`));
  const table = {
    columns: [
      { key: 'name', label: lang === 'zh' ? '指标' : 'Indicator' },
      { key: 'y2021', label: '2021', numeric: true },
      { key: 'y2022', label: '2022', numeric: true },
      { key: 'y2023', label: '2023', numeric: true },
      { key: 'threshold', label: lang === 'zh' ? '合格指标' : 'Threshold', numeric: true },
    ],
    rows: rows.map((r) => ({
      key: r.id,
      name: `${lang === 'zh' ? r.labelZh : r.labelEn}（${lang === 'zh' ? r.unit : r.unitEn}）`,
      y2021: formatNumber(r.median2021, lang),
      y2022: formatNumber(r.median2022, lang),
      y2023: formatNumber(r.median2023, lang),
      threshold: formatNumber(r.threshold, lang),
    })),
  };
  return (
    <ChartFrame
      meta={{
        id: 'basic-conditions',
        title:
          lang === 'zh'
            ? '办学基本条件：省中位数与合格指标（表3）'
            : 'Basic conditions: provincial medians and thresholds (Table 3)',
        subtitle: m('provinceWide'),
        source: '表3',
        provinceWide: true,
      }}
      notes={notes}
      table={table}
    >
      <div className="small-multiples">
        {rows.map((r) => (
          <div key={r.id} className="small-multiple">
            <div className="small-title">
              {lang === 'zh' ? r.labelZh : r.labelEn}（{lang === 'zh' ? r.unit : r.unitEn}）
            </div>
            <BarsChart
              bars={[2021, 2022, 2023].map((y) => ({
                key: String(y),
                labelZh: `${y}年`,
                labelEn: String(y),
                value: r[`median${y}` as 'median2021'],
              }))}
              lang={lang}
              unit={lang === 'zh' ? r.unit : r.unitEn}
              threshold={{ value: r.threshold, label: m('threshold', { value: formatNumber(r.threshold, lang) }) }}
            />
          </div>
        ))}
      </div>
    </ChartFrame>
  );
}

export function TeacherCharts({ province }: { province: Province }) {
  const m = useMessages(chartsMessages);
  const lang = useLang();
  const dq = province.doubleQualifiedTeachers;
  const grades = ['junior', 'intermediate', 'senior'] as const;
  const bars: Bar[] = dq.rows.flatMap((r) =>
    grades.map((g) => ({
      key: `${r.levelEn}-${g}`,
      labelZh: `${r.levelZh}·${m(g)}`,
      labelEn: `${r.levelEn} · ${m(g)}`,
      value: r[g],
      share: (r[g] / dq.total.total) * 100,
    })),
  );
  const unit = lang === 'zh' ? '人' : 'teachers';
  return (
    <div className="chart-grid">
      <ProvinceBars
        id="double-qualified"
        title={m('doubleQualified')}
        source="表4"
        bars={bars}
        unit={unit}
        shareBase={
          lang === 'zh'
            ? `认定总数 ${formatNumber(dq.total.total, lang)} 人`
            : `${formatNumber(dq.total.total, lang)} certified`
        }
      />
      <ProvinceBars
        id="training"
        title={m('training')}
        source="表7"
        bars={trainingBars(province)}
        unit={lang === 'zh' ? '人次' : 'attendances'}
        shareBase={m('trainingBase')}
      />
    </div>
  );
}

const RECOGNITION_LISTS = [
  'learning-stars-province',
  'lifelong-brands-province',
  'learning-stars-national',
  'lifelong-brands-national',
] as const;

export function ContestCharts({
  province,
  lists,
  prefectures,
}: {
  province: Province;
  lists: Lists | undefined;
  prefectures: Prefectures;
}) {
  const m = useMessages(chartsMessages);
  const lang = useLang();
  const [listId, setListId] = useState<string>(RECOGNITION_LISTS[0]);
  const list = lists?.byId.get(listId);
  const listTitle = list ? (lang === 'zh' ? list.titleZh : list.titleEn) : listId;
  return (
    <div className="chart-grid">
      <ProvinceBars
        id="contests"
        title={m('contests')}
        source="§2.5.1、§2.5.2"
        bars={competitionBars(province)}
        unit={lang === 'zh' ? '项 / 组' : 'prizes / teams'}
      />
      {lists && list && (
        <ChartFrame
          meta={{
            id: `recognitions-${listId}`,
            title: m('recognitions', { list: listTitle }),
            subtitle: m('provinceWide'),
            source: list.source,
            unit: lang === 'zh' ? '个 / 人' : 'entries',
            provinceWide: true,
          }}
          table={barsTable(recognitionBars(lists, prefectures.list, listId), lang, {
            name: m('category'),
            value: m('value'),
          })}
          actions={
            <select aria-label={m('tabContests')} value={listId} onChange={(e) => setListId(e.target.value)}>
              {RECOGNITION_LISTS.map((id) => {
                const l = lists.byId.get(id);
                return l ? (
                  <option key={id} value={id}>
                    {l.source}
                  </option>
                ) : null;
              })}
            </select>
          }
        >
          <BarsChart bars={recognitionBars(lists, prefectures.list, listId)} lang={lang} unit="" />
        </ChartFrame>
      )}
    </div>
  );
}
