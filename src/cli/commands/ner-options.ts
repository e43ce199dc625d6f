import { InvalidArgumentError } from 'commander';

/** `--dev-slice`: a share of the data in percent, strictly between 0 and 100. */
export function devSlicePercent(value: string): number {
  const n = Number(value);
  if (!(n > 0 && n < 100)) throw new InvalidArgumentError(`expected a percentage between 0 and 100, got "${value}".`);
  return n;
}
