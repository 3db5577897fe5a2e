import { test } from '@playwright/test';
import { resolvePath, routes } from './routes.ts';

/**
 * Screenshots of every page template at phone and desktop width, light and dark, into
 * tests/browser/screenshots/ (gitignored) for a person to look at. Nothing is compared.
 */
const widths = [
  { label: '360', width: 360, height: 780 },
  { label: '1280', width: 1280, height: 900 },
];
const schemes = ['light', 'dark'] as const;

for (const route of routes) {
  for (const scheme of schemes) {
    test(`screenshot ${route.name} (${scheme})`, async ({ page, request }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const path = await resolvePath(route, request);
      for (const size of widths) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(path);
        if (route.name === 'search-results') await page.locator('#search-results [role=option]').first().waitFor();
        await page.screenshot({ path: `tests/browser/screenshots/${route.name}-${size.label}-${scheme}.png`, fullPage: true });
      }
    });
  }
}
