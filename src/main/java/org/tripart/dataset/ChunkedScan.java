package org.tripart.dataset;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.tripart.instrument.Instrument;

/**
 * {@link FastInference}'s pass over a large file on several cores: the file is cut into byte ranges
 * that each start after a line feed, each range's column statistics are gathered by its own
 * tokenizer, and the statistics are merged (counts added, the 0/1, whole-number and number flags
 * and-ed, the distinct values united up to maxCodes + 1, which decide the same types as one pass).
 * A cut can fall inside a quoted field, so a file with any quote character, a byte order mark after
 * a cut, or anything the tokenizers do not accept gives null, and the caller reads it in one pass.
 * Stateless and thread-safe.
 */
final class ChunkedScan {
  private ChunkedScan() {}

  static Instrument scan(Path csv, InferenceOptions options, long size, int parts)
      throws IOException {
    long[] cuts = new long[parts + 1];
    try (FileChannel ch = FileChannel.open(csv, StandardOpenOption.READ)) {
      cuts[parts] = size;
      for (int k = 1; k < parts; k++) {
        cuts[k] = afterLineFeed(ch, Math.max(cuts[k - 1], size * k / parts), size);
      }
      Chunk[] chunks = new Chunk[parts];
      IntStream.range(0, parts)
          .parallel()
          .forEach(
              k -> {
                try {
                  chunks[k] = Chunk.read(ch, cuts[k], cuts[k + 1], k == 0, options, csv);
                } catch (IOException | RuntimeException e) {
                  chunks[k] = null;
                }
              });
      for (Chunk c : chunks) {
        if (c == null || c.quoted) {
          return null;
        }
      }
      List<String> names = chunks[0].names;
      int width = names.size();
      List<InstrumentInference.ColumnStats> stats = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        InstrumentInference.ColumnStats merged = chunks[0].stats.get(c);
        for (int k = 1; k < parts; k++) {
          if (chunks[k].stats == null) {
            continue;
          }
          if (chunks[k].stats.size() != width) {
            return null;
          }
          InstrumentInference.ColumnStats more = chunks[k].stats.get(c);
          merged.values += more.values;
          merged.whole &= more.whole;
          merged.number &= more.number;
          merged.binaryOnly &= more.binaryOnly;
          for (String v : more.distinct) {
            if (merged.distinct.size() <= merged.maxCodes) {
              merged.distinct.add(v);
            }
          }
        }
        stats.add(merged);
      }
      return InstrumentInference.build(csv, names, stats, options);
    }
  }

  /** The offset just after the first line feed at or after {@code from}; the size if none. */
  static long afterLineFeed(FileChannel ch, long from, long size) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    long at = from;
    while (at < size) {
      b.clear();
      int n = ch.read(b, at);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (b.get(i) == '\n') {
          return at + i + 1;
        }
      }
      at += n;
    }
    return size;
  }

  /** One byte range's statistics (null for an empty range past the header). Not thread-safe. */
  private static final class Chunk {
    List<String> names;
    List<InstrumentInference.ColumnStats> stats;
    boolean quoted;

    static Chunk read(
        FileChannel ch, long from, long to, boolean first, InferenceOptions options, Path csv)
        throws IOException {
      Chunk out = new Chunk();
      QuoteWatch reader = new QuoteWatch(FastInference.utf8(new RangeInput(ch, from, to)));
      CsvTokenizer tokens = new CsvTokenizer(reader, csv.toString(), FastInference.BUFFER_CHARS);
      int width;
      if (first) {
        width = tokens.nextRecord();
        if (width < 0) {
          return null;
        }
        out.names = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
          out.names.add(tokens.text(c));
        }
        InstrumentInference.checkDeclared(csv.toString(), out.names, options);
      } else {
        width = -1;
      }
      FastInference.SliceStats[] slices = null;
      for (int n; (n = tokens.nextRecord()) >= 0; ) {
        if (slices == null) {
          if (!first && reader.startsWithBom) {
            return null;
          }
          width = width < 0 ? n : width;
          out.stats = new ArrayList<>(width);
          slices = new FastInference.SliceStats[width];
          for (int c = 0; c < width; c++) {
            InstrumentInference.ColumnStats s =
                new InstrumentInference.ColumnStats(options.maxCodes());
            out.stats.add(s);
            slices[c] = new FastInference.SliceStats(s);
          }
        }
        if (n != width) {
          return null;
        }
        char[] buf = tokens.buffer();
        for (int c = 0; c < n; c++) {
          slices[c].add(buf, tokens.start(c), tokens.length(c));
        }
      }
      if (first && out.stats == null) {
        out.stats = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          out.stats.add(new InstrumentInference.ColumnStats(options.maxCodes()));
        }
      }
      out.quoted = reader.quoted;
      return out;
    }
  }

  /** Notes whether any quote character (or a leading byte order mark) passes through. */
  static final class QuoteWatch extends FilterReader {
    boolean quoted;
    boolean startsWithBom;
    private boolean started;

    QuoteWatch(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      if (n > 0 && !started) {
        started = true;
        startsWithBom = cbuf[off] == '\uFEFF';
      }
      for (int i = off; i < off + n; i++) {
        if (cbuf[i] == '"') {
          quoted = true;
          break;
        }
      }
      return n;
    }

    @Override
    public int read() {
      throw new UncheckedIOException(new IOException("not used"));
    }
  }

  /** Bytes {@code [from, to)} of a file channel, read positionally (thread-safe on the channel). */
  static final class RangeInput extends InputStream {
    private final FileChannel ch;
    private long at;
    private final long to;

    RangeInput(FileChannel ch, long from, long to) {
      this.ch = ch;
      this.at = from;
      this.to = to;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (at >= to) {
        return -1;
      }
      int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - at)), at);
      if (n > 0) {
        at += n;
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }
  }
}
