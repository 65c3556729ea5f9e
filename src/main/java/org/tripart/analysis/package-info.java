/**
 * Design-based analysis as an analyst plans it: the analysis plan ({@link
 * org.tripart.analysis.DesignPlan}, read from YAML, JSON or options by {@link
 * org.tripart.analysis.AnalysisPlanReader}), the set-up of the survey design from a data set, and
 * the runs of estimates, estimands and models over it. The command line and the server are thin
 * adapters over it; {@code report} only renders what it returns. See {@code analysis-plan.md}.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}, {@code org.tripart.instrument}, {@code
 * org.tripart.stats.design}, {@code org.tripart.stats.model}.
 */
package org.tripart.analysis;
