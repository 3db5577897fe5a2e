import type { Claim } from '../schemas/claim.ts';
import type { FindingGroup } from '../schemas/finding.ts';
import type { Source } from '../schemas/source.ts';
import type { Species } from '../schemas/vocabulary.ts';
import { attachStatements } from './attach-statements.ts';
import { borrowedContext } from './borrowed-context.ts';
import { borrowedPace } from './borrowed-pace.ts';
import { candidatePairs, type CandidateList } from './candidate-pairs.ts';
import { comparableStatement } from './comparable-statement.ts';
import { describeGroup } from './describe-group.ts';
import { detectFlags } from './detect-flags.ts';
import { groupStatements, type ScoredPair } from './group-statements.ts';
import { combineVetoSummaries, vetoSummariesConflict, vetoSummaryOf } from './group-vetoes.ts';
import { labelGroup } from './label-group.ts';
import { makeGroupId } from './make-group-id.ts';
import { makePairScorer } from './pair-scorer.ts';
import { isGeneral, scorePair, type ComparableStatement, type PairScore } from './score-pair.ts';
import { changeConceptKeys } from './findings-lexicons.ts';
import { keepFittingMembers } from './keep-fitting-members.ts';
import { keepToldTwice } from './keep-told-twice.ts';
import { pairNeighbours } from './pair-neighbours.ts';
import { heldByNames } from './held-by-names.ts';
import { ATTACH, CANDIDATE_LIMITS, CHANGE_WEIGHT, LINK_THRESHOLD, MEAN_THRESHOLD, MEMBER_FIT, PAIR_FLOOR } from './similarity-weights.ts';
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
  /** The score of two statements (by index), with its parts; any pair, scored or not by the grouping. */
  score: (first: number, second: number) => PairScore;
  /** How many pairs the grouping scored (src/findings/candidate-pairs.ts). */
  scoredPairs: number;
}

/** How the grouping finds the pairs it scores: through the inverted index, or every pair (for tests). */
export type PairSearch = 'index' | 'exhaustive';

/**
 * Claims grouped across tellings into findings (issue 5). Every claim but commentary becomes
 * one statement, or more when it reports two things (src/findings/split-statements.ts), with
 * its content words, concepts and times as keys (comparable-statement.ts), borrowing the keys of
 * the claim before when it points back at it (borrowed-context.ts), and its pace when it is
 * placed at that claim's time (borrowed-pace.ts). Statements that share a key
 * are found through an inverted index (candidate-pairs.ts) and scored in pairs (score-pair.ts,
 * pair-scorer.ts; every weight in similarity-weights.ts); the pairs are grouped by average
 * linkage (group-statements.ts), a statement may also join the other groups it fits
 * (attach-statements.ts), a member stays only if it is like its group as a whole, on average
 * (keep-fitting-members.ts), and only if another voice in its group tells something like it,
 * at the link threshold (keep-told-twice.ts); a group that shares nothing but names (an
 * institute, a city) is no finding (held-by-names.ts). Each group is labelled with
 * its clearest member's words (label-group.ts), explained (describe-group.ts) and checked for
 * differences between its tellings (detect-flags.ts). The result depends only on the claims, not on their order.
 */
export function findFindings(claims: readonly Claim[], sources: readonly Source[], context: FindingsContext, search: PairSearch = 'index'): FindingsResult {
  const ordered = claims.filter((claim) => claim.kind !== 'commentary').sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.span.start - b.span.start || a.id.localeCompare(b.id));
  const pointedAt = borrowedContext(ordered);
  const pacesTaken = borrowedPace(ordered);
  // Generated corpora repeat sentences; the glossary tagger is the slowest step, so each part's
  // text is tagged once.
  const topicsByText = new Map<string, string[]>();
  const tagTopics = (text: string) => {
    let topics = topicsByText.get(text);
    if (topics === undefined) topicsByText.set(text, (topics = context.tagTopics(text)));
    return topics;
  };
  const statements: ComparableStatement[] = ordered
    .flatMap((claim) => splitStatements(claim, tagTopics))
    // A statement with no time of its own, placed "in this time period" of the sentence before,
    // stresses that sentence's speed or delay.
    .map((statement) => (statement.pace === null && statement.timescales.length === 0 ? { ...statement, pace: pacesTaken.get(statement.claim.id) ?? null } : statement))
    .map((statement) => comparableStatement(statement, pointedAt.get(statement.claim.id)));

  // Word weights: a word most statements use says little about which finding a statement
  // reports. Two statements about one study are weighed within that study, where the words
  // every telling of it uses (its subject) say little; any other pair over the whole corpus.
  const weightsOf = (pool: readonly ComparableStatement[]) => {
    const idf = weighWords(pool);
    const cache = new Map<string, number>();
    return (key: string) => {
      let weight = cache.get(key);
      if (weight === undefined) cache.set(key, (weight = idf(key) * (changeConceptKeys.has(key) ? CHANGE_WEIGHT : 1)));
      return weight;
    };
  };
  const weights = weightsOf(statements);
  const byStudy = new Map<string, ComparableStatement[]>();
  for (const statement of statements) {
    if (statement.claim.study === null) continue;
    const pool = byStudy.get(statement.claim.study);
    if (pool === undefined) byStudy.set(statement.claim.study, [statement]);
    else pool.push(statement);
  }
  const studies = [...byStudy.keys()];
  const weighting = new Map(studies.map((study, position) => [study, position + 1] as const));
  const weightings = [weights, ...studies.map((study) => weightsOf(byStudy.get(study)!))];
  const weightingOf = (a: ComparableStatement, b: ComparableStatement) => (a.claim.study !== null && a.claim.study === b.claim.study ? weighting.get(a.claim.study)! : 0);
  const score = makePairScorer(statements, weightings, weightingOf);
  const weightsFor = (a: ComparableStatement, b: ComparableStatement) => weightings[weightingOf(a, b)]!;

  const candidates =
    search === 'index'
      ? candidatePairs(
          statements.map((statement) => new Set([...statement.keys, ...statement.contextKeys])),
          weights,
          CANDIDATE_LIMITS,
          (index) => (isGeneral(statements[index]!.claim) ? null : statements[index]!.claim.study),
        )
      : allPairs(statements.length);
  const pairs: ScoredPair[] = [];
  for (let position = 0; position < candidates.first.length; position += 1) {
    const first = candidates.first[position]!;
    const second = candidates.second[position]!;
    const found = score(first, second);
    if (found.veto === null && found.score >= PAIR_FLOOR) pairs.push({ first, second, score: found.score });
  }

  const vetoes = { summarize: (index: number) => vetoSummaryOf(statements[index]!), combine: combineVetoSummaries, conflict: vetoSummariesConflict };
  const cores = groupStatements({
    count: statements.length,
    voice: (index) => statements[index]!.voice,
    pairs,
    ...vetoes,
    linkThreshold: LINK_THRESHOLD,
    meanThreshold: MEAN_THRESHOLD,
  });
  const split = new Set(statements.filter((statement) => statement.textRange.start > 0 || statement.textRange.end < statement.claim.text.length).map((statement) => statement.claim.id));
  const isWholeOfSplit = (index: number) => split.has(statements[index]!.claim.id) && statements[index]!.textRange.start === 0 && statements[index]!.textRange.end === statements[index]!.claim.text.length;
  const attached = attachStatements({ groups: cores, pairs, ...vetoes, ...ATTACH, eligible: (index) => !isWholeOfSplit(index) });
  const neighbours = pairNeighbours(pairs);
  const clusters = keepToldTwice(keepFittingMembers(attached, pairs, MEMBER_FIT, neighbours), pairs, (index) => statements[index]!.voice, LINK_THRESHOLD, neighbours).filter(
    (indexes) =>
      !heldByNames(
        indexes.map((index) => statements[index]!),
        (a, b) => scorePair(a, b, weightsFor(a, b)).score,
        LINK_THRESHOLD,
      ),
  );

  const studyLabels = new Map(sources.flatMap((source) => source.studies.map((study) => [study.id, study.label] as const)));
  const tellingName = tellingNamer(sources);
  const naming = { topicTerms: context.topicTerms, studyLabel: (id: string) => studyLabels.get(id) ?? id, speciesName: context.speciesName };

  // Each member's summed score with the rest of its group, from the scored pairs, for the label.
  const scoreSums = clusters.map(() => new Map<number, number>());
  const groupsOfStatement = new Map<number, number[]>();
  clusters.forEach((indexes, position) => {
    for (const index of indexes) groupsOfStatement.set(index, [...(groupsOfStatement.get(index) ?? []), position]);
  });
  for (const { first, second, score: value } of pairs) {
    for (const position of groupsOfStatement.get(first) ?? []) {
      if (!(groupsOfStatement.get(second) ?? []).includes(position)) continue;
      const sums = scoreSums[position]!;
      sums.set(first, (sums.get(first) ?? 0) + value);
      sums.set(second, (sums.get(second) ?? 0) + value);
    }
  }

  const takenLabels = new Set<string>();
  const groups = clusters.map((indexes, position): FindingGroup => {
    const members = indexes.map((index) => statements[index]!);
    const whole = (member: ComparableStatement) => member.textRange.start === 0 && member.textRange.end === member.claim.text.length;
    const matchedOn = describeGroup(members, weights, naming);
    const label = labelGroup(
      members,
      indexes.map((index) => (scoreSums[position]!.get(index) ?? 0) / Math.max(1, indexes.length - 1)),
      takenLabels,
    );
    takenLabels.add(label.text);
    return {
      id: makeGroupId(members.map((member) => (whole(member) ? member.claim.id : `${member.claim.id}@${member.textRange.start}-${member.textRange.end}`))),
      label: label.text,
      labelClaimId: members[label.member]!.claim.id,
      claimIds: [...new Set(members.map((member) => member.claim.id))],
      members: members.map((member) => ({ claimId: member.claim.id, sourceId: member.claim.sourceId, textRange: member.textRange })),
      sourceIds: [...new Set(members.map((member) => member.claim.sourceId))].sort(),
      studies: [...new Set(members.flatMap((member) => (member.claim.study === null ? [] : [member.claim.study])))].sort(),
      matchedOn,
      flags: detectFlags(members, tellingName, context.speciesName),
    };
  });
  return { groups, statements, score, scoredPairs: candidates.first.length };
}

/** Every pair of `count` statements, for checking the index against exhaustive scoring. */
function allPairs(count: number): CandidateList {
  const size = (count * (count - 1)) / 2;
  const pairs = { first: new Int32Array(size), second: new Int32Array(size) };
  let position = 0;
  for (let first = 0; first < count; first += 1) {
    for (let second = first + 1; second < count; second += 1) {
      pairs.first[position] = first;
      pairs.second[position] = second;
      position += 1;
    }
  }
  return pairs;
}

/**
 * Names tellings for flag sentences: a source by its outlet, else by its kind ("the clinic blog
 * post"), and the abstract quoted inside it by its paper where the source says which ("the
 * abstract of Moda-Sava et al. 2019 (quoted in the forum thread)"). Two sources that would
 * share a name are told apart by their ids.
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
  // A source that quotes one paper's abstract names the paper, so two abstracts in two sources
  // are not both "the paper's". One telling holds every abstract a source quotes, so a source
  // that quotes several (a news page with two reviews' abstracts below it) says how many.
  const numberWords = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const abstractOf = new Map(
    sources.map((source) => {
      const studies = [...new Set(source.sections.filter((section) => section.voice === 'abstract').flatMap((section) => (section.study === null ? [] : [section.study])))];
      const label = studies.length === 1 ? source.studies.find((study) => study.id === studies[0])?.label : undefined;
      if (label !== undefined) return [source.id, `the abstract of ${label}`] as const;
      return [source.id, studies.length > 1 ? `the abstracts of ${numberWords[studies.length] ?? studies.length} papers` : "the paper's abstract"] as const;
    }),
  );
  return (telling) => {
    const [sourceId = telling, voice] = telling.split('/');
    if (voice === 'abstract') return `${abstractOf.get(sourceId) ?? "the paper's abstract"} (quoted in ${nameOf(sourceId)})`;
    if (voice === 'publisher') return `the publisher of ${nameOf(sourceId)}`;
    return nameOf(sourceId);
  };
}
