/**
 * How many cases a fuzz family runs. The ordinary suite runs each family's fixed, bounded count
 * (at least 1,000 cases in all); a long run sets `FUZZ_RUNS=N` (`npm run fuzz`), and then every
 * family runs N cases in all, shared among its properties in the proportions of the ordinary
 * counts. `OTTL_FUZZ_RUNS`, the older name, is read when `FUZZ_RUNS` is absent.
 */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? process.env.OTTL_FUZZ_RUNS ?? '0');

/** True in a long run (FUZZ_RUNS set). */
export const longFuzzRun = Number.isFinite(FUZZ_RUNS) && FUZZ_RUNS > 0;

/** A long run has no per-test time limit; the ordinary suite keeps vitest's. */
export const fuzzTimeout: number | undefined = longFuzzRun ? 24 * 3600 * 1000 : undefined;

/**
 * The run counts of one family whose properties run `normal` cases each in the ordinary suite,
 * adding up to `normalTotal`: `runs(normal)` is that property's share of FUZZ_RUNS in a long run.
 */
export function fuzzFamily(normalTotal: number): (normal: number) => { numRuns: number } {
  return (normal) => {
    if (!longFuzzRun) return { numRuns: normal };
    const numRuns = Math.max(1, Math.round((FUZZ_RUNS * normal) / normalTotal));
    // A long run's report then says how many cases each property ran.
    console.log(`fuzz: ${numRuns} cases`);
    return { numRuns };
  };
}
