package org.tripart.store.archive;

/**
 * A table as written and verified.
 *
 * @param name the table's name
 * @param rows its rows
 * @param sha256 the SHA-256 of its canonical lines, lower-case hex
 */
public record TableCount(String name, long rows, String sha256) {}
