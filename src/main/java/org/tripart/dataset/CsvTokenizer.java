package org.tripart.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * A streaming RFC 4180 tokenizer that hands out one record at a time as slices of its own char
 * buffer, so that callers can decode fields without allocating a String per field. Accepts LF, CRLF
 * and lone CR line ends and a UTF-8 byte order mark (U+FEFF) before the first record; skips lines
 * that hold no characters at all. Quoted fields may hold commas, line ends and doubled quotes; a
 * quoted field's slice is its unescaped content.
 *
 * <p>The slices of a record are valid until the next call of {@link #nextRecord()}. Not
 * thread-safe; reads its reader but never closes it.
 */
final class CsvTokenizer {
  static final int MAX_RECORD_CHARS = 1 << 26;

  private final Reader in;
  private final String file;
  private List<String> names = List.of();
  private char[] buf;
  private int pos;
  private int limit;
  private int recordStart;
  private int moved;
  private boolean eof;
  private boolean started;
  private boolean afterCr;
  private int line = 1;
  private int recordLine;
  private int count;
  private int[] starts = new int[64];
  private int[] lengths = new int[64];
  private int[] lines = new int[64];

  CsvTokenizer(Reader in, String file, int bufferChars) {
    this.in = in;
    this.file = file;
    this.buf = new char[Math.max(16, bufferChars)];
  }

  /** Names the columns in error messages from now on (1-based column i is names.get(i - 1)). */
  void columnNames(List<String> columnNames) {
    this.names = List.copyOf(columnNames);
  }

  /**
   * Reads the next record.
   *
   * @return the number of fields of the record, or -1 at the end of input
   * @throws MalformedCsvException (TRP-0100) on a stray or unterminated quote
   * @throws IOException when the reader fails
   */
  int nextRecord() throws IOException {
    count = 0;
    if (!started) {
      started = true;
      if (ensurePos() && buf[pos] == '\uFEFF') {
        pos++;
      }
    }
    for (; ; ) {
      recordStart = pos;
      if (!ensurePos()) {
        return -1;
      }
      char c = buf[pos];
      if (c == '\n') {
        pos++;
        if (!afterCr) {
          line++;
        }
        afterCr = false;
      } else if (c == '\r') {
        pos++;
        line++;
        afterCr = true;
      } else {
        afterCr = false;
        break;
      }
    }
    recordLine = line;
    for (; ; ) {
      if (ensurePos() && buf[pos] == '"') {
        quotedField();
      } else {
        plainField();
      }
      if (pos >= limit) {
        return count;
      }
      char c = buf[pos++];
      if (c == ',') {
        continue;
      }
      line++;
      afterCr = c == '\r';
      return count;
    }
  }

  private void plainField() throws IOException {
    int start = pos;
    int p = pos;
    for (; ; ) {
      char[] b = buf;
      int end = limit;
      while (p < end) {
        char c = b[p];
        if (c == ',' || c == '\n' || c == '\r' || c == '"') {
          break;
        }
        p++;
      }
      if (p < end) {
        break;
      }
      boolean more = refill();
      p -= moved;
      start -= moved;
      if (!more) {
        break;
      }
    }
    if (p < limit && buf[p] == '"') {
      throw syntax(
          line,
          count + 1,
          "a quote inside a field that does not start with one; expected the whole field in"
              + " quotes with inner quotes doubled (\"say \"\"yes\"\"\")");
    }
    addField(start, p - start, line);
    pos = p;
  }

  private void quotedField() throws IOException {
    int fieldLine = line;
    int start = pos + 1;
    int r = start;
    int w = start;
    boolean prevCr = false;
    for (; ; ) {
      if (r >= limit) {
        boolean more = refill();
        r -= moved;
        w -= moved;
        start -= moved;
        if (!more) {
          throw syntax(
              fieldLine, count + 1, "the quoted field is never closed; expected a closing quote");
        }
        continue;
      }
      char c = buf[r];
      if (c == '"') {
        if (r + 1 >= limit) {
          boolean more = refill();
          r -= moved;
          w -= moved;
          start -= moved;
          if (more) {
            continue;
          }
          r++;
          break;
        }
        if (buf[r + 1] == '"') {
          buf[w++] = '"';
          r += 2;
          prevCr = false;
          continue;
        }
        r++;
        break;
      }
      if (c == '\r' || (c == '\n' && !prevCr)) {
        line++;
      }
      prevCr = c == '\r';
      buf[w++] = c;
      r++;
    }
    if (r < limit && buf[r] != ',' && buf[r] != '\n' && buf[r] != '\r') {
      throw syntax(
          line,
          count + 1,
          "'" + buf[r] + "' after the closing quote; expected a comma or the end of the line");
    }
    addField(start, w - start, fieldLine);
    pos = r;
  }

  private void addField(int start, int length, int fieldLine) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
      lines = Arrays.copyOf(lines, count * 2);
    }
    starts[count] = start;
    lengths[count] = length;
    lines[count] = fieldLine;
    count++;
  }

  /** True when buf[pos] is available, refilling if needed; false at the end of input. */
  private boolean ensurePos() throws IOException {
    while (pos >= limit) {
      if (!refill()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads more input after {@link #limit}, first moving the current record to the start of the
   * buffer (by {@link #moved} chars, which callers subtract from their indices) or growing it.
   */
  private boolean refill() throws IOException {
    moved = 0;
    if (eof) {
      return false;
    }
    if (recordStart > 0) {
      moved = recordStart;
      System.arraycopy(buf, recordStart, buf, 0, limit - recordStart);
      limit -= moved;
      pos -= moved;
      recordStart = 0;
      for (int i = 0; i < count; i++) {
        starts[i] -= moved;
      }
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_RECORD_CHARS) {
        throw syntax(
            recordLine,
            0,
            "a record longer than "
                + MAX_RECORD_CHARS
                + " characters; expected a line end (is a quote left open?)");
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  MalformedCsvException syntax(int atLine, int column, String problem) {
    return new MalformedCsvException(
        ErrorCode.CSV_SYNTAX, file, atLine, column, name(column - 1), problem);
  }

  String fileName() {
    return file;
  }

  /** The header name of the 0-based field, or null before the header is known. */
  String name(int field) {
    return field >= 0 && field < names.size() ? names.get(field) : null;
  }

  char[] buffer() {
    return buf;
  }

  int start(int field) {
    return starts[field];
  }

  int length(int field) {
    return lengths[field];
  }

  /** The physical line on which the field starts. */
  int line(int field) {
    return lines[field];
  }

  /** The physical line on which the current record starts. */
  int recordLine() {
    return recordLine;
  }

  String text(int field) {
    return new String(buf, starts[field], lengths[field]);
  }

  /** True when the field is empty or holds only spaces and tabs. */
  boolean isBlank(int field) {
    int s = starts[field];
    int e = s + lengths[field];
    for (int i = s; i < e; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
