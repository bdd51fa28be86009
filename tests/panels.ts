/** The dashboard's panels by their headings (as the page names its regions), for the unit and browser tests. */
export const PANELS = [
  '全省概况',
  '各市（州）分布',
  '报告图表',
  '学校对比',
  '计分卡（附表1—附表6）',
  '导出与演示文稿',
  '数据说明：报告中的不一致之处',
];
