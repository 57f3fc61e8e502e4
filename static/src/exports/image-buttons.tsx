import { useState } from 'react';
import { download, exportSize, exportSubtitle, pngFromSvg, svgMarkup } from '../dependencies/export-image';
import { useViewerName } from '../gantt/use-viewer-name';

interface ImageButtonsProps {
  /** The drawn chart; null while it is not shown (the table view). */
  svg: () => SVGSVGElement | null;
  width: number;
  height: number;
  title: string;
  statusDate: string;
  fileName: string;
}

/**
 * "Export SVG" and "Export PNG" of a chart drawn as SVG: the whole drawing with its computed styles inline and a
 * heading (title, status date, who exported it), as the dependency map exports itself (export-image.ts).
 */
export function ImageButtons({ svg, width, height, title, statusDate, fileName }: ImageButtonsProps) {
  const viewer = useViewerName();
  const [problem, setProblem] = useState<string | null>(null);
  const exportAs = async (format: 'svg' | 'png') => {
    const drawn = svg();
    if (!drawn) {
      setProblem('Show the chart first: the table has no picture to export.');
      return;
    }
    setProblem(null);
    try {
      const markup = svgMarkup(drawn, width, height, { title, subtitle: exportSubtitle(statusDate, viewer), legend: [] });
      const size = exportSize(width, height);
      const blob = format === 'svg' ? new Blob([markup], { type: 'image/svg+xml' }) : await pngFromSvg(markup, size.width, size.height);
      download(blob, `${fileName}.${format}`);
    } catch (error) {
      setProblem(`Keel could not make the ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <>
      <button type="button" className="keel-button keel-button--subtle" onClick={() => void exportAs('svg')}>Export SVG</button>{' '}
      <button type="button" className="keel-button keel-button--subtle" onClick={() => void exportAs('png')}>Export PNG</button>
      {problem && <span role="alert" className="keel-note keel-error-text">{problem}</span>}
    </>
  );
}
