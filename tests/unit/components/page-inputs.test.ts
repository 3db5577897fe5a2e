import { describe, expect, it } from 'vitest';
import { cacheKeyOf, claimListLinks, claimPageInputs, claimsListPageInputs, findingCounts, findingPageInputs, findingsListPageInputs, layoutInputs, studyPageInputs } from '../../../src/components/page-inputs.ts';
import type { FacetPanelData } from '../../../src/components/facet-data.ts';
import { paginateList } from '../../../src/components/paginate-list.ts';
import type { TimelinePages } from '../../../src/components/timeline-pages.ts';
import type { StudyView } from '../../../src/components/studies-data.ts';
import type { SourceEntry } from '../../../src/loaders/corpus-loaders.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import type { FindingGroup, SpinCheck } from '../../../src/schemas/finding.ts';
import { claim } from '../findings/claims.fixture.ts';

/** A source entry with the fields the page inputs read; the rest do not matter here. */
function source(id: string, title: string, fields: Partial<SourceEntry> = {}): SourceEntry {
  return { id, title, text: `The text of ${title}.`, kind: 'news-article', outlet: null, sections: [], studies: [], ...fields } as unknown as SourceEntry;
}

function group(id: string, claims: readonly Claim[], fields: Partial<FindingGroup> = {}): FindingGroup {
  return {
    id,
    label: `Label of ${id}`,
    labelClaimId: claims[0]!.id,
    claimIds: claims.map((member) => member.id),
    members: claims.map((member) => ({ claimId: member.id, sourceId: member.sourceId, textRange: { start: 0, end: member.text.length } })),
    sourceIds: [...new Set(claims.map((member) => member.sourceId))].sort(),
    studies: [],
    matchedOn: { text: 'spines' },
    flags: [],
    ...fields,
  } as FindingGroup;
}

const news = source('news', 'Ketamine news', { outlet: 'Science Daily' });
const blog = source('blog', 'A clinic blog', { kind: 'clinic-blog' });
const other = source('other', 'Another article');
const sourceById = new Map([news, blog, other].map((entry) => [entry.id, entry]));
const spines = claim('Ketamine restores spines in mice.', { id: 'spines', sourceId: 'news', topics: ['spines'] });
const regrow = claim('Spines grow back within a day.', { id: 'regrow', sourceId: 'blog', topics: ['spines'] });
const unrelated = claim('Ketamine is an anaesthetic.', { id: 'unrelated', sourceId: 'other', topics: [] });
const claims = [spines, regrow, unrelated];
const told = group('spines-regrow', [spines, regrow], { flags: [{ kind: 'hedge-drift', claimIds: ['regrow'], detail: 'firmer' }] as FindingGroup['flags'] });

/** List links as the paginated lists would give them, with /claims/ page numbers by claim id. */
function linksOn(claimsPages: Record<string, number>) {
  const timeline = { markPageOf: new Map<string, number>(), wordsPageOf: new Map<string, number>() } as unknown as TimelinePages;
  return claimListLinks({ claimsPageOf: new Map(Object.entries(claimsPages)), timeline });
}
const links = linksOn({ spines: 1, regrow: 1, unrelated: 2 });

describe('claimPageInputs', () => {
  const inputs = claimPageInputs(claims, sourceById, [{ claimId: 'spines', number: 2 }, { claimId: 'spines', number: 5 }], new Map([['spines', [told]], ['regrow', [told]]]), links);

  it('gives each claim its source, its citation numbers, its findings and its related claims with their source titles', () => {
    const [first] = inputs;
    expect(first!.source).toBe(news);
    expect(first!.citationNumbers).toEqual([2, 5]);
    expect(first!.findings).toEqual([{ id: 'spines-regrow', label: 'Label of spines-regrow', sourceCount: 2, tellingCount: 2, flagKinds: ['hedge-drift'] }]);
    expect(first!.related).toEqual([{ claim: regrow, sourceTitle: 'A clinic blog' }]);
    expect(first!.links.claims).toBe('/claims/#claim-spines');
    expect(inputs[2]!.links.claims).toBe('/claims/2/#claim-unrelated');
  });

  it('changes a claim page’s key when its card moves to another page of /claims/, and only then', () => {
    const layout = layoutInputs([news, blog, other]);
    const citations = [{ claimId: 'spines', number: 2 }];
    const groups = new Map([['spines', [told]]]);
    const keys = (pages: Record<string, number>) =>
      claimPageInputs(claims, sourceById, citations, groups, linksOn(pages)).map((page) => cacheKeyOf(page, layout));
    const before = keys({ spines: 1, regrow: 1, unrelated: 2 });
    const after = keys({ spines: 1, regrow: 2, unrelated: 2 });
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).toBe(before[2]);
  });

  it('gives a claim cited nowhere and in no finding empty lists', () => {
    expect(inputs[2]).toMatchObject({ citationNumbers: [], findings: [], related: [] });
  });

  it('keeps a claim page’s key when an unrelated source changes, and changes it when its own source does', () => {
    const layout = layoutInputs([news, blog, other]);
    const before = cacheKeyOf(inputs[0], layout);
    const otherEdited = new Map(sourceById).set('other', source('other', 'Another article, edited'));
    const newsEdited = new Map(sourceById).set('news', source('news', 'Ketamine news, edited'));
    const groups = new Map([['spines', [told]], ['regrow', [told]]]);
    expect(cacheKeyOf(claimPageInputs(claims, otherEdited, [{ claimId: 'spines', number: 2 }, { claimId: 'spines', number: 5 }], groups, links)[0], layout)).toBe(before);
    expect(cacheKeyOf(claimPageInputs(claims, newsEdited, [{ claimId: 'spines', number: 2 }, { claimId: 'spines', number: 5 }], groups, links)[0], layout)).not.toBe(before);
  });

  it('changes every key when the layout shows another number of sources', () => {
    expect(cacheKeyOf(inputs[0], layoutInputs([news, blog]))).not.toBe(cacheKeyOf(inputs[0], layoutInputs([news, blog, other])));
  });
});

describe('findingPageInputs', () => {
  const claimById = new Map(claims.map((item) => [item.id, item]));

  it('holds only the claims of the finding’s tellings and their sources’ titles', () => {
    const inputs = findingPageInputs(told, claimById, sourceById);
    expect([...inputs.claimById.keys()]).toEqual(['spines', 'regrow']);
    expect([...inputs.sourceTitles]).toEqual([
      ['news', 'Ketamine news'],
      ['blog', 'A clinic blog'],
    ]);
  });

  it('names each telling as the group’s flags do, so a card can be matched to a flag', () => {
    const inputs = findingPageInputs(told, claimById, sourceById);
    expect([...inputs.tellingNames]).toEqual([
      ['news/story', 'Science Daily'],
      ['blog/story', 'the clinic blog'],
    ]);
  });

  it('keeps its cache key when a telling’s source changes elsewhere in its text, and not when its title changes', () => {
    const layout = layoutInputs([news, blog, other]);
    const keyWith = (entry: SourceEntry) => cacheKeyOf(findingPageInputs(told, claimById, new Map([...sourceById, [entry.id, entry]])), layout);
    const before = keyWith(news);
    expect(keyWith({ ...news, text: `${news.text}\nAn editor added this sentence.` })).toBe(before);
    expect(keyWith({ ...news, title: 'Ketamine news, corrected' })).not.toBe(before);
  });
});

describe('studyPageInputs', () => {
  it('holds the titles and spin checks of the sources whose claims report the study, and no others', () => {
    const study = { id: 'moda-sava-2019', label: 'Moda-Sava 2019', claims: [spines], sourceIds: ['news'] } as unknown as StudyView;
    const spin = (sourceId: string) => ({ sourceId, moreCertain: [], speciesOmittedClaimIds: [] }) as unknown as SpinCheck;
    const inputs = studyPageInputs(study, sourceById, new Map([['news', spin('news')], ['blog', spin('blog')]]));
    expect([...inputs.sourceTitles]).toEqual([['news', 'Ketamine news']]);
    expect([...inputs.spinBySource.keys()]).toEqual(['news']);
  });

  it("names each source's kind, never its outlet (a sentence says 'the title of the news page'), and an unknown kind as a source", () => {
    const study = { id: 'moda-sava-2019', label: 'Moda-Sava 2019', claims: [{ sourceId: 'news' }, { sourceId: 'thread' }, { sourceId: 'story' }, { sourceId: 'misc' }], sourceIds: [] } as unknown as StudyView;
    const sources = new Map([
      ['news', source('news', 'Ketamine news', { outlet: 'Science Daily' })],
      ['thread', source('thread', 'A thread', { kind: 'forum-thread' })],
      ['story', source('story', 'A story', { kind: 'science-news' })],
      ['misc', source('misc', 'Notes', { kind: 'other' })],
    ]);
    expect([...studyPageInputs(study, sources, new Map()).sourceKinds]).toEqual([
      ['news', 'news article'],
      ['thread', 'forum thread'],
      ['story', 'science news story'],
      ['misc', 'source'],
    ]);
  });
});

describe('claimsListPageInputs', () => {
  const facetPanel = { counts: 'of every claim' } as unknown as FacetPanelData;
  const news2 = claim('Ketamine acts within hours.', { id: 'news-2', sourceId: 'news', topics: [] });
  const listed = [spines, news2, regrow, unrelated];
  const corpus = (entries: Map<string, SourceEntry>) => ({
    sources: [news, blog, other],
    claims: listed,
    sourceById: entries,
    claimsBySource: new Map([
      ['news', [spines, news2]],
      ['blog', [regrow]],
      ['other', [unrelated]],
    ]),
    facetPanel,
  });
  const pages = paginateList(listed, '/claims/', 2);

  it('names only the sources on the page, and marks a source whose first claim is on an earlier page as continued', () => {
    const second = claimsListPageInputs(pages[1]!, corpus(sourceById), 0);
    expect([...second.sourceTitles]).toEqual([
      ['blog', 'A clinic blog'],
      ['other', 'Another article'],
    ]);
    expect([...second.continuedSources]).toEqual([]);
    const split = claimsListPageInputs(paginateList(listed, '/claims/', 1)[1]!, corpus(sourceById), 0);
    expect([...split.continuedSources]).toEqual(['news']);
    expect(second).toMatchObject({ sourceCount: 3, claimCount: 4, facetPanel });
  });

  it('keeps a page’s key when a source on another page changes, and changes it when the corpus counts do', () => {
    const layout = layoutInputs([news, blog, other]);
    const key = (entries: Map<string, SourceEntry>, commentary: number) => cacheKeyOf(claimsListPageInputs(pages[0]!, corpus(entries), commentary), layout);
    const before = key(sourceById, 0);
    expect(key(new Map(sourceById).set('blog', source('blog', 'A clinic blog, retitled')), 0)).toBe(before);
    expect(key(new Map(sourceById).set('news', source('news', 'Ketamine news, retitled')), 0)).not.toBe(before);
    expect(key(sourceById, 1)).not.toBe(before);
  });
});

describe('findingsListPageInputs', () => {
  it('holds the claims and source titles of the page’s groups only, and counts every group and the flagged ones', () => {
    const alone = group('unrelated-only', [unrelated]);
    const groups = [told, alone];
    const [first] = paginateList(groups, '/findings/', 1);
    const inputs = findingsListPageInputs(first!, findingCounts(groups), new Map(claims.map((item) => [item.id, item])), sourceById);
    expect([...inputs.claimById.keys()]).toEqual(['spines', 'regrow']);
    expect([...inputs.sourceTitles.keys()]).toEqual(['news', 'blog']);
    expect(inputs).toMatchObject({ groupCount: 2, flaggedCount: 1 });
  });
});
