/**
 * Respondent-level data sets: typed columns per item, the responses CSV read under an instrument or
 * with the instrument inferred from the columns, in one pass.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.instrument}.
 */
package org.tripart.dataset;
