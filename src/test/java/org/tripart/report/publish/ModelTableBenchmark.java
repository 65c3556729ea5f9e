package org.tripart.report.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.ModelRun;
import org.tripart.analysis.ModelSpec;
import org.tripart.dataset.Dataset;

/**
 * Hand-run benchmark (not a test): what the publication table adds to a model's fit. apistrat's 200
 * rows repeated to N rows (default 1,000,000) in a temporary CSV, read, fitted (logistic, {@code
 * sch.wide=Yes ~ ell + meals + stype + meals:stype}, stratified with weights), then timed apart:
 * {@link ModelTables#of} (its one pass over each factor for the reference level) and the DOCX and
 * XLSX writers. Args: row counts.
 */
public final class ModelTableBenchmark {
  private ModelTableBenchmark() {}

  public static void main(String[] args) throws IOException {
    for (String s : args.length == 0 ? new String[] {"1000000"} : args) {
      run(Integer.parseInt(s));
    }
  }

  private static void run(int n) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(ModelTablesTest.API + "apistrat.csv"));
    Path csv = Files.createTempFile("model-table-bench", ".csv");
    try (var out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write(lines.get(0));
      out.write('\n');
      for (int r = 0; r < n; r++) {
        out.write(lines.get(1 + r % (lines.size() - 1)));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Dataset data = ModelTablesTest.read(csv.toString());
      DesignPlan plan = DesignPlan.builder().weights("pw").strata("stype").build();
      ModelSpec spec =
          new ModelSpec(
              "sch.wide",
              "Yes",
              List.of("ell", "meals", "stype", "meals:stype"),
              ModelSpec.ModelFamily.BINOMIAL,
              Map.of());
      long t0 = System.nanoTime();
      ModelRun.Result fit = ModelRun.run(data, plan, spec, k -> k);
      long t1 = System.nanoTime();
      ModelTable table = ModelTables.of(fit, data, plan);
      long t2 = System.nanoTime();
      byte[] docx = DocxExport.write("bench", List.of(), List.of(), List.of(), List.of(table));
      long t3 = System.nanoTime();
      byte[] xlsx = XlsxExport.write(List.of(), List.of(), List.of(table));
      long t4 = System.nanoTime();
      System.out.printf(
          "n=%,d  fit %.3f s  table %.3f s  docx %.3f s (%,d bytes)  xlsx %.3f s (%,d bytes)%n",
          n,
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          (t3 - t2) / 1e9,
          docx.length,
          (t4 - t3) / 1e9,
          xlsx.length);
    } finally {
      Files.deleteIfExists(csv);
    }
  }
}
