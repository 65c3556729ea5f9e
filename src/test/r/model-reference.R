# Expected values for org.tripart.stats.model (design-based GLMs), computed with R's survey 4.1.1.
# Run from the repository root:  Rscript src/test/r/model-reference.R
# Writes copies of the api data sets (the columns the model tests use) and model-reference.csv
# (case, term, quantity, value with 17 significant digits) to
# src/test/resources/org/tripart/stats/model/. R computes from the CSV files as read back, so R
# and Java see exactly the same doubles.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE,
        survey.ultimate.cluster = FALSE)
out <- "src/test/resources/org/tripart/stats/model"
stopifnot(dir.exists(out))
data(api)
source("src/test/r/model-helpers.R")

export <- function(d, name) {
  cols <- intersect(c("cds", "snum", "dnum", "stype", "sch.wide", "both", "awards", "api00",
                      "api99", "enroll", "meals", "ell", "avg.ed", "pw", "fpc", "fpc1", "fpc2"),
                    names(d))
  d <- d[, cols]
  for (c in cols) {
    v <- d[[c]]
    d[[c]] <- if (is.numeric(v)) ifelse(is.na(v), "", g17(v)) else ifelse(is.na(v), "", as.character(v))
  }
  write.csv(d, file.path(out, name), row.names = FALSE, quote = TRUE)
}
export(apistrat, "apistrat.csv")
export(apiclus1, "apiclus1.csv")
export(apiclus2, "apiclus2.csv")

readApi <- function(name) {
  d <- read.csv(file.path(out, name), colClasses = c(cds = "character"), stringsAsFactors = FALSE)
  d$stype <- factor(d$stype, levels = c("E", "H", "M"))
  d$sw <- as.numeric(d$sch.wide == "Yes")
  d$enr100 <- round(d$enroll / 100)
  d
}
strat <- readApi("apistrat.csv")
clus1 <- readApi("apiclus1.csv")
clus2 <- readApi("apiclus2.csv")
# a stratum with one PSU: the first school is moved to its own stratum "L"
strat$lst <- as.character(strat$stype)
strat$lst[1] <- "L"
# zero weights: every tenth school of apistrat gets weight 0
strat$zw <- ifelse(seq_len(nrow(strat)) %% 10 == 0, 0, strat$pw)

putModel <- function(case, formula, design, family = gaussian(), terms = list()) {
  m <- svyglm(formula, design, family = family)
  s <- summary(m)
  putCoefficients(case, m, exponentiated = family$link != "identity")
  v <- vcov(m)
  for (i in seq_len(nrow(v))) for (j in seq_len(ncol(v))) {
    put(case, paste0(rownames(v)[i], "|", colnames(v)[j]), "cov", v[i, j])
  }
  put(case, "", "df", m$df.residual)
  put(case, "", "dispersion", s$dispersion[1])
  put(case, "", "iterations", m$iter)
  put(case, "", "deviance", deviance(m))
  put(case, "", "dropped", length(m$na.action))
  for (term in terms) {
    tt <- regTermTest(m, as.formula(paste("~", term)))
    put(case, term, "F", tt$Ftest)
    put(case, term, "ndf", tt$df)
    put(case, term, "ddf", tt$ddf)
    put(case, term, "p_F", tt$p)
    tc <- regTermTest(m, as.formula(paste("~", term)), df = Inf)
    put(case, term, "chisq", tc$chisq)
    put(case, term, "p_chisq", tc$p)
  }
}

dstrat <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat)
dclus1 <- svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1)
dclus2 <- svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = clus2)
designs <- list(strat = dstrat, clus1 = dclus1, clus2 = dclus2)
for (name in names(designs)) {
  d <- designs[[name]]
  putModel(paste0(name, "/gaussian"), api00 ~ ell + meals + stype, d, terms = list("stype"))
  putModel(paste0(name, "/interaction"), api00 ~ ell + meals + stype + stype:meals, d,
           terms = list("stype", "stype:meals"))
  putModel(paste0(name, "/logit"), sw ~ ell + stype, d, quasibinomial(), terms = list("stype"))
  putModel(paste0(name, "/poisson"), enr100 ~ ell + meals + stype, d, quasipoisson(),
           terms = list("stype"))
}
strath <- strat
strath$stype <- relevel(strath$stype, ref = "H")
putModel("strat/gaussian_refH", api00 ~ ell + meals + stype,
         svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strath),
         terms = list("stype"))
# domains (R's subset)
putModel("strat/awards/gaussian", api00 ~ ell + meals + stype, subset(dstrat, awards == "Yes"),
         terms = list("stype"))
putModel("clus1/E/logit", sw ~ ell + meals, subset(dclus1, stype == "E"), quasibinomial())
putModel("clus2/E/poisson", enr100 ~ ell + meals, subset(dclus2, stype == "E"), quasipoisson())
# rows with a missing covariate (avg.ed) or outcome (enroll) are dropped
putModel("clus1/avged/gaussian", api00 ~ ell + meals + avg.ed, dclus1)
putModel("clus2/enroll/poisson", enr100 ~ ell + meals, dclus2, quasipoisson())
# calibrated designs
pop.types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pop.schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))
ps <- postStratify(dclus1, ~stype, pop.types)
putModel("ps/gaussian", api00 ~ ell + meals + stype, ps, terms = list("stype"))
putModel("ps/logit", sw ~ ell + stype, ps, quasibinomial())
putModel("ps/awards/gaussian", api00 ~ ell + meals + stype, subset(ps, awards == "Yes"))
putModel("ps/avged/gaussian", api00 ~ ell + meals + avg.ed, ps)
rk <- rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide))
putModel("rake/gaussian", api00 ~ ell + meals + stype, rk, terms = list("stype"))
putModel("rake/poisson", enr100 ~ ell + meals, rk, quasipoisson())
# lonely PSU
for (opt in c("adjust", "average")) {
  options(survey.lonely.psu = opt)
  putModel(paste0("lonely_", opt, "/gaussian"), api00 ~ ell + meals + stype,
           svydesign(ids = ~1, strata = ~lst, weights = ~pw, data = strat), terms = list("stype"))
}
options(survey.lonely.psu = "fail")
# zero weights
dzero <- svydesign(ids = ~1, strata = ~stype, weights = ~zw, fpc = ~fpc, data = strat)
putModel("zero/gaussian", api00 ~ ell + meals + stype, dzero, terms = list("stype"))
putModel("zero/logit", sw ~ ell + stype, dzero, quasibinomial())

res <- do.call(rbind, rows)
res <- res[res$value != "NA", ]
write.csv(res, file.path(out, "model-reference.csv"), row.names = FALSE, quote = TRUE)
cat("wrote", nrow(res), "expected values\n")
