/** The app shell's own labels: header, sharing, printing, the filter sheet. */
export const shellMessages = {
  print: { zh: '打印', en: 'Print' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  linkCopied: { zh: '已复制当前视图的链接', en: 'Link to this view copied' },
  linkCopyFailed: {
    zh: '无法访问剪贴板，请从地址栏复制：{href}',
    en: 'The clipboard is not available; copy the address bar: {href}',
  },
  qrCode: { zh: '二维码', en: 'QR code' },
  qrAlt: { zh: '当前视图链接的二维码', en: 'QR code of the link to this view' },
  qrMaking: { zh: '正在生成二维码…', en: 'Making the QR code…' },
  qrHint: { zh: '用手机扫描，打开同一视图。', en: 'Scan with a phone to open the same view.' },
  shareGroup: { zh: '打印与分享', en: 'Print and share' },
  printedFrom: { zh: '打印自：{href}', en: 'Printed from: {href}' },
  printedOn: { zh: '打印日期：{date}', en: 'Printed on: {date}' },
  printFilters: { zh: '筛选：{scope}', en: 'Filters: {scope}' },
  filtersButton: { zh: '筛选（{count}）', en: 'Filters ({count})' },
  filtersDone: { zh: '完成', en: 'Done' },
};
