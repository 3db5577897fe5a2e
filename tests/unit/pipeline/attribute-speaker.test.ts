import { describe, expect, it } from 'vitest';
import { attributeSpeakers, collectPeople } from '../../../src/pipeline/attribute-speaker.ts';

function speakersOf(texts: string[], blocks?: number[]) {
  const people = collectPeople(texts);
  return attributeSpeakers(
    texts.map((text, index) => ({ text, voice: 'journalist' as const, passage: 'body', block: blocks?.[index] ?? index })),
    people,
  );
}

describe('attributeSpeakers', () => {
  it('names the person a quote is attributed to, and the same person by surname later', () => {
    expect(
      speakersOf([
        '"There\'s probably no such thing as a depressed mouse," says Dr. Conor Liston, a neuroscientist.',
        'And Liston says that\'s when they noticed something surprising.',
      ]),
    ).toEqual(['Conor Liston', 'Conor Liston']);
  });

  it('resolves "she says" to the person last named in the passage', () => {
    expect(
      speakersOf([
        'The study offers "a substantial breakthrough," says Anna Beyeler, a neuroscientist at INSERM.',
        'But there are still many remaining questions, she says.',
      ]),
    ).toEqual(['Anna Beyeler', 'Anna Beyeler']);
  });

  it('gives an unattributed quotation the speaker of the quote beside it in the same paragraph', () => {
    expect(speakersOf(['"You can kind of imagine Van Gogh\'s Starry Night," Liston says.', '"The brain cells light up when they become active."'], [0, 0])).toEqual([
      'Liston',
      'Liston',
    ]);
  });

  it('takes "As noted above" and "When told" for what they are, not for a person named As or When', () => {
    expect(speakersOf(['As noted above, research into that and other medications may help prevent relapse.', 'When told about the results, patients were hopeful.'])).toEqual([
      'journalist',
      'journalist',
    ]);
    // A surname in the same place still names its speaker.
    expect(speakersOf(['"The cells light up when they become active," Liston noted.'])).toEqual(['Liston']);
  });

  it('attributes what "the researchers explain" to the authors', () => {
    expect(speakersOf(['These changes, the researchers explain, relate to typical behaviors in depression.'])).toEqual(['authors']);
  });

  it('leaves unattributed reporting to the journalist', () => {
    expect(speakersOf(['Then the team used a special laser microscope to study the animals\' brains.'])).toEqual(['journalist']);
  });

  it('keeps the voice of forum posts and abstracts', () => {
    const people = new Map<string, string>();
    expect(
      attributeSpeakers(
        [
          { text: 'I think Liston says too much.', voice: 'forum', passage: 'a', block: 0 },
          { text: 'We used two-photon imaging.', voice: 'abstract', passage: 'b', block: 1 },
        ],
        people,
      ),
    ).toEqual(['forum', 'abstract']);
  });
});

describe('attributeSpeakers in a transcript', () => {
  it('gives a turn’s sentences the person speaking, "we" included, unless a sentence names who said it', () => {
    const claims = [
      { text: 'We found the voles slept longer.', voice: 'journalist' as const, passage: 'body', block: 0, turnSpeaker: 'Ada Lindqvist' },
      { text: 'As Dr. Noor Haddad said, sleep is not mood.', voice: 'journalist' as const, passage: 'body', block: 0, turnSpeaker: 'Ada Lindqvist' },
      { text: 'Sleep loss lifts mood for a day.', voice: 'journalist' as const, passage: 'body', block: 1, turnSpeaker: null },
    ];
    expect(attributeSpeakers(claims, collectPeople(claims.map((claim) => claim.text)))).toEqual(['Ada Lindqvist', 'Noor Haddad', 'journalist']);
  });
});
