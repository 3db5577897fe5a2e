import { describe, expect, it } from 'vitest';
import { stemWord } from '../../../src/findings/stem-word.ts';

describe('stemWord', () => {
  it('gives "restore", "restored", "restoring" and "restoration" one stem', () => {
    expect(['restore', 'restored', 'restoring', 'restoration'].map((word) => stemWord(word))).toEqual(['restor', 'restor', 'restor', 'restor']);
  });

  it('folds plurals and past tenses of "study" to "study"', () => {
    expect([stemWord('studies'), stemWord('studied'), stemWord('study')]).toEqual(['study', 'study', 'study']);
  });

  it('keeps the double s of "stressed" but undoubles "stopped"', () => {
    expect([stemWord('stressed'), stemWord('stress'), stemWord('stopped')]).toEqual(['stress', 'stress', 'stop']);
  });

  it('never leaves a stem shorter than the rule allows: "treated" is "treat", not "tre"', () => {
    expect([stemWord('treated'), stemWord('treatment')]).toEqual(['treat', 'treat']);
  });

  it('joins "eliminated", "eliminate" and "elimination"', () => {
    expect(new Set(['eliminated', 'eliminate', 'elimination'].map((word) => stemWord(word)))).toEqual(new Set(['elimin']));
  });

  it('takes irregular forms from the word list: "lost" is "lose", "synaptic" is "synapse"', () => {
    expect(stemWord('lost')).toBe(stemWord('lose'));
    expect(stemWord('synaptic')).toBe(stemWord('synapses'));
  });

  it('follows the rules it is given', () => {
    const lexicon = { irregular: new Map([['went', 'go']]), rules: [{ step: 1, suffix: 'ing', replacement: '', minimumStem: 3 }] };
    expect([stemWord('walking', lexicon), stemWord('went', lexicon), stemWord('sing', lexicon)]).toEqual(['walk', 'go', 'sing']);
  });
});
