import type { Dictionary } from '@/lib/i18n';

/**
 * The report charts' words for the panel and its per-school charts, in both languages; the other
 * tabs' words are in province-messages.ts, loaded with them. No figure of the data is written here:
 * counts, totals and bases come in as params, so a corrected dataset cannot leave a stale number.
 */
export const chartsMessages = {
  title: { zh: '报告图表', en: 'Report charts' },
  tabs: { zh: '图表分组', en: 'Chart groups' },
  tabSchools: { zh: '分校规模', en: 'Schools' },
  tabComposition: { zh: '构成与分布', en: 'Composition' },
  tabStudents: { zh: '生源与去向', en: 'Intake & destinations' },
  tabConditions: { zh: '办学条件', en: 'Basic conditions' },
  tabTeachers: { zh: '师资与培训', en: 'Teachers & training' },
  tabResources: { zh: '资源与专业', en: 'Resources & majors' },
  tabContests: { zh: '大赛与终身学习', en: 'Contests & lifelong learning' },
  perSchool: { zh: '各校{metric}', en: '{metric} by school' },
  onlineResources: { zh: '各校{metric}（表6）', en: '{metric} by school (Table 6)' },
  newMajors: { zh: '各校2023年新增专业数（表16）', en: 'New majors in 2023 by school (Table 16)' },
  sortBy: { zh: '指标（按此排序）', en: 'Measure (sorted by it)' },
  showAll: { zh: '显示全部 {count} 所', en: 'Show all {count}', enOne: 'Show the {count}' },
  showTop: { zh: '只显示前 {count} 名', en: 'Show the top {count}' },
  restNote: {
    zh: '另有 {count} 所学校合计 {value}（点击“显示全部”逐一查看）。',
    en: '{count} more schools together: {value} (“Show all” lists them).',
    enOne: '{count} more school: {value} (“Show all” lists it).',
  },
  restNoteFile: {
    zh: '另有 {count} 所学校合计 {value}，图中未逐一画出；数据表列出全部学校。',
    en: '{count} more schools, together {value}, are not drawn one by one; the data table lists every school.',
    enOne: '{count} more school, {value}, is not drawn; the data table lists every school.',
  },
  restNoneReported: { zh: '均未报告', en: 'none reported' },
  notReportedNote: {
    zh: '{count} 所学校在该表中没有数据，显示为“未报告”',
    en: '{count} schools have no row in this table and read “not reported”',
    enOne: '{count} school has no row in this table and reads “not reported”',
  },
  clickHint: {
    zh: '点击条形查看学校概况；点击 ＋ 把学校加入对比（最多 {max} 所）；悬停时在地图上高亮。',
    en: 'Click a bar to open the school’s profile; + adds it to the comparison (up to {max}); hovering highlights it on the map.',
  },
  barLabel: { zh: '{name} {value}，查看学校概况', en: '{name} {value}: open the school’s profile' },
  compareLabel: { zh: '加入对比：{name}', en: 'Compare: {name}' },
  compareOff: { zh: '+', en: '+' },
  compareOn: { zh: '✓', en: '✓' },
  compareFull: { zh: '最多对比 {max} 所学校', en: 'At most {max} schools can be compared' },
  shareOfProvince: { zh: '占全省 {total}的 {share}', en: '{share} of the province’s {total}' },
  colSchool: { zh: '学校', en: 'School' },
  colValue: { zh: '{label}（{unit}）', en: '{label} ({unit})' },
  colShareProvince: { zh: '占全省', en: 'Share of the province' },
  colRankProvince: { zh: '全省排名', en: 'Rank in the province' },
} satisfies Dictionary;

export type ChartsMessage = keyof typeof chartsMessages;
