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

/** What `watchClickToPaint` measured, in milliseconds from the click event. */
export interface ClickToPaint {
  /** Until the frame showing the selector was painted. */
  paintedMs: number;
  /** Until the last request whose path matches `resource` was sent; -1 if none was. */
  requestMs: number;
  /** Until its response finished arriving; -1 if none did. */
  dataMs: number;
}

/**
 * Starts watching inside the page for the next click and then, frame by frame, for `selector`.
 * The returned function gives the milliseconds from the click event (its input timestamp, so
 * none of the test runner's own steps before the click are counted) until the frame showing
 * `selector` was painted, with one frame of resolution, and until the response matching
 * `resource` arrived.
 */
export async function watchClickToPaint(
  page: Page,
  selector: string,
  resource: RegExp,
): Promise<() => Promise<ClickToPaint>> {
  await page.evaluate((target) => {
    const w = window as unknown as { __clickAt: number; __painted: Promise<number> };
    w.__painted = new Promise<number>((resolve) => {
      window.addEventListener(
        'click',
        (event) => {
          w.__clickAt = event.timeStamp;
          const check = () => {
            if (document.querySelector(target)) {
              // The next frame's callback runs once the frame with the element was painted.
              requestAnimationFrame(() => resolve(performance.now() - event.timeStamp));
            } else requestAnimationFrame(check);
          };
          check();
        },
        { capture: true, once: true },
      );
    });
  }, selector);
  return async () => {
    const paintedMs = await page.evaluate(
      () => (window as unknown as { __painted: Promise<number> }).__painted,
    );
    const { requestMs, dataMs } = await page.evaluate(
      ({ source, flags }) => {
        const clickAt = (window as unknown as { __clickAt: number }).__clickAt;
        const pattern = new RegExp(source, flags);
        const entry = performance
          .getEntriesByType('resource')
          .filter((item) => item.startTime >= clickAt && pattern.test(new URL(item.name).pathname))
          .at(-1) as PerformanceResourceTiming | undefined;
        return entry
          ? { requestMs: entry.startTime - clickAt, dataMs: entry.responseEnd - clickAt }
          : { requestMs: -1, dataMs: -1 };
      },
      { source: resource.source, flags: resource.flags },
    );
    return { paintedMs: round(paintedMs), requestMs: round(requestMs), dataMs: round(dataMs) };
  };
}
