package org.tripart.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.tripart.ErrorCode;

/**
 * The one JSON configuration of Tripart, the strictest that every reader needs: submissions and
 * stored answers, the API's bodies, FHIR resources, REDCap annotations and the dashboard's charts.
 *
 * <ul>
 *   <li>An object that gives one key twice is refused, at the parser, so that a streaming check
 *       refuses it as a tree or map read does (no value silently wins).
 *   <li>A text holding more than one value ({@code {"a":1} x}) is refused by a whole-text read.
 *   <li>Nesting is at most {@value #MAX_NESTING_DEPTH} arrays and objects deep, read or written (a
 *       stored answer nests 4 deep, a FHIR questionnaire about twice its group depth); a string at
 *       most {@value #MAX_STRING_LENGTH} characters (a body is at most 1 MiB, a text answer 10,000
 *       code points); a number at most {@value #MAX_NUMBER_LENGTH} and a key at most {@value
 *       #MAX_NAME_LENGTH} characters, the bounds Jackson had before, which every text stored so far
 *       was read under. The length of a whole document is not bounded here: the web bounds its
 *       bodies ({@code Limits}) and files are the operator's.
 *   <li>Numbers keep their exact value: a decimal is read as a {@link java.math.BigDecimal} whose
 *       trailing zeros are kept (so {@code 0.1}, {@code 1e-7} and {@code 1.50} read back as
 *       written), a whole number as an {@code Integer}, {@code Long} or {@code BigInteger} by its
 *       size.
 * </ul>
 *
 * Comments, single quotes, unquoted names, NaN and leading zeros stay refused, as JSON says.
 */
public final class StrictJson {
  /** The deepest nesting of arrays and objects read or written. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value read, in UTF-16 characters. */
  public static final int MAX_STRING_LENGTH = 1 << 20;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  /** The longest object key read, in characters. */
  public static final int MAX_NAME_LENGTH = 50_000;

  private StrictJson() {}

  /**
   * A new mapper with Tripart's configuration. Each holder keeps its own in a constant (a mapper is
   * thread-safe once configured; do not reconfigure one), so that no class can change what another
   * reads.
   */
  public static JsonMapper newMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  /**
   * A reader of one JSON tree from a parser that goes on after it: a line of NDJSON, or a value
   * written inside other text. It checks all else as {@code mapper} does, but leaves what follows
   * the value to the caller. Thread-safe.
   */
  public static ObjectReader treeOfMany(ObjectMapper mapper) {
    return mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * The problem of a JSON text that a mapper of this configuration refused, with its place: a key
   * given twice ({@link ErrorCode#JSON_DUPLICATE_KEY}), a bound exceeded ({@link
   * ErrorCode#JSON_OVER_LIMIT}), or another fault ({@link ErrorCode#JSON_MALFORMED}).
   *
   * @param parser the parser that read the text, whose place is taken when the exception has none
   *     (a bound exceeded), or null
   */
  public static JsonInputException problem(JsonProcessingException e, JsonParser parser) {
    String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
    String where = where(e, parser);
    if (message.startsWith("Duplicate field '") && message.endsWith("'")) {
      String key = message.substring("Duplicate field '".length(), message.length() - 1);
      return new JsonInputException(
          ErrorCode.JSON_DUPLICATE_KEY,
          where,
          "the key '" + key + "' is given twice in one object",
          key,
          e);
    }
    if (e instanceof StreamConstraintsException) {
      return new JsonInputException(
          ErrorCode.JSON_OVER_LIMIT,
          where,
          message.replaceAll(",? ?from `[^`]*`", "").lines().findFirst().orElse(message),
          null,
          e);
    }
    String first = message.lines().findFirst().orElse(message);
    return new JsonInputException(ErrorCode.JSON_MALFORMED, where, first, null, e);
  }

  /** Line and column of the fault; a value that reads but cannot be held has only its item. */
  private static String where(JsonProcessingException e, JsonParser parser) {
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      JsonMappingException.Reference ref = m.getPath().get(0);
      return ref.getFieldName() != null
          ? "item '" + ref.getFieldName() + "'"
          : "element " + (ref.getIndex() + 1);
    }
    at = parser == null ? null : parser.currentLocation();
    if (at != null && at.getLineNr() > 0) {
      return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
    return "position unknown";
  }
}
