import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { defaultFindingsContext } from '../../../src/findings/build-findings-export.ts';
import { contentWords } from '../../../src/findings/content-words.ts';
import { findFindings } from '../../../src/findings/find-findings.ts';
import { isTimeKey } from '../../../src/findings/score-pair.ts';

/*
 * The hostile fixture (tests/fixtures/hostile-sources/hostile.md) repeats one kind of sentence,
 * "Ketamine <did something> in mice within <N> hours", wrapped in markup and script. It once made
 * a group of its own claims alone, "1 source in 11 tellings", held together by its times and its
 * markup. A group must hold two tellings from different sources or voices, each member told by
 * another voice in it in words, not in times or markup.
 */
describe('findings with the hostile fixture added', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const corpus = [...loadCorpus(root, 'content/sources'), ...loadCorpus(root, 'tests/fixtures/hostile-sources')];
  const hostile = corpus.find((entry) => entry.source.id === 'hostile')!;
  const claims = corpus.flatMap((entry) => entry.claims);
  const { groups, statements } = findFindings(
    claims,
    corpus.map((entry) => entry.source),
    defaultFindingsContext,
  );
  const statementOf = (claimId: string, start: number, end: number) => statements.find((statement) => statement.claim.id === claimId && statement.textRange.start === start && statement.textRange.end === end)!;

  it('reads the fixture', () => {
    expect(hostile.claims.length).toBeGreaterThan(10);
  });

  it('makes no group of the hostile source alone', () => {
    expect(groups.filter((group) => group.sourceIds.length === 1 && group.sourceIds[0] === 'hostile')).toEqual([]);
  });

  it('groups no claim that is only markup, script, a link target or a footnote mark', () => {
    const markupOnly = hostile.claims.filter((claim) => claim.kind !== 'commentary' && contentWords(claim.text).length === 0).map((claim) => claim.id);
    // Three since an HTML comment holding the word "comment" is read as comment-section furniture.
    expect(markupOnly.length).toBeGreaterThanOrEqual(3);
    expect(groups.flatMap((group) => group.claimIds).filter((id) => markupOnly.includes(id))).toEqual([]);
  });

  it('holds every member of every group because another voice in it shares one of its words', () => {
    for (const group of groups) {
      const members = group.members.map((member) => statementOf(member.claimId, member.textRange.start, member.textRange.end));
      for (const member of members) {
        const words = [...member.keys, ...member.contextKeys].filter((key) => !isTimeKey(key));
        const toldElsewhere = members.some((other) => other.voice !== member.voice && words.some((key) => other.keys.has(key) || other.contextKeys.has(key)));
        expect(toldElsewhere, `${group.label}: ${member.text}`).toBe(true);
      }
    }
  });
});
