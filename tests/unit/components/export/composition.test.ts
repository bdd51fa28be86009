import { describe, expect, it } from 'vitest';
import { composePages } from '@/components/export/compose';
import { svgDocument } from '@/components/export/render-svg';
import { TARGETS } from '@/components/export/targets';
import { textWidth } from '@/lib/export/measure';
import { barsModel, longTableModel } from './fixture-models';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('export compositions', () => {
  it('are vector SVG with every text as <text>: title, subtitle, unit, school names, values, source', () => {
    const [page] = composePages(barsModel(), TARGETS.image);
    const svg = svgDocument(page!, '各校在校生人数', 'zh');
    expect(svg).not.toContain('foreignObject');
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        '各校在校生人数',
        '全省 29 所学校',
        '单位：人',
        '兰州石化职业技术大学',
        '25,688',
        '未报告',
      ]),
    );
    expect(texts.some((t) => t?.startsWith('来源：《甘肃省高等职业教育质量年度报告（2023）》表2'))).toBe(true);
  });

  it('fill a 1920×1080 slide and keep every line inside it', () => {
    const pages = composePages(barsModel(), TARGETS.slide);
    expect(pages).toHaveLength(1);
    const page = pages[0]!;
    expect([page.width, page.height]).toEqual([1920, 1080]);
    for (const line of page.lines) {
      expect(line.x + textWidth(line.text, line.fontSize)).toBeLessThanOrEqual(1920 - TARGETS.slide.padding + 1);
      expect(line.y).toBeLessThanOrEqual(1080);
    }
    const bars = page.figure.content;
    expect(bars.kind).toBe('bars');
    if (bars.kind === 'bars')
      expect(page.figure.x + bars.layout.plotX + bars.layout.plotWidth).toBeGreaterThan(1920 * 0.7);
  });

  it('take their natural height as an image, as wide as asked', () => {
    const [page] = composePages(barsModel(), TARGETS.image);
    expect(page?.width).toBe(1200);
    expect(page?.height).toBeGreaterThan(200);
    expect(page?.height).toBeLessThan(800);
  });

  it('continue a long table over several slides, every row once, the header on each', () => {
    const pages = composePages(longTableModel(60), TARGETS.slide);
    expect(pages.length).toBeGreaterThan(1);
    const rows = pages.flatMap((p) => (p.figure.content.kind === 'table' ? p.figure.content.layout.rows : []));
    const body = rows.filter((r) => !r.header).map((r) => r.key);
    expect(body).toEqual(Array.from({ length: 60 }, (_, i) => `r${i}`));
    expect(rows.filter((r) => r.header)).toHaveLength(pages.length);
    expect(pages.every((p) => p.lines.some((l) => l.text.includes(`/${pages.length}`)))).toBe(true);
  });

  it('draw a long table whole, in one tall image', () => {
    const pages = composePages(longTableModel(60), TARGETS.image);
    expect(pages).toHaveLength(1);
    const content = pages[0]?.figure.content;
    expect(content?.kind === 'table' && content.layout.rows.length).toBe(61);
  });
});
