/**
 * How many generated cases a property or fuzz test runs: `ci` in `npm test`, `long` in `npm run test:long`
 * (which sets DSLAB_LONG=1). Seeds come from DSLAB_SEED when set, so a failure can be replayed.
 */
export function numRuns(ci: number, long: number): number {
  return process.env.DSLAB_LONG === '1' ? long : ci;
}

export function seed(): number | undefined {
  const s = process.env.DSLAB_SEED;
  return s === undefined ? undefined : Number(s);
}
