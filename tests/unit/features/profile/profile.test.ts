import { describe, expect, it } from 'vitest';
import { profileMeasures } from '@/features/profile/measures';
import { buildProfile, type Profile } from '@/features/profile/profile';
import { figureCells } from '@/features/profile/figure-rows';
import { figures, prefectureIndex, province } from './fixtures';

const measures = profileMeasures(figures);
const profileOf = (id: string): Profile => {
  const p = buildProfile(id, province, measures, prefectureIndex);
  if (!p) throw new Error(`no profile for ${id}`);
  return p;
};
const figure = (id: string, measure: string) => {
  const f = profileOf(id).figures.find((x) => x.measure.id === measure);
  if (!f) throw new Error(`no ${measure}`);
  return f;
};
const cells = (id: string, measure: string, lang: 'zh' | 'en' = 'zh') =>
  figureCells(figure(id, measure), profileOf(id), lang);

describe('a school profile', () => {
  it('stands each figure among all schools and among its peers, ties shared', () => {
    const f = figure('c2', 'students');
    expect(f.value).toBe(100);
    expect(f.province).toEqual({ rank: 4, tiedWith: 2, of: 8, value: 100 });
    expect(f.peers).toEqual({ rank: 2, tiedWith: 2, of: 5, value: 100 });
    expect(cells('c2', 'students').province?.text).toBe('全省并列第 4/8（2 所）');
    expect(cells('c2', 'students').peers?.text).toBe('同类并列第 2/5（2 所）');
    expect(cells('c1', 'students').province?.text).toBe('全省第 3/8');
  });

  it('gives the province and peer medians and its share of the sum over every school', () => {
    const f = figure('c2', 'students');
    expect(f.provinceMedian).toBe(100);
    expect(f.peerMedian).toBe(100);
    expect(f.total).toBe(1300);
    expect(f.share).toBeCloseTo(7.69, 2);
    expect(cells('c2', 'students').share).toEqual({ text: '7.7%（全省 1,300 人）', value: 7.69 });
    expect(cells('c2', 'students', 'en').share?.text).toBe('7.7% of 1,300 students');
    expect(figure('p1', 'students').peerMedian).toBe(400);
  });

  it('says where every school shares 0 that they do, with no rank and no share of nothing', () => {
    const f = figure('c3', 'zeros');
    expect(f.province).toMatchObject({ rank: 1, tiedWith: 8, of: 8 });
    expect(cells('c3', 'zeros').province?.text).toBe('全省8 所为 0（共 8 所）');
    expect(cells('c3', 'zeros', 'en').province?.text).toBe('8 of 8 in the province at 0');
    expect(f.share).toBeNull();
    expect(cells('c3', 'zeros').share?.text).toBe('—');
  });

  it('shares first place four ways and says so; among peers, the majority at the value is said as such', () => {
    expect(cells('c1', 'tie4').province?.text).toBe('全省并列第 1/8（4 所）');
    expect(cells('c4', 'tie4').province?.text).toBe('全省并列第 5/8（4 所）');
    // c1, c2 and c3 have 1 of five peers: three of five is most of them.
    expect(cells('c1', 'tie4').peers?.text).toBe('同类3 所为 1（共 5 所）');
    expect(figure('c1', 'tie4').share).toBe(25);
  });

  it('leaves a not-reported figure unranked, with no share, and out of the medians', () => {
    const f = figure('c5', 'majors');
    expect(f).toMatchObject({ value: null, province: null, peers: null, share: null, reported: 6 });
    const c = cells('c5', 'majors');
    expect(c.value).toEqual({ text: '未报告', value: null });
    expect(c.province?.text).toBe('未报告，不排名');
    expect(c.peers?.text).toBe('未报告，不排名');
    expect(c.share).toEqual({ text: '—', value: null });
    // Medians over the reported only: 0, 0, 1, 2, 2, 3 in the province; 0, 1, 2, 2 among c's peers.
    expect(f.provinceMedian).toBe(1.5);
    expect(f.peerMedian).toBe(1.5);
    expect(figure('c1', 'majors').province).toMatchObject({ rank: 2, tiedWith: 2, of: 6 });
  });

  it('gives a school alone in its tier and type no peer standing and no peer median', () => {
    const p = profileOf('m1');
    expect(p.peers.map((s) => s.id)).toEqual(['m1']);
    const f = figure('m1', 'students');
    expect(f.peers).toBeNull();
    expect(f.peerMedian).toBeNull();
    expect(f.province).toMatchObject({ rank: 8, of: 8 });
    expect(cells('m1', 'students').peers?.text).toBe('无同类');
    expect(cells('m1', 'students', 'en').peers?.text).toBe('no peers');
  });

  it('derives the 表2 ratios, with no share, and leaves them out where a side is not reported', () => {
    const ratio = figure('p1', 'admission-ratio');
    expect(ratio.value).toBe(20);
    expect(ratio.share).toBeNull();
    expect(ratio.total).toBeNull();
    expect(cells('p1', 'admission-ratio').value?.text).toBe('20%');
    expect(figure('c2', 'admission-ratio')).toMatchObject({ value: null, province: null });
    expect(figure('p1', 'admission-ratio').province?.of).toBe(7);
  });

  it('knows its prefecture and peers, and no profile for an unknown id', () => {
    const p = profileOf('c5');
    expect(p.prefecture?.nameZh).toBe('酒泉市');
    expect(p.peers.map((s) => s.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(p.provinceCount).toBe(8);
    expect(buildProfile('nowhere', province, measures, prefectureIndex)).toBeUndefined();
  });
});
