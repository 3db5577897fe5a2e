import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The dark scheme sets colours and nothing else: every declaration inside a
 * `prefers-color-scheme: dark` block is a custom property. The browser tests rely on it to
 * check dark mode with axe's colour rules alone (tests/browser/a11y.spec.ts): a dark block that
 * hid, moved or resized anything would need every rule run again.
 */

const stylesheet = fileURLToPath(new URL('../../../src/styles/global.css', import.meta.url));

/** The text inside each `@media (prefers-color-scheme: dark) { ... }` block, braces matched. */
export function darkSchemeBlocks(css: string): string[] {
  const blocks: string[] = [];
  const opening = /@media[^{]*prefers-color-scheme:\s*dark[^{]*\{/gu;
  for (const match of css.matchAll(opening)) {
    let depth = 1;
    let position = match.index + match[0].length;
    const start = position;
    while (depth > 0 && position < css.length) {
      if (css[position] === '{') depth += 1;
      if (css[position] === '}') depth -= 1;
      position += 1;
    }
    blocks.push(css.slice(start, position - 1));
  }
  return blocks;
}

/** The property names declared in a block of CSS (comments dropped, nested selectors looked into). */
export function declaredProperties(block: string): string[] {
  const withoutComments = block.replace(/\/\*[\s\S]*?\*\//gu, '');
  return [...withoutComments.matchAll(/(?:^|[{;])\s*([-\w]+)\s*:/gu)].map((match) => match[1]!);
}

describe('the dark colour scheme', () => {
  it('finds declarations inside nested blocks, custom or not', () => {
    const css = '@media (prefers-color-scheme: dark) { :root { --ink: #fff; /* note: x */ } .card { display: none; } } p { margin: 0; }';
    expect(darkSchemeBlocks(css)).toHaveLength(1);
    expect(declaredProperties(darkSchemeBlocks(css)[0]!)).toEqual(['--ink', 'display']);
  });

  it('changes only colour custom properties in the site stylesheet', () => {
    const css = readFileSync(stylesheet, 'utf8');
    const blocks = darkSchemeBlocks(css);
    expect(blocks.length).toBeGreaterThan(0);
    const properties = blocks.flatMap(declaredProperties);
    expect(properties.length).toBeGreaterThan(5);
    expect(properties.filter((property) => !property.startsWith('--'))).toEqual([]);
  });
});
