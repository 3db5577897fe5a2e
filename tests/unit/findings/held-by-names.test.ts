import { describe, expect, it } from 'vitest';
import { comparableStatement } from '../../../src/findings/comparable-statement.ts';
import { heldByNames, namedWords, withoutNames } from '../../../src/findings/held-by-names.ts';
import { scorePair, type ComparableStatement } from '../../../src/findings/score-pair.ts';
import { LINK_THRESHOLD } from '../../../src/findings/similarity-weights.ts';
import { splitStatements } from '../../../src/findings/split-statements.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { claim } from './claims.fixture.ts';

const statement = (text: string, fields: Partial<Claim> = {}): ComparableStatement => comparableStatement(splitStatements(claim(text, fields), () => [])[0]!);
const score = (a: ComparableStatement, b: ComparableStatement) => scorePair(a, b, () => 1).score;

describe('namedWords', () => {
  it('takes the words capitalised inside a sentence, not the one that opens it', () => {
    expect(namedWords('Researchers at Weill Cornell Medicine in New York, NY, studied mice.')).toEqual(new Set(['weill', 'cornell', 'medicine', 'new', 'york']));
  });

  it("reads a possessive as its name, and a word also written in lower case as no name", () => {
    expect(namedWords("She leads the National Institute of Mental Health's programme on new treatments in New York.")).toEqual(
      new Set(['national', 'institute', 'mental', 'health', 'york']),
    );
  });
});

describe('namedWords after a sentence ends', () => {
  it('takes no name from the word that opens the next sentence, after a closing quotation mark too', () => {
    expect(namedWords('He said “it works.” Then spines grew at Stanford.')).toEqual(new Set(['stanford']));
  });
});

describe('withoutNames', () => {
  it('keeps every word of a headline or a title-case text: its capitals are style, not names', () => {
    const lede = statement('Ketamine May Relieve Depression By Repairing Damaged Brain Circuits', { kind: 'finding' });
    expect(withoutNames(lede)).toBe(lede);
    expect(withoutNames(statement('How Ketamine Helps Depression Quickly and Over Time')).keys.size).toBeGreaterThan(3);
    const headline = statement('Ketamine may relieve depression, Stanford finds', { kind: 'headline' });
    expect(withoutNames(headline)).toBe(headline);
  });

  it('drops the keys of names and keeps a word the statement also writes in lower case', () => {
    const stripped = withoutNames(statement('A team at New York University saw new spines form.'));
    expect([...stripped.keys].some((key) => key.startsWith('univers'))).toBe(false);
    expect(stripped.words.map((word) => word.word)).toContain('new');
    expect(stripped.words.map((word) => word.word)).toContain('spines');
  });
});

describe('heldByNames', () => {
  it('is true for two introductions that share only an institute', () => {
    const members = [
      statement('The study is a breakthrough, says Anna Beyeler, a neuroscientist at the French equivalent of the National Institutes of Health.', { sourceId: 'npr', speaker: 'Anna Beyeler' }),
      statement("Dr. Janine Simmons leads the National Institute of Mental Health's Social and Affective Neuroscience Program.", { sourceId: 'report', speaker: 'Janine Simmons' }),
    ];
    // The two are alike with their names: the grouping could link them.
    expect(score(members[0]!, members[1]!)).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    expect(heldByNames(members, score, LINK_THRESHOLD)).toBe(true);
  });

  it('is false when the members still tell one thing without their names', () => {
    const members = [
      statement('At Weill Cornell Medicine, ketamine restored the lost dendritic spines within 24 hours.', { sourceId: 'npr' }),
      statement('Researchers from Weill Cornell Medicine found ketamine restored lost dendritic spines 24 hours after the dose.', { sourceId: 'report' }),
    ];
    expect(heldByNames(members, score, LINK_THRESHOLD)).toBe(false);
  });

  it('is false for a group whose members write no names', () => {
    const members = [statement('Stress removed spines.', { sourceId: 'npr' }), statement('Spines were lost under stress.', { sourceId: 'report' })];
    expect(heldByNames(members, () => 0, LINK_THRESHOLD)).toBe(false);
  });
});
