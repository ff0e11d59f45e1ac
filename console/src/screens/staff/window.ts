import { useEffect, useState, type RefObject } from 'react';

/** Rows past which a long table renders only what is on screen. */
export const WINDOW_FROM = 200;
/** The fixed height of a row in a windowed table (CSS .table--windowed), in pixels. */
export const ROW_HEIGHT = 48;
const OVERSCAN = 20;

/**
 * Windowed rendering of a long table in the page's own scroll: from the
 * body's position in the viewport, which rows are on screen (plus a margin).
 * Every row has the same height, so the rows above and below are replaced
 * by two spacer rows of the right height; scrolling re-renders the window.
 */
export function useRowWindow(count: number, body: RefObject<HTMLElement | null>): { start: number; end: number; windowed: boolean; nearEnd: boolean } {
  const windowed = count > WINDOW_FROM;
  const [range, setRange] = useState({ start: 0, end: Math.min(count, WINDOW_FROM), nearEnd: false });
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const box = body.current?.getBoundingClientRect();
      if (!box) return;
      // The table's end within a screen of view: time to load the next page.
      const nearEnd = box.bottom <= window.innerHeight * 2;
      const first = windowed ? Math.max(0, Math.floor(-box.top / ROW_HEIGHT) - OVERSCAN) : 0;
      const end = windowed ? Math.min(count, first + Math.ceil(window.innerHeight / ROW_HEIGHT) + 2 * OVERSCAN) : count;
      setRange((r) => (r.start === first && r.end === end && r.nearEnd === nearEnd ? r : { start: first, end, nearEnd }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [count, windowed, body]);
  return windowed ? { start: Math.min(range.start, count), end: Math.min(range.end, count), windowed, nearEnd: range.nearEnd } : { start: 0, end: count, windowed, nearEnd: range.nearEnd };
}
