/**
 * Generation of SYNTHETIC respondent-level data that reproduce given marginals, labelled as
 * synthetic wherever they appear.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}, {@code org.tripart.instrument}.
 */
package org.tripart.synth;
