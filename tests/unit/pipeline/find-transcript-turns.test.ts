import { describe, expect, it } from 'vitest';
import { collectPeople } from '../../../src/pipeline/attribute-speaker.ts';
import { transcriptSpeakersOf } from '../../../src/pipeline/find-transcript-turns.ts';
import type { UnitType } from '../../../src/schemas/vocabulary.ts';

function unit(text: string, block: number, unitType: UnitType = 'sentence') {
  return { text, block, unitType };
}
function speakersOf(units: ReturnType<typeof unit>[]) {
  return transcriptSpeakersOf(units, collectPeople(units.map((candidate) => candidate.text)));
}

describe('transcriptSpeakersOf', () => {
  it('names the host and the guest as the host introduces them, for every sentence of their turns', () => {
    expect(
      speakersOf([
        unit('[04:10] HOST: Hello and welcome.', 0),
        unit('I’m Tomas Eriksen.', 0),
        unit('My guest this week is Professor Ada Lindqvist, who studies sleep.', 0),
        unit('**[04:30] GUEST:** Thanks for having me.', 1),
        unit('We gave the voles a single dose and they slept longer.', 1),
        unit('**[05:02] HOST:** Longer by how much?', 2),
      ]),
    ).toEqual(['Tomas Eriksen', 'Tomas Eriksen', 'Tomas Eriksen', 'Ada Lindqvist', 'Ada Lindqvist', 'Tomas Eriksen']);
  });

  it('takes the guest from an episode title that ends "with Dr. ..."', () => {
    expect(speakersOf([unit('# Episode 9: Sleep and mood, with Dr. Ada Lindqvist', 0, 'heading'), unit('GUEST: Sleep loss lifts mood for a day.', 1)])).toEqual([null, 'Ada Lindqvist']);
  });

  it('reads a name in capitals as the person of that surname the page names', () => {
    expect(speakersOf([unit('Our reporter spoke to Dr. Ada Lindqvist, a sleep researcher.', 0), unit('LINDQVIST: The voles slept longer.', 1)])).toEqual([null, 'Ada Lindqvist']);
  });

  it('leaves units outside turns, a turn whose person the page never names, and a label that is no one alone', () => {
    expect(speakersOf([unit('HOST: Welcome back.', 0), unit('The show is recorded weekly.', 1), unit('UPDATE: The trial has ended.', 2), unit('Q1: What should we do?', 3)])).toEqual([null, null, null, null]);
  });
});
