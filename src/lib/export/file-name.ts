/** Characters that no file system accepts, and runs of white space. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * A file name that says what it holds: 甘肃高职-在校生-酒泉市-2023.png. Parts that are empty are
 * left out; the province-wide scope reads 全省.
 */
export function exportFileName(parts: { topic: string; scope?: string; year?: number; ext: string }): string {
  const pieces = ['甘肃高职', parts.topic, parts.scope || '全省', String(parts.year ?? 2023)]
    .map((p) => p.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  return `${pieces.join('-')}.${parts.ext}`;
}
