import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Dark mode changes colours and nothing else: every rule inside a prefers-color-scheme
 * block sets custom properties only. The browser tests lean on this: they check layout and
 * the full set of axe rules in light mode, and only the colour rules again in dark mode
 * (tests/browser/a11y.spec.ts); a dark-only change of layout would need both again.
 */

const sourceRoot = new URL('../../../src/', import.meta.url).pathname;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** The text inside each `@media (prefers-color-scheme: …) { … }` block, braces matched. */
function colourSchemeBlocks(css: string): string[] {
  const blocks: string[] = [];
  const opening = /@media[^{]*prefers-color-scheme[^{]*\{/gu;
  for (let match = opening.exec(css); match !== null; match = opening.exec(css)) {
    let depth = 1;
    let end = opening.lastIndex;
    while (depth > 0 && end < css.length) {
      if (css[end] === '{') depth += 1;
      if (css[end] === '}') depth -= 1;
      end += 1;
    }
    blocks.push(css.slice(opening.lastIndex, end - 1));
  }
  return blocks;
}

/** Every property a block of CSS declares, comments dropped. */
function declaredProperties(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  return [...withoutComments.matchAll(/([-\w]+)\s*:[^;{}]*(?:;|(?=\}))/gu)].map((match) => match[1]!);
}

describe('dark mode', () => {
  it('finds the declarations of a colour-scheme block, nested rules included', () => {
    const css = 'a{color:red}@media (prefers-color-scheme: dark){:root{--bg:#000;--text:#fff}.card{display:none}}b{margin:0}';
    const blocks = colourSchemeBlocks(css);
    expect(blocks).toHaveLength(1);
    expect(declaredProperties(blocks[0]!)).toEqual(['--bg', '--text', 'display']);
  });

  const styled = filesUnder(sourceRoot).filter((file) => /\.(css|astro)$/u.test(file));
  const blocks = styled.flatMap((file) => colourSchemeBlocks(readFileSync(file, 'utf8')).map((block) => ({ file, block })));

  it('is set somewhere in the site', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it('sets custom properties only, so that layout is the same in both schemes', () => {
    const others = blocks.flatMap(({ file, block }) =>
      declaredProperties(block)
        .filter((property) => !property.startsWith('--'))
        .map((property) => `${file.slice(sourceRoot.length)}: ${property}`),
    );
    expect(others).toEqual([]);
  });
});
