/**
 * Readers for the hedge word lists in content/lexicons/hedge-*.txt. They only parse text;
 * the training script reads the files and compiles them into hedge-model.json.
 */

export type CueLevel = 'hedged' | 'speculative';

/** One line of hedge-cues.txt: a phrase that is a cue wherever it stands, and its level. */
export interface LexiconCue {
  readonly level: CueLevel;
  readonly phrase: string;
}

/** Parses hedge-cues.txt; throws with the line number on a line it cannot read. */
export function parseCueLexicon(source: string): LexiconCue[] {
  return contentLines(source).map(({ text, line }) => {
    const match = /^(hedged|speculative)\s+(\S.*)$/.exec(text);
    if (match === null) throw new Error(`hedge-cues.txt line ${line}: expected "hedged <phrase>" or "speculative <phrase>", got "${text}"`);
    const phrase = (match[2] as string).trim();
    if (phrase.startsWith('*')) throw new Error(`hedge-cues.txt line ${line}: a phrase may not start with a wildcard, got "${text}"`);
    return { level: match[1] as CueLevel, phrase };
  });
}

/** Parses a one-phrase-a-line list such as hedge-speculative.txt. */
export function parsePhraseList(source: string): string[] {
  return contentLines(source).map(({ text }) => text);
}

function contentLines(source: string): { text: string; line: number }[] {
  return source
    .split(/\r?\n/)
    .map((raw, index) => ({ text: raw.replace(/#.*$/, '').trim(), line: index + 1 }))
    .filter(({ text }) => text.length > 0);
}
