/**
 * The comparison key of a unit's text: lower case, quotes, ellipses, dashes and other
 * punctuation dropped, white space collapsed. Forum quoting changes these and nothing else.
 */
export function duplicateKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The shortest repeated passage (in key characters) that is matched inside a longer earlier unit. */
const MIN_CONTAINED_LENGTH = 40;
/**
 * The same, for a unit in a block quote, which says it repeats words from elsewhere: a short
 * quotation of an earlier sentence ("> “Nobody should think of it as a cure.”") is a copy too.
 */
const MIN_QUOTED_LENGTH = 16;

/**
 * For each unit, the index of the earlier unit it repeats, or null. A unit repeats an earlier
 * one when their keys are equal, or when its key (40 characters or more) stands whole inside
 * the earlier unit's key, as a pasted excerpt does. Only candidates are compared: units already
 * excluded for another reason are neither duplicates nor originals. Chains resolve to the
 * first occurrence.
 */
export function findDuplicates(texts: readonly string[], candidates: readonly boolean[], quoted: readonly boolean[] = []): (number | null)[] {
  const keys = texts.map(duplicateKey);
  const firstByKey = new Map<string, number>();
  const originals: number[] = [];
  return keys.map((key, index) => {
    if (!candidates[index] || key.length === 0) return null;
    const same = firstByKey.get(key);
    if (same !== undefined) return same;
    if (key.length >= (quoted[index] ? MIN_QUOTED_LENGTH : MIN_CONTAINED_LENGTH)) {
      const container = originals.find((original) => ` ${keys[original] ?? ''} `.includes(` ${key} `));
      if (container !== undefined) return container;
    }
    firstByKey.set(key, index);
    originals.push(index);
    return null;
  });
}
