package org.tripart.interop.redcap;

import java.util.Locale;
import java.util.Optional;

/**
 * The eighteen columns of a REDCap data dictionary, with their names in the download layout and in
 * the API metadata layout.
 */
enum Column {
  FIELD_NAME("Variable / Field Name", "field_name"),
  FORM_NAME("Form Name", "form_name"),
  SECTION_HEADER("Section Header", "section_header"),
  FIELD_TYPE("Field Type", "field_type"),
  FIELD_LABEL("Field Label", "field_label"),
  CHOICES("Choices, Calculations, OR Slider Labels", "select_choices_or_calculations"),
  FIELD_NOTE("Field Note", "field_note"),
  VALIDATION(
      "Text Validation Type OR Show Slider Number", "text_validation_type_or_show_slider_number"),
  VALIDATION_MIN("Text Validation Min", "text_validation_min"),
  VALIDATION_MAX("Text Validation Max", "text_validation_max"),
  IDENTIFIER("Identifier?", "identifier"),
  BRANCHING("Branching Logic (Show field only if...)", "branching_logic"),
  REQUIRED("Required Field?", "required_field"),
  ALIGNMENT("Custom Alignment", "custom_alignment"),
  QUESTION_NUMBER("Question Number (surveys only)", "question_number"),
  MATRIX_GROUP("Matrix Group Name", "matrix_group_name"),
  MATRIX_RANKING("Matrix Ranking?", "matrix_ranking"),
  ANNOTATION("Field Annotation", "field_annotation");

  /** Columns without which a file is not read as a dictionary. */
  static final java.util.Set<Column> REQUIRED_COLUMNS =
      java.util.EnumSet.of(FIELD_NAME, FORM_NAME, FIELD_TYPE, FIELD_LABEL, CHOICES);

  final String download;
  final String api;

  Column(String download, String api) {
    this.download = download;
    this.api = api;
  }

  /** The column a header cell names in either layout, ignoring case and surrounding blanks. */
  static Optional<Column> ofHeader(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    for (Column c : values()) {
      if (c.download.toLowerCase(Locale.ROOT).equals(h) || c.api.equals(h)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
