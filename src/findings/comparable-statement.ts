import { anchorOf, isNumbered } from './compare-timescales.ts';
import { contentWords, type ContentWord } from './content-words.ts';
import { directionOf } from './direction-of.ts';
import { changeConceptKeys } from './findings-lexicons.ts';
import { keyCounts, type ComparableStatement } from './score-pair.ts';
import type { Statement } from './split-statements.ts';

/** Voices that are not a person: the speaker values CLAIMS.md gives to a passage rather than a name. */
const UNNAMED_VOICES = new Set(['journalist', 'authors', 'abstract', 'forum', 'publisher']);

/**
 * A statement with what the matcher compares: its content words, and the keys they and its
 * times make. Times count as content: a numbered time by the time it names (`@12h`: "12 hours
 * after", "over 12 hours" and "between 12 and 24 hours" all name 12 hours), and every time by
 * its phase (`~hours`: "rapidly" and "within a few hours"). A quoted person's name ("Liston
 * says") is who said it, not what was said, so its words are left out. The changes are the
 * change concepts the statement reports, not those that only describe a noun ("restoring
 * lost spines" reports a restoration, not a loss). Its direction is that of its changes, or
 * a null result (src/findings/direction-of.ts); its cause is the cause its words name
 * (src/findings/cause-of.ts) when it reports a change or its absence at all: a method step
 * says what the researchers did ("gave mice a stress hormone"), and a statement with no change
 * concept says what something is, so neither has a change to attribute. `context` holds the keys of the sentence a
 * statement points back at ("This helps lift a person's mood"), which it borrows at a lower
 * weight (src/findings/find-findings.ts decides which).
 */
export function comparableStatement(statement: Statement, context: ReadonlySet<string> = new Set(), words: readonly ContentWord[] = contentWords(statement.text)): ComparableStatement {
  const names = nameWords(statement.claim.speaker);
  const own = words.filter((word) => !names.has(word.word));
  const changes = new Set(own.filter((word) => !word.modifier && changeConceptKeys.has(word.key)).map((word) => word.key));
  const isMethod = statement.claim.kind === 'method';
  const direction = isMethod ? null : directionOf(statement.text, changes, statement.namedCause);
  const reportsChange = !isMethod && (changes.size > 0 || direction !== null);
  const keys = new Set([...own.map((word) => word.key), ...timeKeys(statement)]);
  const contextKeys = new Set([...context].filter((key) => !keys.has(key)));
  return {
    ...statement,
    words: own,
    keys,
    contextKeys,
    counts: keyCounts(keys, contextKeys),
    changes,
    cause: reportsChange ? statement.namedCause : null,
    direction,
    topicSet: new Set(statement.topics),
  };
}

/** The keys of a statement's times: `@<hours>h` for a numbered time, `~<phase>` for every time. */
function timeKeys(statement: Statement): string[] {
  return statement.timescales.flatMap((timescale) => [...(isNumbered(timescale) ? [`@${anchorOf(timescale) ?? 0}h`] : []), `~${timescale.phase}`]);
}

/** The words of a quoted person's name ("Conor Liston"). */
function nameWords(speaker: string): ReadonlySet<string> {
  return UNNAMED_VOICES.has(speaker) ? new Set() : new Set(speaker.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 0));
}
