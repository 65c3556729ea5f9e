package org.tripart.fieldwork;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tripart.ErrorCode;

/**
 * Reads an organisation register (hospitals, research institutions, companies): a UTF-8 CSV file
 * (RFC 4180) whose header names the columns {@code id,name,province_code,tier,type} and optionally
 * {@code sector} and {@code name_<language>} ({@code name_zh}, {@code name_en}), in any order.
 * Every row is checked (unique non-blank id, non-blank name, one of the 31 province codes, a known
 * tier, a known sector, {@code other} as the tier of a non-hospital) and every problem is reported
 * with its line and column in one {@link RegisterException}; the register is loaded whole or not at
 * all. Without a {@code sector} column every row is a hospital; a blank {@code name_<language>}
 * cell means no name in that language. Values are stripped of surrounding blanks; blank lines are
 * skipped; a UTF-8 byte-order mark is allowed. The layout is documented in {@code registers.md}
 * beside this class. Stateless and thread-safe.
 */
public final class RegisterCsv {
  /** The columns a register must have. */
  public static final List<String> COLUMNS = List.of("id", "name", "province_code", "tier", "type");

  /** The column naming the sector of each row; absent, every row is a hospital. */
  public static final String SECTOR = "sector";

  /** The optional columns besides {@code name_<language>}. */
  static final List<String> OPTIONAL_COLUMNS = List.of(SECTOR);

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private RegisterCsv() {}

  /**
   * Reads the register in {@code file}.
   *
   * @throws RegisterException naming every problem, when the file cannot be read or is invalid
   */
  public static List<Institution> read(Path file) {
    String source = file.toString();
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw fileProblem(source, "is not UTF-8 text; save it as \"CSV UTF-8\" and try again");
    } catch (IOException e) {
      throw fileProblem(source, "cannot be read (" + e + ")");
    }
    return parse(text, source);
  }

  /**
   * Reads a register from a reader, which is read to the end but not closed.
   *
   * @param source the name to report problems against, for example the uploaded file's name
   * @throws RegisterException naming every problem
   */
  public static List<Institution> parse(Reader reader, String source) {
    StringBuilder b = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        b.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw fileProblem(source, "cannot be read (" + e + ")");
    }
    return parse(b.toString(), source);
  }

  private static List<Institution> parse(String text, String source) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Lines lines = new Lines(text);
    List<RegisterProblem> problems = new ArrayList<>();
    List<Institution> institutions = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    CSVParser parser = null;
    try {
      parser = FORMAT.parse(new StringReader(text));
      Header header = null;
      boolean sawHeader = false;
      for (CSVRecord record : parser) {
        int line = lines.lineOf(record.getCharacterPosition());
        if (!sawHeader) {
          sawHeader = true;
          header = Header.read(record, line, problems);
          if (!problems.isEmpty()) {
            break;
          }
        } else {
          Institution institution = new RowCheck(header, record, line, problems).check(idLines);
          if (institution != null) {
            institutions.add(institution);
          }
        }
      }
      if (!sawHeader) {
        problems.add(format(1, "the file is empty; its first line must be the header " + header()));
      } else if (problems.isEmpty() && institutions.isEmpty()) {
        problems.add(format(1, "the register lists no institutions below its header"));
      }
    } catch (UncheckedIOException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      int line = parser == null ? 1 : (int) parser.getCurrentLineNumber();
      problems.add(
          format(
              line,
              "the CSV is malformed ("
                  + cause.getMessage()
                  + "); a field holding a comma, a double quote or a line break must be enclosed"
                  + " in double quotes, with each double quote inside it doubled"));
    }
    if (!problems.isEmpty()) {
      throw new RegisterException(source, problems);
    }
    return List.copyOf(institutions);
  }

  /**
   * The register as CSV text that {@link #parse} reads back to the same institutions: the columns
   * {@code id,name,province_code,tier,type,sector}, then one {@code name_<language>} column per
   * language any institution has a name in, in order of first appearance; LF line ends.
   */
  public static String write(List<Institution> institutions) {
    Set<String> languages = new LinkedHashSet<>();
    institutions.forEach(i -> languages.addAll(i.names().texts().keySet()));
    List<String> header = new ArrayList<>(COLUMNS);
    header.add(SECTOR);
    languages.forEach(l -> header.add(Header.NAME_PREFIX + l));
    StringWriter w = new StringWriter();
    try (CSVPrinter p =
        CSVFormat.RFC4180
            .builder()
            .setRecordSeparator('\n')
            .setHeader(header.toArray(String[]::new))
            .get()
            .print(w)) {
      for (Institution i : institutions) {
        List<String> row =
            new ArrayList<>(
                List.of(
                    i.id(),
                    i.name(),
                    i.provinceCode(),
                    i.tier().fileName(),
                    i.type(),
                    i.sector().fileName()));
        languages.forEach(l -> row.add(i.names().texts().getOrDefault(l, "")));
        p.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String header() {
    return String.join(",", COLUMNS);
  }

  /** What the header must hold, for messages. */
  static String layout() {
    return "the header must name the columns "
        + header()
        + " and may add sector and name_<language> columns (name_zh, name_en)";
  }

  static RegisterProblem format(int line, String message) {
    return new RegisterProblem(ErrorCode.REGISTER_FORMAT, line, 0, "", message);
  }

  private static RegisterException fileProblem(String source, String message) {
    return new RegisterException(source, List.of(format(0, "the file " + message)));
  }

  /** Maps character positions of the text to 1-based line numbers (LF, CRLF or CR line ends). */
  private static final class Lines {
    private final String text;
    private final int[] starts;
    private final int length;

    Lines(String text) {
      this.text = text;
      List<Integer> s = new ArrayList<>();
      s.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          s.add(i + 1);
        }
      }
      starts = s.stream().mapToInt(Integer::intValue).toArray();
      length = text.length();
    }

    int length() {
      return length;
    }

    /** The line of the first character at or after {@code position} that is not a line break. */
    int lineOf(long position) {
      int p = (int) position;
      while (p < length && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
        p++;
      }
      int i = Arrays.binarySearch(starts, p);
      return i >= 0 ? i + 1 : -i - 1;
    }
  }
}
