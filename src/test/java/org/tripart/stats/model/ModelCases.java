package org.tripart.stats.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tripart.stats.design.FpcKind;
import org.tripart.stats.design.LonelyPsu;
import org.tripart.stats.design.SurveyDesign;
import org.tripart.stats.design.Weighting;

/** The cases of src/test/r/model-reference.R, built by hand from the committed api copies. */
final class ModelCases {
  record Data(Map<String, String[]> columns, int size) {
    double[] numbers(String c) {
      String[] v = columns.get(c);
      double[] out = new double[size];
      for (int r = 0; r < size; r++) {
        out[r] = v[r].isEmpty() ? Double.NaN : Double.parseDouble(v[r]);
      }
      return out;
    }

    int[] codes(String c) {
      String[] v = columns.get(c);
      Map<String, Integer> dict = new LinkedHashMap<>();
      int[] out = new int[size];
      for (int r = 0; r < size; r++) {
        out[r] = dict.computeIfAbsent(v[r], k -> dict.size());
      }
      return out;
    }

    BitSet is(String c, String value) {
      BitSet b = new BitSet();
      for (int r = 0; r < size; r++) {
        if (columns.get(c)[r].equals(value)) {
          b.set(r);
        }
      }
      return b;
    }
  }

  static final Data STRAT = load("apistrat.csv");
  static final Data CLUS1 = load("apiclus1.csv");
  static final Data CLUS2 = load("apiclus2.csv");

  private ModelCases() {}

  static Data load(String name) {
    try (InputStream in = ModelCases.class.getResourceAsStream(name);
        CSVParser parser =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<CSVRecord> records = parser.getRecords();
      Map<String, String[]> cols = new LinkedHashMap<>();
      for (String h : parser.getHeaderNames()) {
        String[] v = new String[records.size()];
        for (int r = 0; r < v.length; r++) {
          v[r] = records.get(r).get(h);
        }
        cols.put(h, v);
      }
      return new Data(cols, records.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Columns: "1" intercept, numeric names, "stype" (treatment, reference first), "stype:meals". */
  static ModelMatrix matrix(Data d, String reference, String... terms) {
    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    names.add("(Intercept)");
    double[] one = new double[d.size()];
    java.util.Arrays.fill(one, 1);
    cols.add(one);
    String[] stype = d.columns().get("stype");
    List<String> others = new ArrayList<>(List.of("E", "H", "M"));
    others.remove(reference);
    for (String t : terms) {
      if (t.equals("stype") || t.equals("stype:meals")) {
        double[] meals = d.numbers("meals");
        for (String level : others) {
          double[] c = new double[d.size()];
          for (int r = 0; r < c.length; r++) {
            c[r] = stype[r].equals(level) ? (t.equals("stype") ? 1 : meals[r]) : 0;
          }
          names.add(t.equals("stype") ? "stype" + level : "meals:stype" + level);
          cols.add(c);
        }
      } else {
        names.add(t);
        cols.add(d.numbers(t));
      }
    }
    int p = cols.size();
    double[] v = new double[d.size() * p];
    for (int r = 0; r < d.size(); r++) {
      for (int j = 0; j < p; j++) {
        v[r * p + j] = cols.get(j)[r];
      }
    }
    return new ModelMatrix(v, d.size(), names);
  }

  static double[] outcome(Data d, String name) {
    if (name.equals("sw")) {
      double[] out = new double[d.size()];
      String[] v = d.columns().get("sch.wide");
      for (int r = 0; r < out.length; r++) {
        out[r] = v[r].equals("Yes") ? 1 : 0;
      }
      return out;
    }
    if (name.equals("enr100")) {
      double[] e = d.numbers("enroll");
      double[] out = new double[e.length];
      for (int r = 0; r < e.length; r++) {
        out[r] = Math.rint(e[r] / 100);
      }
      return out;
    }
    return d.numbers(name);
  }

  static Data data(String design) {
    return design.startsWith("strat") || design.startsWith("lonely") || design.equals("zero")
        ? STRAT
        : design.startsWith("clus2") ? CLUS2 : CLUS1;
  }

  static SurveyDesign design(String name) {
    switch (name) {
      case "strat":
        return SurveyDesign.builder(STRAT.numbers("pw"))
            .strata(STRAT.codes("stype"))
            .fpc(STRAT.numbers("fpc"), FpcKind.POPULATION_SIZE)
            .build();
      case "zero":
        double[] zw = STRAT.numbers("pw");
        for (int r = 9; r < zw.length; r += 10) {
          zw[r] = 0;
        }
        return SurveyDesign.builder(zw)
            .strata(STRAT.codes("stype"))
            .fpc(STRAT.numbers("fpc"), FpcKind.POPULATION_SIZE)
            .build();
      case "lonely_adjust":
      case "lonely_average":
        int[] st = STRAT.codes("stype");
        st[0] = 99;
        return SurveyDesign.builder(STRAT.numbers("pw"))
            .strata(st)
            .lonelyPsu(name.endsWith("adjust") ? LonelyPsu.ADJUST : LonelyPsu.AVERAGE)
            .build();
      case "clus1":
        return SurveyDesign.builder(CLUS1.numbers("pw"))
            .clusters(CLUS1.codes("dnum"))
            .fpc(CLUS1.numbers("fpc"), FpcKind.POPULATION_SIZE)
            .build();
      case "clus2":
        return SurveyDesign.builder(CLUS2.numbers("pw"))
            .clusters(CLUS2.codes("dnum"))
            .secondStageClusters(CLUS2.codes("snum"))
            .fpc(CLUS2.numbers("fpc1"), FpcKind.POPULATION_SIZE)
            .secondStageFpc(CLUS2.numbers("fpc2"), FpcKind.POPULATION_SIZE)
            .build();
      case "ps":
        return Weighting.postStratify(
            design("clus1"), stypeCodes(CLUS1), new double[] {4421, 755, 1018});
      case "rake":
        int[] sw = new int[CLUS1.size()];
        String[] v = CLUS1.columns().get("sch.wide");
        for (int r = 0; r < sw.length; r++) {
          sw[r] = v[r].equals("Yes") ? 1 : 0;
        }
        return Weighting.rake(
                design("clus1"),
                List.of(stypeCodes(CLUS1), sw),
                List.of(new double[] {4421, 755, 1018}, new double[] {1072, 5122}),
                10,
                1)
            .design();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private static int[] stypeCodes(Data d) {
    String[] v = d.columns().get("stype");
    int[] out = new int[v.length];
    for (int r = 0; r < v.length; r++) {
      out[r] = "EHM".indexOf(v[r]);
    }
    return out;
  }

  /** Model of a case name: design[/domain]/model. */
  static GlmResult fit(String caseName) {
    String[] part = caseName.split("/");
    String designName = part[0];
    String model = part[part.length - 1];
    Data d = data(designName);
    SurveyDesign design = design(designName);
    BitSet domain = null;
    String extra = null;
    if (part.length == 3) {
      switch (part[1]) {
        case "awards" -> domain = d.is("awards", "Yes");
        case "E" -> domain = d.is("stype", "E");
        case "avged" -> extra = "avg.ed";
        case "enroll" -> extra = "";
        default -> throw new IllegalArgumentException(caseName);
      }
    }
    ModelMatrix x;
    String y;
    Family family;
    if (model.startsWith("gaussian")) {
      y = "api00";
      family = Family.GAUSSIAN;
      String ref = model.equals("gaussian_refH") ? "H" : "E";
      x =
          extra != null
              ? matrix(d, ref, "ell", "meals", extra)
              : matrix(d, ref, "ell", "meals", "stype");
    } else if (model.equals("interaction")) {
      y = "api00";
      family = Family.GAUSSIAN;
      x = matrix(d, "E", "ell", "meals", "stype", "stype:meals");
    } else if (model.equals("logit")) {
      y = "sw";
      family = Family.QUASIBINOMIAL;
      x = domain != null ? matrix(d, "E", "ell", "meals") : matrix(d, "E", "ell", "stype");
    } else {
      y = "enr100";
      family = Family.QUASIPOISSON;
      boolean short_ = domain != null || extra != null || designName.equals("rake");
      x = short_ ? matrix(d, "E", "ell", "meals") : matrix(d, "E", "ell", "meals", "stype");
    }
    return SurveyGlm.fit(design, x, outcome(d, y), family, domain);
  }
}
