/**
 * The command line ({@code tripart}): one picocli command per task, each a thin adapter that reads
 * its options, calls the pipeline's packages and writes their output. Nothing depends on it.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.analysis}, {@code org.tripart.audit}, {@code
 * org.tripart.bench}, {@code org.tripart.dataset}, {@code org.tripart.fieldwork}, {@code
 * org.tripart.instrument}, {@code org.tripart.interop}, {@code org.tripart.network}, {@code
 * org.tripart.report}, {@code org.tripart.report.chart}, {@code org.tripart.report.publish}, {@code
 * org.tripart.stats}, {@code org.tripart.stats.design}, {@code org.tripart.store}, {@code
 * org.tripart.store.archive}, {@code org.tripart.study}, {@code org.tripart.synth}, {@code
 * org.tripart.web}.
 */
package org.tripart.cli;
