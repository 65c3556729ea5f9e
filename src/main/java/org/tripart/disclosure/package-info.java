/**
 * Statistical disclosure control: small cells suppressed (primary and secondary) before counts
 * leave the store or reach a publication.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}, {@code org.tripart.instrument}.
 */
package org.tripart.disclosure;
