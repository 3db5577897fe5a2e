import { describe, expect, it } from 'vitest';
import { planRefresh } from '../../../src/corpus/plan-refresh.ts';

describe('planRefresh', () => {
  it('re-reads only the source whose digest changed, and drops the one that is gone', () => {
    expect(planRefresh({ a: '1', b: '2', c: '3' }, { a: '1', b: '9', d: '4' })).toEqual({ keep: ['a'], extract: ['b', 'd'], remove: ['c'] });
  });

  it('reads everything on a first build', () => {
    expect(planRefresh({}, { b: '2', a: '1' })).toEqual({ keep: [], extract: ['a', 'b'], remove: [] });
  });
});
