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

  it('keeps the text around a citation, emphasis included', async () => {
    const { html } = await renderSummary('Before *fast* [@spines-return] after.', claims);
    expect(html).toMatch(/^<p>Before <em>fast<\/em> <a [^>]*class="cite"[^>]*>.*<\/a> after\.<\/p>$/s);
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
});
