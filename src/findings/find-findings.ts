import type { Claim } from '../schemas/claim.ts';
import type { FindingGroup } from '../schemas/finding.ts';
import type { Source } from '../schemas/source.ts';
import type { Species } from '../schemas/vocabulary.ts';
import { contentWords } from './content-words.ts';
import { describeGroup } from './describe-group.ts';
import { detectFlags } from './detect-flags.ts';
import { groupStatements } from './group-statements.ts';
import { makeGroupId } from './make-group-id.ts';
import { scorePair, type ComparableStatement, type PairScore, type Weights } from './score-pair.ts';
import { LINK_THRESHOLD, MEAN_THRESHOLD } from './similarity-weights.ts';
import { splitStatements } from './split-statements.ts';
import { weighWords } from './weigh-words.ts';

/** What the findings stage needs besides the claims and sources, passed in so tests can fake it. */
export interface FindingsContext {
  /** The pipeline's topic tagger, for the parts of split claims. */
  tagTopics: (text: string) => string[];
  /** Topic ids in glossary order, with the term readers see. */
  topicTerms: ReadonlyMap<string, string>;
  /** A species as a sentence says it ("mice"). */
  speciesName: (species: Species) => string;
}

/** Everything the matcher worked out, for the export and for tests that ask why. */
export interface FindingsResult {
  groups: FindingGroup[];
  statements: ComparableStatement[];
  /** The score of two statements (by index), with its parts; same-telling pairs included. */
  score: (first: number, second: number) => PairScore;
}

/**
 * Claims grouped across tellings into findings (issue 5). Every claim but commentary becomes
 * one statement, or two when it reports two results at two times; statements are scored in
 * pairs (src/findings/score-pair.ts, weights in similarity-weights.ts), with word weights
 * computed within each study, grouped by average linkage, and each group is labelled,
 * explained and checked for differences between its tellings. The result depends only on the
 * claims, not on the order they come in.
 */
export function findFindings(claims: readonly Claim[], sources: readonly Source[], context: FindingsContext): FindingsResult {
  const ordered = claims.filter((claim) => claim.kind !== 'commentary').sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.span.start - b.span.start);
  const statements: ComparableStatement[] = ordered
    .flatMap((claim) => splitStatements(claim, context.tagTopics))
    .map((statement) => {
      const words = contentWords(statement.text);
      return { ...statement, words, keys: new Set(words.map((word) => word.key)), topicSet: new Set(statement.topics) };
    });

  // Word weights within each study: words every telling of a study uses (its subject) say
  // little about which of its findings a statement reports.
  const weightsByStudy = new Map<string, Weights>();
  for (const study of new Set(statements.map((statement) => statement.claim.study ?? ''))) {
    const pool = statements.filter((statement) => (statement.claim.study ?? '') === study);
    weightsByStudy.set(study, { word: weighWords(pool), topic: weighWords(pool.map((statement) => ({ keys: statement.topicSet }))) });
  }
  const weightsOf = (statement: ComparableStatement) => weightsByStudy.get(statement.claim.study ?? '')!;

  const scores = new Map<string, PairScore>();
  const score = (first: number, second: number): PairScore => {
    const [low, high] = first < second ? [first, second] : [second, first];
    const key = `${low} ${high}`;
    let found = scores.get(key);
    if (found === undefined) {
      found = scorePair(statements[low]!, statements[high]!, weightsOf(statements[low]!));
      scores.set(key, found);
    }
    return found;
  };

  const clusters = groupStatements({
    count: statements.length,
    telling: (index) => statements[index]!.telling,
    score: (first, second) => {
      const found = score(first, second);
      return found.veto === null ? found.score : null;
    },
    linkThreshold: LINK_THRESHOLD,
    meanThreshold: MEAN_THRESHOLD,
  });

  const studyLabels = new Map(sources.flatMap((source) => source.studies.map((study) => [study.id, study.label] as const)));
  const tellingName = tellingNamer(sources);
  const naming = { topicTerms: context.topicTerms, studyLabel: (id: string) => studyLabels.get(id) ?? id, speciesName: context.speciesName };

  const groups = clusters.map((indexes): FindingGroup => {
    const members = indexes.map((index) => statements[index]!);
    const whole = (member: ComparableStatement) => member.textRange.start === 0 && member.textRange.end === member.claim.text.length;
    const { label, matchedOn } = describeGroup(members, weightsOf(members[0]!).word, naming);
    return {
      id: makeGroupId(members.map((member) => (whole(member) ? member.claim.id : `${member.claim.id}@${member.textRange.start}-${member.textRange.end}`))),
      label,
      claimIds: [...new Set(members.map((member) => member.claim.id))],
      members: members.map((member) => ({ claimId: member.claim.id, sourceId: member.claim.sourceId, textRange: member.textRange })),
      sourceIds: [...new Set(members.map((member) => member.claim.sourceId))].sort(),
      studies: [...new Set(members.flatMap((member) => (member.claim.study === null ? [] : [member.claim.study])))].sort(),
      matchedOn,
      flags: detectFlags(members, tellingName, context.speciesName),
    };
  });
  return { groups, statements, score };
}

/**
 * Names tellings for flag sentences: a source by its outlet, else by its kind ("the clinic blog
 * post"), and the paper's abstract inside it as such. Two sources that would share a name are
 * told apart by their ids.
 */
export function tellingNamer(sources: readonly Source[]): (telling: string) => string {
  const kindWords = (kind: string) => `the ${kind.replace(/-/gu, ' ')}`;
  const base = new Map(sources.map((source) => [source.id, source.outlet ?? kindWords(source.kind)] as const));
  const counts = new Map<string, number>();
  for (const name of base.values()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const nameOf = (sourceId: string) => {
    const name = base.get(sourceId) ?? sourceId;
    return (counts.get(name) ?? 0) > 1 ? `${name} (${sourceId})` : name;
  };
  return (telling) => {
    const [sourceId = telling, voice] = telling.split('/');
    if (voice === 'abstract') return `the paper's abstract (quoted in ${nameOf(sourceId)})`;
    if (voice === 'publisher') return `the publisher of ${nameOf(sourceId)}`;
    return nameOf(sourceId);
  };
}
