package org.tripart.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --lang en|zh} option of the commands that write publication tables: the language of
 * their labels, headings, footnotes and captions (the item and option labels of the instrument in
 * that language, English where an instrument has none). Not thread-safe (filled by picocli).
 */
final class LanguageOption {
  @Option(
      names = {"--lang", "--language"},
      paramLabel = "LANG",
      description =
          "en (default) or zh: the language of the tables' captions, labels, headings and"
              + " footnotes.")
  String lang;

  /** {@code en} or {@code zh}. */
  String get(CommandLine cl) {
    if (lang == null) {
      return "en";
    }
    String l = lang.strip().toLowerCase(Locale.ROOT);
    if (!l.equals("en") && !l.equals("zh")) {
      throw new ParameterException(cl, "--lang " + lang + ": expected en or zh");
    }
    return l;
  }

  /** True for Chinese. */
  boolean chinese(CommandLine cl) {
    return get(cl).equals("zh");
  }
}
