export const notesMessages = {
  intro: {
    zh: '报告中有 {count} 处数字或说法对不上：{contradiction} 处自相矛盾，{definitions} 处口径不同，{question} 处存疑（{checked} 处由自动交叉核对发现，{read} 处由人工阅读发现）。看板不替报告取舍：各处数值并列，注明出处与页码。',
    en: 'In {count} places the report’s figures or statements do not agree: {contradiction} contradictions, {definitions} where the figures count different things, {question} open questions ({checked} found by automated cross-checks, {read} by reading). The dashboard does not choose: every value is shown with its source and page. The report is in Chinese only: the English of its texts is the dashboard’s translation, and hovering over one shows the original.',
  },
  filterLegend: { zh: '按类别显示', en: 'Show by kind' },
  filterAll: { zh: '全部（{count}）', en: 'All ({count})' },
  kindContradiction: { zh: '自相矛盾', en: 'Contradiction' },
  kindDefinitions: { zh: '口径不同', en: 'Different definitions' },
  kindQuestion: { zh: '存疑', en: 'Question' },
  filterKind: { zh: '{kind}（{count}）', en: '{kind} ({count})' },
  shown: { zh: '显示 {shown} / {count} 处', en: 'Showing {shown} of {count}' },
  foundByCheck: { zh: '自动核对', en: 'Cross-check' },
  foundByReading: { zh: '人工阅读', en: 'Reading' },
  value: { zh: '数值', en: 'Value' },
  where: { zh: '出处', en: 'Source' },
  statement: { zh: '表述', en: 'Statement' },
};

/** The message key of each kind's name. */
export const KIND_LABEL = {
  contradiction: 'kindContradiction',
  definitions: 'kindDefinitions',
  question: 'kindQuestion',
} as const;
