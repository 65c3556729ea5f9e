package org.tripart.study;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.LocalizedText;
import org.tripart.synth.TargetTable;

/**
 * A study bundled with Tripart as classpath resources: {@code study.yaml} naming its groups, each
 * group's instrument and synthesis targets, and the published figures it is checked against.
 * Immutable and thread-safe once loaded.
 *
 * @param id the study id
 * @param title the title per language
 * @param reference the publication the study reproduces
 * @param seed the seed its synthetic data are generated with
 * @param groups the stakeholder groups, in the order of the study file
 * @param resourceDir the classpath folder the study was read from, ending in {@code /}
 * @param publishedTables file name of the published tables, inside {@code resourceDir}
 * @param publishedTextFacts file name of the figures given only in the text, inside {@code
 *     resourceDir}
 */
public record Study(
    String id,
    LocalizedText title,
    String reference,
    long seed,
    List<StudyGroup> groups,
    String resourceDir,
    String publishedTables,
    String publishedTextFacts) {

  /** The classpath folder of the national AI-collaboration study shipped with Tripart. */
  public static final String NATIONAL_AI = "org/tripart/study/national-ai/";

  public Study {
    groups = List.copyOf(groups);
  }

  /** Loads the national AI-collaboration study shipped with Tripart. */
  public static Study nationalAi() {
    return load(NATIONAL_AI);
  }

  /**
   * Loads a bundled study from a classpath folder holding {@code study.yaml}.
   *
   * @throws TripartException when a file is missing or malformed
   */
  public static Study load(String resourceDir) {
    Map<String, Object> root = yaml(resourceDir + "study.yaml");
    List<StudyGroup> groups = new ArrayList<>();
    for (Object g : list(root, "groups", resourceDir)) {
      Map<String, Object> m = map(g, "groups[]", resourceDir);
      String id = string(m, "id", resourceDir);
      Instrument instrument =
          InstrumentReader.readResource(resourceDir + string(m, "instrument", resourceDir));
      String targetsFile = string(m, "targets", resourceDir);
      var targets = TargetTable.read(reader(resourceDir + targetsFile), targetsFile);
      Map<String, Integer> distinct = new LinkedHashMap<>();
      Object d = m.get("distinct");
      if (d != null) {
        map(d, "distinct", resourceDir).forEach((k, v) -> distinct.put(k, ((Number) v).intValue()));
      }
      groups.add(
          new StudyGroup(
              id,
              instrument,
              targets,
              integer(m, "respondents", resourceDir),
              integer(m, "invited", resourceDir),
              integer(m, "institutions", resourceDir),
              distinct));
    }
    Map<String, Object> title = map(root.get("title"), "title", resourceDir);
    Map<String, String> titles = new LinkedHashMap<>();
    title.forEach((k, v) -> titles.put(k, String.valueOf(v)));
    Map<String, Object> published = map(root.get("published"), "published", resourceDir);
    return new Study(
        string(root, "study", resourceDir),
        new LocalizedText(titles),
        String.valueOf(root.getOrDefault("reference", "")),
        ((Number) root.get("synthetic_seed")).longValue(),
        groups,
        resourceDir,
        string(published, "tables", resourceDir),
        string(published, "text_facts", resourceDir));
  }

  /** The group with this id. */
  public StudyGroup group(String groupId) {
    return groups.stream()
        .filter(g -> g.id().equals(groupId))
        .findFirst()
        .orElseThrow(
            () ->
                new TripartException(
                    ErrorCode.PUBLISHED_TABLE, "study " + id, "no group '" + groupId + "'"));
  }

  /** Opens one of the study's files, for example {@code published-tables.csv}. */
  public Reader open(String fileName) {
    return reader(resourceDir + fileName);
  }

  static Reader reader(String resource) {
    InputStream in = Study.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new TripartException(ErrorCode.IO, resource, "bundled file not found");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String resource) {
    try (Reader r = reader(resource)) {
      Object o = new Load(LoadSettings.builder().setLabel(resource).build()).loadFromReader(r);
      return map(o, "study", resource);
    } catch (YamlEngineException e) {
      throw new TripartException(ErrorCode.YAML_SYNTAX, resource, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o, String key, String where) {
    if (!(o instanceof Map)) {
      throw new TripartException(
          ErrorCode.INSTRUMENT_STRUCTURE, where, "'" + key + "' must be a mapping");
    }
    return (Map<String, Object>) o;
  }

  private static List<?> list(Map<String, Object> m, String key, String where) {
    Object o = m.get(key);
    if (!(o instanceof List<?> l)) {
      throw new TripartException(
          ErrorCode.INSTRUMENT_STRUCTURE, where, "'" + key + "' must be a list");
    }
    return l;
  }

  private static String string(Map<String, Object> m, String key, String where) {
    Object o = m.get(key);
    if (o == null) {
      throw new TripartException(ErrorCode.INSTRUMENT_STRUCTURE, where, "'" + key + "' is missing");
    }
    return String.valueOf(o);
  }

  private static int integer(Map<String, Object> m, String key, String where) {
    Object o = m.get(key);
    if (!(o instanceof Number n)) {
      throw new TripartException(
          ErrorCode.INSTRUMENT_STRUCTURE, where, "'" + key + "' must be a whole number");
    }
    return n.intValue();
  }
}
