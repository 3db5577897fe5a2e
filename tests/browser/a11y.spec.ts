import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { resolvePath, routes } from './routes.ts';

/** axe-core finds no violations on any page template, in light and in dark mode, at desktop and phone width. */
for (const route of routes) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${route.name} in ${scheme} mode`, async ({ page, request }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(await resolvePath(route, request));
      if (route.name.startsWith('search-')) await page.locator('#search-results [role=option]').first().waitFor();
      const desktop = await new AxeBuilder({ page }).analyze();
      expect(desktop.violations.map(summarise)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 780 });
      const phone = await new AxeBuilder({ page }).analyze();
      expect(phone.violations.map(summarise)).toEqual([]);
    });
  }
}

/** A violation in a form that reads well in a failed assertion. */
function summarise(violation: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }) {
  return {
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
  };
}
