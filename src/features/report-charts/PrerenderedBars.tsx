import type { ComponentProps } from 'react';
import { layoutBars } from '@/components/charts/bars-layout';
import { BarsSvg } from '@/components/charts/BarsSvg';
import { useLang } from '@/state/store';
import { CompareToggle } from './CompareToggle';
import type { SchoolBars } from './SchoolBars';
import { axisTick } from './ticks';

const FONT_SIZE = 12;

/** Widths the bars are drawn at in the page's HTML; each is shown where the chart is nearest that wide. */
export const VARIANT_WIDTHS = [300, 400, 520, 610, 720, 840] as const;

/**
 * The chart's width at a viewport width, as the dashboard's grid lays it out (app.css, layout.css):
 * one column on phones, the panel's full width on tablets, seven twelfths beside the map from
 * 1024 px. A browser test holds these to the page as drawn.
 */
export function chartWidthAt(viewport: number): number {
  if (viewport < 640) return viewport - 88;
  if (viewport < 1024) return viewport - 104;
  return (viewport - 212) / 2;
}

const nearest = (width: number) =>
  VARIANT_WIDTHS.reduce((best, w) => (Math.abs(Math.log(w / width)) < Math.abs(Math.log(best / width)) ? w : best));

/** Media queries that show each variant where it is the nearest to the chart's width: [variant, query]. */
export function variantQueries(from = 320, to = 2560): [number, string][] {
  const ranges: { variant: number; min: number; max: number }[] = [];
  for (let v = from; v <= to; v++) {
    const variant = nearest(chartWidthAt(v));
    const last = ranges.at(-1);
    if (last && last.variant === variant) last.max = v;
    else ranges.push({ variant, min: v, max: v });
  }
  return ranges.map(({ variant, min, max }) => [
    variant,
    [min > from ? `(min-width: ${min}px)` : '', max < to ? `(max-width: ${max}px)` : '']
      .filter(Boolean)
      .join(' and ') || 'all',
  ]);
}

function variantStyle(): string {
  const rules = variantQueries().map(
    ([variant, query]) => `@media ${query}{[data-bars-variant="${variant}"]{display:grid}}`,
  );
  return `[data-bars-variant]{display:none}[data-bars-variant] svg{width:100%;height:auto}${rules.join('')}`;
}

/**
 * SchoolBars' stand-in when the first view is rendered to HTML at build time (the prerender
 * plugin puts it in place of ./SchoolBars): the chart's width is not known before the page is laid
 * out, so the bars are drawn at a few widths and the page shows the nearest one, scaled to fit,
 * with the + of each bar on its row. The app then draws them at the exact width.
 */
export function PrerenderedBars({ figure, label }: ComponentProps<typeof SchoolBars>) {
  const lang = useLang();
  const formatTick = axisTick(lang, figure);
  return (
    <>
      <style>{variantStyle()}</style>
      {VARIANT_WIDTHS.map((width) => {
        const layout = layoutBars(figure, { width, fontSize: FONT_SIZE, formatTick });
        return (
          <div key={width} className="school-bars" data-bars-variant={width}>
            <div>
              <BarsSvg layout={layout} label={label} />
            </div>
            <div className="compare-column">
              {layout.rows.map((row) => (
                <CompareToggle
                  key={row.key}
                  id={row.key}
                  name={figure.bars.find((b) => b.key === row.key)?.label ?? row.key}
                  y={`${(row.y / layout.height) * 100}%`}
                />
              ))}
            </div>
          </div>
        );
      })}
    </>
  );
}

export { PrerenderedBars as SchoolBars };
