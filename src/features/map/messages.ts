export const mapMessages = {
  title: { zh: '各市（州）分布', en: 'By prefecture' },
  viewTitle: { zh: '各市（州）分布：{metric}', en: 'By prefecture: {metric}' },
  mapWord: { zh: '地图', en: 'map' },
  colourBy: { zh: '着色指标', en: 'Colour by' },
  metricOption: { zh: '{label}（{source}）', en: '{label} ({source})' },
  mapLabel: { zh: '甘肃省各市（州）地图：{metric}', en: 'Map of Gansu prefectures: {metric}' },
  staticMapLabel: { zh: '甘肃省各市（州）示意图：{metric}', en: 'Schematic map of Gansu prefectures: {metric}' },
  prefectureLabel: { zh: '{name}：{details}', en: '{name}: {details}' },
  detailsJoin: { zh: '{first}，{rest}', en: '{first}, {rest}' },
  value: { zh: '{value} {unit}', en: '{value} {unit}' },
  noSchool: { zh: '无高职院校', en: 'No higher vocational school' },
  noSchoolFiltered: { zh: '筛选后无学校', en: 'No school under the filters' },
  notReported: { zh: '未报告', en: 'Not reported' },
  schoolsHere: { zh: '学校：{list}', en: 'Schools: {list}' },
  // Standings among prefectures, ties said as ties (src/data/derive/standing.ts).
  standingPlace: {
    zh: '{scope}第 {rank} 名（共 {of} 个有数据的市州）',
    en: '#{rank} of {of} prefectures with data{scope}',
  },
  standingTied: {
    zh: '{scope}并列第 {rank} 名（{tied} 个市州并列，共 {of} 个有数据的市州）',
    en: 'joint #{rank} of {of} prefectures with data, {tied} tied{scope}',
  },
  standingMostShare: {
    zh: '{scope}{tied} 个市州均为 {value}（共 {of} 个有数据的市州）',
    en: '{tied} of {of} prefectures with data at {value}{scope}',
  },
  standingScopeView: { zh: '按所显示学校，', en: ', over the schools in view' },
  // Shares say what they are shares of.
  shareOfProvince: { zh: '占全省 {share}（全省合计 {total}）', en: '{share} of the province ({total} in all)' },
  shareOfList: {
    zh: '占全省名单 {share}（名单共 {total}）',
    en: '{share} of the province’s list ({total} in all)',
  },
  shareOfView: {
    zh: '占所显示学校 {share}（所显示学校合计 {total}）',
    en: '{share} of the schools in view ({total} in all)',
  },
  legendTitle: { zh: '图例（{unit}）', en: 'Legend ({unit})' },
  schematic: {
    zh: '示意图，非标准地图。边界：{source}，许可：{licence}。学校标记只示意所在市（州）：报告只给出办学地点所在城市，标记在市州内部互不重叠地排列，不代表实际校址。',
    en: 'Schematic map, not a standard map. Boundaries: {source}, licence {licence}. School markers only show the prefecture: the report gives the city, so markers are laid out inside it without overlapping and are not actual campus locations.',
  },
  listScope: {
    zh: '该指标来自报告名单（{source}），按市（州）计数，不随学校筛选变化。',
    en: 'From the report’s list ({source}), counted by prefecture; school filters do not apply.',
  },
  markersLegend: {
    zh: '圆点：学校（面积表示在校生人数；深色为本科层次，浅色为专科层次）',
    en: 'Dots: schools (area = students; dark = undergraduate level, light = junior-college level)',
  },
  schoolMarker: {
    zh: '{name}，在校生 {students}。按回车查看概况或加入对比',
    en: '{name}, {students}. Press Enter to open its profile or compare it',
  },
  schoolTooltip: { zh: '{name}：在校生 {students}', en: '{name}: {students}' },
  studentsValue: { zh: '{value} 人', en: '{value} students', enOne: '{value} student' },
  selectHint: {
    zh: '点击（或按回车）市（州）即按其筛选并放大，再次点击或按 Esc 取消；点击学校圆点查看概况或加入对比。在手机上用双指移动、缩放地图。',
    en: 'Click or press Enter on a prefecture to filter by it and zoom in; click again or press Esc to clear. Click a school’s dot to open its profile or compare it. On a phone, move and zoom the map with two fingers.',
  },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  twoFingers: { zh: '用双指移动、缩放地图', en: 'Use two fingers to move the map' },
  // The school's popup: its profile, or the comparison.
  openProfile: { zh: '查看学校概况', en: 'Open profile' },
  addToComparison: { zh: '加入对比', en: 'Add to comparison' },
  removeFromComparison: { zh: '移出对比', en: 'Remove from comparison' },
  comparisonFull: {
    zh: '对比已满（最多 {count} 所）',
    en: 'Comparison full ({count} schools at most)',
  },
  closePopup: { zh: '关闭', en: 'Close' },
  tablePrefecture: { zh: '市（州）', en: 'Prefecture' },
  tableValue: { zh: '{metric}（{unit}）', en: '{metric} ({unit})' },
  tableShare: { zh: '占全省（合计 {total}）', en: 'Share of the province ({total})' },
  tableShareList: { zh: '占全省名单（共 {total}）', en: 'Share of the province’s list ({total})' },
  tableShareView: {
    zh: '占所显示学校（合计 {total}）',
    en: 'Share of the schools in view ({total})',
  },
  tableRank: { zh: '排名（共 {of} 个有数据的市州）', en: 'Rank (of {of} prefectures with data)' },
  tableRankView: {
    zh: '排名（按所显示学校，共 {of} 个有数据的市州）',
    en: 'Rank over the schools in view (of {of} with data)',
  },
  rankCellTied: { zh: '并列 {rank}（{tied} 个）', en: 'joint {rank} ({tied} tied)' },
  tableSchools: { zh: '学校数', en: 'Schools' },
};

export type MapMessage = keyof typeof mapMessages;
