import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkGlossaryLinks, type LinkableTerm } from '../../../src/remark/remark-glossary-links.ts';

const entries: LinkableTerm[] = [
  { id: 'spines', term: 'Dendritic spines', aliases: ['spines', 'spine'] },
  { id: 'pfc', term: 'Prefrontal cortex', aliases: ['PFC'] },
  { id: 'bmp', term: 'BMP signaling', aliases: ['BMP signalling'] },
  { id: 'pet', term: 'PET imaging', aliases: ['PET', 'recovery'] },
];

async function render(markdown: string, glossary: readonly LinkableTerm[] = entries): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkGlossaryLinks, { entries: glossary }).use(remarkRehype).use(rehypeStringify).process(markdown);
  return String(file);
}

const link = (id: string, text: string) => `<a href="/glossary/#${id}" class="glossary-term">${text}</a>`;

describe('remarkGlossaryLinks', () => {
  it('links the first mention of each term, by its name in any case, and only the first', async () => {
    const html = await render('Stress removes dendritic spines in the prefrontal cortex. The Prefrontal cortex loses more Dendritic spines later.');
    expect(html).toBe(`<p>Stress removes ${link('spines', 'dendritic spines')} in the ${link('pfc', 'prefrontal cortex')}. The Prefrontal cortex loses more Dendritic spines later.</p>`);
  });

  it('matches an abbreviation only as written, and leaves single-word aliases to the topic tagger', async () => {
    expect(await render('A pet with spines; full recovery.')).not.toContain('glossary-term');
    expect(await render('Seen with PET.')).toBe(`<p>Seen with ${link('pet', 'PET')}.</p>`);
  });

  it('prefers the longest name where two overlap, and matches across a line break', async () => {
    const html = await render('New dendritic\nspines form; BMP signalling drops.');
    expect(html).toContain(link('spines', 'dendritic\nspines'));
    expect(html).toContain(link('bmp', 'BMP signalling'));
  });

  it('matches whole words only, and never inside a link, a heading or a citation id', async () => {
    const html = await render('# Prefrontal cortex\n\nUnprefrontal cortexes, [the prefrontal cortex](/claims/x/), [@prefrontal-cortex] and [@dendritic-spines-12ab].');
    expect(html).not.toContain('glossary-term');
  });

  it('changes nothing when there is no glossary', async () => {
    expect(await render('Spines.', [])).toBe('<p>Spines.</p>');
  });
});
