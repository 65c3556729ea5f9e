package org.tripart.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Instrument;

/**
 * {@link InstrumentInference#infer} for well-formed files, with {@link CsvTokenizer} instead of
 * commons-csv: the same values, read from the tokenizer's buffer without a String per cell, at the
 * speed of {@link CsvDatasetReader}. A file the tokenizer finds anything wrong with (a stray quote,
 * invalid UTF-8, a row of another width than the header, an empty file) is handed to {@link
 * InstrumentInference#inferByCommonsCsv} as it is, so that such a file gets exactly the instrument,
 * or the error, it got before. Stateless and thread-safe.
 */
final class FastInference {
  static final int BUFFER_CHARS = 1 << 16;
  private static final long PARALLEL_BYTES = 16L << 20;

  private FastInference() {}

  static Instrument infer(Path csv, InferenceOptions options) {
    Instrument fast;
    try {
      fast = scan(csv, options);
    } catch (TripartException e) {
      if (e.code() == ErrorCode.CSV_HEADER) {
        throw e;
      }
      fast = null;
    } catch (IOException | RuntimeException e) {
      fast = null;
    }
    return fast != null ? fast : InstrumentInference.inferByCommonsCsv(csv, options);
  }

  /** The instrument, or null when the file is not plainly well-formed. */
  private static Instrument scan(Path csv, InferenceOptions options) throws IOException {
    long size = Files.size(csv);
    int threads = Runtime.getRuntime().availableProcessors();
    if (size >= PARALLEL_BYTES && threads > 1) {
      Instrument parallel = ChunkedScan.scan(csv, options, size, Math.min(threads, 8));
      if (parallel != null) {
        return parallel;
      }
    }
    try (InputStream in = Files.newInputStream(csv)) {
      CsvTokenizer tokens = new CsvTokenizer(utf8(in), csv.toString(), BUFFER_CHARS);
      int width = tokens.nextRecord();
      if (width < 0) {
        return null;
      }
      List<String> names = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        names.add(tokens.text(c));
      }
      InstrumentInference.checkDeclared(csv.toString(), names, options);
      List<InstrumentInference.ColumnStats> stats = new ArrayList<>(width);
      SliceStats[] slices = new SliceStats[width];
      for (int c = 0; c < width; c++) {
        InstrumentInference.ColumnStats s = new InstrumentInference.ColumnStats(options.maxCodes());
        stats.add(s);
        slices[c] = new SliceStats(s);
      }
      for (int n; (n = tokens.nextRecord()) >= 0; ) {
        if (n != width) {
          return null;
        }
        char[] buf = tokens.buffer();
        for (int c = 0; c < n; c++) {
          slices[c].add(buf, tokens.start(c), tokens.length(c));
        }
      }
      return InstrumentInference.build(csv, names, stats, options);
    }
  }

  static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Feeds {@link InstrumentInference.ColumnStats} from buffer slices, with the same outcome as its
   * {@code add(String)}: the value stripped as {@link String#strip()} does, its distinct values
   * while at most maxCodes + 1, and whether all are 0/1, whole numbers, numbers.
   */
  static final class SliceStats {
    private final InstrumentInference.ColumnStats s;
    private final List<String> seen = new ArrayList<>();
    private int last;

    SliceStats(InstrumentInference.ColumnStats s) {
      this.s = s;
    }

    void add(char[] b, int start, int length) {
      int from = start;
      int to = start + length;
      while (from < to && Character.isWhitespace(b[from])) {
        from++;
      }
      while (to > from && Character.isWhitespace(b[to - 1])) {
        to--;
      }
      int len = to - from;
      if (len == 0) {
        return;
      }
      s.values++;
      if (s.distinct.size() <= s.maxCodes && !known(b, from, len)) {
        String v = new String(b, from, len);
        s.distinct.add(v);
        seen.add(v);
      }
      if (s.binaryOnly && !(len == 1 && (b[from] == '0' || b[from] == '1'))) {
        s.binaryOnly = false;
      }
      if (s.whole && !isWhole(b, from, len)) {
        s.whole = false;
      }
      if (s.number && !s.whole && !isNumber(b, from, to)) {
        s.number = false;
      }
    }

    /** Whether the slice is among the distinct values (in {@code seen}, in the order first met). */
    private boolean known(char[] b, int from, int len) {
      int n = seen.size();
      for (int k = 0; k < n; k++) {
        int i = last + k < n ? last + k : last + k - n;
        String v = seen.get(i);
        if (v.length() == len && same(v, b, from)) {
          last = i;
          return true;
        }
      }
      return false;
    }

    private static boolean same(String v, char[] b, int from) {
      for (int i = 0; i < v.length(); i++) {
        if (v.charAt(i) != b[from + i]) {
          return false;
        }
      }
      return true;
    }

    /** {@code InstrumentInference.ColumnStats.isWhole} on a slice. */
    static boolean isWhole(char[] b, int from, int len) {
      int sign = b[from] == '+' || b[from] == '-' ? 1 : 0;
      if (len == sign || len - sign > 18) {
        return false;
      }
      for (int i = from + sign; i < from + len; i++) {
        if (b[i] < '0' || b[i] > '9') {
          return false;
        }
      }
      return true;
    }

    /** Matches {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?} against the whole slice. */
    static boolean isNumber(char[] b, int from, int to) {
      int i = from;
      if (i < to && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int digits = digits(b, i, to);
      if (digits > 0) {
        i += digits;
        if (i < to && b[i] == '.') {
          i++;
          i += digits(b, i, to);
        }
      } else {
        if (i >= to || b[i] != '.') {
          return false;
        }
        i++;
        int fraction = digits(b, i, to);
        if (fraction == 0) {
          return false;
        }
        i += fraction;
      }
      if (i < to && (b[i] == 'e' || b[i] == 'E')) {
        i++;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
          i++;
        }
        int exponent = digits(b, i, to);
        if (exponent == 0) {
          return false;
        }
        i += exponent;
      }
      return i == to;
    }

    private static int digits(char[] b, int from, int to) {
      int i = from;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      return i - from;
    }
  }
}
