# Expected values for org.tripart.stats.model's ordinal regression, from R's survey::svyolr.
# Run from the repository root:  Rscript src/test/r/olr-reference.R
# Writes olr-api*.csv (the api columns used, mealcat = meals cut at 25/50/75 coded 0..3) and
# olr-reference.csv (case, term, quantity, value with 17 significant digits). R computes from the
# CSVs as read back. svyolr forwards ... to optim(BFGS), whose default reltol stops about 1e-5 short
# of the optimum; see fitOlr in model-helpers.R. The SEs are svyolr's own: optim's Hessian is central differences of the gradient with
# its default ndeps = 1e-3, which Java repeats.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE)
out <- "src/test/resources/org/tripart/stats/model"
stopifnot(dir.exists(out))
data(api)
source("src/test/r/model-helpers.R")
export <- function(d, name) {
  d$mealcat <- as.integer(cut(d$meals, c(0, 25, 50, 75, 100), include.lowest = TRUE)) - 1L
  d$apicat <- as.integer(cut(d$api00, c(0, 600, 750, 1000))) - 1L
  cols <- intersect(c("dnum", "snum", "stype", "sch.wide", "mealcat", "apicat", "avg.ed", "mobility",
                      "ell", "meals", "pw", "fpc", "fpc1", "fpc2"), names(d))
  d <- d[, cols]
  for (c in cols) {
    v <- d[[c]]
    d[[c]] <- if (is.numeric(v)) ifelse(is.na(v), "", g17(v)) else as.character(v)
  }
  write.csv(d, file.path(out, name), row.names = FALSE, quote = TRUE)
}
export(apistrat, "olr-apistrat.csv")
export(apiclus1, "olr-apiclus1.csv")
export(apiclus2, "olr-apiclus2.csv")
readApi <- function(name) {
  d <- read.csv(file.path(out, name), stringsAsFactors = FALSE)
  d$stype <- factor(d$stype, levels = c("E", "H", "M"))
  d$mealcat <- factor(d$mealcat, levels = 0:3, ordered = TRUE)
  d$apicat <- factor(d$apicat, levels = 0:2, ordered = TRUE)
  d
}
strat <- readApi("olr-apistrat.csv")
clus1 <- readApi("olr-apiclus1.csv")
clus2 <- readApi("olr-apiclus2.csv")
dstrat <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat)
dclus1 <- svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1)
dclus2 <- svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = clus2)
pclus1 <- postStratify(dclus1, ~stype, data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018)))
putOlr("strat", mealcat ~ avg.ed + mobility + stype, dstrat)
putOlr("clus1", mealcat ~ avg.ed + mobility + stype, dclus1)
putOlr("clus2", apicat ~ ell + mobility, dclus2)
putOlr("strat_domain", apicat ~ meals + avg.ed, subset(dstrat, stype != "H"))
# svyolr fails on a calibrated design with NA covariates (weights keep the NA rows), so none here
putOlr("ps_clus1", mealcat ~ ell + mobility + stype, pclus1)
putOlr("ps_clus1_domain", apicat ~ meals + mobility, subset(pclus1, sch.wide == "Yes"))
write.csv(do.call(rbind, rows), file.path(out, "olr-reference.csv"), row.names = FALSE, quote = TRUE)
