import { expect, test } from '@playwright/test';
import { openAtWidth, resolvePath, routes } from './routes.ts';

/**
 * Every page template at phone (320 px, the narrowest the site supports) and desktop width,
 * light and dark: nothing may overflow sideways. Outside CI a full-page screenshot of each goes
 * to tests/browser/screenshots/ (gitignored) for a person to look at. Each width is a fresh
 * load (the filter panel opens or folds by width on load); the scheme switches in place.
 *
 * In CI nobody looks at the pictures, and encoding a hundred full-page PNGs is half of this
 * file's time (measured: 288 s of test time with them, 148 s without; the browser suite is
 * most of CI's 15-minute budget), so CI checks the overflow only. SCREENSHOTS=1 writes them
 * in CI too, and SCREENSHOTS=0 skips them anywhere.
 */
const inCi = !['', '0', 'false'].includes(process.env.CI ?? '');
const takeScreenshots = process.env.SCREENSHOTS === '1' || (process.env.SCREENSHOTS !== '0' && !inCi);
const widths = [
  { label: '320', width: 320, height: 720 },
  { label: '1280', width: 1280, height: 900 },
];
const schemes = ['light', 'dark'] as const;

for (const route of routes) {
  test(`${route.name} fits from 320 px to desktop in light and dark mode`, async ({ page, request }) => {
    test.slow();
    const path = await resolvePath(route, request);
    for (const size of widths) {
      await openAtWidth(page, route, path, size);
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways by ${overflow} px at ${size.width} px in ${scheme} mode`).toBeLessThanOrEqual(0);
        if (takeScreenshots) await page.screenshot({ path: `tests/browser/screenshots/${route.name}-${size.label}-${scheme}.png`, fullPage: true });
      }
    }
  });
}
