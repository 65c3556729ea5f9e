package org.tripart.report;

import java.util.Locale;

/** The output formats of reports, with the renderer of each. */
public enum Format {
  TEXT(new TextRenderer()),
  CSV(new CsvRenderer()),
  MD(new MarkdownRenderer()),
  HTML(new HtmlRenderer());

  private final Renderer renderer;

  Format(Renderer renderer) {
    this.renderer = renderer;
  }

  public Renderer renderer() {
    return renderer;
  }

  public String render(Document document) {
    return renderer.render(document);
  }

  /** The name as typed on the command line: {@code text}, {@code csv}, {@code md}, {@code html}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
