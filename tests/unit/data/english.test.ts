import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ZodMiniType as ZodType } from 'zod/mini';
import { allDatasets } from '@/data/datasets';
import { validate } from '@/data/load';
import { readDataFile } from '../data-files';

/** Chinese characters and full-width punctuation: neither belongs in an English string. */
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;
const FULL_WIDTH = /[\u3000-\u303f\uff01-\uff5e]/;

/**
 * Keys whose Chinese a view never shows as such: identifiers (附表1, 案例01), sources and sections
 * (views print them through citeSource, which writes "Table 2, p. 6"), note bookkeeping, the school
 * names as printed in a list row (kept for the name cross-check; views show the school) and the
 * glossary's wordings (the report's forms of a term, to find it in the text).
 */
const NOT_SHOWN = new Set(['id', 'source', 'section', 'sections', 'touches', 'check', 'nameAsPrinted', 'wordings']);

/** Where the English of a Chinese field lives, beside it: labelZh → labelEn, unit → unitEn. */
function englishKey(key: string): string {
  return key.endsWith('Zh') ? `${key.slice(0, -2)}En` : `${key}En`;
}

interface Missing {
  path: string;
  text: string;
}

/** Every Chinese string a view may show that has no English counterpart in the data. */
function untranslated(value: unknown, path: string, missing: Missing[], english: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => untranslated(v, `${path}[${i}]`, missing, english));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const [key, field] of Object.entries(record)) {
    const at = `${path}.${key}`;
    if (NOT_SHOWN.has(key)) continue;
    if (key.endsWith('En')) {
      collectStrings(field, english);
      continue;
    }
    if (key === 'cells') {
      const cellsEn = (record.cellsEn ?? {}) as Record<string, unknown>;
      for (const [cell, text] of Object.entries(field as Record<string, string>)) {
        if (CJK.test(text) && typeof cellsEn[cell] !== 'string') missing.push({ path: `${at}.${cell}`, text });
      }
      continue;
    }
    if (typeof field === 'string') {
      if (CJK.test(field) && typeof record[englishKey(key)] !== 'string') missing.push({ path: at, text: field });
      continue;
    }
    if (Array.isArray(field) && field.every((f) => typeof f === 'string')) {
      const en = record[englishKey(key)];
      field.forEach((text: string, i) => {
        if (CJK.test(text) && !(Array.isArray(en) && typeof en[i] === 'string'))
          missing.push({ path: `${at}[${i}]`, text });
      });
      continue;
    }
    untranslated(field, at, missing, english);
  }
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectStrings(v, into));
}

const files = readdirSync(join(process.cwd(), 'public', 'data')).filter(
  (f) => f.endsWith('.json') && !f.endsWith('.topo.json'),
);

describe.each(files)('%s in English', (file) => {
  const data = readDataFile(file) as Record<string, unknown>;
  const missing: Missing[] = [];
  const english: string[] = [];
  untranslated(data, file.replace(/\.json$/, ''), missing, english);

  it('says its English is the dashboard’s translation, not the report’s', () => {
    expect(data.translation).toEqual({ en: 'dashboard' });
  });
  it('has English for every Chinese string a view shows', () => {
    expect(missing).toEqual([]);
  });
  it('has no Chinese characters or full-width punctuation in its English', () => {
    expect(english.length).toBeGreaterThan(0);
    expect(english.filter((s) => CJK.test(s) || FULL_WIDTH.test(s))).toEqual([]);
  });
});

describe('the walk', () => {
  it('finds a Chinese string without English', () => {
    const missing: Missing[] = [];
    untranslated(
      { rows: [{ labelZh: '甲', labelEn: 'A', unit: '人', cells: { a: '乙', b: '12' }, cellsEn: {} }] },
      'x',
      missing,
      [],
    );
    expect(missing.map((m) => m.path)).toEqual(['x.rows[0].unit', 'x.rows[0].cells.a']);
  });
});

describe('the schemas require English where the Chinese is present', () => {
  /** The file with one field deleted, through the app's own schema. */
  const without = (file: string, path: (string | number)[]) => {
    const data = structuredClone(readDataFile(file));
    const key = path[path.length - 1] ?? '';
    const parent = path.slice(0, -1).reduce<unknown>((at, k) => (at as Record<string, unknown>)[k], data);
    delete (parent as Record<string | number, unknown>)[key];
    const spec = allDatasets.find((s) => s.file === file);
    if (!spec) throw new Error(`no dataset ${file}`);
    return validate(spec.schema as ZodType<unknown>, data);
  };
  it.each([
    ['appendix.json', ['tables', 0, 'rows', 0, 'unitEn'], 'tables[0].rows[0].unitEn'],
    ['lists.json', ['lists', 0, 'rows', 0, 'cellsEn', 'title'], 'lists[0].rows[0].cellsEn.title'],
    ['data-notes.json', ['notes', 0, 'values', 0, 'valueTextEn'], 'notes[0].values[0].valueTextEn'],
    ['cases.json', ['cases', 0, 'figures', 0, 'noteEn'], 'cases[0].figures[0].noteEn'],
    ['province.json', ['figures', 4, 'baseEn'], 'figures[4].baseEn'],
    ['schools.json', ['translation'], 'translation'],
  ] as const)('%s without %j fails at that field', (file, path, at) => {
    const result = without(file, [...path]);
    expect(result.ok ? 'valid' : result.problem).toMatchObject({ kind: 'invalid', path: at });
  });
});
