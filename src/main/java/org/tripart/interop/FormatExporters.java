package org.tripart.interop;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.interop.fhir.FhirExport;
import org.tripart.interop.redcap.RedcapExport;
import org.tripart.interop.xlsform.XlsFormExport;

/**
 * The REDCap, XLSForm and FHIR writers as {@link Exporter}s: which files each writes, by name.
 * Stateless.
 */
final class FormatExporters {
  private FormatExporters() {}

  /** {@code ID_DataDictionary.csv}, and with answers {@code ID_records.csv} (raw codes). */
  static Export redcap(Instrument instrument, Dataset data, ExportOptions options) {
    RedcapExport.Result dictionary = RedcapExport.dictionary(instrument);
    List<ExportFile> files = new ArrayList<>();
    files.add(new ExportFile(instrument.id() + "_DataDictionary.csv", utf8(dictionary.text())));
    if (data != null) {
      files.add(new ExportFile(instrument.id() + "_records.csv", utf8(RedcapExport.records(data))));
    }
    return new Export(files, dictionary.notes());
  }

  /** {@code ID.xlsx}; an XLSForm holds the questionnaire only, so answers are refused. */
  static Export xlsform(Instrument instrument, Dataset data, ExportOptions options) {
    if (data != null) {
      throw new TripartException(
          ErrorCode.CONVERT_INPUT,
          "--responses",
          "an XLSForm holds the questionnaire only; convert the answers --to redcap, fhir, spss,"
              + " stata or r");
    }
    XlsFormExport.Result form = XlsFormExport.write(instrument);
    return new Export(
        List.of(new ExportFile(instrument.id() + ".xlsx", form.xlsx())), form.notes());
  }

  /**
   * {@code ID.questionnaire.json} (an R4 Questionnaire), and with answers {@code
   * ID.responses.json}, a Bundle of QuestionnaireResponses.
   */
  static Export fhir(Instrument instrument, Dataset data, ExportOptions options) {
    FhirExport.QuestionnaireExport q = FhirExport.questionnaire(instrument);
    List<ExportFile> files = new ArrayList<>();
    files.add(new ExportFile(instrument.id() + ".questionnaire.json", utf8(q.json())));
    if (data != null) {
      files.add(
          new ExportFile(instrument.id() + ".responses.json", utf8(FhirExport.bundleJson(data))));
    }
    return new Export(files, q.notes());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
