import type { Locator, Page } from '@playwright/test';

/** Frame-time statistics, in milliseconds. */
export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Main-thread tasks over 50 ms while measuring. */
  longTasks: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/**
 * Milliseconds from `action` (e.g. a click that opens the list) until `ready` holds in the page
 * and the frame showing it has been painted.
 */
export async function timeToRender(
  page: Page,
  action: () => Promise<void>,
  ready: (page: Page) => Promise<void>,
): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __benchStart: number }).__benchStart = performance.now();
  });
  await action();
  await ready(page);
  return round(
    await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          // The second frame callback runs after the frame with the rows was painted.
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve(
                performance.now() - (window as unknown as { __benchStart: number }).__benchStart,
              ),
            ),
          ),
        ),
    ),
  );
}

/**
 * Scrolls `scroller` (the element that scrolls, or the page when it is `null`) from top to
 * bottom by `stepPx` a frame and reports the frame times and long tasks meanwhile.
 */
export async function scrollFrameStats(
  scroller: Locator | null,
  page: Page,
  stepPx = 120,
  maxFrames = 600,
): Promise<FrameStats> {
  const handle = scroller ? await scroller.elementHandle() : null;
  const { deltas, longTasks } = await page.evaluate(
    ({ element, step, limit }) =>
      new Promise<{ deltas: number[]; longTasks: number }>((resolve) => {
        const target = (element as HTMLElement | null) ?? document.scrollingElement!;
        let longTasks = 0;
        const observer = new PerformanceObserver((list) => {
          longTasks += list.getEntries().length;
        });
        observer.observe({ type: 'longtask' });
        target.scrollTop = 0;
        const deltas: number[] = [];
        let last = 0;
        const frame = (now: number) => {
          if (last) deltas.push(now - last);
          last = now;
          const atEnd = target.scrollTop + target.clientHeight >= target.scrollHeight - 1;
          if (atEnd || deltas.length >= limit) {
            observer.disconnect();
            resolve({ deltas, longTasks });
            return;
          }
          target.scrollTop += step;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { element: handle, step: stepPx, limit: maxFrames },
  );
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    frames: deltas.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1) ?? 0),
    longTasks,
  };
}

/** One line of figures on the console: the bench's output (benches are not test gates). */
export function report(name: string, figures: Record<string, number | string>) {
  const text = Object.entries(figures)
    .map(([key, value]) => `${key}=${value}`)
    .join('  ');
  console.log(`BENCH ${name}: ${text}`);
}

/**
 * Starts watching, frame by frame inside the page, for `selector`; the returned function gives
 * the milliseconds from this call until the frame showing it was painted. Measured in the page,
 * so it has no test-runner polling in it (one frame of resolution).
 */
export async function watchForPaint(page: Page, selector: string): Promise<() => Promise<number>> {
  await page.evaluate((target) => {
    const w = window as unknown as { __paintStart: number; __painted: Promise<number> };
    w.__paintStart = performance.now();
    w.__painted = new Promise<number>((resolve) => {
      const check = () => {
        if (document.querySelector(target)) {
          requestAnimationFrame(() => resolve(performance.now() - w.__paintStart));
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, selector);
  return async () =>
    round(
      await page.evaluate(() => (window as unknown as { __painted: Promise<number> }).__painted),
    );
}
