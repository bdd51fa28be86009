import type { Dictionary } from '@/lib/i18n';

/**
 * The report charts' words in both languages. No figure of the data is written here: counts,
 * totals and bases come in as params, so a corrected dataset cannot leave a stale number on screen.
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

  // Per-school charts (表2, 表6, 表16)
  perSchool: { zh: '各校{metric}', en: '{metric} by school' },
  onlineResources: { zh: '各校{metric}（表6）', en: '{metric} by school (Table 6)' },
  newMajors: { zh: '各校2023年新增专业数（表16）', en: 'New majors in 2023 by school (Table 16)' },
  newMajorsFile: { zh: '各校新增专业数', en: 'new majors by school' },
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
  compareColumn: { zh: '对比', en: 'Compare' },
  compareLabel: { zh: '加入对比：{name}', en: 'Compare: {name}' },
  compareOff: { zh: '+', en: '+' },
  compareOn: { zh: '✓', en: '✓' },
  compareFull: { zh: '最多对比 {max} 所学校', en: 'At most {max} schools can be compared' },

  // Shares and ranks, each saying what it is of
  shareOfProvince: { zh: '占全省 {total}的 {share}', en: '{share} of the province’s {total}' },
  shareOfView: { zh: '占所显示学校（{total}）的 {share}', en: '{share} of the schools in view ({total})' },
  shareOf: { zh: '占{base}的 {share}', en: '{share} of {base}' },
  provinceWide: { zh: '全省数据，不随学校筛选变化', en: 'Province-wide; school filters do not apply' },

  // Table columns
  colSchool: { zh: '学校', en: 'School' },
  colValue: { zh: '{label}（{unit}）', en: '{label} ({unit})' },
  colAmount: { zh: '数值（{unit}）', en: 'Value ({unit})' },
  colShareProvince: { zh: '占全省', en: 'Share of the province' },
  colShareView: { zh: '占所显示学校', en: 'Share of the schools in view' },
  colShare: { zh: '占比', en: 'Share' },
  colRankProvince: { zh: '全省排名', en: 'Rank in the province' },
  colCategory: { zh: '类别', en: 'Category' },
  colPrefecture: { zh: '市（州）', en: 'Prefecture' },
  colSchools: { zh: '学校数', en: 'Schools' },
  colIndicator: { zh: '指标', en: 'Indicator' },
  colUnit: { zh: '单位', en: 'Unit' },
  colMedian: { zh: '{year}年省中位数', en: 'Median {year}' },
  colThreshold: { zh: '合格指标', en: 'Threshold' },
  colLevel: { zh: '层次', en: 'Level' },
  colTotal: { zh: '合计', en: 'Total' },
  colGroup: { zh: '组别', en: 'Group' },
  colEntries: { zh: '条目数', en: 'Entries' },

  // Units
  unitSchools: { zh: '所', en: 'schools', enOne: 'school' },
  unitGraduates: { zh: '人', en: 'graduates', enOne: 'graduate' },
  unitTeachers: { zh: '人', en: 'teachers', enOne: 'teacher' },
  unitAttendances: { zh: '人次', en: 'attendances', enOne: 'attendance' },
  unitPrizes: { zh: '项（省赛）/ 组（国赛）', en: 'prizes (provincial) or teams (national)' },
  unitEntries: { zh: '条', en: 'entries', enOne: 'entry' },

  // 图1, 图2: composition of the schools in view
  byTier: { zh: '按办学层次（图1）', en: 'Schools by level (Figure 1)' },
  byOwnership: { zh: '按办学属性（图1）', en: 'Schools by ownership (Figure 1)' },
  byType: { zh: '按学校类型（图1）', en: 'Schools by type (Figure 1)' },
  byPrefecture: { zh: '按市（州）（图2）', en: 'Schools by prefecture (Figure 2)' },
  byTierFile: { zh: '学校数按办学层次', en: 'schools by level' },
  byOwnershipFile: { zh: '学校数按办学属性', en: 'schools by ownership' },
  byTypeFile: { zh: '学校数按学校类型', en: 'schools by type' },
  byPrefectureFile: { zh: '学校数按市州', en: 'schools by prefecture' },

  // §1.2.2, 图3
  admissionSources: { zh: '2023年在校生来源结构（§1.2.2）', en: 'Where the 2023 students came from (§1.2.2)' },
  admissionSourcesFile: { zh: '在校生来源结构', en: 'where students came from' },
  destinations: { zh: '2023届毕业生去向（图3）', en: 'Destinations of the class of 2023 (Figure 3)' },
  destinationsFile: { zh: '毕业生去向', en: 'graduate destinations' },
  destinationsBase: { zh: '2023届毕业生 {count} 人', en: 'the {count} graduates of 2023' },
  destinationsNote: {
    zh: '报告只细分了已落实去向者的一部分：“已落实，报告未细分”与“尚未落实去向”由报告的数字相减得出。',
    en: 'The report breaks down only part of the placed graduates: “placed, not broken down” and “not yet placed” are differences of its figures.',
  },
  placedOther: { zh: '已落实，报告未细分', en: 'Placed, not broken down' },
  notPlaced: { zh: '尚未落实去向', en: 'Not yet placed' },

  // 表3
  conditions: {
    zh: '办学基本条件：省中位数与合格指标（表3）',
    en: 'Basic conditions: provincial medians against the threshold (Table 3)',
  },
  conditionsFile: { zh: '办学基本条件', en: 'basic conditions' },
  conditionsNote: {
    zh: '每个小图各有刻度；虚线为合格指标。',
    en: 'Each small chart has its own scale; the dashed line is the threshold.',
  },
  panelTitle: { zh: '{label}（{unit}）', en: '{label} ({unit})' },
  threshold: { zh: '合格 {value}', en: 'threshold {value}' },
  yearBar: { zh: '{year}年', en: '{year}' },

  // 表4, 表7
  doubleQualified: { zh: '认定“双师型”教师（表4）', en: 'Certified “double-qualified” teachers (Table 4)' },
  doubleQualifiedFile: { zh: '认定双师型教师', en: 'certified double-qualified teachers' },
  doubleQualifiedTotal: {
    zh: '全省认定“双师型”教师共 {count} 人。',
    en: 'In all, {count} teachers were certified as double-qualified.',
  },
  junior: { zh: '初级', en: 'Junior' },
  intermediate: { zh: '中级', en: 'Intermediate' },
  senior: { zh: '高级', en: 'Senior' },
  training: { zh: '非学历培训人次（表7）', en: 'Non-degree training attendances (Table 7)' },
  trainingFile: { zh: '非学历培训人次', en: 'non-degree training attendances' },
  trainingBase: { zh: '培训总计 {count} 人次', en: 'the {count} attendances in all' },

  // §2.5, 表8–表11
  contests: { zh: '职业院校技能大赛获奖（§2.5）', en: 'Vocational skills competition prizes (§2.5)' },
  contestsFile: { zh: '技能大赛获奖', en: 'skills competition prizes' },
  provincialStudents: { zh: '省赛·高职学生组', en: 'Provincial, student group' },
  provincialTeachers: { zh: '省赛·高职教师组', en: 'Provincial, teacher group' },
  nationalAll: { zh: '国赛·全部赛项', en: 'National, all events' },
  firstPrize: { zh: '一等奖', en: 'First prizes' },
  secondPrize: { zh: '二等奖', en: 'Second prizes' },
  thirdPrize: { zh: '三等奖', en: 'Third prizes' },
  contestsNote: {
    zh: '省赛按获奖项数计，国赛按获奖组数计。',
    en: 'Provincial prizes are counted by award, national prizes by team.',
  },
  recognitions: { zh: '{list}：按市（州）', en: '{list}: by prefecture' },
  recognitionsFile: { zh: '{list}按市州', en: '{list} by prefecture' },
  recognitionsPicker: { zh: '名单', en: 'List' },
  recognitionsSchools: { zh: '高校', en: 'Schools' },
  recognitionsBase: { zh: '名单全部 {count} 条', en: 'all {count} entries of the list' },
} satisfies Dictionary;

export type ChartsMessage = keyof typeof chartsMessages;
