package org.tripart.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One byte range of a plain CSV (one that starts after a line feed, or the file's start with its
 * header), split into fields straight from its UTF-8 bytes once, into a {@link ChunkColumn} per
 * kept column and the text of the respondent id column. Records end at LF, CRLF or a lone CR, and
 * lines without any character are skipped, as {@link CsvTokenizer} reads them. Any sign that the
 * file is not plain stops the reading with {@link NotPlain}: a quote character, a row of another
 * width than the header, invalid UTF-8 or white space at either end of a value (checked once per
 * distinct value by {@link ChunkColumn#finish()}). Not thread-safe; each range is read by one
 * thread.
 */
final class CsvChunk {
  private static final int BUFFER_BYTES = 1 << 20;

  /** Thrown, without a stack trace, when the range is not plain; the caller reads another way. */
  static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain(String why) {
      super(why, null, false, false);
    }
  }

  int rows;
  ChunkColumn[] columns;
  String[] ids;

  private final int width;
  private final int idColumn;
  private int capacity;
  private boolean header;

  private CsvChunk(int width, int idColumn, boolean header) {
    this.width = width;
    this.idColumn = idColumn;
    this.header = header;
  }

  /**
   * Reads bytes {@code [from, to)} of {@code ch}.
   *
   * @param first whether the range starts the file, so that it may start with a byte order mark and
   *     its first record is the header
   * @param width the header's width
   * @param kept per column whether its values are kept
   * @param idColumn the kept column whose text names respondents, or -1
   * @throws NotPlain when the range is not plain CSV
   */
  static CsvChunk read(
      FileChannel ch, long from, long to, boolean first, int width, boolean[] kept, int idColumn)
      throws IOException {
    CsvChunk out = new CsvChunk(width, idColumn, first);
    out.capacity = (int) Math.min(Integer.MAX_VALUE - 8, (to - from) / (2L * width) + 16);
    out.columns = new ChunkColumn[width];
    for (int c = 0; c < width; c++) {
      if (kept[c] && c != idColumn) {
        out.columns[c] = new ChunkColumn(out.capacity);
      }
    }
    out.ids = idColumn >= 0 ? new String[out.capacity] : null;
    byte[] buf = new byte[(int) Math.min(BUFFER_BYTES, Math.max(16, to - from + 1))];
    int begin = 0;
    int filled = 0;
    long at = from;
    boolean bomChecked = !first;
    while (true) {
      if (filled == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = -1;
      if (at < to) {
        int room = (int) Math.min(buf.length - filled, to - at);
        n = ch.read(ByteBuffer.wrap(buf, filled, room), at);
      }
      if (n > 0) {
        at += n;
        filled += n;
      }
      boolean end = n < 0 || at >= to;
      if (!bomChecked) {
        if (filled < 3 && !end) {
          continue;
        }
        bomChecked = true;
        if (filled >= 3
            && (buf[0] & 0xff) == 0xEF
            && (buf[1] & 0xff) == 0xBB
            && (buf[2] & 0xff) == 0xBF) {
          begin = 3;
        }
      }
      int last = filled - 1;
      while (last >= begin && buf[last] != '\n' && buf[last] != '\r') {
        last--;
      }
      if (end && last < filled - 1) {
        if (filled == buf.length) {
          buf = Arrays.copyOf(buf, buf.length + 1);
        }
        buf[filled++] = '\n';
        last = filled - 1;
      }
      if (last >= begin && out.header) {
        begin = out.header(buf, begin, last + 1);
      }
      if (last >= begin) {
        begin = out.records(buf, begin, last + 1);
      }
      if (end) {
        break;
      }
      System.arraycopy(buf, begin, buf, 0, filled - begin);
      filled -= begin;
      begin = 0;
    }
    for (ChunkColumn c : out.columns) {
      if (c != null) {
        c.finish();
      }
    }
    return out;
  }

  /**
   * Skips the header record starting at or after {@code from} (after lines without characters) in
   * {@code b[from, to)}, where {@code b[to - 1]} ends a line, and returns where the next record may
   * start; {@code to} with the header still to come when the lines hold no characters.
   */
  private int header(byte[] b, int from, int to) {
    int p = from;
    while (p < to && (b[p] == '\n' || b[p] == '\r')) {
      p++;
    }
    if (p == to) {
      return to;
    }
    int fields = 1;
    for (byte x; (x = b[p]) != '\n' && x != '\r'; p++) {
      if (x == '"') {
        throw new NotPlain("a quote");
      }
      if (x == ',') {
        fields++;
      }
    }
    if (fields != width) {
      throw new NotPlain("the header changed");
    }
    header = false;
    return p + 1;
  }

  /**
   * Reads the records of {@code b[from, to)}, where {@code b[to - 1]} ends a line, and returns
   * {@code to}.
   */
  private int records(byte[] b, int from, int to) {
    int p = from;
    while (p < to) {
      byte x = b[p];
      if (x == '\n' || x == '\r') {
        p++;
        continue;
      }
      if (rows == capacity) {
        grow();
      }
      p = record(b, p, rows);
      rows++;
    }
    return to;
  }

  /** Reads the record that starts at {@code b[p]} as row {@code row}; returns where it ends. */
  private int record(byte[] b, int p, int row) {
    ChunkColumn[] cols = columns;
    int w = width;
    for (int c = 0; ; c++) {
      int s = p;
      byte x;
      while (true) {
        x = b[p];
        if (x <= ',' && (x == ',' || x == '\n' || x == '\r' || x == '"')) {
          break;
        }
        p++;
      }
      if (x == '"') {
        throw new NotPlain("a quote");
      }
      if (c >= w) {
        throw new NotPlain("a row of another width");
      }
      int n = p - s;
      if (n > 0) {
        ChunkColumn col = cols[c];
        if (col != null) {
          col.set(row, b, s, n);
        } else if (c == idColumn) {
          ids[row] = text(b, s, n);
        }
      }
      p++;
      if (x != ',') {
        if (c != w - 1) {
          throw new NotPlain("a row of another width");
        }
        return p;
      }
    }
  }

  private void grow() {
    capacity = (int) Math.min(Integer.MAX_VALUE - 8, capacity + (capacity >> 1) + 16L);
    for (ChunkColumn col : columns) {
      if (col != null) {
        col.capacity(capacity);
      }
    }
    if (ids != null) {
      ids = Arrays.copyOf(ids, capacity);
    }
  }

  /** The field's text, refusing invalid UTF-8 and white space at either end. */
  private static String text(byte[] b, int s, int n) {
    String v = utf8(b, s, n);
    if (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))) {
      throw new NotPlain("white space at the end of a value");
    }
    return v;
  }

  /**
   * The UTF-8 text of {@code b[start, start + n)}.
   *
   * @throws NotPlain for invalid UTF-8
   */
  static String utf8(byte[] b, int start, int n) {
    boolean ascii = true;
    for (int i = start; i < start + n; i++) {
      ascii &= b[i] >= 0;
    }
    if (ascii) {
      return new String(b, start, n, StandardCharsets.ISO_8859_1);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, start, n))
          .toString();
    } catch (CharacterCodingException e) {
      throw new NotPlain("invalid UTF-8");
    }
  }
}
