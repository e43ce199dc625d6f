import { describe, it, expect } from 'vitest';
import { PhraseMatcher } from './phrases.js';

// Forms as the feature code builds them: the normalized word, then its clitic-stripped stems.
const forms = (...words: (string | string[])[]) => words.map((w) => (Array.isArray(w) ? w : [w]));

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher([['الامم', 'المتحده'], ['مجلس', 'الامن'], ['مجلس'], ['انقره'], ['الولايات', 'المتحده', 'الامريكيه']]);

  it.each([
    ['a two-word name', forms('قال', 'الامم', 'المتحده'), [null, 'B', 'I']],
    ['a one-word name', forms('في', 'انقره'), [null, 'S']],
    ['the longest entry first', forms('مجلس', 'الامن', 'الدولي'), ['B', 'I', null]],
    ['a shorter entry when the longer does not follow', forms('مجلس', 'الوزراء'), ['S', null]],
    ['a clitic on the first word, through its stem', forms(['والامم', 'الامم'], 'المتحده'), ['B', 'I']],
    ['not a clitic on a later word', forms('الامم', ['والمتحده', 'المتحده']), [null, null]],
    ['nothing in a sentence without entries', forms('وصل', 'الوفد'), [null, null]],
    ['a name cut off by the sentence end', forms('الولايات', 'المتحده'), [null, null]],
  ])('finds %s', (_name, sentence, expected) => {
    const openings = sentence.map((forms) => matcher.openings(forms));
    expect(matcher.match(openings, sentence.map((forms) => forms[0] ?? ''))).toEqual(expected);
  });
});
