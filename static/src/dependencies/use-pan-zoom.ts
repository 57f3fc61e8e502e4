import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';

export interface View {
  x: number;
  y: number;
  k: number;
}

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 3;
const clampZoom = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

/**
 * The whole drawing in the viewport, never enlarged beyond 1; `widthOnly` fits the width alone (the first view:
 * a tall drawing is read by panning down) and `floor` keeps the text readable.
 */
export function fitView(viewport: { width: number; height: number }, content: { width: number; height: number }, widthOnly = false, floor = MIN_ZOOM): View {
  const scale = Math.min(1, viewport.width / content.width, widthOnly ? Infinity : viewport.height / content.height);
  const k = clampZoom(Math.max(floor, scale));
  return { k, x: Math.max(0, (viewport.width - content.width * k) / 2), y: 0 };
}

/**
 * Pan (drag, arrow keys) and zoom (wheel, +/-, 0 to fit) of an SVG drawing. The wheel listener is registered
 * by hand because React's is passive and could not stop the page from scrolling.
 */
export function usePanZoom(svgRef: RefObject<SVGSVGElement | null>, content: { width: number; height: number }) {
  const [view, setView] = useState<View>({ x: 0, y: 0, k: 1 });
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  const size = useCallback(() => {
    const svg = svgRef.current;
    return { width: svg?.clientWidth || 800, height: svg?.clientHeight || 600 };
  }, [svgRef]);
  const fit = useCallback(() => setView(fitView(size(), content)), [size, content]);
  const zoomBy = useCallback(
    (factor: number, at?: { x: number; y: number }) =>
      setView((v) => {
        const k = clampZoom(v.k * factor);
        const p = at ?? { x: size().width / 2, y: size().height / 2 };
        return { k, x: p.x - ((p.x - v.x) * k) / v.k, y: p.y - ((p.y - v.y) * k) / v.k };
      }),
    [size],
  );
  const panBy = useCallback((dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy })), []);

  // A readable first view: the drawing's full width when that fits at 60% or more, else its top-left corner.
  useEffect(() => setView(fitView(size(), content, true, 0.6)), [size, content]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return undefined;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = svg.getBoundingClientRect();
      zoomBy(Math.exp(-event.deltaY / 500), { x: event.clientX - rect.left, y: event.clientY - rect.top });
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef, zoomBy]);

  const handlers = {
    onPointerDown: (event: PointerEvent<SVGSVGElement>) => {
      if (event.button !== 0) return;
      drag.current = { x: event.clientX, y: event.clientY, moved: false };
    },
    onPointerMove: (event: PointerEvent<SVGSVGElement>) => {
      const d = drag.current;
      if (!d) return;
      const dx = event.clientX - d.x;
      const dy = event.clientY - d.y;
      if (!d.moved && Math.hypot(dx, dy) < 4) return;
      if (!d.moved) event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { x: event.clientX, y: event.clientY, moved: true };
      panBy(dx, dy);
    },
    onPointerUp: () => {
      suppressClick.current = drag.current?.moved ?? false;
      drag.current = null;
    },
    onClickCapture: (event: { stopPropagation: () => void }) => {
      // The click that ends a drag must not open the issue under the pointer.
      if (suppressClick.current) event.stopPropagation();
      suppressClick.current = false;
    },
    onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => {
      const step = 48;
      const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
      const move = moves[event.key];
      if (move) panBy(move[0], move[1]);
      else if (event.key === '+' || event.key === '=') zoomBy(1.25);
      else if (event.key === '-') zoomBy(0.8);
      else if (event.key === '0') fit();
      else return;
      event.preventDefault();
    },
  };
  return { view, fit, zoomBy, handlers };
}
