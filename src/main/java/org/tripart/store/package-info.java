/**
 * The durable store on SQLite or PostgreSQL: studies, instruments, registers, invitations, drafts,
 * responses, accounts and the audit log, written through group commits that acknowledge only what
 * is on disk. See {@code durability.md}.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}, {@code org.tripart.fieldwork}, {@code
 * org.tripart.instrument}, {@code org.tripart.json}.
 */
package org.tripart.store;
