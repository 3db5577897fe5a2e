import type { Claim, Exclusion, Hedge, Timescale } from '../schemas/claim.ts';
import type { Source } from '../schemas/source.ts';
import type { ClaimKind, SpeakerRole } from '../schemas/vocabulary.ts';
import { attributeSpeakers, collectPeople } from './attribute-speaker.ts';
import { classifyDisposition, excludeCaptionsAndNotices, excludeHandles, excludePromotionMiddles, excludeStrandedFragments, statesBackground, type Disposition } from './classify-disposition.ts';
import { classifyHedgeLevel } from './classify-hedge-level.ts';
import { decodeSourceText } from './decode-source-text.ts';
import { assignSpecies, canReportStudyOf, detectSpeciesMentions, speciesOfMentions } from './detect-species.ts';
import { detectTimescales } from './detect-timescales.ts';
import { commentThreadsOf } from './find-comment-threads.ts';
import { findDuplicates } from './find-duplicates.ts';
import { carryNamedStudies, findStudyOfPopulation } from './find-named-study.ts';
import { transcriptSpeakersOf } from './find-transcript-turns.ts';
import { listSectionsOf } from './list-sections.ts';
import { locateSections, sectionAt } from './locate-sections.ts';
import { makeUnitId } from './make-unit-id.ts';
import { markCommentary } from './mark-commentary.ts';
import { parseFrontmatter } from './parse-frontmatter.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { splitSentences, type Unit } from './split-sentences.ts';
import { tagTopics } from './tag-topics.ts';

/** One source file as the pipeline receives it. */
export interface SourceFile {
  /** The source's id, from its file name. */
  id: string;
  /** Path relative to the repository root, as the export names it. */
  file: string;
  bytes: Uint8Array;
}

/** Everything the pipeline makes of one source. */
export interface ExtractedSource {
  source: Source;
  /** The whole file's text; spans and cue offsets point into it. */
  text: string;
  claims: Claim[];
  exclusions: Exclusion[];
}

/** Kinds of claim that report no study: context known before it, and opinion. */
const STUDYLESS_KINDS: ReadonlySet<ClaimKind> = new Set(['background', 'commentary']);
/** A time phrase that places something after an event, not a duration ("a day later", "within hours"). */
const TIME_AFTER = /\b(?:later|after|afterwards|within|since)\b/iu;

/**
 * The claim pipeline for one source: bytes → text → frontmatter and body → markdown tree →
 * units → a disposition for every unit → claims with species, timescales, hedge, speaker,
 * study and topics, and exclusions with their reasons. Every non-blank character of the body
 * lies in exactly one claim or exclusion. Throws SourceError, with file and line, when the
 * source is malformed.
 */
export function extractClaims(input: SourceFile): ExtractedSource {
  const text = decodeSourceText(input.bytes, input.file);
  const { frontmatter, body, bodyStart } = parseFrontmatter(text, input.file);
  const source: Source = { ...frontmatter, id: input.id, file: input.file, bodyStart };
  const sections = locateSections(text, bodyStart, frontmatter.sections, input.file);
  const units = splitSentences(body, parseMarkdown(body), bodyStart);

  const defaultStudy = frontmatter.studies.find((study) => !frontmatter.sections.some((section) => section.study === study.id)) ?? frontmatter.studies[0] ?? null;
  const baseVoice: SpeakerRole = frontmatter.kind === 'forum-thread' ? 'forum' : 'journalist';
  const postQuotes = quotedPostBlocks(units);
  // The comment thread under an article or a post is a forum of its own.
  const inThread = commentThreadsOf(units);
  const placed = units.map((unit, index) => {
    const found = sectionAt(sections, unit.start);
    const unitVoice: SpeakerRole = inThread[index] ? 'forum' : baseVoice;
    // A block quote in a forum post quotes words from elsewhere, most often the article the
    // thread discusses; quoting a post on the same page is caught as a duplicate first, and a
    // quotation that names its poster ("quietriver said:") or speaks in the first person is a
    // post, still the forum's.
    const voice = found?.section.voice ?? (unitVoice === 'forum' && unit.quoted && !postQuotes.has(unit.block) ? 'journalist' : unitVoice);
    return {
      unit,
      raw: text.slice(unit.start, unit.end),
      voice,
      sectionStudy: found ? found.section.study : undefined,
      // Forum posts never share context with each other; a quoted article or abstract is one passage.
      passage: found ? `section-${found.index}` : unitVoice === 'forum' ? `block-${unit.block}` : 'body',
    };
  });

  const hedges = placed.map((entry) => classifyHedgeLevel(entry.raw));
  const proseBefore = proseBeforeEach(units);
  const listSections = listSectionsOf(units);
  const timescales = placed.map((entry) => detectTimescales(entry.raw));
  let dispositions: Disposition[] = placed.map((entry, index) =>
    classifyDisposition(entry.unit, {
      voice: entry.voice,
      hedgeLevel: hedges[index]!.level,
      afterProse: proseBefore[index]!,
      listSection: listSections[index]!,
      timedAfter: timescales[index]!.some((timescale) => TIME_AFTER.test(timescale.text)),
    }),
  );
  dispositions = excludeStrandedFragments(units, dispositions);
  dispositions = excludePromotionMiddles(units, dispositions);
  dispositions = excludeCaptionsAndNotices(units, dispositions);
  dispositions = excludeHandles(
    units,
    dispositions,
    placed.map((entry) => entry.voice),
  );
  const duplicates = findDuplicates(
    units.map((unit) => unit.text),
    dispositions.map((disposition) => disposition.disposition === 'claim'),
    units.map((unit) => unit.quoted === true),
  );

  const ids = assignIds(input.id, units);
  const claimIndexes = dispositions.flatMap((disposition, index) => (disposition.disposition === 'claim' && duplicates[index] === null ? [index] : []));
  const people = collectPeople(units.map((unit) => unit.text));
  const turnSpeakers = transcriptSpeakersOf(units, people);
  const speakers = attributeSpeakers(
    claimIndexes.map((index) => ({ text: units[index]!.text, voice: placed[index]!.voice, passage: placed[index]!.passage, block: units[index]!.block, turnSpeaker: turnSpeakers[index]! })),
    people,
  );
  // A unit's text gives its kind; once its speaker is known, comment from outside the research
  // and the writer's own opinion are read as commentary.
  const claimKinds = markCommentary(claimIndexes.map((index, position) => ({ text: units[index]!.text, kind: (dispositions[index] as { kind: ClaimKind }).kind, speaker: speakers[position]! })));
  const kinds = new Map(claimIndexes.map((index, position) => [index, claimKinds[position]!]));
  const kindAt = (index: number): ClaimKind => kinds.get(index)!;
  const namedStudies = carryNamedStudies(units, frontmatter.studies);
  const populationOf = (studyId: string | null) => frontmatter.studies.find((study) => study.id === studyId)?.population ?? null;
  const studyAt = (index: number): string | null => {
    if (STUDYLESS_KINDS.has(kindAt(index))) return null;
    // A title that tells an approval or earlier work is background in a headline's form.
    if (kindAt(index) === 'headline' && statesBackground(units[index]!.text)) return null;
    const entry = placed[index]!;
    const text = units[index]!.text;
    // A section says its study outright; elsewhere a unit may name one of the source's studies
    // ("Yang and colleagues", "published in 2011") other than the one the source is about.
    const inSection = entry.sectionStudy !== undefined;
    const study = inSection ? entry.sectionStudy! : (namedStudies[index] ?? defaultStudy?.id ?? null);
    // A claim that names another population than the study's may report other evidence: the
    // source's one study of that population, if it lists one.
    const population = populationOf(study);
    const named = speciesOfMentions(detectSpeciesMentions(text), population);
    if (canReportStudyOf(kindAt(index), named, population)) return study;
    return named !== null && !inSection ? findStudyOfPopulation(named, frontmatter.studies) : null;
  };

  const species = assignSpecies(
    claimIndexes.map((index) => ({
      text: units[index]!.text,
      kind: kindAt(index),
      study: studyAt(index),
      studyPopulation: populationOf(studyAt(index)),
    })),
  );

  const claims: Claim[] = claimIndexes.map((index, position) => {
    const unit = units[index]!;
    return {
      id: ids[index]!,
      sourceId: input.id,
      text: unit.text,
      span: { start: unit.start, end: unit.end },
      unitType: unit.unitType,
      kind: kindAt(index),
      species: species[position]!.species,
      speciesBasis: species[position]!.speciesBasis,
      timescales: shiftTimescales(timescales[index]!, unit.start),
      hedge: shiftHedge(hedges[index]!, unit.start),
      speaker: speakers[position]!,
      study: studyAt(index),
      topics: tagTopics(unit.text),
    };
  });

  const exclusions: Exclusion[] = units.flatMap((unit, index) => {
    const disposition = dispositions[index]!;
    const duplicateOf = duplicates[index];
    if (disposition.disposition === 'claim' && (duplicateOf === null || duplicateOf === undefined)) return [];
    return [
      {
        id: ids[index]!,
        sourceId: input.id,
        text: unit.text,
        span: { start: unit.start, end: unit.end },
        unitType: unit.unitType,
        reason: disposition.disposition === 'excluded' ? disposition.reason : 'duplicate',
        duplicateOf: disposition.disposition === 'claim' && duplicateOf !== null && duplicateOf !== undefined ? ids[duplicateOf]! : null,
      },
    ];
  });

  return { source, text, claims, exclusions };
}

/** Ids for every unit: repeats of one text are numbered by occurrence so that ids never clash. */
function assignIds(sourceId: string, units: readonly Unit[]): string[] {
  const seen = new Map<string, number>();
  return units.map((unit) => {
    const id = makeUnitId(sourceId, unit.text);
    const occurrence = seen.get(id) ?? 0;
    seen.set(id, occurrence + 1);
    return occurrence === 0 ? id : makeUnitId(sourceId, unit.text, occurrence);
  });
}

function shiftTimescales(timescales: readonly Timescale[], offset: number): Timescale[] {
  return timescales.map((timescale) => ({ ...timescale, span: { start: timescale.span.start + offset, end: timescale.span.end + offset } }));
}

function shiftHedge(hedge: Hedge, offset: number): Hedge {
  return { level: hedge.level, cues: hedge.cues.map((cue) => ({ ...cue, start: cue.start + offset, end: cue.end + offset })) };
}

/**
 * For each unit, whether a heading and then a sentence of running prose (eight words or more)
 * stand before it: past the page's title and into its text, where a heading heads a section. A
 * cookie notice above the title does not make the title a section's.
 */
function proseBeforeEach(units: readonly Unit[]): boolean[] {
  let titled = false;
  let seen = false;
  return units.map((unit) => {
    const before = seen;
    if (unit.unitType === 'heading') titled = true;
    else if (titled && unit.unitType === 'sentence' && unit.text.split(/\s+/u).length >= 8) seen = true;
    return before;
  });
}

// "quietriver said:", "On May 6, tmn_84 wrote:": the line that opens a quoted post.
const POST_ATTRIBUTION = /\b(?:said|wrote|says|writes|posted)\s*:\s*$/iu;
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine)\b/u;

/** The blocks of block-quoted text that quote a post, not an article: attributed to a poster, or in the first person. */
function quotedPostBlocks(units: readonly Unit[]): Set<number> {
  const blocks = new Set<number>();
  units.forEach((unit, index) => {
    if (!unit.quoted) return;
    const previous = units[index - 1];
    if (FIRST_PERSON.test(unit.text) || POST_ATTRIBUTION.test(unit.text) || (previous !== undefined && previous.block !== unit.block && POST_ATTRIBUTION.test(previous.text))) blocks.add(unit.block);
  });
  return blocks;
}
