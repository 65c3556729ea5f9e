/**
 * Statistics of simple random samples: frequencies, cross-tabulations with chi-square tests, Wilson
 * intervals and numeric summaries.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}, {@code org.tripart.instrument}.
 */
package org.tripart.stats;
