import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../src/components/page-title.ts';

const site = 'Ketamine evidence explorer';

describe('pageTitle', () => {
  it('puts the site name after a short title', () => {
    expect(pageTitle('Claims', site)).toBe('Claims · Ketamine evidence explorer');
  });

  it('cuts a long title at a word so that the whole fits in 70 characters', () => {
    const title = pageTitle('Ketamine restored dendritic spines in the prefrontal cortex of stressed mice within a day', site);
    expect(title).toBe('Ketamine restored dendritic spines in… · Ketamine evidence explorer');
    expect(title.length).toBeLessThanOrEqual(70);
  });

  it('collapses line breaks and never splits an emoji', () => {
    const title = pageTitle(`Mice\n\n${'🐭'.repeat(40)}`, site);
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    expect(title.startsWith('Mice 🐭')).toBe(true);
  });

  it('keeps markup in a title as the characters it is', () => {
    expect(pageTitle('<script>alert(1)</script>', site)).toBe('<script>alert(1)</script> · Ketamine evidence explorer');
  });
});
