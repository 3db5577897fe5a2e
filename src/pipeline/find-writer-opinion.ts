import type { ClaimKind } from '../schemas/vocabulary.ts';

// The first person singular: "I", "my", "me" ("Phase I", "type I" are numerals, not the writer).
const FIRST_PERSON_SINGULAR = /(?<!\b(?:[Pp]hase|[Tt]ype|[Cc]lass|[Ss]tage|[Gg]rade|[Pp]art)\s)\bI\b|\b(?:I'm|I’m|I've|I’ve|I'd|I’d|my|My|me|mine|myself)\b/u;
const QUOTATION_MARK = /["“”]/u;
/** Kinds the writer's own first-person words are read as opinion instead of; a stated unknown stays an open question. */
const OPINABLE_KINDS: ReadonlySet<ClaimKind> = new Set(['finding', 'method', 'interpretation', 'background']);

/** What `markWriterOpinion` needs to know about each claim. */
export interface OpinionInput {
  text: string;
  kind: ClaimKind;
  speaker: string;
}

/**
 * The kind of each claim once the writer's own opinions are read as such (CLAIMS.md section 1,
 * `commentary`): a sentence in the page's own voice, outside any quotation, in which the writer
 * speaks in the first person singular ("What I find striking is ...", "My own view is ...")
 * reports no evidence, whatever verbs it uses. The writer's stated unknowns stay open questions.
 */
export function markWriterOpinion(claims: readonly OpinionInput[]): ClaimKind[] {
  return claims.map((claim) =>
    claim.speaker === 'journalist' && OPINABLE_KINDS.has(claim.kind) && !QUOTATION_MARK.test(claim.text) && FIRST_PERSON_SINGULAR.test(claim.text) ? 'commentary' : claim.kind,
  );
}
