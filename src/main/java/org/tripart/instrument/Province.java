package org.tripart.instrument;

import java.util.Objects;

/**
 * A provincial-level administrative region of mainland China. Immutable.
 *
 * @param code the two-digit GB/T 2260 code, for example {@code 11} for Beijing; also the option
 *     code of the region in province items
 * @param nameEn the English name, for example {@code Inner Mongolia}
 * @param nameZh the Chinese name, for example {@code 内蒙古}
 */
public record Province(String code, String nameEn, String nameZh) {
  public Province {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(nameZh, "nameZh");
  }

  /** The region as the option of a province item, labelled in English and Chinese. */
  public Option asOption() {
    return new Option(code, LocalizedText.of(nameEn, nameZh));
  }
}
