/**
 * Tripart's JSON: the one configuration every JSON reader and writer uses ({@link
 * org.tripart.json.StrictJson}) and the codec of stored answers ({@link
 * org.tripart.json.AnswersJson}), which the web writes, the store reads back and the importers use.
 * A leaf below the web, the store and the format mappings: it knows the answer model and nothing
 * else of Tripart.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.instrument}.
 */
package org.tripart.json;
