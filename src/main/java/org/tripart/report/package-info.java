/**
 * Documents and their renderers (text, CSV, Markdown, HTML, DOCX, XLSX): tables, notes and banners
 * laid out from the results the pipeline computes; no computation of its own.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.analysis}, {@code org.tripart.fieldwork}, {@code
 * org.tripart.instrument}, {@code org.tripart.network}, {@code org.tripart.stats}, {@code
 * org.tripart.stats.design}, {@code org.tripart.stats.model}.
 */
package org.tripart.report;
