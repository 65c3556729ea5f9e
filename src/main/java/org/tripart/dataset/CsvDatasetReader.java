package org.tripart.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CsvHeader.Kind;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Option;

/**
 * Reads a CSV file of responses (one row per respondent, laid out as {@code csv-layout.md} beside
 * this class says) into a {@link Dataset}. Streams the file once, decoding coded cells straight
 * from the tokenizer's buffer, so a file of a million rows loads with little garbage.
 *
 * <p>Stateless and thread-safe; every call reads its own input. Fails at the first problem with a
 * {@link MalformedCsvException} naming file, line and column, and then returns nothing.
 */
public final class CsvDatasetReader {
  /** The prefix of respondent ids that mark a row as made up rather than collected. */
  public static final String SYNTHETIC_ID_PREFIX = "SYNTHETIC-";

  private static final int BUFFER_CHARS = 1 << 16;
  private static final System.Logger LOG = System.getLogger(CsvDatasetReader.class.getName());

  /**
   * How to read.
   *
   * @param ignoreUnknownColumns skip columns that are no item of the instrument (REDCap adds {@code
   *     redcap_event_name} and {@code *_complete}) instead of failing
   * @param provenance where the data come from, shown beside results; null or blank means the file
   *     name. When any respondent id starts with {@code SYNTHETIC-} it is prefixed with {@code
   *     SYNTHETIC} unless it already starts so.
   * @param warnings receives problems that do not stop reading (items without a column, ignored
   *     columns); null means the JDK platform logger at level WARNING
   */
  public record Options(
      boolean ignoreUnknownColumns, String provenance, Consumer<String> warnings) {
    public Options {
      warnings = warnings == null ? m -> LOG.log(System.Logger.Level.WARNING, m) : warnings;
    }

    /** Strict about columns, provenance from the file name, warnings to the platform logger. */
    public static Options defaults() {
      return new Options(false, null, null);
    }

    public Options withIgnoreUnknownColumns(boolean ignore) {
      return new Options(ignore, provenance, warnings);
    }

    public Options withProvenance(String newProvenance) {
      return new Options(ignoreUnknownColumns, newProvenance, warnings);
    }

    public Options withWarnings(Consumer<String> sink) {
      return new Options(ignoreUnknownColumns, provenance, sink);
    }
  }

  private CsvDatasetReader() {}

  /**
   * Reads a UTF-8 file; messages name it as {@code file.toString()}.
   *
   * @throws MalformedCsvException for malformed CSV, a bad header or an invalid value
   * @throws TripartException (TRP-0103) when the file cannot be read
   */
  public static Dataset read(Instrument instrument, Path file, Options options) {
    return read(instrument, file, options, null);
  }

  /**
   * As {@link #read(Instrument, Path, Options)}, telling {@code recordLines} the 1-based physical
   * line each data row starts on, in row order; null tells no one.
   */
  static Dataset read(Instrument instrument, Path file, Options options, IntConsumer recordLines) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      Reader reader =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      return read(instrument, reader, name, options, recordLines);
    } catch (NoSuchFileException e) {
      throw new TripartException(ErrorCode.IO, name, "no such file", e);
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, name, Unreadable.problem(e), e);
    }
  }

  /**
   * Reads CSV text from {@code in}, which is read to its end but not closed.
   *
   * @param fileName the name used in messages and as default provenance
   * @throws MalformedCsvException for malformed CSV (including invalid UTF-8), a bad header or an
   *     invalid value
   * @throws TripartException (TRP-0103) when the reader fails
   */
  public static Dataset read(Instrument instrument, Reader in, String fileName, Options options) {
    return read(instrument, in, fileName, options, null);
  }

  /** As {@link #read(Instrument, Reader, String, Options)}, telling each row's first line. */
  static Dataset read(
      Instrument instrument, Reader in, String fileName, Options options, IntConsumer recordLines) {
    CsvTokenizer tokens = new CsvTokenizer(in, fileName, BUFFER_CHARS);
    try {
      return read(instrument, tokens, fileName, options, recordLines);
    } catch (CharacterCodingException e) {
      throw tokens.syntax(
          tokens.recordLine(), 0, "the file is not valid UTF-8; expected UTF-8 text (" + e + ")");
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, fileName, Unreadable.problem(e), e);
    }
  }

  private static Dataset read(
      Instrument instrument,
      CsvTokenizer tokens,
      String file,
      Options options,
      IntConsumer recordLines)
      throws IOException {
    int width = tokens.nextRecord();
    if (width < 0) {
      throw tokens.syntax(1, 0, "the file is empty; expected a header row of column names");
    }
    List<String> names = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      names.add(tokens.text(c));
    }
    tokens.columnNames(names);
    CsvHeader header =
        CsvHeader.bind(
            instrument,
            names,
            file,
            tokens.recordLine(),
            options.ignoreUnknownColumns(),
            options.warnings());
    DatasetBuilder builder = new DatasetBuilder(instrument, 1024);
    List<Item> items = DatasetBuilder.dataItems(instrument);
    Kind[] kinds = header.kinds;
    int[] itemOf = header.items;
    int[] optionOf = header.options;
    CodeTable[] tables = header.tables;
    int idColumn = header.idColumn;
    boolean synthetic = false;
    int[] answeredIn = new int[items.size()];
    java.util.Arrays.fill(answeredIn, -1);
    for (int n; (n = tokens.nextRecord()) >= 0; ) {
      if (n != width) {
        throw tokens.syntax(
            tokens.recordLine(),
            n > width ? width + 1 : 0,
            "the row has " + n + " fields; expected " + width + " as in the header");
      }
      String id = null;
      if (idColumn >= 0 && !tokens.isBlank(idColumn)) {
        id = tokens.text(idColumn);
        synthetic |= id.startsWith(SYNTHETIC_ID_PREFIX);
      }
      int row = builder.addRow(id);
      if (recordLines != null) {
        recordLines.accept(tokens.recordLine());
      }
      char[] buf = tokens.buffer();
      for (int c = 0; c < n; c++) {
        int len = tokens.length(c);
        if (len == 0) {
          continue;
        }
        int start = tokens.start(c);
        switch (kinds[c]) {
          case CODED -> {
            int o = tables[c].find(buf, start, len);
            if (o >= 0) {
              builder.setChoice(row, itemOf[c], o);
            } else if (!tokens.isBlank(c)) {
              throw notAnOption(tokens, c, items.get(itemOf[c]));
            }
          }
          case CHECKBOX -> {
            char v = buf[start];
            if (len == 1 && v == '1') {
              builder.setSelected(row, itemOf[c], optionOf[c], true);
              answeredIn[itemOf[c]] = row;
            } else if (len == 1 && v == '0') {
              if (answeredIn[itemOf[c]] != row) {
                builder.setAnswered(row, itemOf[c]);
                answeredIn[itemOf[c]] = row;
              }
            } else if (!tokens.isBlank(c)) {
              throw value(
                  tokens,
                  c,
                  CsvMessages.quote(buf, start, len)
                      + " in a checkbox column of "
                      + items.get(itemOf[c]).id()
                      + "; expected 1 (ticked), 0 (not ticked) or blank (not answered)");
            }
          }
          case WHOLE_NUMBER, NUMBER -> {
            if (!tokens.isBlank(c)) {
              builder.setNumber(
                  row,
                  itemOf[c],
                  number(tokens, c, items.get(itemOf[c]), kinds[c] == Kind.WHOLE_NUMBER));
            }
          }
          case TEXT -> {
            if (!tokens.isBlank(c)) {
              builder.setText(row, itemOf[c], tokens.text(c));
            }
          }
          case ID, IGNORED -> {}
        }
      }
    }
    String provenance =
        options.provenance() == null || options.provenance().isBlank()
            ? file
            : options.provenance();
    if (synthetic && !provenance.startsWith("SYNTHETIC")) {
      provenance = "SYNTHETIC " + provenance;
    }
    return builder.provenance(provenance).build();
  }

  private static double number(CsvTokenizer tokens, int c, Item item, boolean whole) {
    char[] buf = tokens.buffer();
    int start = tokens.start(c);
    int len = tokens.length(c);
    double v = CsvNumbers.parse(buf, start, len, whole);
    if (!Double.isNaN(v) && item.range().contains(v) && !Double.isInfinite(v)) {
      return v;
    }
    String shown = CsvMessages.quote(buf, start, len);
    if (Double.isNaN(v)) {
      throw value(
          tokens,
          c,
          whole
              ? shown + " is not a whole number; expected digits such as 42 for " + item.id()
              : shown
                  + " is not a number; expected a number such as 3.5 (with '.') for "
                  + item.id());
    }
    NumericRange range = item.range();
    throw value(
        tokens,
        c,
        shown
            + " is out of range for "
            + item.id()
            + "; expected a value "
            + CsvMessages.range(range));
  }

  private static MalformedCsvException notAnOption(CsvTokenizer tokens, int c, Item item) {
    String shown = CsvMessages.quote(tokens.buffer(), tokens.start(c), tokens.length(c));
    return value(
        tokens,
        c,
        shown
            + " is not an option of "
            + item.id()
            + "; expected one of "
            + CsvMessages.list(item.options().stream().map(Option::code).toList()));
  }

  private static MalformedCsvException value(CsvTokenizer tokens, int c, String problem) {
    return new MalformedCsvException(
        ErrorCode.CSV_VALUE, tokens.fileName(), tokens.line(c), c + 1, tokens.name(c), problem);
  }
}
