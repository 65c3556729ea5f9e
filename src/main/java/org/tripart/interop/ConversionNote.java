package org.tripart.interop;

import java.util.Objects;

/**
 * One construct of a source that was not carried over, or was changed, when a file was imported or
 * written in another format: one line of {@code import-report.txt}. Immutable.
 *
 * @param where the place in the source: file and row ({@code dictionary.csv:14}), sheet cell
 *     ({@code form.xlsx survey!D7}) or JSON path ({@code phq9.json $.item[0].item[3]})
 * @param subject what the note is about, such as {@code field bmi} or {@code linkId /44261-6}; may
 *     be empty
 * @param message what happened and why, phrased for the researcher
 */
public record ConversionNote(String where, String subject, String message) {
  public ConversionNote {
    Objects.requireNonNull(where, "where");
    subject = subject == null ? "" : subject;
    Objects.requireNonNull(message, "message");
  }

  /** The note as one line of the report: {@code where subject: message}. */
  public String line() {
    String head = subject.isEmpty() ? where : where + " " + subject;
    return (head + ": " + message).replace('\n', ' ').replace('\r', ' ');
  }
}
