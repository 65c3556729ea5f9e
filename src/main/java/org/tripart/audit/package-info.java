/**
 * The consistency audit of a study's published tables: percentages against counts, totals against
 * their parts, and the contradictions a paper holds.
 *
 * <p>Uses {@code org.tripart}.
 */
package org.tripart.audit;
