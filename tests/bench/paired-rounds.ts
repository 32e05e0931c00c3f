// What every comparison in `pnpm bench` rests on: A and B measured side by side in time, and
// medians, since this machine's speed drifts by half within a minute.

/** The value a fraction `q` of the way through the sorted values (linear between neighbours). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const low = s[Math.floor(at)] as number;
  const high = s[Math.ceil(at)] as number;
  return low + (high - low) * (at - Math.floor(at));
}

/** The middle value (the mean of the middle two for an even count). */
export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/**
 * `rounds` measurements of A and of B, one of each per round, alternating which goes first so
 * neither always meets a cooler machine. The i-th of `a` and of `b` sat next to each other.
 */
export async function pairedRounds(
  rounds: number,
  measureA: () => number | Promise<number>,
  measureB: () => number | Promise<number>,
): Promise<{ a: number[]; b: number[] }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2) {
      a.push(await measureA());
      b.push(await measureB());
    } else {
      b.push(await measureB());
      a.push(await measureA());
    }
  }
  return { a, b };
}
