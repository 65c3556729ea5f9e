# Expected values for org.tripart.stats.design, computed with R's survey package.
# Run from the repository root:  Rscript src/test/r/design-reference.R
# Writes the api data sets (only the columns the tests use) and design-reference.csv
# (case, quantity, value with 17 significant digits) to
# src/test/resources/org/tripart/stats/design/. The R numbers are computed from the CSV files as
# read back, so R and Java see exactly the same doubles.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE,
        survey.ultimate.cluster = FALSE)
out <- "src/test/resources/org/tripart/stats/design"
stopifnot(dir.exists(out))
data(api)
g17 <- function(x) sprintf("%.17g", x)

export <- function(d, name) {
  cols <- intersect(c("cds", "snum", "dnum", "stype", "sch.wide", "both", "awards", "api00",
                      "enroll", "meals", "pw", "fpc", "fpc1", "fpc2"), names(d))
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
  d$sw <- as.numeric(d$sch.wide == "Yes")
  d$aw <- as.numeric(d$awards == "Yes")
  d$bo <- as.numeric(d$both == "Yes")
  d
}
strat <- readApi("apistrat.csv")
clus1 <- readApi("apiclus1.csv")
clus2 <- readApi("apiclus2.csv")
# sampling fraction per stratum, for the FPC-as-fraction case
strat$frac <- ave(rep(1, nrow(strat)), strat$stype, FUN = sum) / strat$fpc
# a stratum with one PSU: the first school is moved to its own stratum "L"
strat$lst <- strat$stype
strat$lst[1] <- "L"
strat$lfpc <- ifelse(strat$lst == "L", 10, strat$fpc)

rows <- list()
put <- function(case, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, quantity = quantity, value = g17(value))
}
putMean <- function(case, formula, design, ...) {
  m <- svymean(formula, design, deff = TRUE, ...)
  put(case, "estimate", coef(m)[1])
  put(case, "se", SE(m)[1])
  put(case, "deff", deff(m)[1])
}
putCiprop <- function(case, formula, design) {
  for (method in c("logit", "likelihood", "beta", "mean", "xlogit")) {
    p <- svyciprop(formula, design, method = method)
    c <- paste0(case, "/", method)
    put(c, "estimate", coef(p)[1])
    put(c, "se", SE(p)[1])
    put(c, "lower", attr(p, "ci")[1])
    put(c, "upper", attr(p, "ci")[2])
  }
}
designs <- list(
  strat = svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat),
  strat_nofpc = svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = strat),
  strat_frac = svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~frac, data = strat),
  stratclus = svydesign(ids = ~dnum, strata = ~stype, weights = ~pw, fpc = ~fpc, nest = TRUE, data = strat),
  stratclus_nofpc = svydesign(ids = ~dnum, strata = ~stype, weights = ~pw, nest = TRUE, data = strat),
  clus1 = svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1),
  clus1_nofpc = svydesign(ids = ~dnum, weights = ~pw, data = clus1),
  clus2 = svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = clus2),
  clus2_nofpc = svydesign(ids = ~dnum + snum, weights = ~pw, data = clus2))
for (name in names(designs)) {
  d <- designs[[name]]
  putMean(paste0(name, "/api00"), ~api00, d)
  putMean(paste0(name, "/sw"), ~sw, d)
  putMean(paste0(name, "/enroll"), ~enroll, d, na.rm = TRUE)
  putMean(paste0(name, "/E/api00"), ~api00, subset(d, stype == "E"))
  putMean(paste0(name, "/E/aw"), ~aw, subset(d, stype == "E"))
  put(paste0(name, "/E/aw"), "df", degf(subset(d, stype == "E")))
  put(name, "df", degf(d))
}
putCiprop("strat/sw", ~sw, designs$strat)
putCiprop("stratclus/aw", ~aw, designs$stratclus)
putCiprop("clus1/bo", ~bo, designs$clus1)
putCiprop("clus2/aw", ~aw, designs$clus2)
putCiprop("clus2_nofpc/E/sw", ~sw, subset(designs$clus2_nofpc, stype == "E"))

# lonely PSU: one stratum with a single PSU, every option, with and without FPC
for (opt in c("fail", "remove", "adjust", "certainty", "average")) {
  options(survey.lonely.psu = opt)
  for (fpcCase in c("nofpc", "fpc")) {
    d <- if (fpcCase == "fpc") {
      svydesign(ids = ~1, strata = ~lst, weights = ~pw, fpc = ~lfpc, data = strat)
    } else {
      svydesign(ids = ~1, strata = ~lst, weights = ~pw, data = strat)
    }
    for (dom in c("all", "M")) {
      dd <- if (dom == "all") d else subset(d, stype == "M")
      case <- paste0("lonely_", opt, "_", fpcCase, "/", dom, "/api00")
      r <- tryCatch(svymean(~api00, dd), error = function(e) NULL)
      if (is.null(r)) put(case, "error", 1) else {
        put(case, "estimate", coef(r)[1])
        put(case, "se", SE(r)[1])
      }
    }
  }
}
options(survey.lonely.psu = "fail")

# post-stratification and raking (apiclus1, population counts of schools by type and sch.wide)
pop.types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pop.schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))
dclus1 <- designs$clus1
ps <- postStratify(dclus1, ~stype, pop.types)
putMean("ps/api00", ~api00, ps)
putMean("ps/sw", ~sw, ps)
putMean("ps/E/api00", ~api00, subset(ps, stype == "E"))
putMean("ps/noaward/sw", ~sw, subset(ps, aw == 0))
put("ps", "weight_sum", sum(weights(ps)))
psn <- postStratify(designs$clus1_nofpc, ~stype, pop.types)
putMean("ps_nofpc/api00", ~api00, psn)
putCiprop("ps/aw", ~aw, ps)
rk <- rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide))
putMean("rake/api00", ~api00, rk)
putMean("rake/aw", ~aw, rk)
putMean("rake/E/api00", ~api00, subset(rk, stype == "E"))
put("rake", "weight_sum", sum(weights(rk)))
put("rake", "weight_first", weights(rk)[1])
rks <- rake(designs$strat, list(~sch.wide, ~awards),
            list(data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122)),
                 data.frame(awards = c("No", "Yes"), Freq = c(2300, 3894))),
            control = list(maxit = 50, epsilon = 1e-6))
putMean("rake_strat/api00", ~api00, rks)
putMean("rake_strat/bo", ~bo, rks)
put("rake_strat", "weight_max", max(weights(rks)))
tr <- trimWeights(designs$strat, upper = 40, lower = 16)
putMean("trim/api00", ~api00, tr)
put("trim", "weight_max", max(weights(tr)))
put("trim", "weight_min", min(weights(tr)))
put("trim", "weight_sum", sum(weights(tr)))

# Rao-Scott tests and design-based cell percentages
chi <- function(case, formula, design) {
  f <- svychisq(formula, design, statistic = "F")
  put(case, "F", f$statistic)
  put(case, "ndf", f$parameter[1])
  put(case, "ddf", f$parameter[2])
  put(case, "p_F", f$p.value)
  c1 <- svychisq(formula, design, statistic = "Chisq")
  put(case, "pearson", c1$statistic)
  put(case, "p_chisq", c1$p.value)
}
chi("chisq/strat/sch.wide+stype", ~sch.wide + stype, designs$strat)
chi("chisq/clus1/sch.wide+stype", ~sch.wide + stype, designs$clus1)
chi("chisq/clus2/awards+stype", ~awards + stype, designs$clus2)
chi("chisq/ps/both+stype", ~both + stype, ps)
cells <- svymean(~interaction(sch.wide, stype), designs$clus1)
for (i in seq_along(coef(cells))) {
  lab <- sub("interaction\\(sch.wide, stype\\)", "", names(coef(cells))[i])
  put(paste0("cells/clus1/", lab), "estimate", coef(cells)[i])
  put(paste0("cells/clus1/", lab), "se", SE(cells)[i])
}
res <- do.call(rbind, rows)
res <- res[res$value != "NA", ]
write.csv(res, file.path(out, "design-reference.csv"), row.names = FALSE, quote = TRUE)
cat("wrote", nrow(res), "expected values\n")
