package org.tripart.interop.xlsform;

import java.util.Set;
import org.tripart.instrument.ItemType;

/** The XLSForm question types that are not selects, and what Tripart makes of each. Stateless. */
final class QuestionTypes {
  private QuestionTypes() {}

  static final Set<String> METADATA =
      Set.of(
          "start",
          "end",
          "today",
          "deviceid",
          "subscriberid",
          "simserial",
          "phonenumber",
          "username",
          "email",
          "audit",
          "uri:deviceid",
          "uri:subscriberid",
          "uri:simserial",
          "uri:phonenumber",
          "uri:username",
          "uri:email",
          "start-geopoint",
          "background-audio",
          "instanceid",
          "imei",
          "caseid");
  static final Set<String> NO_EQUIVALENT =
      Set.of(
          "geopoint",
          "geotrace",
          "geoshape",
          "image",
          "audio",
          "video",
          "file",
          "barcode",
          "range",
          "osm",
          "acknowledge",
          "trigger",
          "hidden",
          "xml-external",
          "csv-external",
          "photo",
          "signature");

  /** The Tripart type of a non-select XLSForm type (lower case), or null when there is none. */
  static ItemType basic(String type) {
    return switch (type) {
      case "integer", "int" -> ItemType.INTEGER;
      case "decimal" -> ItemType.DECIMAL;
      case "text", "string", "time", "datetime", "phone number", "phone_number" -> ItemType.TEXT;
      case "date" -> ItemType.DATE;
      case "note" -> ItemType.NOTE;
      case "calculate" -> ItemType.CALCULATED;
      default -> null;
    };
  }
}
