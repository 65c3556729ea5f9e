/**
 * Backups, restores and moves of a whole store: a portable zip of canonical JSON Lines per table
 * with a manifest (schema version, row counts, SHA-256 per table) read from one consistent
 * snapshot, a loader that verifies every row into an empty store of either vendor before it
 * commits, and the vendors' native copies ({@code VACUUM INTO}, {@code pg_dump}). {@link
 * org.tripart.store.archive.StoreArchives} is the facade; see {@code archive.md}.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.store}.
 */
package org.tripart.store.archive;
