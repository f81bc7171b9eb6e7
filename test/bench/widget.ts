import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { median } from './stats.ts';
import { throttledContext } from './visitors.ts';

/** The bytes of every widget build file, as the build measured them (`widget/dist/sizes.json`). */
export async function widgetSizes() {
  const sizes = JSON.parse(
    await readFile(resolve(import.meta.dirname, '../../widget/dist/sizes.json'), 'utf8'),
  );
  return sizes as {
    files: { file: string; min: number; gzip: number; brotli: number }[];
    notAsked: number;
    asked: { language: string; gzip: number }[];
  };
}

/** Measured in the page: from the script's request to the survey ready to answer, and the longest task. */
async function measure(page: Page, url: string): Promise<{ interactiveMs: number; longestTaskMs: number }> {
  await page.goto(url);
  return page.evaluate(async () => {
    const bench = window as unknown as { __npsBench: Promise<number>; __tasks: number[] };
    const readyAt = await bench.__npsBench;
    const script = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.endsWith('/widget.js')) as PerformanceResourceTiming;
    return { interactiveMs: readyAt - script.startTime, longestTaskMs: Math.max(0, ...bench.__tasks) };
  });
}

/**
 * Script tag to an interactive survey on a demo page, median of `runs`: on a first visit (nothing cached) and a
 * repeat one (the script, its language and the configuration cached), unthrottled and under Lighthouse's mobile
 * throttling (4× slower CPU, 150 ms round trips, 1.6 Mbit/s). Long tasks are those over 50 ms (none: 0).
 */
export async function widgetTiming(browser: Browser, pageUrl: string, runs = 7) {
  const rows = [];
  for (const throttled of [false, true]) {
    const { context, page, cdp } = await throttledContext(browser, throttled);
    await context.addInitScript(() => {
      Object.assign(window, {
        // Ready to answer: the survey decided to show and has rendered its scale.
        __npsBench: new Promise<number>((done) =>
          document.addEventListener('nps-ready', () => requestAnimationFrame(() => done(performance.now())), {
            once: true,
          }),
        ),
      });
    });
    for (const visit of ['first', 'repeat'] as const) {
      const samples: { interactiveMs: number; longestTaskMs: number }[] = [];
      for (let run = 0; run < runs; run++) {
        if (visit === 'first') {
          await cdp.send('Network.clearBrowserCache');
          await page.goto(new URL('/healthz', pageUrl).href);
          await page.evaluate(() => localStorage.clear());
        }
        samples.push(await measure(page, pageUrl));
      }
      rows.push({
        throttling: throttled ? 'mobile (Lighthouse)' : 'none',
        visit,
        'script tag → interactive (ms, median)': Math.round(median(samples.map((s) => s.interactiveMs))),
        'longest task over 50 ms (median; max)': `${Math.round(median(samples.map((s) => s.longestTaskMs)))}; ${Math.round(Math.max(...samples.map((s) => s.longestTaskMs)))}`,
      });
    }
    await context.close();
  }
  return rows;
}
