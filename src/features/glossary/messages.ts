export const glossaryMessages = {
  title: { zh: '术语', en: 'Glossary' },
  intro: {
    zh: '读懂报告需要的术语。释义为看板自撰，并非报告原文；每条注明报告中使用该术语的章节及页码。',
    en: 'The terms a reader of the report needs. The definitions are the dashboard’s own words, not the report’s, and each names the parts of the report that use the term, with their pages.',
  },
  search: { zh: '查找术语', en: 'Find a term' },
  count: { zh: '{count} 条术语', en: '{count} terms', enOne: '{count} term' },
  none: { zh: '没有与“{query}”相符的术语。', en: 'No term matches “{query}”.' },
  usedIn: { zh: '报告中见：', en: 'In the report:' },
};
