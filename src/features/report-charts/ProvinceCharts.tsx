import { useMemo } from 'react';
import { useNotes } from '@/components/use-notes';
import { useScope } from '@/components/use-scope';
import { useT } from '@/components/use-t';
import type { Lists, Prefectures, Province, School } from '@/data/domain';
import type { ExportModel } from '@/lib/export/model';
import { pick } from '@/lib/i18n';
import { useLang, useMetric, actions } from '@/state/store';
import { isOneOf } from '@/state/vocabulary';
import { ChartView } from './ChartView';
import { compositionModels, FIGURE1_NOTES, FIGURE2_NOTES } from './composition-model';
import { conditionNoteKeys, conditionsModel } from './conditions-model';
import { CONTEST_NOTE_KEYS, contestsModel, RECOGNITION_LISTS, recognitionsModel } from './contest-models';
import { FigureChart } from './FigureChart';
import { chartsMessages } from './messages';
import { provinceMessages } from './province-messages';
import { admissionSourceBars, destinationBars } from './series';
import { admissionSourcesModel, destinationsModel, noteKeysOf } from './student-models';
import { doubleQualifiedModel, trainingModel } from './teacher-models';
import { Terms } from './Terms';
import { noteLines } from '@/lib/source-lines';

/** Schools by tier, ownership, type (图1) and prefecture (图2): these follow the filters. */
export function CompositionCharts({
  inView,
  schools,
  prefectures,
}: {
  inView: School[];
  schools: readonly School[];
  prefectures: Prefectures;
}) {
  const t = useT(chartsMessages);
  const lang = useLang();
  const { subtitle, label, active } = useScope();
  const figure1 = useNotes(FIGURE1_NOTES);
  const figure2 = useNotes(FIGURE2_NOTES);
  const models = useMemo(
    () =>
      compositionModels({
        lang,
        inView,
        province: schools,
        prefectures: prefectures.list,
        filtered: active,
        scope: { subtitle, label },
        notes: { figure1, figure2 },
      }),
    [lang, inView, schools, prefectures, active, subtitle, label, figure1, figure2],
  );
  const empty = inView.length === 0 ? t('emptyFiltered', { scope: subtitle }) : undefined;
  return (
    <div className="chart-grid">
      {models.map((model) => (
        <ChartView
          key={model.id}
          model={model}
          notes={model.id === 'by-prefecture' ? figure2 : figure1}
          empty={empty}
          heading={<Terms text={model.title} />}
        >
          <FigureChart model={model} />
        </ChartView>
      ))}
    </div>
  );
}

/** A province chart whose model is built from the data, its notes and the language. */
function ProvinceChart({
  noteKeys,
  build,
}: {
  noteKeys: readonly string[];
  build: (notes: ReturnType<typeof useNotes>, lang: ReturnType<typeof useLang>) => ExportModel;
}) {
  const lang = useLang();
  const notes = useNotes(noteKeys);
  const model = useMemo(() => build(notes, lang), [build, notes, lang]);
  // The model's own explanations, shown under the chart; its data-note lines are the title's ※ marks.
  const hints = useMemo(() => {
    const marks = new Set(noteLines(notes, lang));
    return model.notes.filter((line) => !marks.has(line));
  }, [model, notes, lang]);
  return (
    <ChartView model={model} notes={notes} hints={hints} heading={<Terms text={model.title} />}>
      <FigureChart model={model} />
    </ChartView>
  );
}

export function StudentCharts({ province }: { province: Province }) {
  const admissionKeys = useMemo(() => noteKeysOf(admissionSourceBars(province)), [province]);
  const destinationKeys = useMemo(() => noteKeysOf(destinationBars(province)), [province]);
  const admissions = useMemo(() => admissionSourcesModel.bind(null, province), [province]);
  const destinations = useMemo(() => destinationsModel.bind(null, province), [province]);
  return (
    <div className="chart-grid">
      <ProvinceChart noteKeys={admissionKeys} build={admissions} />
      <ProvinceChart noteKeys={destinationKeys} build={destinations} />
    </div>
  );
}

/** 表3: each indicator's provincial median over three years, against its 合格 threshold. */
export function ConditionCharts({ province }: { province: Province }) {
  const keys = useMemo(() => conditionNoteKeys(province), [province]);
  const build = useMemo(() => conditionsModel.bind(null, province), [province]);
  return <ProvinceChart noteKeys={keys} build={build} />;
}

// No data note touches 表4's counts or 表7's attendances (表7's notes are on its hours and income).
const NO_NOTES: string[] = [];

export function TeacherCharts({ province }: { province: Province }) {
  const dq = useMemo(() => doubleQualifiedModel.bind(null, province), [province]);
  const training = useMemo(() => trainingModel.bind(null, province), [province]);
  return (
    <div className="chart-grid">
      <ProvinceChart noteKeys={NO_NOTES} build={dq} />
      <ProvinceChart noteKeys={NO_NOTES} build={training} />
    </div>
  );
}

/** 表8–表11 by prefecture; the list is the dashboard's measure when the map shows one of them. */
function RecognitionChart({ lists, prefectures }: { lists: Lists; prefectures: Prefectures }) {
  const t = useT(provinceMessages);
  const lang = useLang();
  const chosen = useMetric();
  const listId = isOneOf(RECOGNITION_LISTS, chosen) ? chosen : RECOGNITION_LISTS[0];
  const notes = useNotes([`list:${listId}`]);
  const model = useMemo(
    () => recognitionsModel(lists, prefectures.list, listId, notes, lang),
    [lists, prefectures, listId, notes, lang],
  );
  if (!model) return null;
  return (
    <ChartView
      model={model}
      notes={notes}
      heading={<Terms text={model.title} />}
      controls={
        <select
          aria-label={t('recognitionsPicker')}
          value={listId}
          onChange={(e) => {
            if (isOneOf(RECOGNITION_LISTS, e.target.value)) actions.metricChosen(e.target.value);
          }}
        >
          {RECOGNITION_LISTS.map((id) => {
            const list = lists.byId.get(id);
            return list ? (
              <option key={id} value={id}>
                {pick(lang, list, 'title')}
              </option>
            ) : null;
          })}
        </select>
      }
    >
      <FigureChart model={model} />
    </ChartView>
  );
}

export function ContestCharts({
  province,
  lists,
  prefectures,
}: {
  province: Province;
  lists: Lists;
  prefectures: Prefectures;
}) {
  const build = useMemo(() => contestsModel.bind(null, province), [province]);
  return (
    <div className="chart-grid">
      <ProvinceChart noteKeys={CONTEST_NOTE_KEYS} build={build} />
      <RecognitionChart lists={lists} prefectures={prefectures} />
    </div>
  );
}
