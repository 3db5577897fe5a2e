import { describe, expect, it } from 'vitest';
import { tellingOf, voiceOf } from '../../../src/findings/telling-of.ts';

describe('tellingOf and voiceOf', () => {
  it("tells a source's story apart from the abstract it quotes, and keeps a quoted scientist in the story", () => {
    expect(tellingOf({ sourceId: 'forum', speaker: 'abstract' })).toBe('forum/abstract');
    expect(tellingOf({ sourceId: 'forum', speaker: 'Conor Liston' })).toBe('forum/story');
  });

  it('hears more voices in one source: the headline, each person quoted, what it recounts as known, the narration', () => {
    expect(voiceOf({ sourceId: 'news', speaker: 'journalist', kind: 'headline' })).toBe('news/headline');
    expect(voiceOf({ sourceId: 'news', speaker: 'Conor Liston', kind: 'finding' })).toBe('news/Conor Liston');
    expect(voiceOf({ sourceId: 'news', speaker: 'journalist', kind: 'background' })).toBe('news/background');
    expect(voiceOf({ sourceId: 'news', speaker: 'journalist', kind: 'finding' })).toBe('news/journalist');
    expect(voiceOf({ sourceId: 'news', speaker: 'abstract', kind: 'background' })).toBe('news/abstract');
  });
});
