import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAtWidth, resolvePath, routes } from './routes.ts';

/**
 * axe-core finds no violations on any page template, at desktop and at phone width, in light
 * and in dark mode. Each width is a fresh load (the filter panel opens or folds by width on
 * load) and gets every rule; the scheme then switches in place, and dark mode gets the rules
 * that read colours. The dark scheme changes nothing but colour custom properties
 * (tests/unit/components/dark-scheme.test.ts holds that), so the page's structure, names and
 * layout are the ones just checked, and the other rules, half of axe's time, would repeat it.
 */

/** The axe rules whose outcome depends on colours: axe-core's rules tagged `cat.color` that run by default (its AAA contrast rule does not). */
const colourRules = ['color-contrast', 'link-in-text-block'] as const;

const widths = [
  { label: 'desktop', width: 1280, height: 720 },
  { label: 'phone', width: 320, height: 780 },
];

for (const route of routes) {
  test(`axe finds no violations on ${route.name} at desktop and phone width, light and dark`, async ({ page, request }) => {
    // Long pages at phone width take axe a while on a busy two-core machine.
    test.slow();
    const path = await resolvePath(route, request);
    for (const size of widths) {
      await openAtWidth(page, route, path, size);
      expect(await violations(page), `${path}, ${size.label}, light`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await violations(page, colourRules), `${path}, ${size.label}, dark`).toEqual([]);
    }
  });
}

/**
 * Legacy mode runs axe in the page itself rather than in parts gathered in a second page:
 * two to three times faster here, with the same results on these pages, which hold no
 * frames (the test checks) — frames are what the newer mode exists for.
 */
async function violations(page: Page, rules?: readonly string[]) {
  expect(await page.locator('iframe, frame').count(), 'a page with frames needs axe without legacy mode').toBe(0);
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const results = await (rules === undefined ? builder : builder.withRules([...rules])).analyze();
  return results.violations.map(summarise);
}

/** A violation in a form that reads well in a failed assertion. */
function summarise(violation: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }) {
  return {
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
  };
}
