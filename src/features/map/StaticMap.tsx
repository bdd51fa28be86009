import './static-map.css';
import { useMemo } from 'react';
import { MapSvg } from '@/components/charts/MapSvg';
import { layoutMap } from '@/components/charts/map-layout';
import { useWidth } from '@/components/charts/use-width';
import type { MapFigure } from '@/lib/export/model';

/** The exports' proportions (composition-layout.ts), so paper shows what a file shows. */
const ASPECT = 0.62;
/**
 * An A4 page's text width in CSS px (210 mm less 12 mm margins): the browser may measure the page
 * at the screen's width before it lays it out on paper, and names drawn for 1,400 px would print
 * at half their size.
 */
const PAPER_WIDTH = 700;

/**
 * The map for paper: the export model's own SVG drawing at the container's width (at most the
 * page's), in place of Leaflet, whose panes and controls print badly and split across pages.
 */
export function StaticMap({ figure, label }: { figure: MapFigure; label: string }) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const drawn = Math.min(width, PAPER_WIDTH);
  const layout = useMemo(() => layoutMap(figure, drawn, Math.round(drawn * ASPECT), 12), [figure, drawn]);
  return (
    <div ref={ref} className="map-static" data-map-static="">
      <MapSvg layout={layout} label={label} />
    </div>
  );
}
