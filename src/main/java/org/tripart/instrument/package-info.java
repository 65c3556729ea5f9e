/**
 * The questionnaire model: items, options, sections and groups, the instrument YAML reader and its
 * validation, and skip logic (parser, checker, evaluator). It stands alone. See {@code
 * skip-logic.md}.
 *
 * <p>Uses {@code org.tripart}.
 */
package org.tripart.instrument;
