/** What an export is drawn for. Sizes are in CSS pixels, except pages, which are in PDF points. */
export type TargetKind = 'image' | 'slide' | 'page-landscape' | 'page-portrait';

export interface Target {
  kind: TargetKind;
  width: number;
  /** Fixed for slides and pages: the content fills it. Images take their natural height. */
  height?: number;
  padding: number;
  /** The base type size: everything else is a multiple of it. */
  fontSize: number;
}

export const TARGETS: Record<TargetKind, Target> = {
  image: { kind: 'image', width: 1200, padding: 40, fontSize: 15 },
  slide: { kind: 'slide', width: 1920, height: 1080, padding: 72, fontSize: 24 },
  // A4 is 595 × 842 pt.
  'page-landscape': { kind: 'page-landscape', width: 842, height: 595, padding: 36, fontSize: 10 },
  'page-portrait': { kind: 'page-portrait', width: 595, height: 842, padding: 36, fontSize: 10 },
};

/** Charts and maps read best across a landscape page; tables and fact sheets down a portrait one. */
export function pageFor(figureKind: string): Target {
  return figureKind === 'table' || figureKind === 'sheet' ? TARGETS['page-portrait'] : TARGETS['page-landscape'];
}
