package org.tripart.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tripart.ErrorCode;
import org.tripart.instrument.Drafts.InstrumentDraft;
import org.tripart.instrument.Drafts.ItemDraft;
import org.tripart.instrument.Drafts.Located;
import org.tripart.instrument.Drafts.OptionDraft;
import org.tripart.instrument.Drafts.SectionDraft;

/**
 * Checks the rules that relate the parts of a drafted instrument to each other (ids, uniqueness,
 * options per item type, ranges, fills, skip logic) and builds the {@link Instrument} when no
 * problem at all was found. Problems go to the {@link YamlNodes} of the file. One instance checks
 * one draft; not thread-safe.
 */
final class InstrumentValidator {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_]*");
  private final YamlNodes nodes;
  private final List<ItemDraft> items = new ArrayList<>();
  private final Map<String, Integer> indexById = new HashMap<>();

  InstrumentValidator(YamlNodes nodes) {
    this.nodes = nodes;
  }

  /** The instrument, or null when the draft or any earlier reading step had a problem. */
  Instrument validate(InstrumentDraft draft) {
    if (draft == null) {
      return null;
    }
    identifier(draft.id(), "instrument id", draft.location(), null);
    identifier(draft.group(), "group", draft.location(), null);
    Set<String> sectionIds = new HashSet<>();
    for (SectionDraft s : draft.sections()) {
      identifier(s.id(), "section id", s.location(), null);
      if (s.id() != null && !sectionIds.add(s.id())) {
        report(
            ErrorCode.DUPLICATE_SECTION,
            s.location(),
            null,
            "section id '" + s.id() + "' is defined twice");
      }
      for (ItemDraft item : s.items()) {
        register(item);
      }
    }
    items.forEach(this::checkItem);
    ItemKeyRules keys = new ItemKeyRules(nodes);
    items.forEach(keys::check);
    RosterRules rosters =
        new RosterRules(
            nodes,
            items,
            indexById,
            tie -> {
              checkItem(tie);
              keys.check(tie);
            });
    items.forEach(rosters::check);
    ExpressionChecks expressions = new ExpressionChecks(nodes, items, indexById);
    List<ExpressionChecks.Parsed> parsed = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      parsed.add(expressions.check(i));
    }
    return nodes.problems().isEmpty() ? build(draft, parsed) : null;
  }

  private void register(ItemDraft item) {
    if (item.id() == null) {
      items.add(item);
      return;
    }
    identifier(item.id(), "item id", item.location(), item.id());
    if (SkipLogicParser.KEYWORDS.contains(item.id())) {
      report(
          ErrorCode.INVALID_IDENTIFIER,
          item.location(),
          item.id(),
          "item id '" + item.id() + "' is a word of skip logic; choose another");
    }
    Integer earlier = indexById.putIfAbsent(item.id(), items.size());
    if (earlier != null) {
      report(
          ErrorCode.DUPLICATE_ITEM,
          item.location(),
          item.id(),
          "item id '"
              + item.id()
              + "' is defined twice (first at line "
              + items.get(earlier).location().line()
              + ")");
    }
    items.add(item);
  }

  private void checkItem(ItemDraft item) {
    ItemType type = item.type();
    if (type == null) {
      return;
    }
    List<OptionDraft> options = item.options();
    String kind = type.fileName() + " items";
    if (type == ItemType.SINGLE || type == ItemType.MULTIPLE || type == ItemType.LIKERT) {
      if (options == null) {
        report(ErrorCode.OPTIONS_NOT_ALLOWED, item.location(), item.id(), kind + " need options");
      } else if (options.size() < 2) {
        report(
            ErrorCode.OPTIONS_NOT_ALLOWED,
            item.optionsAt(),
            item.id(),
            kind + " need at least 2 options, this has " + options.size());
      }
    } else if (options != null) {
      String why =
          switch (type) {
            case YES_NO -> kind + " have the implied options yes and no; remove options";
            case PROVINCE ->
                kind + " have the 31 regions (GB/T 2260) as implied options; remove options";
            default -> kind + " take no options";
          };
      report(ErrorCode.OPTIONS_NOT_ALLOWED, item.optionsAt(), item.id(), why);
    }
    Set<String> codes = new HashSet<>();
    for (OptionDraft o : options == null ? List.<OptionDraft>of() : options) {
      if (!CODE.matcher(o.code()).matches()) {
        report(
            ErrorCode.INVALID_IDENTIFIER,
            o.location(),
            item.id(),
            "option code '"
                + o.code()
                + "' must be lower-case letters, digits and _, starting with a letter or digit");
      }
      if (!codes.add(o.code())) {
        report(
            ErrorCode.DUPLICATE_OPTION,
            o.location(),
            item.id(),
            "option code '" + o.code() + "' is defined twice");
      }
      if (o.exclusive() && type != ItemType.MULTIPLE) {
        report(
            ErrorCode.NOT_FOR_ITEM_TYPE,
            o.exclusiveAt(),
            item.id(),
            "exclusive is only for options of multiple items, not " + kind);
      }
    }
    Located<NumericRange> range = item.range();
    if (range != null && (!type.isNumeric() || type == ItemType.CALCULATED)) {
      report(
          ErrorCode.NOT_FOR_ITEM_TYPE,
          range.at(),
          item.id(),
          "range is only for integer and decimal items, not " + kind);
    } else if (range != null && range.value().min() > range.value().max()) {
      report(
          ErrorCode.INVALID_RANGE,
          range.at(),
          item.id(),
          "range min "
              + number(range.value().min())
              + " is greater than max "
              + number(range.value().max()));
    }
    if (item.fills() != null && type != ItemType.INSTITUTION) {
      report(
          ErrorCode.NOT_FOR_ITEM_TYPE,
          item.fillsAt(),
          item.id(),
          "fills is only for institution items, not " + kind);
    } else if (item.fills() != null) {
      item.fills().forEach((attribute, target) -> checkFill(item, attribute, target));
    }
  }

  private void checkFill(ItemDraft item, String attribute, Located<String> target) {
    String prefix = "fills " + attribute + " into item '" + target.value() + "'";
    Integer index = indexById.get(target.value());
    if (index == null) {
      report(ErrorCode.INVALID_FILLS, target.at(), item.id(), prefix + ", which is not defined");
      return;
    }
    ItemDraft filled = items.get(index);
    ItemType type = filled.type();
    if (filled == item || target.value().equals(item.id())) {
      report(
          ErrorCode.INVALID_FILLS,
          target.at(),
          item.id(),
          prefix + ": an institution item cannot fill itself");
    } else if (attribute.equals("province") && type != null && type != ItemType.PROVINCE) {
      report(
          ErrorCode.INVALID_FILLS,
          target.at(),
          item.id(),
          prefix + ", which is " + type.fileName() + "; it must be a province item");
    } else if (type != null && !type.isSingleChoice()) {
      report(
          ErrorCode.INVALID_FILLS,
          target.at(),
          item.id(),
          prefix
              + ", which is "
              + type.fileName()
              + "; it must be a single, likert, yesno or province item");
    }
  }

  private Instrument build(InstrumentDraft draft, List<ExpressionChecks.Parsed> parsed) {
    List<Section> sections = new ArrayList<>();
    int index = 0;
    for (SectionDraft s : draft.sections()) {
      List<Item> built = new ArrayList<>();
      for (ItemDraft d : s.items()) {
        Map<String, String> fills = new LinkedHashMap<>();
        if (d.fills() != null) {
          d.fills().forEach((attribute, target) -> fills.put(attribute, target.value()));
        }
        ExpressionChecks.Parsed p = parsed.get(index++);
        built.add(
            new Item(
                d.id(),
                d.type(),
                d.label(),
                d.help(),
                p.options(),
                d.required(),
                p.when(),
                d.range() == null ? null : d.range().value(),
                fills,
                d.location(),
                p.calculation(),
                roster(d.roster()),
                d.sector() == null ? null : Sector.fromFileName(d.sector().value()).orElseThrow()));
      }
      sections.add(new Section(s.id(), s.title(), built));
    }
    return new Instrument(
        draft.id(),
        draft.group(),
        draft.version(),
        draft.title(),
        draft.languages(),
        sections,
        nodes.file());
  }

  private static Roster roster(Drafts.RosterDraft r) {
    if (r == null) {
      return null;
    }
    List<Item> ties = new ArrayList<>();
    for (ItemDraft t : r.ties()) {
      ties.add(
          new Item(
              Drafts.RosterDraft.tieId(t.id()),
              t.type(),
              t.label(),
              t.help(),
              t.offeredOptions(),
              t.required(),
              null,
              t.range() == null ? null : t.range().value(),
              null,
              t.location()));
    }
    return new Roster(
        r.sectors().stream().map(Located::value).toList(), r.max().value(), r.other(), ties);
  }

  private void identifier(String id, String what, SourceLocation at, String itemId) {
    if (id != null && !ID.matcher(id).matches()) {
      report(
          ErrorCode.INVALID_IDENTIFIER,
          at,
          itemId,
          what + " '" + id + "' must be lower-case letters, digits and _, starting with a letter");
    }
  }

  private void report(ErrorCode code, SourceLocation at, String itemId, String message) {
    nodes.report(code, at, itemId, message);
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.valueOf(value);
  }
}
