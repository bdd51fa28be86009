export const exportMessages = {
  title: { zh: '导出与演示文稿', en: 'Export and presentation pack' },
  packIntro: {
    zh: '勾选要放入演示文稿的视图，生成一个 16:9 PPTX：每个视图一页，标题为可编辑文字，来源写在备注中。',
    en: 'Choose views for a 16:9 PPTX: one slide per view, the title as editable text, the source in the notes.',
  },
  packButton: { zh: '生成 PPTX（{count} 页）', en: 'Make PPTX ({count} slides)' },
  packBusy: { zh: '正在生成第 {done}/{count} 页…', en: 'Making slide {done} of {count}…' },
  packDone: { zh: '已生成 {count} 页。', en: '{count} slides made.' },
  packFailed: { zh: '生成失败：{reason}', en: 'Could not make the pack: {reason}' },
  noViews: { zh: '当前没有可导出的视图。', en: 'No view to export yet.' },
  allData: { zh: '全部学校的全部指标（不受筛选影响）', en: 'Every figure for every school (filters ignored)' },
  allDataCsv: { zh: '导出全部学校数据 CSV', en: 'Export all school data as CSV' },
  allDataXlsx: { zh: '导出全部学校数据 XLSX（Excel）', en: 'Export all school data as XLSX (Excel)' },
  school: { zh: '学校', en: 'School' },
  prefecture: { zh: '市（州）', en: 'Prefecture' },
  allDataTitle: { zh: '甘肃省高等职业院校分校数据', en: 'Gansu higher vocational schools: per-school figures' },
  allDataSource: {
    zh: '来源：《甘肃省高等职业教育质量年度报告（2023）》表1、表2、表6、表16；空白为报告未列出（未报告）',
    en: 'Source: Gansu HVE Quality Report (2023), tables 1, 2, 6, 16; blank = not reported',
  },
};
