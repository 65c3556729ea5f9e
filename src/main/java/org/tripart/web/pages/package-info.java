/**
 * The server-rendered HTML of the respondent pages: the questionnaire form with its items, rosters
 * and messages, in English and Chinese, working without JavaScript.
 *
 * <p>Uses {@code org.tripart.capture}, {@code org.tripart.fieldwork}, {@code
 * org.tripart.instrument}.
 */
package org.tripart.web.pages;
