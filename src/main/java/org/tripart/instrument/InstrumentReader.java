package org.tripart.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.tripart.ErrorCode;

/**
 * Reads instruments in Tripart's native YAML format and validates them completely: every problem in
 * a file is collected, each with its file, 1-based line and item, and reported together in one
 * {@link InvalidInstrumentException}. Nothing is returned unless the whole file is valid.
 *
 * <p>The format: top-level keys {@code instrument} (id), {@code group}, {@code version}, {@code
 * languages} (the first is the default), {@code title} and {@code sections}; each section has
 * {@code id}, {@code title} and {@code items}; each item has {@code id}, {@code type} (an {@link
 * ItemType#fileName()}), {@code label} and optionally {@code help}, {@code required}, {@code when}
 * (skip logic, see {@code skip-logic.md}), {@code calculate} (for {@code calculated} items, see
 * {@code calculations.md}), {@code options} (each {@code code}, {@code label}, optionally {@code
 * exclusive}, {@code score}, {@code when} and {@code missing}), {@code range} ({@code min}, {@code
 * max}) and {@code fills} ({@code province}, {@code tier}, {@code type} to item ids). A {@code
 * note} item has a label (its text) and at most a {@code when}. Every text maps each of the
 * instrument's languages to its text: {@code {en: Age group, zh: 年龄段}}. Unknown keys are errors.
 * Yes/no and province items have implied options and give none.
 *
 * <p>Stateless and thread-safe. Arguments must not be null. The only side effect is reading the
 * named file or resource; a reader passed in is read to its end but not closed.
 */
public final class InstrumentReader {
  private InstrumentReader() {}

  /**
   * Reads and validates the instrument in a UTF-8 file; messages name the file as given.
   *
   * @throws InvalidInstrumentException when the file cannot be read or has any problem
   */
  public static Instrument read(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw single(ErrorCode.IO, name, "the file does not exist");
    } catch (IOException e) {
      throw single(ErrorCode.IO, name, "the file cannot be read: " + e.getMessage());
    }
    return parse(decode(bytes, name), name);
  }

  /**
   * Reads and validates the instrument from {@code reader}.
   *
   * @param fileName the name messages give the source, for example {@code clinician.yaml}
   * @throws InvalidInstrumentException when the text cannot be read or has any problem
   */
  public static Instrument read(Reader reader, String fileName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(fileName, "fileName");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw single(ErrorCode.IO, fileName, "the text cannot be read: " + e.getMessage());
    }
    return parse(text.toString(), fileName);
  }

  /**
   * Reads and validates an instrument bundled on the class path, for example {@code
   * org/tripart/study/clinician.yaml}; messages name the resource as given.
   *
   * @throws InvalidInstrumentException when there is no such resource or it has any problem
   */
  public static Instrument readResource(String classpathResource) {
    String path =
        classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
    try (InputStream in = InstrumentReader.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw single(ErrorCode.IO, classpathResource, "no such resource on the class path");
      }
      return parse(decode(in.readAllBytes(), classpathResource), classpathResource);
    } catch (IOException e) {
      throw single(
          ErrorCode.IO, classpathResource, "the resource cannot be read: " + e.getMessage());
    }
  }

  private static Instrument parse(String text, String fileName) {
    Optional<Node> root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(fileName).build();
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      throw syntaxError(e, fileName);
    } catch (YamlEngineException e) {
      throw single(ErrorCode.YAML_SYNTAX, fileName, e.getMessage());
    } catch (StackOverflowError e) {
      throw single(
          ErrorCode.YAML_SYNTAX,
          fileName,
          "the YAML nests collections too deeply to be an instrument");
    }
    if (root.isEmpty()) {
      throw single(ErrorCode.INSTRUMENT_STRUCTURE, fileName, "the file holds no instrument");
    }
    YamlNodes nodes = new YamlNodes(fileName);
    Instrument instrument =
        new InstrumentValidator(nodes).validate(new DraftReader(nodes).read(root.get()));
    if (!nodes.problems().isEmpty()) {
      List<Problem> sorted =
          nodes.problems().stream()
              .sorted(Comparator.comparingInt((Problem p) -> p.where().line()))
              .toList();
      throw new InvalidInstrumentException(sorted);
    }
    return instrument;
  }

  private static InvalidInstrumentException syntaxError(MarkedYamlEngineException e, String name) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
    if (mark.isEmpty()) {
      return single(ErrorCode.YAML_SYNTAX, name, problem);
    }
    Mark m = mark.get();
    String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
    return new InvalidInstrumentException(
        List.of(
            new Problem(
                ErrorCode.YAML_SYNTAX,
                new SourceLocation(name, m.getLine() + 1),
                null,
                "column " + (m.getColumn() + 1) + ": " + problem + context)));
  }

  private static String decode(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw single(ErrorCode.YAML_SYNTAX, name, "the file is not UTF-8 text");
    }
  }

  private static InvalidInstrumentException single(ErrorCode code, String name, String message) {
    return new InvalidInstrumentException(
        List.of(new Problem(code, new SourceLocation(name, 0), null, message)));
  }
}
