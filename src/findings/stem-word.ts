import { stemmerLexicon, type StemmerLexicon } from './findings-lexicons.ts';

/** Letters a doubled final consonant may not lose ("stressed", "spilled"). */
const KEEP_DOUBLED = new Set(['l', 's', 'z']);

/**
 * The stem of one lowercase word: its irregular base if it has one, then the suffix rules of
 * content/lexicons/findings-suffixes.txt, step by step. "restored", "restoring",
 * "restoration" and "restore" all become "restor"; stems are for matching, never for reading.
 */
export function stemWord(word: string, lexicon: StemmerLexicon = stemmerLexicon): string {
  let stem = lexicon.irregular.get(word) ?? word;
  const steps = [...new Set(lexicon.rules.map((rule) => rule.step))].sort((a, b) => a - b);
  for (const step of steps) {
    const rule = lexicon.rules.find((candidate) => candidate.step === step && fits(stem, candidate.suffix, candidate.minimumStem));
    if (rule === undefined || rule.replacement === rule.suffix) continue;
    stem = stem.slice(0, stem.length - rule.suffix.length) + rule.replacement;
    if (step === 1 && (rule.suffix === 'ing' || rule.suffix === 'ed')) stem = undouble(stem);
  }
  return stem;
}

function fits(word: string, suffix: string, minimumStem: number): boolean {
  return word.endsWith(suffix) && word.length - suffix.length >= minimumStem;
}

function undouble(stem: string): string {
  const last = stem.at(-1);
  return last !== undefined && stem.at(-2) === last && !KEEP_DOUBLED.has(last) && !/[aeiou]/u.test(last) ? stem.slice(0, -1) : stem;
}
