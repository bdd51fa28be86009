import type { ExportModel } from '@/lib/export/model';
import { formatNumber } from '@/lib/format';
import { translate } from '@/lib/i18n';
import { layoutComposition, type PagePlan } from './composition-layout';
import type { Target } from './targets';

function percentFigure(model: ExportModel): boolean {
  const { figure } = model;
  return (figure.kind === 'bars' || figure.kind === 'grouped') && !!figure.percent;
}

/** The pages of a model drawn for a target, with axis numbers and page labels in the model's language. */
export function composePages(model: ExportModel, target: Target): PagePlan[] {
  const percent = percentFigure(model);
  const tick = (v: number) => `${formatNumber(v, model.lang)}${percent ? '%' : ''}`;
  const pageLabel = (page: number, pages: number) => translate(model.lang, 'exportPageOf', { page, pages });
  return layoutComposition(model, target, tick, pageLabel);
}
