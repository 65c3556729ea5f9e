/**
 * Capture of answers: a submission checked against its instrument (types, ranges, required items,
 * skip logic applied, partner rosters), in drafts and final mode, with messages per item. See
 * {@code validation.md}.
 *
 * <p>Uses {@code org.tripart.instrument}.
 */
package org.tripart.capture;
