import { BarsBody } from '@/components/charts/BarsSvg';
import { GroupedBody } from '@/components/charts/GroupedSvg';
import { MapBody } from '@/components/charts/MapSvg';
import { PanelsBody } from '@/components/charts/PanelsSvg';
import { SheetBody } from '@/components/charts/SheetSvg';
import { TableBody } from '@/components/charts/TableSvg';
import { BASELINE, fontStack, INK } from '@/components/charts/style';
import type { FigureLayout, PagePlan } from './composition-layout';

function Figure({ content }: { content: FigureLayout }) {
  switch (content.kind) {
    case 'bars':
      return <BarsBody layout={content.layout} />;
    case 'grouped':
      return <GroupedBody layout={content.layout} />;
    case 'panels':
      return <PanelsBody layout={content.layout} />;
    case 'table':
      return <TableBody layout={content.layout} />;
    case 'map':
      return <MapBody layout={content.layout} />;
    case 'sheet':
      return <SheetBody layout={content.layout} />;
  }
}

/**
 * One exported page as a standalone SVG document: white ground, text as <text>, the figure as SVG
 * elements, and (for files) the app font embedded so Chinese looks the same wherever it opens.
 */
export function CompositionSvg({
  page,
  title,
  lang,
  fontCss,
}: {
  page: PagePlan;
  title: string;
  lang: 'zh' | 'en';
  fontCss?: string;
}) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={page.width}
      height={page.height}
      viewBox={`0 0 ${page.width} ${page.height}`}
      fontFamily={fontStack(lang)}
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      {fontCss && (
        // Our own @font-face rule (the shipped font as a data URL), never text from data.
        <defs>
          <style dangerouslySetInnerHTML={{ __html: fontCss }} />
        </defs>
      )}
      <rect x={0} y={0} width={page.width} height={page.height} fill="#ffffff" />
      {page.lines.map((line, i) => (
        <text
          key={i}
          x={line.x}
          y={line.y}
          fontSize={line.fontSize}
          fill={line.color}
          fontWeight={line.bold ? 700 : 400}
        >
          {line.text}
        </text>
      ))}
      <g transform={`translate(${page.figure.x},${page.figure.y})`}>
        <Figure content={page.figure.content} />
      </g>
      {page.legend.map((item) => (
        <g key={`${item.label}-${item.x}-${item.y}`}>
          <rect
            x={item.x}
            y={item.y}
            width={item.size}
            height={item.size}
            fill={item.color}
            stroke="#888888"
            strokeWidth={0.75}
            strokeDasharray={item.dashed ? '3 2' : undefined}
          />
          <text
            x={item.x + item.size + item.fontSize * 0.4}
            y={item.y + item.size / 2 + item.fontSize * BASELINE}
            fontSize={item.fontSize}
            fill={INK}
          >
            {item.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
