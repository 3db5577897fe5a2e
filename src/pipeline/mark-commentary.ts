import type { ClaimKind } from '../schemas/vocabulary.ts';
import { isRole } from './attribute-speaker.ts';

// "a psychiatrist in Leeds who was not involved in the trials", "who had no role in the study":
// how news prose marks an expert asked for comment from outside the research.
const OUTSIDE_THE_RESEARCH = /\b(?:(?:was|were|is|are) not involved|had no role|did not take part|was not part of|were not part of|not affiliated with)\b/iu;
const QUOTATION_MARK = /["“”]/u;
// "said Diane Ortiz, 48, who took part", "Dana, 41, who had tried four antidepressants, says":
// news prose gives a private person's age beside their name, and tells their experience.
const PERSON_WITH_AGE = /\b\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?,\s+\d{1,3},\s/u;
const TELLS = /\b(?:says|said|recalls|recalled|told|tells|describes|described)\b/u;
// The first person singular: "I", "my", "me" ("Phase I", "type I" are numerals, not the writer).
const FIRST_PERSON_SINGULAR = /(?<!\b(?:[Pp]hase|[Tt]ype|[Cc]lass|[Ss]tage|[Gg]rade|[Pp]art)\s)\bI\b|\b(?:I'm|I’m|I've|I’ve|I'd|I’d|my|My|me|mine|myself)\b/u;
/** Kinds that opinion is read as commentary instead of; a stated unknown stays an open question. */
const OPINABLE_KINDS: ReadonlySet<ClaimKind> = new Set(['finding', 'method', 'interpretation', 'background']);

/** What the commentary rules need to know about each claim: its text, the kind its text gives, and who says it. */
export interface CommentaryInput {
  text: string;
  kind: ClaimKind;
  speaker: string;
}

/**
 * The kind of each claim once comment from outside the research is read as such (CLAIMS.md
 * section 1, `commentary`: opinion that reports no evidence). A person the page introduces as
 * not involved in the research speaks about it, not for it, so each of their quoted sentences
 * that would be a finding, method, interpretation or background is commentary; their stated
 * unknowns stay open questions, and their paraphrased words keep their kind. A private person
 * named with their age telling their own experience ("Dana, 41, says the first dose made the
 * room tilt") gives an anecdote, not a study's result: commentary too.
 */
export function markOutsideComment(claims: readonly CommentaryInput[]): ClaimKind[] {
  const outsiders = new Set(claims.filter((claim) => OUTSIDE_THE_RESEARCH.test(claim.text)).map((claim) => claim.speaker));
  return claims.map((claim) => {
    if (!OPINABLE_KINDS.has(claim.kind)) return claim.kind;
    if (outsiders.has(claim.speaker) && !isRole(claim.speaker) && QUOTATION_MARK.test(claim.text)) return 'commentary';
    return PERSON_WITH_AGE.test(claim.text) && TELLS.test(claim.text) ? 'commentary' : claim.kind;
  });
}

/**
 * The kind of each claim once the writer's own opinions are read as such (CLAIMS.md section 1,
 * `commentary`): a sentence in the page's own voice, outside any quotation, in which the writer
 * speaks in the first person singular ("What I find striking is ...", "My own view is ...")
 * reports no evidence, whatever verbs it uses. The writer's stated unknowns stay open questions.
 */
export function markWriterOpinion(claims: readonly CommentaryInput[]): ClaimKind[] {
  return claims.map((claim) =>
    claim.speaker === 'journalist' && OPINABLE_KINDS.has(claim.kind) && !QUOTATION_MARK.test(claim.text) && FIRST_PERSON_SINGULAR.test(claim.text) ? 'commentary' : claim.kind,
  );
}

/**
 * The kind of each claim once its speaker is known: its text's kind, with comment from outside
 * the research and the writer's own opinion read as commentary (markOutsideComment, then
 * markWriterOpinion).
 */
export function markCommentary(claims: readonly CommentaryInput[]): ClaimKind[] {
  const outside = markOutsideComment(claims);
  return markWriterOpinion(claims.map((claim, index) => ({ ...claim, kind: outside[index]! })));
}
