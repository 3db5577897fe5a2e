import { compilePhrases, loadLexicon } from './lexicon.ts';
import type { Unit } from './split-sentences.ts';

/** Lists whose items are page furniture whatever they say: citations, and promos for other pages. */
export type ListSection = 'references' | 'promotions';

const labels: Readonly<Record<ListSection, RegExp>> = {
  references: compilePhrases(loadLexicon('list-labels-references')),
  promotions: compilePhrases(loadLexicon('list-labels-promotions')),
};

/** What a label line says once its markup and trailing colon are gone ("## References:" → "References"). */
function labelText(text: string): string {
  return text
    .replace(/^[#>*_\s]+|[*_:\s]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The list a line labels, if it is nothing but such a label. */
function sectionLabelled(unit: Pick<Unit, 'text' | 'standalone' | 'unitType'>): ListSection | null {
  if (!unit.standalone && unit.unitType !== 'heading') return null;
  const label = labelText(unit.text);
  for (const section of ['references', 'promotions'] as const) {
    const pattern = labels[section];
    pattern.lastIndex = 0;
    const match = pattern.exec(label);
    if (match !== null && match.index === 0 && match[0].length === label.length) return section;
  }
  return null;
}

/**
 * For each unit, the list section it stands in: under a "References" or "Sources" label, every
 * unit up to the next heading (an entry splits into several units at "Science." and the like);
 * under "Related articles" or "You may also like", the list items that follow it. The label
 * itself stands in none. A plain function of the units, so it is tested on its own.
 */
export function listSectionsOf(units: readonly Pick<Unit, 'text' | 'standalone' | 'unitType'>[]): (ListSection | null)[] {
  let current: ListSection | null = null;
  return units.map((unit) => {
    const labelled = sectionLabelled(unit);
    if (labelled !== null) {
      current = labelled;
      return null;
    }
    if (unit.unitType === 'heading') current = null;
    if (current === 'promotions' && unit.unitType !== 'list-item') current = null;
    return current;
  });
}
