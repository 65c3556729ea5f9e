package org.tripart.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.json.StrictJson;

/**
 * FHIR R4 JSON in and out: one shared {@link FhirContext} (expensive to create, so made once, on
 * first use) and strict syntax checking with Jackson first, because HAPI's parser reports the place
 * of a syntax error poorly, under Tripart's one JSON configuration ({@link StrictJson}: a key given
 * twice, or nesting deeper than its bound, is refused with its place). Thread-safe: the context is
 * thread-safe and a parser is made per call.
 */
public final class FhirJson {
  private static final ObjectMapper JSON = StrictJson.newMapper();
  private static final ObjectReader VALUE = StrictJson.treeOfMany(JSON);

  private FhirJson() {}

  private static final class Holder {
    static final FhirContext CONTEXT = FhirContext.forR4();
  }

  /** The shared R4 context, created on first use. */
  public static FhirContext context() {
    return Holder.CONTEXT;
  }

  /** A new pretty-printing JSON parser of the shared context. */
  static IParser parser() {
    return context().newJsonParser().setPrettyPrint(true);
  }

  /**
   * One FHIR resource in JSON, syntax checked first so that an error names {@code name:line:col}.
   *
   * @throws TripartException IMPORT_UNREADABLE for bad JSON, more than one JSON object, or a
   *     resource HAPI refuses
   */
  public static IBaseResource parse(byte[] content, String name) {
    List<Value> values = values(content, name);
    if (values.size() != 1) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          name + ":" + values.get(1).line(),
          "expected one resource, found a second JSON object");
    }
    return resource(values.get(0).node(), name);
  }

  /** One JSON value of a file, with the 1-based line it starts on. */
  record Value(JsonNode node, int line) {}

  /**
   * Every top-level JSON value of the content: one for a resource, one per line for NDJSON.
   *
   * @throws TripartException IMPORT_UNREADABLE naming {@code fileName:line:column} of the first
   *     syntax error, or when the content is not UTF-8 or holds no value
   */
  static List<Value> values(byte[] content, String fileName) {
    String text = decode(content, fileName);
    List<Value> values = new ArrayList<>();
    try (JsonParser p = JSON.getFactory().createParser(text)) {
      try {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          int line = p.currentTokenLocation().getLineNr();
          if (t != JsonToken.START_OBJECT) {
            throw unreadable(fileName, p.currentTokenLocation(), "expected a JSON object");
          }
          values.add(new Value(VALUE.readTree(p), line));
        }
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw unreadable(fileName, at, StrictJson.problem(e, p).problem());
      }
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IMPORT_UNREADABLE, fileName, e.getMessage());
    }
    if (values.isEmpty()) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE, fileName, "the file holds no JSON resource");
    }
    return values;
  }

  /**
   * A syntactically checked JSON object parsed as a FHIR resource.
   *
   * @param where the place named in messages, such as {@code file.json:3}
   * @throws TripartException IMPORT_UNREADABLE when HAPI refuses the resource
   */
  static IBaseResource resource(JsonNode node, String where) {
    JsonNode type = node.get("resourceType");
    if (type == null || !type.isTextual()) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE, where, "the JSON object has no resourceType");
    }
    try {
      return context().newJsonParser().parseResource(node.toString());
    } catch (DataFormatException e) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE, where, "not a valid FHIR R4 resource: " + e.getMessage());
    } catch (RuntimeException e) {
      // HAPI's parser fails outside DataFormatException on some malformed JSON (an empty
      // property name: StringIndexOutOfBoundsException), found by FhirFuzzTest
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          where,
          "not a valid FHIR R4 resource (the FHIR parser failed: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + "); check for empty or malformed property names");
    }
  }

  /** The resource as pretty-printed FHIR JSON. */
  public static String toJson(IBaseResource resource) {
    return write(resource);
  }

  /** The resource as pretty-printed FHIR JSON. */
  static String write(IBaseResource resource) {
    return parser().encodeResourceToString(resource);
  }

  /** The resource as one line of FHIR JSON, for NDJSON. */
  static String writeLine(IBaseResource resource) {
    return context().newJsonParser().setPrettyPrint(false).encodeResourceToString(resource);
  }

  private static TripartException unreadable(String file, JsonLocation at, String problem) {
    String where =
        at == null ? file : file + ":" + at.getLineNr() + ":" + Math.max(1, at.getColumnNr());
    String first = problem == null ? "malformed JSON" : problem.lines().findFirst().orElse("");
    return new TripartException(ErrorCode.IMPORT_UNREADABLE, where, "invalid JSON: " + first);
  }

  private static String decode(byte[] bytes, String fileName) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE, fileName, "the file is not UTF-8 text");
    }
  }
}
