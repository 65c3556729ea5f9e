package org.tripart.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as a title and a sequence of blocks, independent of its output format. Immutable; build
 * one with {@link #builder(String)}.
 */
public record Document(String title, List<Block> blocks) {
  public Document {
    blocks = List.copyOf(blocks);
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** Collects blocks in order. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    public Builder heading(int level, String text) {
      blocks.add(new Block.Heading(level, text));
      return this;
    }

    public Builder paragraph(String text) {
      blocks.add(new Block.Paragraph(text));
      return this;
    }

    public Builder banner(String text) {
      blocks.add(new Block.Banner(text));
      return this;
    }

    public Builder table(Table table) {
      blocks.add(new Block.TableBlock(table));
      return this;
    }

    public Document build() {
      return new Document(title, blocks);
    }
  }
}
