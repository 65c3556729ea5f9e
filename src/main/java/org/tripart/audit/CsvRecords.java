package org.tripart.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * Splits RFC 4180 text into records, remembering the line each record starts on. Quoted fields may
 * hold commas, doubled quotes and line breaks; CRLF, LF and CR all end a record. Lines that are
 * entirely empty are skipped. A byte order mark at the start is dropped.
 *
 * <p>Stateless; safe to use from several threads. Reads the reader to its end but does not close
 * it. Failures are {@link TripartException}s with {@link ErrorCode#PUBLISHED_TABLE} naming
 * file:line, or {@link ErrorCode#IO} when the reader fails.
 */
final class CsvRecords {
  /** One record: its fields and the line of the file it starts on (1-based). */
  record Record(int line, List<String> fields) {}

  private CsvRecords() {}

  static List<Record> read(Reader in, String fileName) {
    try {
      return parse(in, fileName);
    } catch (CharacterCodingException e) {
      throw new TripartException(
          ErrorCode.PUBLISHED_TABLE, fileName, "the file is not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, fileName, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static List<Record> parse(Reader in, String fileName) throws IOException {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean fieldStarted = false;
    boolean first = true;
    int c = in.read();
    while (c != -1) {
      int next = in.read();
      if (first && c == '\uFEFF') {
        first = false;
        c = next;
        continue;
      }
      first = false;
      if (quoted) {
        if (c == '"' && next == '"') {
          field.append('"');
          next = in.read();
        } else if (c == '"') {
          quoted = false;
          afterQuote = true;
        } else {
          if (c == '\n' || (c == '\r' && next != '\n')) {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        fieldStarted = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && next == '\n') {
          next = in.read();
        }
        if (fieldStarted || field.length() > 0 || afterQuote) {
          fields.add(field.toString());
          records.add(new Record(recordLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        afterQuote = false;
        fieldStarted = false;
        line++;
        recordLine = line;
      } else if (afterQuote) {
        throw new TripartException(
            ErrorCode.PUBLISHED_TABLE,
            fileName + ":" + line,
            "unexpected '"
                + (char) c
                + "' after a closing quote; a quoted field must end at a comma"
                + " or the end of the line (write a quote inside a field as \"\")");
      } else if (c == '"') {
        if (field.length() > 0) {
          throw new TripartException(
              ErrorCode.PUBLISHED_TABLE,
              fileName + ":" + line,
              "a quote inside an unquoted field; quote the whole field and double the quote");
        }
        quoted = true;
        quoteLine = line;
        fieldStarted = true;
      } else {
        field.append((char) c);
        fieldStarted = true;
      }
      c = next;
    }
    if (quoted) {
      throw new TripartException(
          ErrorCode.PUBLISHED_TABLE,
          fileName + ":" + quoteLine,
          "a quoted field opened on this line is never closed");
    }
    if (fieldStarted || field.length() > 0 || afterQuote) {
      fields.add(field.toString());
      records.add(new Record(recordLine, List.copyOf(fields)));
    }
    return records;
  }
}
