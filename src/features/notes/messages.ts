export const notesMessages = {
  intro: {
    zh: '报告在以下 {count} 处自相矛盾（{checked} 处由自动交叉核对发现，{read} 处由人工阅读发现）。看板不替报告取舍：各处数值并列，注明出处。',
    en: 'The report contradicts itself in {count} places ({checked} found by automated cross-checks, {read} by reading). The dashboard does not choose: both values are shown with their sources.',
  },
  foundByCheck: { zh: '自动核对', en: 'Cross-check' },
  foundByReading: { zh: '人工阅读', en: 'Reading' },
  value: { zh: '数值', en: 'Value' },
  where: { zh: '出处', en: 'Where' },
  statement: { zh: '表述', en: 'Statement' },
};
