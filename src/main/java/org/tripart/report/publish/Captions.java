package org.tripart.report.publish;

/**
 * The words of a table's caption in English and Chinese, so that the command line and the dashboard
 * caption a table alike: {@code Table 1. Clinicians, by Hospital tier, wave 2025} and {@code 表 1.
 * Clinicians，按「医院等级」分列，批次 2025}. Labels come in the caption's language. Stateless and thread-safe.
 */
public final class Captions {
  private Captions() {}

  /** {@code Table 1. } or {@code 表 1. }. */
  public static String table(int number, String language) {
    return table(Integer.toString(number), language);
  }

  /** {@code Table 2a. } or {@code 表 2a. }: a table numbered as a paper numbers it. */
  public static String table(String number, String language) {
    return (zh(language) ? "表 " : "Table ") + number + ". ";
  }

  /** What joins the caption's parts: {@code , } or {@code ，}. */
  public static String comma(String language) {
    return zh(language) ? "，" : ", ";
  }

  /** The split-by part: {@code , by Hospital tier} or {@code ，按「医院等级」分列}. */
  public static String by(String label, String language) {
    return zh(language) ? "，按「" + label + "」分列" : ", by " + label;
  }

  /** {@code , by respondent group} or {@code ，按受访者群体分列}. */
  public static String byRespondentGroup(String language) {
    return zh(language) ? "，按受访者群体分列" : ", by respondent group";
  }

  /** {@code , wave 2025} or {@code ，批次 2025}. */
  public static String wave(String wave, String language) {
    return zh(language) ? "，批次 " + wave : ", wave " + wave;
  }

  /** {@code Collaboration network} or {@code 合作网络}. */
  public static String network(String language) {
    return zh(language) ? "合作网络" : "Collaboration network";
  }

  private static boolean zh(String language) {
    return "zh".equals(language);
  }
}
