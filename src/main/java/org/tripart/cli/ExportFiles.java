package org.tripart.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.tripart.report.Document;
import org.tripart.report.Format;
import org.tripart.report.publish.DocxExport;
import org.tripart.report.publish.ModelTable;
import org.tripart.report.publish.PublicationTable;
import org.tripart.report.publish.XlsxExport;

/**
 * The bytes of an export's files: publication tables, model tables and other report tables as DOCX,
 * XLSX, CSV, Markdown or HTML, and writing them. Stateless; writing has the side effect of the
 * file.
 */
final class ExportFiles {
  private ExportFiles() {}

  static byte[] render(
      ExportCommand.FileFormat format,
      PublicationTable table,
      String title,
      List<String> banner,
      List<ModelTable> models) {
    List<PublicationTable> one = List.of(table);
    List<org.tripart.report.Table> texts = models.stream().map(ModelTable::toReportTable).toList();
    return switch (format) {
      case DOCX -> DocxExport.write(title, banner, one, List.of(), models);
      case XLSX -> XlsxExport.write(one, List.of(), models);
      case CSV -> text(Format.CSV, title, List.of(), one, texts);
      case MD -> text(Format.MD, title, banner, one, texts);
      case HTML -> text(Format.HTML, title, banner, one, texts);
    };
  }

  static byte[] text(
      Format format, String title, List<String> banner, List<PublicationTable> tables) {
    return text(format, title, banner, tables, List.of());
  }

  /** As above, with formatted tables (the network statistics) after the publication tables. */
  static byte[] text(
      Format format,
      String title,
      List<String> banner,
      List<PublicationTable> tables,
      List<org.tripart.report.Table> others) {
    Document.Builder d = Document.builder(title);
    banner.forEach(d::banner);
    for (PublicationTable t : tables) {
      d.table(t.toReportTable());
    }
    others.forEach(d::table);
    return format.render(d.build()).getBytes(StandardCharsets.UTF_8);
  }

  /** {@link FormatOption#writeAtomically(Path, byte[])}: whole, rw-r--r--, or not at all. */
  static void write(Path target, byte[] bytes) {
    FormatOption.writeAtomically(target, bytes);
  }
}
