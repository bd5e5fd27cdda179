/**
 * fast-check for the property tests: a fixed seed, so every run tries the same cases and a failure
 * is reproducible. On failure fast-check prints the seed and the path of the shrunk counterexample;
 * rerun with FC_SEED=<seed> (and FC_RUNS for more cases) to explore beyond the fixed set.
 */
import fc from 'fast-check';

export const SEED = Number(process.env.FC_SEED ?? 20261201);

fc.configureGlobal({ seed: SEED, numRuns: Number(process.env.FC_RUNS ?? 100), endOnFailure: true });
