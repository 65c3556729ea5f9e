/**
 * Fieldwork: institution registers, invitations and their tokens, and response rates as AAPOR
 * defines them.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.instrument}.
 */
package org.tripart.fieldwork;
