package org.tripart.bench;

import java.nio.file.Path;

/**
 * Writes the SYNTHETIC survey of {@link DesignComparison} (record_id, stratum, cluster, weight w,
 * 40 single-choice items q1..q40, 20 multiple-choice items m1..m20 of 5 options) to a file, for
 * timing {@code ./tripart analyze} on it:
 *
 * <pre>java -cp target/tripart.jar org.tripart.bench.DesignSurveyFile 1000000 OUT.csv [seed]</pre>
 */
public final class DesignSurveyFile {
  private DesignSurveyFile() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    DesignComparison.write(Path.of(args[1]), n, seed);
  }
}
