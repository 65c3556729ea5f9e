package org.tripart.report;

/**
 * Turns a {@link Document} into the text of one output format.
 *
 * <p>Contract: the result is complete and self-contained (an HTML page carries its own styles and
 * loads nothing), every cell and text of the document appears in it escaped for the format, and
 * rendering has no side effects, so a renderer may be shared between threads.
 */
@FunctionalInterface
public interface Renderer {
  String render(Document document);
}
