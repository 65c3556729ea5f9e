/**
 * Benchmark harnesses run by hand (never by the tests): they generate SYNTHETIC data, time Tripart
 * (and R, where a side-by-side is asked) on it and print the figures BENCHMARKS.md records.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.analysis}, {@code org.tripart.dataset}, {@code
 * org.tripart.fieldwork}, {@code org.tripart.instrument}, {@code org.tripart.network}, {@code
 * org.tripart.stats}, {@code org.tripart.stats.design}, {@code org.tripart.stats.model}.
 */
package org.tripart.bench;
