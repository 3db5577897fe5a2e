import type { ClaimKind } from '../schemas/vocabulary.ts';

// "a psychiatrist in Leeds who was not involved in the trials", "who had no role in the study":
// how news prose marks an expert asked for comment from outside the research.
const OUTSIDE_THE_RESEARCH = /\b(?:(?:was|were|is|are) not involved|had no role|did not take part|was not part of|were not part of|not affiliated with)\b/iu;
const QUOTATION_MARK = /["“”]/u;
/** Kinds an outside expert's quoted words are read as comment instead of; a stated unknown stays an open question. */
const COMMENTABLE_KINDS: ReadonlySet<ClaimKind> = new Set(['finding', 'method', 'interpretation', 'background']);

/** What `markOutsideComment` needs to know about each claim. */
export interface CommentInput {
  text: string;
  kind: ClaimKind;
  speaker: string;
}

/**
 * The kind of each claim once an outside expert's quotations are read as comment (CLAIMS.md
 * section 1, `commentary`: opinion that reports no evidence): a person the page introduces as
 * not involved in the research speaks about it, not for it, so each of their quoted sentences
 * that would be a finding, method, interpretation or background is commentary. Their stated
 * unknowns stay open questions, and their paraphrased words keep their kind.
 */
export function markOutsideComment(claims: readonly CommentInput[]): ClaimKind[] {
  const outsiders = new Set(claims.filter((claim) => OUTSIDE_THE_RESEARCH.test(claim.text)).map((claim) => claim.speaker));
  return claims.map((claim) =>
    outsiders.has(claim.speaker) && !isRole(claim.speaker) && QUOTATION_MARK.test(claim.text) && COMMENTABLE_KINDS.has(claim.kind) ? 'commentary' : claim.kind,
  );
}

function isRole(speaker: string): boolean {
  return ['authors', 'journalist', 'forum', 'abstract', 'publisher'].includes(speaker);
}
