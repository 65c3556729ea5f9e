package org.tripart.interop.redcap;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A CSV file as REDCap writes it, read with commons-csv: UTF-8 with or without a byte order mark,
 * RFC 4180 quoting, cells that span lines. Immutable.
 *
 * @param file the name messages give the file
 * @param header the cells of the first row
 * @param rows the other rows, each with the 1-based line it starts on
 * @param malformedUtf8 true when some bytes were not UTF-8 and were read as U+FFFD
 */
record CsvTable(String file, List<String> header, List<Row> rows, boolean malformedUtf8) {
  private static final Pattern LINE = Pattern.compile("(?:startline|line:?)\\s*(\\d+)");

  /** One row: the line it starts on and its cells (never null). */
  record Row(int line, List<String> cells) {
    /** The cell at {@code index}, or the empty string past the row's end. */
    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
  }

  /**
   * Parses the bytes.
   *
   * @throws TripartException (TRP-1000) with the line when the quoting is broken or there is no
   *     header row
   */
  static CsvTable read(byte[] content, String file) {
    boolean malformed = false;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      malformed = true;
      text = new String(content, StandardCharsets.UTF_8);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int[] lineStarts = lineStarts(text);
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    int lastLine = 1;
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord r : parser) {
        int line = lineOf(lineStarts, r.getCharacterPosition());
        lastLine = (int) parser.getCurrentLineNumber() + 1;
        List<String> cells = r.toList();
        if (header == null) {
          header = List.copyOf(cells);
        } else if (!cells.stream().allMatch(String::isBlank)) {
          rows.add(new Row(line, List.copyOf(cells)));
        }
      }
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      Matcher m = LINE.matcher(message);
      int line = m.find() ? Integer.parseInt(m.group(1)) : lastLine;
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          file + ":" + line,
          "malformed CSV: a quoted cell starting on this line is not closed properly");
    }
    if (header == null) {
      throw new TripartException(ErrorCode.IMPORT_UNREADABLE, file + ":1", "the file is empty");
    }
    return new CsvTable(file, header, rows, malformed);
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static int lineOf(int[] lineStarts, long position) {
    int i = Arrays.binarySearch(lineStarts, (int) position);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
