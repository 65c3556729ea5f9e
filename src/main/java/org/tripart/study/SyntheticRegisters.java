package org.tripart.study;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.fieldwork.Institution;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Item;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;

/**
 * The SYNTHETIC registers of research institutions and companies of a study, as its {@code
 * study.yaml} asks under {@code registers:}: for each, the sector, the group whose synthetic
 * respondents work in it, the single-choice item giving the kind of organisation, and the size.
 *
 * <p>Every (province, kind) cell that the group's respondents occupy gets one organisation, so each
 * respondent's own organisation can be one of its province and kind; the rest of {@code size} is
 * spread over the cells in proportion to their respondents (largest remainder, ties to the earlier
 * cell), then the ids are shuffled with the study's seed. Ids are {@code SYN-I-001} ({@code
 * SYN-C-001} for companies); names are English and Chinese and say they are synthetic; the type is
 * the kind's code followed by {@code (SYNTHETIC)}; the tier is {@link Tier#OTHER}. The result
 * depends only on the study and its synthetic data, which depend only on the seed. Stateless and
 * thread-safe.
 */
public final class SyntheticRegisters {
  /** What the {@code registers:} list of {@code study.yaml} asks for one sector. */
  record Spec(Sector sector, String group, String kindItem, int size) {}

  private record Cell(String province, int kind, int respondents) {}

  /** The type of the synthetic hospitals, as the server's store records them. */
  public static final String SYNTHETIC_HOSPITAL = "hospital (SYNTHETIC)";

  private SyntheticRegisters() {}

  /** Every organisation of the study's synthetic non-hospital registers, in the order asked. */
  public static List<Institution> generate(StudyData data) {
    List<Institution> out = new ArrayList<>();
    List<Spec> specs = specs(data.study());
    for (int s = 0; s < specs.size(); s++) {
      out.addAll(generate(data, specs.get(s), data.study().seed() + 7919L * (s + 1)));
    }
    return List.copyOf(out);
  }

  /**
   * Every register of the study's synthetic data: the hospitals of its groups' synthetic registers
   * (first group first, each hospital once, typed {@value #SYNTHETIC_HOSPITAL}), then {@link
   * #generate(StudyData)}. What the bundled study's network is drawn over.
   */
  public static List<Institution> all(StudyData data) {
    Map<String, Institution> out = new java.util.LinkedHashMap<>();
    for (org.tripart.synth.SynthesisResult r : data.groups().values()) {
      for (org.tripart.synth.Institution h : r.register()) {
        if (h.provinceCode() != null && h.tier() != null) {
          out.putIfAbsent(
              h.id(),
              new Institution(
                  h.id(),
                  h.name(),
                  h.provinceCode(),
                  Tier.fromFileName(h.tier()).orElse(Tier.OTHER),
                  SYNTHETIC_HOSPITAL));
        }
      }
    }
    for (Institution i : generate(data)) {
      out.putIfAbsent(i.id(), i);
    }
    return List.copyOf(out.values());
  }

  /** The study's synthetic register of one sector; empty when {@code study.yaml} asks for none. */
  public static List<Institution> generate(StudyData data, Sector sector) {
    return generate(data).stream().filter(i -> i.sector() == sector).toList();
  }

  static List<Institution> generate(StudyData data, Spec spec, long seed) {
    Dataset d = data.dataset(spec.group());
    CodedColumn provinces = coded(d, "province", spec);
    CodedColumn kinds = coded(d, spec.kindItem(), spec);
    Map<String, int[]> counts = new TreeMap<>();
    for (int row = 0; row < d.size(); row++) {
      if (provinces.answered(row) && kinds.answered(row)) {
        String province = provinces.item().options().get(provinces.code(row)).code();
        String key = province + "/" + String.format("%03d", kinds.code(row));
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
      }
    }
    List<Cell> cells = new ArrayList<>();
    counts.forEach(
        (k, n) ->
            cells.add(
                new Cell(
                    k.substring(0, k.indexOf('/')),
                    Integer.parseInt(k.substring(k.indexOf('/') + 1)),
                    n[0])));
    if (cells.size() > spec.size()) {
      throw new TripartException(
          ErrorCode.INSTRUMENT_STRUCTURE,
          data.study().resourceDir() + "study.yaml",
          "the "
              + spec.sector().fileName()
              + " register of size "
              + spec.size()
              + " cannot give each of the "
              + cells.size()
              + " province-by-kind combinations of group "
              + spec.group()
              + " one organisation; make it larger");
    }
    int[] extra = largestRemainder(spec.size() - cells.size(), cells);
    List<Cell> made = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      for (int k = 0; k <= extra[c]; k++) {
        made.add(cells.get(c));
      }
    }
    shuffle(made, new SplittableRandom(seed));
    String prefix = spec.sector() == Sector.COMPANY ? "SYN-C-" : "SYN-I-";
    int width = Math.max(3, Integer.toString(made.size()).length());
    List<Institution> out = new ArrayList<>();
    for (int i = 0; i < made.size(); i++) {
      Cell cell = made.get(i);
      String number = String.format("%0" + width + "d", i + 1);
      out.add(organisation(prefix + number, number, cell, kinds.item(), spec.sector()));
    }
    return out;
  }

  private static Institution organisation(
      String id, String number, Cell cell, Item kindItem, Sector sector) {
    Option kind = kindItem.options().get(cell.kind());
    var province = Provinces.byCode(cell.province()).orElseThrow();
    String kindEn = kind.code().equals("other") ? otherEn(sector) : kind.label().in("en");
    String kindZh = kind.code().equals("other") ? otherZh(sector) : kind.label().in("zh");
    String en = "SYNTHETIC " + kindEn + " " + number + " (" + province.nameEn() + ")";
    String zh = "合成" + kindZh + number + "（" + province.nameZh() + "，虚构）";
    return new Institution(
        id,
        en,
        cell.province(),
        Tier.OTHER,
        kind.code().replace('_', ' ') + " (SYNTHETIC)",
        sector,
        LocalizedText.of(en, zh));
  }

  private static String otherEn(Sector sector) {
    return sector == Sector.COMPANY ? "company" : "research organisation";
  }

  private static String otherZh(Sector sector) {
    return sector == Sector.COMPANY ? "企业" : "研究机构";
  }

  private static CodedColumn coded(Dataset d, String item, Spec spec) {
    Column c = d.columns().get(item);
    if (!(c instanceof CodedColumn coded)) {
      throw new TripartException(
          ErrorCode.INSTRUMENT_STRUCTURE,
          "study.yaml registers",
          "the "
              + spec.sector().fileName()
              + " register needs the single-choice item '"
              + item
              + "' in group "
              + spec.group());
    }
    return coded;
  }

  /** Splits {@code total} over the cells in proportion to their respondents. */
  private static int[] largestRemainder(int total, List<Cell> cells) {
    int[] parts = new int[cells.size()];
    long sum = cells.stream().mapToLong(Cell::respondents).sum();
    if (cells.isEmpty() || total == 0) {
      return parts;
    }
    double[] remainders = new double[cells.size()];
    int given = 0;
    for (int c = 0; c < cells.size(); c++) {
      double exact = (double) total * cells.get(c).respondents() / sum;
      parts[c] = (int) Math.floor(exact);
      remainders[c] = exact - parts[c];
      given += parts[c];
    }
    for (; given < total; given++) {
      int best = 0;
      for (int c = 1; c < cells.size(); c++) {
        if (remainders[c] > remainders[best]) {
          best = c;
        }
      }
      parts[best]++;
      remainders[best] = -1;
    }
    return parts;
  }

  private static <T> void shuffle(List<T> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  /** The {@code registers:} list of the study's {@code study.yaml}; empty when there is none. */
  static List<Spec> specs(Study study) {
    String where = study.resourceDir() + "study.yaml registers";
    Object root;
    try (Reader in = study.open("study.yaml")) {
      root = new Load(LoadSettings.builder().setLabel(where).build()).loadFromReader(in);
    } catch (IOException | RuntimeException e) {
      throw new TripartException(ErrorCode.YAML_SYNTAX, where, "cannot be read: " + e);
    }
    Object list = root instanceof Map<?, ?> m ? m.get("registers") : null;
    if (list == null) {
      return List.of();
    }
    if (!(list instanceof List<?> l)) {
      throw new TripartException(ErrorCode.INSTRUMENT_STRUCTURE, where, "must be a list");
    }
    List<Spec> specs = new ArrayList<>();
    for (Object o : l) {
      if (!(o instanceof Map<?, ?> m)
          || !(m.get("sector") instanceof String sector)
          || !(m.get("group") instanceof String group)
          || !(m.get("kind_item") instanceof String kind)
          || !(m.get("size") instanceof Number size)) {
        throw new TripartException(
            ErrorCode.INSTRUMENT_STRUCTURE,
            where,
            "each register needs sector, group, kind_item and size, not " + o);
      }
      Sector s =
          Sector.fromFileName(sector.toLowerCase(Locale.ROOT))
              .filter(x -> x != Sector.HOSPITAL)
              .orElseThrow(
                  () ->
                      new TripartException(
                          ErrorCode.INSTRUMENT_STRUCTURE,
                          where,
                          "sector must be institution or company (hospitals come from the"
                              + " groups' institutions), not "
                              + sector));
      if (size.intValue() < 1 || size.intValue() > 9999) {
        throw new TripartException(
            ErrorCode.INSTRUMENT_STRUCTURE, where, "size must be from 1 to 9999, not " + size);
      }
      specs.add(new Spec(s, group, kind, size.intValue()));
    }
    return specs;
  }
}
