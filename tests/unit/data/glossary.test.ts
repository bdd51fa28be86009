import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '@/data/domain';
import { glossaryDataset } from '@/data/datasets';
import { loadDataset } from '@/data/load';
import { fakeFetch } from '../data-files';
import { sectionText } from './report-text';

let glossary: Glossary;
beforeAll(async () => {
  glossary = await loadDataset(glossaryDataset, fakeFetch());
});
const squeeze = (s: string) => s.replace(/\s/g, '');

describe('the glossary', () => {
  it('has the terms a reader of the report must know', () => {
    const terms = glossary.terms.map((t) => t.termZh);
    expect(terms).toEqual(
      expect.arrayContaining([
        '双师型教师',
        '双高',
        '1+X 证书',
        '生均',
        '落实率',
        '产教融合',
        '现代学徒制',
        '鲁班工坊',
        '市域产教联合体',
        '行业产教融合共同体',
        '产教融合型企业',
        '职业本科',
        '中高职贯通',
        '岗课赛证',
        '非学历培训',
        '纵向 / 横向科研经费',
        '百姓学习之星',
        '终身学习品牌项目',
        '中位数',
        '合格指标',
        '生师比',
      ]),
    );
  });

  it.each(['§1.2.3', '§8 挑战4', '案例05', '附表3', '§6'])('reads %s out of the report text', (ref) => {
    expect(sectionText(ref).length).toBeGreaterThan(50);
  });
  it('keeps a section’s subsections and cases in it, and stops at the next section', () => {
    const s23 = sectionText('§2.3');
    expect(s23).toContain('2.3.2 创新开展');
    expect(s23).toContain('案例03');
    expect(s23).not.toContain('2.4 教学改革');
    expect(sectionText('§1.2.1')).not.toContain('1.2.2 招生概况');
  });

  it('names, for every term, only sections whose text uses it', () => {
    const unused = glossary.terms.flatMap((term) =>
      term.sections
        .filter((ref) => {
          const text = squeeze(sectionText(ref));
          return !(term.wordings ?? [term.termZh]).some((w) => text.includes(squeeze(w)));
        })
        .map((ref) => `${term.id} → ${ref}`),
    );
    expect(unused).toEqual([]);
  });
});
