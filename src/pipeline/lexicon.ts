import { readProjectFile } from './read-project-file.ts';

/**
 * Word lists are data: `content/lexicons/<name>.txt`, one entry a line, `#` starts a comment.
 * Reading them at module load keeps every stage a pure function of its input.
 */
export function loadLexicon(name: string): string[] {
  const text = readProjectFile(`content/lexicons/${name}.txt`);
  return parseLexicon(text);
}

/** The entries of a lexicon file: trimmed lines, comments and blank lines dropped. */
export function parseLexicon(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

/** Escapes a literal for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles lexicon phrases into one case-insensitive regular expression that matches whole words.
 * In an entry, `*` stands for any word ending ("reveal*" matches "revealed"), `^` at the start
 * anchors the phrase to the start of the unit, `$` at the end anchors it to the end, and
 * straight and curly apostrophes are the same.
 */
export function compilePhrases(entries: readonly string[]): RegExp {
  const alternatives = phraseAlternatives(entries);
  if (alternatives.length === 0) return /(?!)/u;
  // A phrase must not start or end inside a word. The edges stand outside the alternation,
  // which matches exactly what one edge pair around each phrase would (a failed end edge
  // backtracks into the next phrase either way), but is tested once per position rather than
  // once per phrase: with hundreds of phrases that made the findings stage several seconds
  // slower on a large corpus.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Each phrase as a regular-expression source, longest first, written as compilePhrases reads
 * it; for patterns that join lists ("no longer" + "displayed" + "depression"). Use the `u` and
 * `i` flags.
 */
export function phraseAlternatives(entries: readonly string[]): string[] {
  return [...entries]
    .sort((a, b) => b.length - a.length)
    .map((entry) => {
      const anchored = entry.startsWith('^');
      const anchoredEnd = entry.length > 1 && entry.endsWith('$');
      const body = entry.slice(anchored ? 1 : 0, anchoredEnd ? -1 : undefined).trim();
      const pattern = body
        .split(/\s+/)
        .map((word) =>
          escapeRegExp(word)
            .replace(/['’]/g, "['’]")
            .replace(/\\\*/g, "[\\p{L}\\p{N}'’-]*"),
        )
        .join('\\s+');
      const leading = anchored ? `^[^\\p{L}\\p{N}]*${pattern}` : pattern;
      return anchoredEnd ? `${leading}(?=[^\\p{L}\\p{N}]*$)` : leading;
    });
}

/** Whether any phrase of a compiled lexicon occurs in the text. */
export function matchesAny(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Every occurrence of a compiled lexicon in the text, with offsets. */
export function findAll(pattern: RegExp, text: string): { text: string; start: number; end: number }[] {
  pattern.lastIndex = 0;
  const found: { text: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(pattern)) {
    found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}
