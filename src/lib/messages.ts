/** Every label of the interface, in 简体中文 and English. */
export const messages = {
  appTitle: { zh: '甘肃省高等职业教育质量年度报告（2023）数据看板', en: 'Gansu Higher Vocational Education Quality Report (2023): Dashboard' },
  appSource: {
    zh: '数据来源：甘肃省教育厅《甘肃省高等职业教育质量年度报告（2023）》，2024年2月',
    en: 'Source: Gansu Provincial Department of Education, Gansu Higher Vocational Education Quality Annual Report (2023), February 2024',
  },
  switchLanguage: { zh: 'English', en: '简体中文' },
  switchLanguageLabel: { zh: 'Switch to English', en: '切换到简体中文' },
  headlineTitle: { zh: '全省概况', en: 'Province at a glance' },
  loading: { zh: '正在加载{what}…', en: 'Loading {what}…' },
  datasetFailed: { zh: '数据文件 {file} 无法使用：{problem}', en: 'Data file {file} cannot be used: {problem}' },
  problemMissing: { zh: '文件不存在（HTTP {status}）', en: 'file not found (HTTP {status})' },
  problemUnreachable: { zh: '无法读取（{detail}）', en: 'could not be fetched ({detail})' },
  problemNotJson: { zh: '不是有效的 JSON（{detail}）', en: 'not valid JSON ({detail})' },
  problemInvalid: { zh: '字段 {path} 不符合要求：{detail}', en: 'field {path}: {detail}' },
  source: { zh: '来源：{source}', en: 'Source: {source}' },
  base: { zh: '基数：{base}', en: 'Base: {base}' },
  roughly: { zh: '约 {value}', en: 'about {value}' },
  notReported: { zh: '未报告', en: 'not reported' },
  dataNoteMark: { zh: '此数字在报告中有不一致之处，见数据说明 {id}', en: 'The report is inconsistent about this figure: see data note {id}' },
  dataNotesTitle: { zh: '数据说明：报告中的不一致之处', en: 'Data notes: where the report contradicts itself' },
  schools: { zh: '所', en: 'schools' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof messages;
