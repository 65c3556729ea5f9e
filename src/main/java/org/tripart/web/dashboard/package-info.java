/**
 * The researchers' dashboard pages: fieldwork progress, estimates with disclosure control, the
 * model panel and the collaboration network.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.analysis}, {@code org.tripart.audit}, {@code
 * org.tripart.dataset}, {@code org.tripart.disclosure}, {@code org.tripart.fieldwork}, {@code
 * org.tripart.instrument}, {@code org.tripart.json}, {@code org.tripart.network}, {@code
 * org.tripart.report}, {@code org.tripart.report.publish}, {@code org.tripart.stats}, {@code
 * org.tripart.store}, {@code org.tripart.study}, {@code org.tripart.web.http}.
 */
package org.tripart.web.dashboard;
