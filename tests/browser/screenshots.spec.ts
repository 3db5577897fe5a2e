import { expect, test } from '@playwright/test';
import { resolvePath, routes } from './routes.ts';

/**
 * Every page template at phone (320 px, the narrowest the site supports) and desktop width,
 * light and dark: nothing may overflow sideways, and a full-page screenshot goes to
 * tests/browser/screenshots/ (gitignored) for a person to look at.
 */
const widths = [
  { label: '320', width: 320, height: 720 },
  { label: '1280', width: 1280, height: 900 },
];
const schemes = ['light', 'dark'] as const;

for (const route of routes) {
  for (const scheme of schemes) {
    test(`${route.name} fits from 320 px to desktop in ${scheme} mode`, async ({ page, request }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const path = await resolvePath(route, request);
      for (const size of widths) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(path);
        if (route.name.startsWith('search-')) await page.locator('#search-results [role=option]').first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways by ${overflow} px at ${size.width} px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `tests/browser/screenshots/${route.name}-${size.label}-${scheme}.png`, fullPage: true });
      }
    });
  }
}
