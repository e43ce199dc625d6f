import { InputError } from '../../core/index.js';
import { stemVariants } from '../../text/index.js';
import type { Gazetteer, NameMatch } from './gazetteer.js';
import { nameKey } from './names.js';

/**
 * Every gazetteer entry a name as a person types it can mean: the name as written, then its readings without
 * clitics (first word only: names take them in front), so «بمصراتة» finds Misrata.
 */
export function lookupName(name: string, g: Gazetteer): NameMatch[] {
  const key = nameKey(name);
  if (key === null) throw new InputError(`"${name}" is not a name`, 'give letters only: no digits first, no punctuation');
  const [first = '', ...rest] = key.split(' ');
  const keys = new Set([key, ...stemVariants(first, g).map((v) => [v, ...rest].join(' '))]);
  return [...keys].map((k) => g.lookup(k)).filter((m): m is NameMatch => m !== undefined);
}
