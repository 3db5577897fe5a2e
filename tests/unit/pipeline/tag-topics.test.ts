import { describe, expect, it } from 'vitest';
import { glossary, tagTopics } from '../../../src/pipeline/tag-topics.ts';

describe('tagTopics', () => {
  it('finds a glossary term by its name and by an alias, singular or plural', () => {
    expect(tagTopics('The mice lost dendritic spines.')).toContain('dendritic-spines');
    expect(tagTopics('Each spine receives one input.')).toContain('dendritic-spines');
    expect(tagTopics('Hippocampal neurons fired faster.')).toContain('hippocampus');
  });

  it('does not tag a term that is not there', () => {
    expect(tagTopics('The FDA approved the spray in March.')).not.toContain('hippocampus');
  });

  it('returns ids that all exist in the glossary', () => {
    const ids = new Set(glossary.map((entry) => entry.id));
    for (const topic of tagTopics('BMP signaling in the hippocampus and the prefrontal cortex after esketamine')) expect(ids.has(topic)).toBe(true);
  });
});
