import { describe, expect, it } from 'vitest';
import type { CitableClaim } from '../../../src/remark/remark-claim-citations.ts';
import { renderSummary } from '../../../src/remark/render-summary.ts';

const claims = new Map<string, CitableClaim>([
  ['spines-return', { id: 'spines-return', text: 'Spines came back.', species: 'mouse', speciesBasis: 'sentence', hedge: 'asserted' }],
  ['people-too', { id: 'people-too', text: 'Maybe in people too.', species: 'human', speciesBasis: 'study', hedge: 'hedged' }],
]);

describe('renderSummary', () => {
  it('turns a citation into a numbered link to the claim', async () => {
    const { html, citations } = await renderSummary('Spines regrow [@spines-return].', claims);
    expect(html).toContain('href="/claims/spines-return/"');
    expect(html).toContain('id="cite-1"');
    expect(citations).toEqual([{ number: 1, claimId: 'spines-return' }]);
  });

  it('shows the species and hedge level inside the citation', async () => {
    const { html } = await renderSummary('Spines regrow [@spines-return].', claims);
    expect(html).toContain('data-species="mouse"');
    expect(html).toContain('>Mice<');
    expect(html).toContain('>Asserted<');
  });

  it('flags a claim whose species comes only from study metadata', async () => {
    const { html } = await renderSummary('Maybe [@people-too].', claims);
    expect(html).toContain('data-basis="study"');
    expect(html).toContain('⚠ Humans');
    expect(html).toContain('from study metadata only');
  });

  it('numbers several citations in one bracket in reading order', async () => {
    const { citations } = await renderSummary('Both [@spines-return; @people-too], and again [@spines-return].', claims);
    expect(citations).toEqual([
      { number: 1, claimId: 'spines-return' },
      { number: 2, claimId: 'people-too' },
      { number: 3, claimId: 'spines-return' },
    ]);
  });

  it('keeps a citation on one line with the word before it and the punctuation after it', async () => {
    const { html } = await renderSummary('Stressed mice lost spines faster than other mice [@spines-return], and again [@people-too].', claims);
    expect(html).toMatch(/than other <span class="cite-run">mice <a [^>]*class="cite"[\s\S]*?<\/a>,<\/span> and <span class="cite-run">again/u);
    expect(html).toMatch(/<span class="cite-run">again <a [^>]*class="cite"[\s\S]*?<\/a>\.<\/span><\/p>/u);
  });

  it('lets several citations in one bracket wrap between them, each end still held to its text', async () => {
    const { html } = await renderSummary('Both [@spines-return; @people-too].', claims);
    expect(html).toMatch(/^<p><span class="cite-run">Both <a [^>]*id="cite-1"[\s\S]*?<\/a><\/span><span class="cite-run"><a [^>]*id="cite-2"[\s\S]*?<\/a>\.<\/span><\/p>$/u);
  });

  it('keeps the text around a citation, emphasis included', async () => {
    const { html } = await renderSummary('Before *fast* [@spines-return] after.', claims);
    expect(html).toMatch(/^<p>Before <em>fast<\/em><span class="cite-run"> <a [^>]*class="cite"[^>]*>.*<\/a><\/span> after\.<\/p>$/s);
  });

  it('fails on a citation to a claim that does not exist, naming the line and column', async () => {
    await expect(renderSummary('# Title\n\nText [@no-such-claim].', claims)).rejects.toThrow(
      /content\/summary\.md:3:1.*no-such-claim|no-such-claim/,
    );
    await expect(renderSummary('# Title\n\nText [@no-such-claim].', claims)).rejects.toMatchObject({ line: 3 });
  });

  it('fails on a malformed citation instead of printing it', async () => {
    await expect(renderSummary('Text [@Bad Id].', claims)).rejects.toThrow(/malformed/);
  });

  it('leaves ordinary brackets and links alone', async () => {
    const { html, citations } = await renderSummary('See [the method](/about/) and [this].', claims);
    expect(html).toContain('<a href="/about/">the method</a>');
    expect(html).toContain('[this]');
    expect(citations).toEqual([]);
  });

  it('links a glossary term whole when a citation follows it, and keeps the link on the citation\'s line', async () => {
    const glossary = [{ id: 'bmp', term: 'BMP signaling', aliases: ['BMP signalling'] }];
    const { html, citations } = await renderSummary('Lower BMP signalling [@spines-return], then more.', claims, glossary);
    expect(citations).toEqual([{ number: 1, claimId: 'spines-return' }]);
    expect(html).toMatch(/^<p>Lower <span class="cite-run"><a href="\/glossary\/#bmp" class="glossary-term">BMP signalling<\/a> <a [^>]*class="cite"/u);
  });
});
