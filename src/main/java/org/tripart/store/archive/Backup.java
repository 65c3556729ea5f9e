package org.tripart.store.archive;

import java.nio.file.Path;

/**
 * A backup written.
 *
 * @param source the store it was taken of
 * @param file the file written
 * @param format {@code archive} (Tripart's portable archive), {@code sqlite} (VACUUM INTO) or
 *     {@code pg_dump} (custom format)
 * @param manifest the archive's manifest; null for a native backup
 * @param bytes the file's size
 * @param millis how long it took, in milliseconds
 */
public record Backup(
    String source, Path file, String format, Manifest manifest, long bytes, long millis) {}
