package org.tripart.interop;

import java.util.ArrayList;
import java.util.List;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Section;

/**
 * What an instrument is after a trip through REDCap, XLSForm or FHIR, none of which has partner
 * rosters or registers other than hospitals: each roster an integer item (the number of partners
 * named; in REDCap validated from 0 to the roster's max), each institution item a hospital picker.
 * Everything else comes back as it was. For the round-trip tests.
 */
public final class CarriedInstruments {
  private CarriedInstruments() {}

  public static Instrument asCarried(Instrument in, boolean rosterRange) {
    List<Section> sections = new ArrayList<>();
    for (Section s : in.sections()) {
      List<Item> items = new ArrayList<>();
      for (Item i : s.items()) {
        if (i.type() == ItemType.ROSTER) {
          items.add(
              new Item(
                  i.id(),
                  ItemType.INTEGER,
                  i.label(),
                  i.help(),
                  List.of(),
                  i.required(),
                  i.when(),
                  rosterRange ? new NumericRange(0, i.roster().max()) : NumericRange.ANY,
                  i.fills(),
                  i.location()));
        } else if (i.type() == ItemType.INSTITUTION) {
          items.add(
              new Item(
                  i.id(),
                  i.type(),
                  i.label(),
                  i.help(),
                  i.options(),
                  i.required(),
                  i.when(),
                  i.range(),
                  i.fills(),
                  i.location()));
        } else {
          items.add(i);
        }
      }
      sections.add(new Section(s.id(), s.title(), items));
    }
    return new Instrument(
        in.id(), in.group(), in.version(), in.title(), in.languages(), sections, in.source());
  }
}
