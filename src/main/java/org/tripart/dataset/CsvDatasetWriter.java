package org.tripart.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;

/**
 * Writes a {@link Dataset} as CSV in the layout {@link CsvDatasetReader} reads ({@code
 * csv-layout.md}): UTF-8 without byte order mark, LF line ends, a header of {@code record_id} and
 * the columns of every item in instrument order. Stateless and thread-safe.
 */
public final class CsvDatasetWriter {
  private CsvDatasetWriter() {}

  /**
   * Writes the dataset to {@code out}, which is flushed but not closed.
   *
   * @throws TripartException (TRP-0103) when writing fails
   */
  public static void write(Dataset data, Writer out) {
    try {
      writeTo(data, out);
      out.flush();
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, null, "cannot write CSV: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the dataset to a file, replacing it: first to a temporary file beside it, then moved
   * into place atomically where the file system allows, so the file is never seen half-written.
   *
   * @throws TripartException (TRP-0103) when writing fails; the file is then left unchanged
   */
  public static void write(Dataset data, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      try (Writer out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8),
              1 << 16)) {
        writeTo(data, out);
      }
      if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, file.toString(), "cannot be written: " + e, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the original failure is the one to report
        }
      }
    }
  }

  private static void writeTo(Dataset data, Writer out) throws IOException {
    List<Column> columns = new ArrayList<>(data.columns().values());
    StringBuilder line = new StringBuilder(256);
    line.append(CsvHeader.ID_COLUMNS.get(0));
    for (Column c : columns) {
      Item item = c.item();
      if (item.type() == ItemType.MULTIPLE) {
        for (Option o : item.options()) {
          line.append(',');
          escape(line, item.id() + CsvHeader.CHECKBOX_SEPARATOR + o.code());
        }
      } else {
        line.append(',');
        escape(line, item.id());
      }
    }
    out.append(line).append('\n');
    List<String> ids = data.respondentIds();
    for (int row = 0; row < data.size(); row++) {
      line.setLength(0);
      escape(line, row < ids.size() ? ids.get(row) : Integer.toString(row + 1));
      for (Column c : columns) {
        appendCell(line, c, row);
      }
      out.append(line).append('\n');
    }
  }

  private static void appendCell(StringBuilder line, Column column, int row) {
    if (column instanceof CodedColumn coded) {
      line.append(',');
      int code = coded.code(row);
      if (code != CodedColumn.BLANK) {
        escape(line, coded.item().options().get(code).code());
      }
    } else if (column instanceof MultiColumn multi) {
      boolean answered = multi.answered(row);
      int options = multi.item().options().size();
      for (int o = 0; o < options; o++) {
        line.append(',');
        if (answered) {
          line.append(multi.selected(row, o) ? '1' : '0');
        }
      }
    } else if (column instanceof NumericColumn numbers) {
      line.append(',');
      double v = numbers.value(row);
      if (!Double.isNaN(v)) {
        line.append(CsvMessages.number(v));
      }
    } else if (column instanceof TextColumn text) {
      line.append(',');
      String v = text.value(row);
      if (v != null) {
        escape(line, v);
      }
    }
  }

  private static void escape(StringBuilder line, String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(value);
      return;
    }
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      line.append(c);
      if (c == '"') {
        line.append('"');
      }
    }
    line.append('"');
  }
}
