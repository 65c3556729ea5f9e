package org.tripart.dataset;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CsvHeader.Kind;
import org.tripart.instrument.Instrument;

/**
 * Infers the instrument of a responses CSV and reads the responses with it, as {@link
 * InstrumentInference#infer} followed by {@link CsvDatasetReader#read(Instrument, Path,
 * CsvDatasetReader.Options)} do, but parsing a plain file once, on every core: the file is cut into
 * byte ranges after line feeds, each range is tokenized into per-column distinct values and row
 * numbers ({@link CsvChunk}), the column statistics of inference come from the distinct values, and
 * the data set is decoded from them ({@link ChunkAssembly}).
 *
 * <p>A file that is not plain (quotes, white space around values, rows of another width, invalid
 * UTF-8, a value the reader would refuse, a header that does not bind) is read the two-pass way
 * instead, so that it gets exactly the instrument, data set, warnings or error it got before.
 * Warnings go to the options' sink once, as the reader sends them. Stateless and thread-safe.
 */
public final class InferringCsvReader {
  private static final long PART_BYTES = 8L << 20;

  /** The inferred instrument and the responses read with it. */
  public record Result(Instrument instrument, Dataset dataset) {}

  private InferringCsvReader() {}

  /**
   * Infers and reads {@code csv}.
   *
   * @throws TripartException (TRP-0103) when the file cannot be read; (TRP-0101) for a header
   *     inference refuses, as {@link InstrumentInference#infer} does
   * @throws MalformedCsvException as {@link CsvDatasetReader#read(Instrument, Path,
   *     CsvDatasetReader.Options)} throws it
   */
  public static Result read(
      Path csv, InferenceOptions inference, CsvDatasetReader.Options options) {
    Result once;
    try {
      once = onePass(csv, inference, options, parts(csv));
    } catch (TripartException e) {
      if (e.code() == ErrorCode.CSV_HEADER) {
        throw e;
      }
      once = null;
    } catch (IOException | RuntimeException e) {
      once = null;
    }
    if (once != null) {
      return once;
    }
    Instrument instrument = InstrumentInference.infer(csv, inference);
    return new Result(instrument, CsvDatasetReader.read(instrument, csv, options));
  }

  private static int parts(Path csv) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    return (int) Math.max(1, Math.min(8L * cores, Files.size(csv) / PART_BYTES));
  }

  /**
   * The one-pass reading in {@code parts} byte ranges.
   *
   * @throws CsvChunk.NotPlain when the file is not plain
   */
  static Result onePass(
      Path csv, InferenceOptions inference, CsvDatasetReader.Options options, int parts)
      throws IOException {
    String file = csv.toString();
    long size = Files.size(csv);
    try (FileChannel ch = FileChannel.open(csv, StandardOpenOption.READ)) {
      List<String> names = header(ch, size, file);
      InstrumentInference.checkDeclared(file, names, inference);
      int width = names.size();
      Set<String> declared = new HashSet<>(inference.ids());
      declared.addAll(inference.ignored());
      boolean[] kept = new boolean[width];
      int idColumn = -1;
      for (int c = 0; c < width; c++) {
        if (!CsvHeader.ID_COLUMNS.contains(names.get(c))) {
          kept[c] = !declared.contains(names.get(c));
        } else if (idColumn < 0) {
          idColumn = c;
          kept[c] = true;
        }
      }
      long[] cuts = new long[parts + 1];
      cuts[parts] = size;
      for (int k = 1; k < parts; k++) {
        cuts[k] = ChunkedScan.afterLineFeed(ch, Math.max(cuts[k - 1], size * k / parts), size);
      }
      CsvChunk[] chunks = new CsvChunk[parts];
      Object[] failures = new Object[parts];
      int id = idColumn;
      IntStream.range(0, parts)
          .parallel()
          .forEach(
              k -> {
                try {
                  chunks[k] = CsvChunk.read(ch, cuts[k], cuts[k + 1], k == 0, width, kept, id);
                } catch (IOException | RuntimeException e) {
                  failures[k] = e;
                }
              });
      for (Object f : failures) {
        if (f != null) {
          throw new CsvChunk.NotPlain("a range failed: " + f);
        }
      }
      Instrument instrument =
          InstrumentInference.build(csv, names, stats(chunks, inference), inference);
      List<String> warnings = new ArrayList<>();
      CsvHeader header =
          CsvHeader.bind(instrument, names, file, 1, options.ignoreUnknownColumns(), warnings::add);
      for (int c = 0; c < width; c++) {
        Kind kind = header.kinds[c];
        boolean data = kind != Kind.ID && kind != Kind.IGNORED;
        if ((kind == Kind.ID && c != idColumn) || (data && (!kept[c] || c == idColumn))) {
          throw new CsvChunk.NotPlain("column " + names.get(c) + " is bound unexpectedly");
        }
      }
      if (header.idColumn != idColumn) {
        throw new CsvChunk.NotPlain("another respondent id column");
      }
      Dataset data = ChunkAssembly.of(instrument, header, chunks, file, options.provenance());
      warnings.forEach(options.warnings());
      return new Result(instrument, data);
    }
  }

  private static List<String> header(FileChannel ch, long size, String file) throws IOException {
    CsvTokenizer tokens =
        new CsvTokenizer(
            FastInference.utf8(new ChunkedScan.RangeInput(ch, 0, size)), file, 1 << 12);
    int width = tokens.nextRecord();
    if (width < 0) {
      throw new CsvChunk.NotPlain("no header");
    }
    List<String> names = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      names.add(tokens.text(c));
    }
    return names;
  }

  /** Inference's column statistics, from each range's distinct values. */
  private static List<InstrumentInference.ColumnStats> stats(
      CsvChunk[] chunks, InferenceOptions inference) {
    int width = chunks[0].columns.length;
    List<InstrumentInference.ColumnStats> out = new ArrayList<>(width);
    char[] scratch = new char[64];
    for (int c = 0; c < width; c++) {
      InstrumentInference.ColumnStats s = new InstrumentInference.ColumnStats(inference.maxCodes());
      out.add(s);
      for (CsvChunk chunk : chunks) {
        ChunkColumn col = chunk.columns[c];
        if (col == null) {
          continue;
        }
        for (int v = 0; v < col.count(); v++) {
          if (!s.number && !s.binaryOnly && s.distinct.size() > s.maxCodes) {
            s.values += col.count() - v;
            break;
          }
          int length = col.chars(v, scratch);
          char[] chars = scratch;
          if (length < 0) {
            chars = col.value(v).toCharArray();
            length = chars.length;
          }
          s.values++;
          if (s.distinct.size() <= s.maxCodes) {
            s.distinct.add(new String(chars, 0, length));
          }
          s.binaryOnly &= length == 1 && (chars[0] == '0' || chars[0] == '1');
          boolean whole = FastInference.SliceStats.isWhole(chars, 0, length);
          s.whole &= whole;
          s.number &= whole || FastInference.SliceStats.isNumber(chars, 0, length);
        }
      }
    }
    return out;
  }
}
