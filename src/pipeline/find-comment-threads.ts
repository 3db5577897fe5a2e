import { withoutCounts } from './classify-disposition.ts';
import { compilePhrases, loadLexicon } from './lexicon.ts';
import type { Unit } from './split-sentences.ts';

const labels = compilePhrases(loadLexicon('comment-thread-labels'));

/** What a label line says once its markup, counts and trailing colon are gone ("## 4 comments" → "comments"). */
function labelText(text: string): string {
  return withoutCounts(text)
    .replace(/^[#>*_\s]+|[*_:\s]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether a line is nothing but the label of a comment thread. */
function isThreadLabel(unit: Pick<Unit, 'text' | 'standalone' | 'unitType'>): boolean {
  if (!unit.standalone && unit.unitType !== 'heading') return false;
  const label = labelText(unit.text);
  labels.lastIndex = 0;
  const match = labels.exec(label);
  labels.lastIndex = 0;
  return match !== null && match.index === 0 && match[0].length === label.length;
}

/**
 * For each unit, whether it stands in the comment thread under an article or a blog post: below
 * a "4 comments" or "Responses" label, up to the next heading or the end of the page. Readers'
 * posts there are the forum's words, not the page's. The label itself stands outside.
 */
export function commentThreadsOf(units: readonly Pick<Unit, 'text' | 'standalone' | 'unitType'>[]): boolean[] {
  let inThread = false;
  return units.map((unit) => {
    if (isThreadLabel(unit)) {
      inThread = true;
      return false;
    }
    if (unit.unitType === 'heading') inThread = false;
    return inThread;
  });
}
