/**
 * The bundled national study of AI collaboration in healthcare: its instruments, published tables,
 * SYNTHETIC respondent-level data generated from them, and the replication of its tables.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.audit}, {@code org.tripart.dataset}, {@code
 * org.tripart.fieldwork}, {@code org.tripart.instrument}, {@code org.tripart.report}, {@code
 * org.tripart.stats}, {@code org.tripart.stats.design}, {@code org.tripart.synth}.
 */
package org.tripart.study;
