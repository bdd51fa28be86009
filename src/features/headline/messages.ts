export const headlineMessages = {
  roughly: { zh: '约 {value}', en: 'about {value}' },
  roughlyYuan: { zh: '约 {value}元', en: 'about {value} yuan' },
  fullYuan: { zh: '{value} 元', en: '{value} yuan' },
  schoolTotals: { zh: '学校与学生', en: 'Schools and students' },
  provinceWide: { zh: '全省指标', en: 'Province-wide figures' },
  notFiltered: { zh: '（全省数据，不随筛选变化）', en: '(province-wide; filters do not apply)' },
};
