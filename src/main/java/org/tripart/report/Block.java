package org.tripart.report;

/** One part of a {@link Document}: a heading, a paragraph or a table. */
public sealed interface Block {
  /** A heading; level 1 is the largest below the document title. */
  record Heading(int level, String text) implements Block {}

  record Paragraph(String text) implements Block {}

  /** A paragraph that warns the reader, such as the label of synthetic data. */
  record Banner(String text) implements Block {}

  record TableBlock(Table table) implements Block {}
}
