/**
 * Design-based regression equal to R's survey package: svyglm (gaussian, quasibinomial,
 * quasipoisson) by IRLS with the sandwich variance, regTermTest, and svyolr. See {@code models.md}
 * and {@code ordinal.md}.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.stats.design}.
 */
package org.tripart.stats.model;
