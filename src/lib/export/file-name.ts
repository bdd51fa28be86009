import type { Lang } from '@/lib/format';

/** Characters that no file system accepts, and runs of white space. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

const clean = (part: string) => part.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();

/** English parts become ASCII words joined by hyphens: "Enrolled students by school" → "enrolled-students-by-school". */
function slug(part: string, lower: boolean): string {
  const ascii = part
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, ' ')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return lower ? ascii.toLowerCase() : ascii;
}

/**
 * A file name that says what it holds, in the language on screen:
 * 甘肃高职-各校在校生人数-酒泉市-2023.png, Gansu-HVE-enrolled-students-by-school-Jiuquan-2023.png.
 * Parts that are empty are left out; no filter reads 全省 / province.
 */
export function exportFileName(parts: {
  topic: string;
  scope?: string;
  year?: number;
  ext: string;
  lang?: Lang;
}): string {
  const year = String(parts.year ?? 2023);
  if (parts.lang === 'en') {
    const pieces = ['Gansu-HVE', slug(parts.topic, true), slug(parts.scope || 'province', false), year].filter(
      (p) => p.length > 0,
    );
    return `${pieces.join('-')}.${parts.ext}`;
  }
  const pieces = ['甘肃高职', parts.topic, parts.scope || '全省', year].map(clean).filter((p) => p.length > 0);
  return `${pieces.join('-')}.${parts.ext}`;
}
