import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../src/findings/read-numbers.ts';

describe('readNumbers', () => {
  it('reads "3 hours" and "six hours" as counts of hours', () => {
    expect(readNumbers('within 3 hours')).toEqual([{ value: 3, unit: 'hour', text: '3 hours' }]);
    expect(readNumbers('less than six hours')).toEqual([{ value: 6, unit: 'hour', text: 'six hours' }]);
  });

  it('gives both numbers of "between 12 and 24 hours" the unit after the second', () => {
    expect(readNumbers('between 12 and 24 hours after')).toEqual([
      { value: 12, unit: 'hour', text: '12 and 24 hours' },
      { value: 24, unit: 'hour', text: '24 hours' },
    ]);
  });

  it('leaves out years, numbers that count nothing, and vague counts', () => {
    expect(readNumbers('In 2019, esketamine was approved')).toEqual([]);
    expect(readNumbers('one that acts quickly and another')).toEqual([]);
    expect(readNumbers('a few days or several weeks')).toEqual([]);
  });

  it('reads counts of things other than time: "11 men"', () => {
    expect(readNumbers('11 men had one dose')).toEqual([
      { value: 11, unit: 'man', text: '11 men' },
      { value: 1, unit: 'dose', text: 'one dose' },
    ]);
  });
});
