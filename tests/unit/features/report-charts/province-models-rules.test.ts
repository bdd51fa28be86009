import { describe, expect, it } from 'vitest';
import { compositionModels, type CompositionInput } from '@/features/report-charts/composition-model';
import { conditionNoteKeys, conditionsModel } from '@/features/report-charts/conditions-model';
import { contestsModel, recognitionsModel } from '@/features/report-charts/contest-models';
import { admissionSourcesModel, destinationsModel } from '@/features/report-charts/student-models';
import { doubleQualifiedModel, trainingModel } from '@/features/report-charts/teacher-models';
import type { Lang } from '@/lib/format';
import { prefectures, schools } from '../../fixtures';
import { lists, province } from './province-fixture';

function filteredLanzhou(lang: Lang): CompositionInput {
  return {
    lang,
    inView: schools.filter((s) => s.prefectureId === 'lanzhou'),
    province: schools,
    prefectures,
    filtered: true,
    scope: { subtitle: 'S', label: 'L' },
    notes: { figure1: [], figure2: [] },
  };
}

describe('the province charts’ whole models, in both languages', () => {
  it('§2.5 contests: every prize count, 未报告 for a figure the data lacks, units from the figures (zh)', () => {
    expect(contestsModel(province, [], 'zh')).toEqual({
      id: 'contests',
      lang: 'zh',
      title: '职业院校技能大赛获奖（§2.5）',
      subtitle: '全省数据，不随学校筛选变化',
      unit: '单位：项（省赛）/ 组（国赛）',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》§2.5.1 · 第21页、§2.5.2 · 第21页',
      notes: ['省赛按获奖项数计，国赛按获奖组数计。'],
      file: { topic: '技能大赛获奖', scope: '' },
      figure: {
        kind: 'grouped',
        categories: [
          { key: 'provincial-students', label: '省赛·高职学生组' },
          { key: 'provincial-teachers', label: '省赛·高职教师组' },
          { key: 'national', label: '国赛·全部赛项' },
        ],
        series: [
          {
            key: 'firstPrize',
            label: '一等奖',
            color: '#08519c',
            values: [12, null, 2],
            valueTexts: ['12', '未报告', '2'],
          },
          {
            key: 'secondPrize',
            label: '二等奖',
            color: '#4292c6',
            values: [20, null, null],
            valueTexts: ['20', '未报告', '未报告'],
          },
          {
            key: 'thirdPrize',
            label: '三等奖',
            color: '#9ecae1',
            values: [30, null, null],
            valueTexts: ['30', '未报告', '未报告'],
          },
        ],
      },
      table: {
        columns: [
          { key: 'group', label: '组别' },
          { key: 'firstPrize', label: '一等奖', numeric: true },
          { key: 'secondPrize', label: '二等奖', numeric: true },
          { key: 'thirdPrize', label: '三等奖', numeric: true },
          { key: 'unit', label: '单位' },
        ],
        rows: [
          {
            key: 'provincial-students',
            cells: {
              group: { text: '省赛·高职学生组' },
              firstPrize: { text: '12', value: 12 },
              secondPrize: { text: '20', value: 20 },
              thirdPrize: { text: '30', value: 30 },
              unit: { text: '项' },
            },
          },
          {
            key: 'provincial-teachers',
            cells: {
              group: { text: '省赛·高职教师组' },
              firstPrize: { text: '未报告', value: null },
              secondPrize: { text: '未报告', value: null },
              thirdPrize: { text: '未报告', value: null },
              unit: { text: '' },
            },
          },
          {
            key: 'national',
            cells: {
              group: { text: '国赛·全部赛项' },
              firstPrize: { text: '2', value: 2 },
              secondPrize: { text: '未报告', value: null },
              thirdPrize: { text: '未报告', value: null },
              unit: { text: '组' },
            },
          },
        ],
      },
    });
  });
  it('§2.5 contests: every prize count, 未报告 for a figure the data lacks, units from the figures (en)', () => {
    expect(contestsModel(province, [], 'en')).toEqual({
      id: 'contests',
      lang: 'en',
      title: 'Vocational skills competition prizes (§2.5)',
      subtitle: 'Province-wide; school filters do not apply',
      unit: 'Unit: prizes (provincial) or teams (national)',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), §2.5.1, p. 21; §2.5.2, p. 21',
      notes: ['Provincial prizes are counted by award, national prizes by team.'],
      file: { topic: 'skills competition prizes', scope: '' },
      figure: {
        kind: 'grouped',
        categories: [
          { key: 'provincial-students', label: 'Provincial, student group' },
          { key: 'provincial-teachers', label: 'Provincial, teacher group' },
          { key: 'national', label: 'National, all events' },
        ],
        series: [
          {
            key: 'firstPrize',
            label: 'First prizes',
            color: '#08519c',
            values: [12, null, 2],
            valueTexts: ['12', 'not reported', '2'],
          },
          {
            key: 'secondPrize',
            label: 'Second prizes',
            color: '#4292c6',
            values: [20, null, null],
            valueTexts: ['20', 'not reported', 'not reported'],
          },
          {
            key: 'thirdPrize',
            label: 'Third prizes',
            color: '#9ecae1',
            values: [30, null, null],
            valueTexts: ['30', 'not reported', 'not reported'],
          },
        ],
      },
      table: {
        columns: [
          { key: 'group', label: 'Group' },
          { key: 'firstPrize', label: 'First prizes', numeric: true },
          { key: 'secondPrize', label: 'Second prizes', numeric: true },
          { key: 'thirdPrize', label: 'Third prizes', numeric: true },
          { key: 'unit', label: 'Unit' },
        ],
        rows: [
          {
            key: 'provincial-students',
            cells: {
              group: { text: 'Provincial, student group' },
              firstPrize: { text: '12', value: 12 },
              secondPrize: { text: '20', value: 20 },
              thirdPrize: { text: '30', value: 30 },
              unit: { text: 'prizes' },
            },
          },
          {
            key: 'provincial-teachers',
            cells: {
              group: { text: 'Provincial, teacher group' },
              firstPrize: { text: 'not reported', value: null },
              secondPrize: { text: 'not reported', value: null },
              thirdPrize: { text: 'not reported', value: null },
              unit: { text: '' },
            },
          },
          {
            key: 'national',
            cells: {
              group: { text: 'National, all events' },
              firstPrize: { text: '2', value: 2 },
              secondPrize: { text: 'not reported', value: null },
              thirdPrize: { text: 'not reported', value: null },
              unit: { text: 'groups' },
            },
          },
        ],
      },
    });
  });
  it('表8 recognitions: entries by prefecture with 高校 bar, shares of the whole list (zh)', () => {
    expect(recognitionsModel(lists, prefectures, 'learning-stars-province', [], 'zh')).toEqual({
      id: 'recognitions',
      lang: 'zh',
      title: '百姓学习之星名单：按市（州）',
      subtitle: '全省数据，不随学校筛选变化',
      unit: '单位：条',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表8 · 第36页',
      notes: [],
      file: { topic: '百姓学习之星名单按市州', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          { key: 'lanzhou', label: '兰州市', value: 2, valueText: '2', detail: ['2 条', '占名单全部 4 条的 50%'] },
          { key: 'jiuquan', label: '酒泉市', value: 1, valueText: '1', detail: ['1 条', '占名单全部 4 条的 25%'] },
          {
            key: 'schools',
            label: '高校（名单未列市州）',
            value: 1,
            valueText: '1',
            detail: ['1 条', '占名单全部 4 条的 25%'],
          },
        ],
      },
      table: {
        columns: [
          { key: 'name', label: '市（州）' },
          { key: 'value', label: '条目数', numeric: true },
          { key: 'share', label: '占比', numeric: true },
        ],
        rows: [
          {
            key: 'lanzhou',
            cells: { name: { text: '兰州市' }, value: { text: '2', value: 2 }, share: { text: '50%', value: 50 } },
          },
          {
            key: 'jiuquan',
            cells: { name: { text: '酒泉市' }, value: { text: '1', value: 1 }, share: { text: '25%', value: 25 } },
          },
          {
            key: 'schools',
            cells: {
              name: { text: '高校（名单未列市州）' },
              value: { text: '1', value: 1 },
              share: { text: '25%', value: 25 },
            },
          },
        ],
      },
    });
  });
  it('表8 recognitions: entries by prefecture with 高校 bar, shares of the whole list (en)', () => {
    expect(recognitionsModel(lists, prefectures, 'learning-stars-province', [], 'en')).toEqual({
      id: 'recognitions',
      lang: 'en',
      title: 'Learning Stars list: by prefecture',
      subtitle: 'Province-wide; school filters do not apply',
      unit: 'Unit: entries',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Table 8, p. 36',
      notes: [],
      file: { topic: 'Learning Stars list by prefecture', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'lanzhou',
            label: 'Lanzhou',
            value: 2,
            valueText: '2',
            detail: ['2 entries', '50% of all 4 entries of the list'],
          },
          {
            key: 'jiuquan',
            label: 'Jiuquan',
            value: 1,
            valueText: '1',
            detail: ['1 entry', '25% of all 4 entries of the list'],
          },
          {
            key: 'schools',
            label: 'Schools (no prefecture listed)',
            value: 1,
            valueText: '1',
            detail: ['1 entry', '25% of all 4 entries of the list'],
          },
        ],
      },
      table: {
        columns: [
          { key: 'name', label: 'Prefecture' },
          { key: 'value', label: 'Entries', numeric: true },
          { key: 'share', label: 'Share', numeric: true },
        ],
        rows: [
          {
            key: 'lanzhou',
            cells: { name: { text: 'Lanzhou' }, value: { text: '2', value: 2 }, share: { text: '50%', value: 50 } },
          },
          {
            key: 'jiuquan',
            cells: { name: { text: 'Jiuquan' }, value: { text: '1', value: 1 }, share: { text: '25%', value: 25 } },
          },
          {
            key: 'schools',
            cells: {
              name: { text: 'Schools (no prefecture listed)' },
              value: { text: '1', value: 1 },
              share: { text: '25%', value: 25 },
            },
          },
        ],
      },
    });
  });
  it('§1.2.2 admission sources: percentages with their base in words (zh)', () => {
    expect(admissionSourcesModel(province, [], 'zh')).toEqual({
      id: 'admission-sources',
      lang: 'zh',
      title: '2023年在校生来源结构（§1.2.2）',
      subtitle: '全省数据，不随学校筛选变化',
      unit: '单位：%',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》§1.2.2 · 第4页',
      notes: [],
      file: { topic: '在校生来源结构', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'intake-general-high-school-share',
            label: 'intake-general-high-school-share（中）',
            value: 60.5,
            valueText: '60.5%',
            detail: ['占在校生的 60.5%'],
          },
        ],
        percent: true,
      },
      table: {
        columns: [
          { key: 'name', label: '类别' },
          { key: 'value', label: '%', numeric: true },
        ],
        rows: [
          {
            key: 'intake-general-high-school-share',
            cells: { name: { text: 'intake-general-high-school-share（中）' }, value: { text: '60.5%', value: 60.5 } },
          },
        ],
      },
    });
  });
  it('§1.2.2 admission sources: percentages with their base in words (en)', () => {
    expect(admissionSourcesModel(province, [], 'en')).toEqual({
      id: 'admission-sources',
      lang: 'en',
      title: 'Where the 2023 students came from (§1.2.2)',
      subtitle: 'Province-wide; school filters do not apply',
      unit: 'Unit: %',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), §1.2.2, p. 4',
      notes: [],
      file: { topic: 'where students came from', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'intake-general-high-school-share',
            label: 'intake-general-high-school-share (en)',
            value: 60.5,
            valueText: '60.5%',
            detail: ['60.5% of students enrolled in 2023'],
          },
        ],
        percent: true,
      },
      table: {
        columns: [
          { key: 'name', label: 'Category' },
          { key: 'value', label: '%', numeric: true },
        ],
        rows: [
          {
            key: 'intake-general-high-school-share',
            cells: { name: { text: 'intake-general-high-school-share (en)' }, value: { text: '60.5%', value: 60.5 } },
          },
        ],
      },
    });
  });
  it('图3 destinations: every graduate in one bar, the derived bars and the note (zh)', () => {
    expect(destinationsModel(province, [], 'zh')).toEqual({
      id: 'destinations',
      lang: 'zh',
      title: '2023届毕业生去向（图3）',
      subtitle: '全省数据，不随学校筛选变化',
      unit: '单位：人',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》§1.2.3 · 第4页、图3 · 第7页',
      notes: ['报告只细分了已落实去向者的一部分：“已落实，报告未细分”与“尚未落实去向”由报告的数字相减得出。'],
      file: { topic: '毕业生去向', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'graduates-further-study',
            label: 'graduates-further-study（中）',
            value: 40,
            valueText: '40',
            detail: ['40 人', '占2023届毕业生 200 人的 20%'],
          },
          {
            key: 'graduates-primary-sector',
            label: 'graduates-primary-sector（中）',
            value: 10,
            valueText: '10',
            detail: ['10 人', '占2023届毕业生 200 人的 5%'],
          },
          {
            key: 'graduates-secondary-sector',
            label: 'graduates-secondary-sector（中）',
            value: 30,
            valueText: '30',
            detail: ['30 人', '占2023届毕业生 200 人的 15%'],
          },
          {
            key: 'graduates-tertiary-sector',
            label: 'graduates-tertiary-sector（中）',
            value: 80,
            valueText: '80',
            detail: ['80 人', '占2023届毕业生 200 人的 40%'],
          },
          {
            key: 'placed-other',
            label: '已落实，报告未细分',
            value: 20,
            valueText: '20',
            detail: ['20 人', '占2023届毕业生 200 人的 10%'],
          },
          {
            key: 'not-placed',
            label: '尚未落实去向',
            value: 20,
            valueText: '20',
            detail: ['20 人', '占2023届毕业生 200 人的 10%'],
          },
        ],
      },
      table: {
        columns: [
          { key: 'name', label: '类别' },
          { key: 'value', label: '数值（人）', numeric: true },
          { key: 'share', label: '占比', numeric: true },
        ],
        rows: [
          {
            key: 'graduates-further-study',
            cells: {
              name: { text: 'graduates-further-study（中）' },
              value: { text: '40', value: 40 },
              share: { text: '20%', value: 20 },
            },
          },
          {
            key: 'graduates-primary-sector',
            cells: {
              name: { text: 'graduates-primary-sector（中）' },
              value: { text: '10', value: 10 },
              share: { text: '5%', value: 5 },
            },
          },
          {
            key: 'graduates-secondary-sector',
            cells: {
              name: { text: 'graduates-secondary-sector（中）' },
              value: { text: '30', value: 30 },
              share: { text: '15%', value: 15 },
            },
          },
          {
            key: 'graduates-tertiary-sector',
            cells: {
              name: { text: 'graduates-tertiary-sector（中）' },
              value: { text: '80', value: 80 },
              share: { text: '40%', value: 40 },
            },
          },
          {
            key: 'placed-other',
            cells: {
              name: { text: '已落实，报告未细分' },
              value: { text: '20', value: 20 },
              share: { text: '10%', value: 10 },
            },
          },
          {
            key: 'not-placed',
            cells: {
              name: { text: '尚未落实去向' },
              value: { text: '20', value: 20 },
              share: { text: '10%', value: 10 },
            },
          },
        ],
      },
    });
  });
  it('图3 destinations: every graduate in one bar, the derived bars and the note (en)', () => {
    expect(destinationsModel(province, [], 'en')).toEqual({
      id: 'destinations',
      lang: 'en',
      title: 'Destinations of the class of 2023 (Figure 3)',
      subtitle: 'Province-wide; school filters do not apply',
      unit: 'Unit: graduates',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), §1.2.3, p. 4; Figure 3, p. 7',
      notes: [
        'The report breaks down only part of the placed graduates: “placed, not broken down” and “not yet placed” are differences of its figures.',
      ],
      file: { topic: 'graduate destinations', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'graduates-further-study',
            label: 'graduates-further-study (en)',
            value: 40,
            valueText: '40',
            detail: ['40 graduates', '20% of the 200 graduates of 2023'],
          },
          {
            key: 'graduates-primary-sector',
            label: 'graduates-primary-sector (en)',
            value: 10,
            valueText: '10',
            detail: ['10 graduates', '5% of the 200 graduates of 2023'],
          },
          {
            key: 'graduates-secondary-sector',
            label: 'graduates-secondary-sector (en)',
            value: 30,
            valueText: '30',
            detail: ['30 graduates', '15% of the 200 graduates of 2023'],
          },
          {
            key: 'graduates-tertiary-sector',
            label: 'graduates-tertiary-sector (en)',
            value: 80,
            valueText: '80',
            detail: ['80 graduates', '40% of the 200 graduates of 2023'],
          },
          {
            key: 'placed-other',
            label: 'Placed, not broken down',
            value: 20,
            valueText: '20',
            detail: ['20 graduates', '10% of the 200 graduates of 2023'],
          },
          {
            key: 'not-placed',
            label: 'Not yet placed',
            value: 20,
            valueText: '20',
            detail: ['20 graduates', '10% of the 200 graduates of 2023'],
          },
        ],
      },
      table: {
        columns: [
          { key: 'name', label: 'Category' },
          { key: 'value', label: 'Value (graduates)', numeric: true },
          { key: 'share', label: 'Share', numeric: true },
        ],
        rows: [
          {
            key: 'graduates-further-study',
            cells: {
              name: { text: 'graduates-further-study (en)' },
              value: { text: '40', value: 40 },
              share: { text: '20%', value: 20 },
            },
          },
          {
            key: 'graduates-primary-sector',
            cells: {
              name: { text: 'graduates-primary-sector (en)' },
              value: { text: '10', value: 10 },
              share: { text: '5%', value: 5 },
            },
          },
          {
            key: 'graduates-secondary-sector',
            cells: {
              name: { text: 'graduates-secondary-sector (en)' },
              value: { text: '30', value: 30 },
              share: { text: '15%', value: 15 },
            },
          },
          {
            key: 'graduates-tertiary-sector',
            cells: {
              name: { text: 'graduates-tertiary-sector (en)' },
              value: { text: '80', value: 80 },
              share: { text: '40%', value: 40 },
            },
          },
          {
            key: 'placed-other',
            cells: {
              name: { text: 'Placed, not broken down' },
              value: { text: '20', value: 20 },
              share: { text: '10%', value: 10 },
            },
          },
          {
            key: 'not-placed',
            cells: {
              name: { text: 'Not yet placed' },
              value: { text: '20', value: 20 },
              share: { text: '10%', value: 10 },
            },
          },
        ],
      },
    });
  });
  it('表3 conditions: panels and table with units, medians and thresholds (zh)', () => {
    expect(conditionsModel(province, [], 'zh')).toEqual({
      id: 'basic-conditions',
      lang: 'zh',
      title: '办学基本条件：省中位数与合格指标（表3）',
      subtitle: '全省数据，不随学校筛选变化',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表3 · 第8页',
      notes: ['每个小图各有刻度；虚线为合格指标。'],
      file: { topic: '办学基本条件', scope: '' },
      figure: {
        kind: 'panels',
        panels: [
          {
            key: 'books',
            title: '生均图书（册/生）',
            figure: {
              kind: 'bars',
              bars: [
                { key: '2021', label: '2021年', value: 71.7, valueText: '71.7' },
                { key: '2022', label: '2022年', value: 62.96, valueText: '62.96' },
                { key: '2023', label: '2023年', value: 92.41, valueText: '92.41' },
              ],
              reference: { value: 60, label: '合格 60' },
            },
          },
        ],
      },
      table: {
        columns: [
          { key: 'indicator', label: '指标' },
          { key: 'unit', label: '单位' },
          { key: 'y2021', label: '2021年省中位数', numeric: true },
          { key: 'y2022', label: '2022年省中位数', numeric: true },
          { key: 'y2023', label: '2023年省中位数', numeric: true },
          { key: 'threshold', label: '合格指标', numeric: true },
        ],
        rows: [
          {
            key: 'books',
            cells: {
              indicator: { text: '生均图书' },
              unit: { text: '册/生' },
              y2021: { text: '71.7', value: 71.7 },
              y2022: { text: '62.96', value: 62.96 },
              y2023: { text: '92.41', value: 92.41 },
              threshold: { text: '60', value: 60 },
            },
          },
        ],
      },
    });
  });
  it('表3 conditions: panels and table with units, medians and thresholds (en)', () => {
    expect(conditionsModel(province, [], 'en')).toEqual({
      id: 'basic-conditions',
      lang: 'en',
      title: 'Basic conditions: provincial medians against the threshold (Table 3)',
      subtitle: 'Province-wide; school filters do not apply',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Table 3, p. 8',
      notes: ['Each small chart has its own scale; the dashed line is the threshold.'],
      file: { topic: 'basic conditions', scope: '' },
      figure: {
        kind: 'panels',
        panels: [
          {
            key: 'books',
            title: 'Library books per student (volumes per student)',
            figure: {
              kind: 'bars',
              bars: [
                { key: '2021', label: '2021', value: 71.7, valueText: '71.7' },
                { key: '2022', label: '2022', value: 62.96, valueText: '62.96' },
                { key: '2023', label: '2023', value: 92.41, valueText: '92.41' },
              ],
              reference: { value: 60, label: 'threshold 60' },
            },
          },
        ],
      },
      table: {
        columns: [
          { key: 'indicator', label: 'Indicator' },
          { key: 'unit', label: 'Unit' },
          { key: 'y2021', label: 'Median 2021', numeric: true },
          { key: 'y2022', label: 'Median 2022', numeric: true },
          { key: 'y2023', label: 'Median 2023', numeric: true },
          { key: 'threshold', label: 'Threshold', numeric: true },
        ],
        rows: [
          {
            key: 'books',
            cells: {
              indicator: { text: 'Library books per student' },
              unit: { text: 'volumes per student' },
              y2021: { text: '71.7', value: 71.7 },
              y2022: { text: '62.96', value: 62.96 },
              y2023: { text: '92.41', value: 92.41 },
              threshold: { text: '60', value: 60 },
            },
          },
        ],
      },
    });
  });
  it('表4 double-qualified: grouped bars by grade, senior darkest, with the total row (zh)', () => {
    expect(doubleQualifiedModel(province, [], 'zh')).toEqual({
      id: 'double-qualified',
      lang: 'zh',
      title: '认定“双师型”教师（表4）',
      subtitle: '全省数据，不随学校筛选变化',
      unit: '单位：人',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表4 · 第17页',
      notes: ['全省认定“双师型”教师共 22 人。'],
      file: { topic: '认定双师型教师', scope: '' },
      figure: {
        kind: 'grouped',
        categories: [
          { key: 'Vocational undergraduate', label: '职业本科' },
          { key: 'Higher vocational', label: '高职' },
        ],
        series: [
          { key: 'junior', label: '初级', color: '#9ecae1', values: [3, 10], valueTexts: ['3', '10'] },
          { key: 'intermediate', label: '中级', color: '#4292c6', values: [2, 5], valueTexts: ['2', '5'] },
          { key: 'senior', label: '高级', color: '#08519c', values: [1, 1], valueTexts: ['1', '1'] },
        ],
      },
      table: {
        columns: [
          { key: 'level', label: '层次' },
          { key: 'junior', label: '初级', numeric: true },
          { key: 'intermediate', label: '中级', numeric: true },
          { key: 'senior', label: '高级', numeric: true },
          { key: 'total', label: '合计', numeric: true },
        ],
        rows: [
          {
            key: 'Vocational undergraduate',
            cells: {
              level: { text: '职业本科' },
              junior: { text: '3', value: 3 },
              intermediate: { text: '2', value: 2 },
              senior: { text: '1', value: 1 },
              total: { text: '6', value: 6 },
            },
          },
          {
            key: 'Higher vocational',
            cells: {
              level: { text: '高职' },
              junior: { text: '10', value: 10 },
              intermediate: { text: '5', value: 5 },
              senior: { text: '1', value: 1 },
              total: { text: '16', value: 16 },
            },
          },
          {
            key: 'total',
            cells: {
              level: { text: '合计' },
              junior: { text: '13', value: 13 },
              intermediate: { text: '7', value: 7 },
              senior: { text: '2', value: 2 },
              total: { text: '22', value: 22 },
            },
          },
        ],
      },
    });
  });
  it('表4 double-qualified: grouped bars by grade, senior darkest, with the total row (en)', () => {
    expect(doubleQualifiedModel(province, [], 'en')).toEqual({
      id: 'double-qualified',
      lang: 'en',
      title: 'Certified “double-qualified” teachers (Table 4)',
      subtitle: 'Province-wide; school filters do not apply',
      unit: 'Unit: teachers',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Table 4, p. 17',
      notes: ['In all, 22 teachers were certified as double-qualified.'],
      file: { topic: 'certified double-qualified teachers', scope: '' },
      figure: {
        kind: 'grouped',
        categories: [
          { key: 'Vocational undergraduate', label: 'Vocational undergraduate' },
          { key: 'Higher vocational', label: 'Higher vocational' },
        ],
        series: [
          { key: 'junior', label: 'Junior', color: '#9ecae1', values: [3, 10], valueTexts: ['3', '10'] },
          { key: 'intermediate', label: 'Intermediate', color: '#4292c6', values: [2, 5], valueTexts: ['2', '5'] },
          { key: 'senior', label: 'Senior', color: '#08519c', values: [1, 1], valueTexts: ['1', '1'] },
        ],
      },
      table: {
        columns: [
          { key: 'level', label: 'Level' },
          { key: 'junior', label: 'Junior', numeric: true },
          { key: 'intermediate', label: 'Intermediate', numeric: true },
          { key: 'senior', label: 'Senior', numeric: true },
          { key: 'total', label: 'Total', numeric: true },
        ],
        rows: [
          {
            key: 'Vocational undergraduate',
            cells: {
              level: { text: 'Vocational undergraduate' },
              junior: { text: '3', value: 3 },
              intermediate: { text: '2', value: 2 },
              senior: { text: '1', value: 1 },
              total: { text: '6', value: 6 },
            },
          },
          {
            key: 'Higher vocational',
            cells: {
              level: { text: 'Higher vocational' },
              junior: { text: '10', value: 10 },
              intermediate: { text: '5', value: 5 },
              senior: { text: '1', value: 1 },
              total: { text: '16', value: 16 },
            },
          },
          {
            key: 'total',
            cells: {
              level: { text: 'Total' },
              junior: { text: '13', value: 13 },
              intermediate: { text: '7', value: 7 },
              senior: { text: '2', value: 2 },
              total: { text: '22', value: 22 },
            },
          },
        ],
      },
    });
  });
  it('表7 training: groups with shares of the total attendances (zh)', () => {
    expect(trainingModel(province, [], 'zh')).toEqual({
      id: 'training',
      lang: 'zh',
      title: '非学历培训人次（表7）',
      subtitle: '全省数据，不随学校筛选变化',
      unit: '单位：人次',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表7 · 第31页',
      notes: [],
      file: { topic: '非学历培训人次', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'enterprise-staff',
            label: '企业职工',
            value: 300,
            valueText: '300',
            detail: ['300 人次', '占培训总计 400 人次的 75%'],
          },
          {
            key: 'other',
            label: '其他',
            value: 100,
            valueText: '100',
            detail: ['100 人次', '占培训总计 400 人次的 25%'],
          },
        ],
      },
      table: {
        columns: [
          { key: 'name', label: '组别' },
          { key: 'value', label: '数值（人次）', numeric: true },
          { key: 'share', label: '占比', numeric: true },
        ],
        rows: [
          {
            key: 'enterprise-staff',
            cells: {
              name: { text: '企业职工' },
              value: { text: '300', value: 300 },
              share: { text: '75%', value: 75 },
            },
          },
          {
            key: 'other',
            cells: { name: { text: '其他' }, value: { text: '100', value: 100 }, share: { text: '25%', value: 25 } },
          },
        ],
      },
    });
  });
  it('表7 training: groups with shares of the total attendances (en)', () => {
    expect(trainingModel(province, [], 'en')).toEqual({
      id: 'training',
      lang: 'en',
      title: 'Non-degree training attendances (Table 7)',
      subtitle: 'Province-wide; school filters do not apply',
      unit: 'Unit: attendances',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Table 7, p. 31',
      notes: [],
      file: { topic: 'non-degree training attendances', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'enterprise-staff',
            label: 'Enterprise employees',
            value: 300,
            valueText: '300',
            detail: ['300 attendances', '75% of the 400 attendances in all'],
          },
          {
            key: 'other',
            label: 'Others',
            value: 100,
            valueText: '100',
            detail: ['100 attendances', '25% of the 400 attendances in all'],
          },
        ],
      },
      table: {
        columns: [
          { key: 'name', label: 'Group' },
          { key: 'value', label: 'Value (attendances)', numeric: true },
          { key: 'share', label: 'Share', numeric: true },
        ],
        rows: [
          {
            key: 'enterprise-staff',
            cells: {
              name: { text: 'Enterprise employees' },
              value: { text: '300', value: 300 },
              share: { text: '75%', value: 75 },
            },
          },
          {
            key: 'other',
            cells: { name: { text: 'Others' }, value: { text: '100', value: 100 }, share: { text: '25%', value: 25 } },
          },
        ],
      },
    });
  });
  it('图1 and 图2 under a filter: every chart’s words, bars, shares of the view and of the province (zh)', () => {
    expect(compositionModels(filteredLanzhou('zh'))).toEqual([
      {
        id: 'by-tier',
        lang: 'zh',
        title: '按办学层次（图1）',
        subtitle: 'S',
        unit: '单位：所',
        source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表1 · 第3页、图1 · 第4页',
        notes: [],
        file: { topic: '学校数按办学层次', scope: 'L' },
        figure: {
          kind: 'bars',
          bars: [
            {
              key: 'junior-college',
              label: '专科层次',
              value: 2,
              valueText: '2',
              detail: ['2 所', '占所显示学校（3 所）的 66.7%', '占全省 4 所的 50%'],
            },
            {
              key: 'undergraduate',
              label: '本科层次',
              value: 1,
              valueText: '1',
              detail: ['1 所', '占所显示学校（3 所）的 33.3%', '占全省 4 所的 25%'],
            },
          ],
        },
        table: {
          columns: [
            { key: 'name', label: '类别' },
            { key: 'value', label: '学校数', numeric: true },
            { key: 'share', label: '占所显示学校', numeric: true },
          ],
          rows: [
            {
              key: 'junior-college',
              cells: {
                name: { text: '专科层次' },
                value: { text: '2', value: 2 },
                share: { text: '66.7%', value: 66.7 },
              },
            },
            {
              key: 'undergraduate',
              cells: {
                name: { text: '本科层次' },
                value: { text: '1', value: 1 },
                share: { text: '33.3%', value: 33.3 },
              },
            },
          ],
        },
      },
      {
        id: 'by-ownership',
        lang: 'zh',
        title: '按办学属性（图1）',
        subtitle: 'S',
        unit: '单位：所',
        source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表1 · 第3页、图1 · 第4页',
        notes: [],
        file: { topic: '学校数按办学属性', scope: 'L' },
        figure: {
          kind: 'bars',
          bars: [
            {
              key: 'public',
              label: '公办',
              value: 2,
              valueText: '2',
              detail: ['2 所', '占所显示学校（3 所）的 66.7%', '占全省 4 所的 50%'],
            },
            {
              key: 'private',
              label: '民办',
              value: 1,
              valueText: '1',
              detail: ['1 所', '占所显示学校（3 所）的 33.3%', '占全省 4 所的 25%'],
            },
          ],
        },
        table: {
          columns: [
            { key: 'name', label: '类别' },
            { key: 'value', label: '学校数', numeric: true },
            { key: 'share', label: '占所显示学校', numeric: true },
          ],
          rows: [
            {
              key: 'public',
              cells: { name: { text: '公办' }, value: { text: '2', value: 2 }, share: { text: '66.7%', value: 66.7 } },
            },
            {
              key: 'private',
              cells: { name: { text: '民办' }, value: { text: '1', value: 1 }, share: { text: '33.3%', value: 33.3 } },
            },
          ],
        },
      },
      {
        id: 'by-type',
        lang: 'zh',
        title: '按学校类型（图1）',
        subtitle: 'S',
        unit: '单位：所',
        source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表1 · 第3页、图1 · 第4页',
        notes: [],
        file: { topic: '学校数按学校类型', scope: 'L' },
        figure: {
          kind: 'bars',
          bars: [
            {
              key: 'comprehensive',
              label: 'comprehensive',
              value: 1,
              valueText: '1',
              detail: ['1 所', '占所显示学校（3 所）的 33.3%', '占全省 4 所的 25%'],
            },
            {
              key: 'languages',
              label: 'languages',
              value: 1,
              valueText: '1',
              detail: ['1 所', '占所显示学校（3 所）的 33.3%', '占全省 4 所的 25%'],
            },
            {
              key: 'science-engineering',
              label: 'science-engineering',
              value: 1,
              valueText: '1',
              detail: ['1 所', '占所显示学校（3 所）的 33.3%', '占全省 4 所的 25%'],
            },
          ],
        },
        table: {
          columns: [
            { key: 'name', label: '类别' },
            { key: 'value', label: '学校数', numeric: true },
            { key: 'share', label: '占所显示学校', numeric: true },
          ],
          rows: [
            {
              key: 'comprehensive',
              cells: {
                name: { text: 'comprehensive' },
                value: { text: '1', value: 1 },
                share: { text: '33.3%', value: 33.3 },
              },
            },
            {
              key: 'languages',
              cells: {
                name: { text: 'languages' },
                value: { text: '1', value: 1 },
                share: { text: '33.3%', value: 33.3 },
              },
            },
            {
              key: 'science-engineering',
              cells: {
                name: { text: 'science-engineering' },
                value: { text: '1', value: 1 },
                share: { text: '33.3%', value: 33.3 },
              },
            },
          ],
        },
      },
      {
        id: 'by-prefecture',
        lang: 'zh',
        title: '按市（州）（图2）',
        subtitle: 'S',
        unit: '单位：所',
        source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表1 · 第3页、图2 · 第4页',
        notes: [],
        file: { topic: '学校数按市州', scope: 'L' },
        figure: {
          kind: 'bars',
          bars: [
            {
              key: 'lanzhou',
              label: '兰州市',
              value: 3,
              valueText: '3',
              detail: ['3 所', '占所显示学校（3 所）的 100%', '占全省 4 所的 75%'],
            },
            {
              key: 'gannan',
              label: '甘南州',
              value: 0,
              valueText: '0',
              detail: ['0 所', '占所显示学校（3 所）的 0%', '占全省 4 所的 0%'],
            },
            {
              key: 'jiuquan',
              label: '酒泉市',
              value: 0,
              valueText: '0',
              detail: ['0 所', '占所显示学校（3 所）的 0%', '占全省 4 所的 0%'],
            },
          ],
        },
        table: {
          columns: [
            { key: 'name', label: '市（州）' },
            { key: 'value', label: '学校数', numeric: true },
            { key: 'share', label: '占所显示学校', numeric: true },
          ],
          rows: [
            {
              key: 'lanzhou',
              cells: { name: { text: '兰州市' }, value: { text: '3', value: 3 }, share: { text: '100%', value: 100 } },
            },
            {
              key: 'gannan',
              cells: { name: { text: '甘南州' }, value: { text: '0', value: 0 }, share: { text: '0%', value: 0 } },
            },
            {
              key: 'jiuquan',
              cells: { name: { text: '酒泉市' }, value: { text: '0', value: 0 }, share: { text: '0%', value: 0 } },
            },
          ],
        },
      },
    ]);
  });
  it('图1 and 图2 under a filter: every chart’s words, bars, shares of the view and of the province (en)', () => {
    expect(compositionModels(filteredLanzhou('en'))).toEqual([
      {
        id: 'by-tier',
        lang: 'en',
        title: 'Schools by level (Figure 1)',
        subtitle: 'S',
        unit: 'Unit: schools',
        source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Table 1, p. 3; Figure 1, p. 4',
        notes: [],
        file: { topic: 'schools by level', scope: 'L' },
        figure: {
          kind: 'bars',
          bars: [
            {
              key: 'junior-college',
              label: 'Junior-college level',
              value: 2,
              valueText: '2',
              detail: ['2 schools', '66.7% of the schools in view (3 schools)', '50% of the province’s 4 schools'],
            },
            {
              key: 'undergraduate',
              label: 'Undergraduate level',
              value: 1,
              valueText: '1',
              detail: ['1 school', '33.3% of the schools in view (3 schools)', '25% of the province’s 4 schools'],
            },
          ],
        },
        table: {
          columns: [
            { key: 'name', label: 'Category' },
            { key: 'value', label: 'Schools', numeric: true },
            { key: 'share', label: 'Share of the schools in view', numeric: true },
          ],
          rows: [
            {
              key: 'junior-college',
              cells: {
                name: { text: 'Junior-college level' },
                value: { text: '2', value: 2 },
                share: { text: '66.7%', value: 66.7 },
              },
            },
            {
              key: 'undergraduate',
              cells: {
                name: { text: 'Undergraduate level' },
                value: { text: '1', value: 1 },
                share: { text: '33.3%', value: 33.3 },
              },
            },
          ],
        },
      },
      {
        id: 'by-ownership',
        lang: 'en',
        title: 'Schools by ownership (Figure 1)',
        subtitle: 'S',
        unit: 'Unit: schools',
        source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Table 1, p. 3; Figure 1, p. 4',
        notes: [],
        file: { topic: 'schools by ownership', scope: 'L' },
        figure: {
          kind: 'bars',
          bars: [
            {
              key: 'public',
              label: 'Public',
              value: 2,
              valueText: '2',
              detail: ['2 schools', '66.7% of the schools in view (3 schools)', '50% of the province’s 4 schools'],
            },
            {
              key: 'private',
              label: 'Private',
              value: 1,
              valueText: '1',
              detail: ['1 school', '33.3% of the schools in view (3 schools)', '25% of the province’s 4 schools'],
            },
          ],
        },
        table: {
          columns: [
            { key: 'name', label: 'Category' },
            { key: 'value', label: 'Schools', numeric: true },
            { key: 'share', label: 'Share of the schools in view', numeric: true },
          ],
          rows: [
            {
              key: 'public',
              cells: {
                name: { text: 'Public' },
                value: { text: '2', value: 2 },
                share: { text: '66.7%', value: 66.7 },
              },
            },
            {
              key: 'private',
              cells: {
                name: { text: 'Private' },
                value: { text: '1', value: 1 },
                share: { text: '33.3%', value: 33.3 },
              },
            },
          ],
        },
      },
      {
        id: 'by-type',
        lang: 'en',
        title: 'Schools by type (Figure 1)',
        subtitle: 'S',
        unit: 'Unit: schools',
        source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Table 1, p. 3; Figure 1, p. 4',
        notes: [],
        file: { topic: 'schools by type', scope: 'L' },
        figure: {
          kind: 'bars',
          bars: [
            {
              key: 'comprehensive',
              label: 'comprehensive',
              value: 1,
              valueText: '1',
              detail: ['1 school', '33.3% of the schools in view (3 schools)', '25% of the province’s 4 schools'],
            },
            {
              key: 'languages',
              label: 'languages',
              value: 1,
              valueText: '1',
              detail: ['1 school', '33.3% of the schools in view (3 schools)', '25% of the province’s 4 schools'],
            },
            {
              key: 'science-engineering',
              label: 'science-engineering',
              value: 1,
              valueText: '1',
              detail: ['1 school', '33.3% of the schools in view (3 schools)', '25% of the province’s 4 schools'],
            },
          ],
        },
        table: {
          columns: [
            { key: 'name', label: 'Category' },
            { key: 'value', label: 'Schools', numeric: true },
            { key: 'share', label: 'Share of the schools in view', numeric: true },
          ],
          rows: [
            {
              key: 'comprehensive',
              cells: {
                name: { text: 'comprehensive' },
                value: { text: '1', value: 1 },
                share: { text: '33.3%', value: 33.3 },
              },
            },
            {
              key: 'languages',
              cells: {
                name: { text: 'languages' },
                value: { text: '1', value: 1 },
                share: { text: '33.3%', value: 33.3 },
              },
            },
            {
              key: 'science-engineering',
              cells: {
                name: { text: 'science-engineering' },
                value: { text: '1', value: 1 },
                share: { text: '33.3%', value: 33.3 },
              },
            },
          ],
        },
      },
      {
        id: 'by-prefecture',
        lang: 'en',
        title: 'Schools by prefecture (Figure 2)',
        subtitle: 'S',
        unit: 'Unit: schools',
        source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Table 1, p. 3; Figure 2, p. 4',
        notes: [],
        file: { topic: 'schools by prefecture', scope: 'L' },
        figure: {
          kind: 'bars',
          bars: [
            {
              key: 'lanzhou',
              label: 'Lanzhou',
              value: 3,
              valueText: '3',
              detail: ['3 schools', '100% of the schools in view (3 schools)', '75% of the province’s 4 schools'],
            },
            {
              key: 'gannan',
              label: 'Gannan',
              value: 0,
              valueText: '0',
              detail: ['0 schools', '0% of the schools in view (3 schools)', '0% of the province’s 4 schools'],
            },
            {
              key: 'jiuquan',
              label: 'Jiuquan',
              value: 0,
              valueText: '0',
              detail: ['0 schools', '0% of the schools in view (3 schools)', '0% of the province’s 4 schools'],
            },
          ],
        },
        table: {
          columns: [
            { key: 'name', label: 'Prefecture' },
            { key: 'value', label: 'Schools', numeric: true },
            { key: 'share', label: 'Share of the schools in view', numeric: true },
          ],
          rows: [
            {
              key: 'lanzhou',
              cells: { name: { text: 'Lanzhou' }, value: { text: '3', value: 3 }, share: { text: '100%', value: 100 } },
            },
            {
              key: 'gannan',
              cells: { name: { text: 'Gannan' }, value: { text: '0', value: 0 }, share: { text: '0%', value: 0 } },
            },
            {
              key: 'jiuquan',
              cells: { name: { text: 'Jiuquan' }, value: { text: '0', value: 0 }, share: { text: '0%', value: 0 } },
            },
          ],
        },
      },
    ]);
  });
  it('表3 gives each row’s data-note key', () => {
    expect(conditionNoteKeys(province)).toEqual(['basic:books']);
  });
  it('图1 without a filter adds no second share of the province (en)', () => {
    const models = compositionModels({ ...filteredLanzhou('en'), inView: schools, filtered: false });
    const tier = models[0]!;
    expect(tier.table.columns.map((c) => c.label)).toEqual(['Category', 'Schools', 'Share of the province']);
    expect(tier.figure.kind === 'bars' ? tier.figure.bars.map((b) => b.detail) : null).toEqual([
      ['3 schools', '75% of the province’s 4 schools'],
      ['1 school', '25% of the province’s 4 schools'],
    ]);
  });
});
