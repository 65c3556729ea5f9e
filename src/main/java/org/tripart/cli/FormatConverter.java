package org.tripart.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.tripart.report.Format;
import picocli.CommandLine;

/** Parses {@code text|csv|md|html} case-insensitively, naming the allowed values when wrong. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {
  @Override
  public Format convert(String value) {
    for (Format f : Format.values()) {
      if (f.cliName().equals(value.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new CommandLine.TypeConversionException(
        "'" + value + "' is not a format; expected one of text, csv, md, html");
  }

  /** The format names, for help texts. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Format.values()).map(Format::cliName).iterator();
    }
  }
}
