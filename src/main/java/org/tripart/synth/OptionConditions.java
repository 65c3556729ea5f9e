package org.tripart.synth;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;

/**
 * Makes generated choices respect the options' own conditions ({@link Option#when()}, cascading
 * selects): a respondent never holds an option that would not have been offered. A single choice
 * outside its condition is drawn again, uniformly among the options offered to that respondent
 * (left blank when none is); a ticked option outside its condition is unticked. Targets of such
 * items may then be missed, which {@link TargetCheck} reports. Stateless.
 */
final class OptionConditions {
  private OptionConditions() {}

  static void enforce(Responses responses, int pos, Item item, BitSet rows, SplittableRandom rng) {
    List<Option> options = item.options();
    rows.stream()
        .forEach(
            r -> {
              List<Integer> offered = new ArrayList<>();
              for (int o = 0; o < options.size(); o++) {
                Option option = options.get(o);
                if (option.when() == null || option.when().test(id -> responses.answer(r, id))) {
                  offered.add(o);
                }
              }
              if (item.type() == ItemType.MULTIPLE) {
                for (int o = 0; o < options.size(); o++) {
                  if (!offered.contains(o) && responses.ticked(pos, r, o)) {
                    responses.untick(pos, r, o);
                  }
                }
              } else {
                int chosen = responses.code(pos, r);
                if (chosen >= 0 && !offered.contains(chosen)) {
                  responses.setCode(
                      pos, r, offered.isEmpty() ? -1 : offered.get(rng.nextInt(offered.size())));
                }
              }
            });
  }
}
