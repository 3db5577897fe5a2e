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
];

async function render(markdown: string): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkGlossaryLinks, { entries }).use(remarkRehype).use(rehypeStringify).process(markdown);
  return String(file);
}

describe('remarkGlossaryLinks', () => {
  it('links the first mention of each term, by its name or an alias, in any case, and only the first', async () => {
    const html = await render('Stress removes spines in the prefrontal cortex. The PFC loses more spines later.');
    expect(html).toBe(
      '<p>Stress removes <a href="/glossary/#spines" class="glossary-term">spines</a> in the <a href="/glossary/#pfc" class="glossary-term">prefrontal cortex</a>. The PFC loses more spines later.</p>',
    );
  });

  it('prefers the longest name where two overlap, and matches across a line break', async () => {
    const html = await render('New dendritic\nspines form; BMP signalling drops.');
    expect(html).toContain('<a href="/glossary/#spines" class="glossary-term">dendritic\nspines</a>');
    expect(html).toContain('<a href="/glossary/#bmp" class="glossary-term">BMP signalling</a>');
  });

  it('matches whole words only, and leaves text inside a link alone', async () => {
    const html = await render('Spineless [claims about spines](/claims/x/) and a backbone-spine.');
    expect(html).not.toContain('glossary-term');
  });

  it('changes nothing when there is no glossary', async () => {
    const file = await unified().use(remarkParse).use(remarkGlossaryLinks, { entries: [] }).use(remarkRehype).use(rehypeStringify).process('Spines.');
    expect(String(file)).toBe('<p>Spines.</p>');
  });
});
