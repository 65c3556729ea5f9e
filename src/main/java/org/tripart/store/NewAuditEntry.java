package org.tripart.store;

/**
 * An audit row to append; the store sets its id and time. See {@link AuditEntry} for the fields;
 * {@code detailJson} null stands for {@code {}}.
 */
public record NewAuditEntry(
    String actor,
    String action,
    String study,
    String target,
    String detailJson,
    String ip,
    String userAgent) {}
