# R side of org.tripart.bench.ModelComparison: a logistic regression (svyglm, quasibinomial) of
# I(y == 1) on ten covariates (six single-choice items of 5 codes, one of 13 codes, three numbers:
# 40 coefficients with the intercept) under a stratified cluster design with weights. Rows missing
# the outcome or a covariate are dropped, as svyglm's na.action does.
# Usage: Rscript src/test/r/benchmark-model.R DATA.csv OUT.csv
# OUT.csv: term,estimate,se,p_value (17 significant digits), then rows _read_seconds and
# _fit_seconds (svydesign + svyglm + summary) in the estimate column.
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 2)
t0 <- proc.time()[["elapsed"]]
d <- read.csv(args[1], stringsAsFactors = FALSE)
t1 <- proc.time()[["elapsed"]]
factors <- c(paste0("a", 1:6), "b")
for (v in factors) {
  d[[v]] <- factor(d[[v]])
}
d$y1 <- as.numeric(d$y == 1)
t2 <- proc.time()[["elapsed"]]
des <- svydesign(ids = ~cluster, strata = ~stratum, weights = ~w, nest = TRUE, data = d)
f <- y1 ~ a1 + a2 + a3 + a4 + a5 + a6 + b + x1 + x2 + x3
m <- svyglm(f, design = des, family = quasibinomial())
s <- coef(summary(m))
t3 <- proc.time()[["elapsed"]]
g17 <- function(v) sprintf("%.17g", v)
out <- data.frame(term = c(rownames(s), "_read_seconds", "_fit_seconds"),
                  estimate = c(g17(s[, 1]), g17(t1 - t0), g17(t3 - t2)),
                  se = c(g17(s[, 2]), "", ""),
                  p_value = c(g17(s[, 4]), "", ""))
write.csv(out, args[2], row.names = FALSE, quote = TRUE)
