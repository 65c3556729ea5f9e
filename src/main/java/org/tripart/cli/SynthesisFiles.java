package org.tripart.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tripart.dataset.CsvDatasetWriter;
import org.tripart.dataset.TiesCsv;
import org.tripart.synth.Institution;
import org.tripart.synth.Invitation;
import org.tripart.synth.SynthesisResult;

/**
 * Writes a synthesis result as files: responses, the ties file of its partner rosters beside them,
 * institution register, invitations.
 */
final class SynthesisFiles {
  private SynthesisFiles() {}

  /**
   * Writes the responses to {@code responses}; when the instrument has a partner roster, the ties
   * to the ties file beside it ({@link TiesCsv#besideResponses}); and the register and invitations
   * when their paths are not null. Each file is written whole or not at all.
   *
   * @return the ties file written, null when the instrument has no roster
   */
  static Path write(SynthesisResult result, Path responses, Path register, Path invitations) {
    CsvDatasetWriter.write(result.dataset(), responses);
    Path ties = null;
    if (TiesCsv.hasRosters(result.dataset().instrument())) {
      ties = TiesCsv.besideResponses(responses);
      TiesCsv.write(result.ties(), ties);
    }
    if (register != null && !result.register().isEmpty()) {
      FormatOption.writeAtomically(register, register(result.register()));
    }
    if (invitations != null && !result.invitations().isEmpty()) {
      FormatOption.writeAtomically(invitations, invitations(result.invitations()));
    }
    return ties;
  }

  static String register(List<Institution> institutions) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p =
        CSVFormat.RFC4180
            .builder()
            .setRecordSeparator('\n')
            .setHeader("id", "name", "province_code", "tier")
            .get()
            .print(w)) {
      for (Institution i : institutions) {
        p.printRecord(i.id(), i.name(), i.provinceCode(), i.tier());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String invitations(List<Invitation> invitations) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p =
        CSVFormat.RFC4180
            .builder()
            .setRecordSeparator('\n')
            .setHeader("id", "group", "institution_id", "disposition", "respondent_id")
            .get()
            .print(w)) {
      for (Invitation i : invitations) {
        p.printRecord(
            i.id(),
            i.group(),
            i.institutionId() == null ? "" : i.institutionId(),
            i.disposition(),
            i.respondentId() == null ? "" : i.respondentId());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
