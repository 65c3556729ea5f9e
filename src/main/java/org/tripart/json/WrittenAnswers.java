package org.tripart.json;

/**
 * The stored JSON of typed answers exactly as {@link AnswersJson#written} wrote it: one JSON object
 * within every bound of {@link StrictJson} by construction (it is the serialisation of an object
 * node whose keys are item and tie ids and whose strings were read under those bounds), so a store
 * given one need not parse it again to check that. Only {@link AnswersJson} makes one, which is why
 * this is not a record: no other class can wrap an unchecked text in it.
 *
 * <p>Immutable and thread-safe; never null inside.
 */
public final class WrittenAnswers {
  private final String json;

  WrittenAnswers(String json) {
    this.json = json;
  }

  /** The JSON text, byte for byte what {@link AnswersJson#write} gives for the same answers. */
  public String json() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }
}
