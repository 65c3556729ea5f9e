# Expected values for `tripart analyze` and `tripart model` on replicate-weight designs
# (org.tripart.analysis ReplicateSetup / ReplicateAnalysis / ModelRun through the command line),
# from R's survey 4.1.1. Each case is the R equivalent of one command in
# org.tripart.cli.ReplicateAnalyzeCommandTest:
#   sdr       svrepdesign of apistrat with 80 successive-difference columns (repw1..repw80), pw
#   sdr_rake  the same raked to stype and sch.wide counts (rake of a svyrep.design)
#   brr       as.svrepdesign(apistrat design by stype, "BRR"); fay: type "Fay", fay.rho = 0.3
#   boot      set.seed(20261207); as.svrepdesign(apiclus1 by dnum, "bootstrap", replicates = 50)
# An item's estimates are those of subset(design, item answered [& domain]): svymean of each
# option's indicator with deff = TRUE, svyciprop (logit) with df = degf of that subset; with a
# split, svychisq(~item + by, subset) ("F"); a numeric item's mean +- qt(0.975, degf) * SE.
# Models: svyglm on the replicate design, coefficients with SE, t, p on df.residual and confint.
# Run from the repository root:  Rscript src/test/r/analyze-replicate-reference.R
# Writes to src/test/resources/org/tripart/analysis/replicate/: strat-sdr.csv and clus1.csv (the
# data the commands read, 17 digits), analyze-replicate-reference.csv, model-replicate-reference.csv.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.replicates.mse = FALSE)
src <- "src/test/resources/org/tripart/stats/design"
out <- "src/test/resources/org/tripart/analysis/replicate"
g17 <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
keep <- c("cds", "dnum", "stype", "sch.wide", "awards", "api00", "enroll", "meals", "pw", "fpc")
writeData <- function(d, name) {
  for (v in names(d)) if (is.numeric(d[[v]])) d[[v]] <- g17(d[[v]])
  write.csv(d, file.path(out, name), row.names = FALSE, quote = TRUE, na = "")
}
readData <- function(name) {
  d <- read.csv(file.path(out, name), colClasses = c(cds = "character"), stringsAsFactors = FALSE)
  for (v in c("stype", "sch.wide", "awards")) d[[v]] <- factor(d[[v]])
  d
}
strat <- read.csv(file.path(src, "apistrat.csv"), colClasses = c(cds = "character"))[, keep]
strat$meals[c(3, 50, 120)] <- NA
rw <- read.csv(file.path(src, "replicate", "strat-sdr80.csv"))
names(rw) <- paste0("repw", seq_len(ncol(rw)))
writeData(cbind(strat, rw), "strat-sdr.csv")
clus1 <- read.csv(file.path(src, "apiclus1.csv"), colClasses = c(cds = "character"))[, keep]
writeData(clus1, "clus1.csv")
strat <- readData("strat-sdr.csv")
clus1 <- readData("clus1.csv")

rows <- list()
put <- function(case, item, stratum, option, p, se, deff, lo, hi, df, f = NA, ndf = NA, ddf = NA,
                pv = NA) {
  rows[[length(rows) + 1]] <<- data.frame(
    case = case, item = item, stratum = stratum, option = option, estimate = g17(p), se = g17(se),
    deff = g17(deff), ci_low = g17(lo), ci_high = g17(hi), df = df, rao_scott_f = g17(f),
    ndf = g17(ndf), ddf = g17(ddf), p_value = g17(pv))
}
props <- function(case, d, v, stratum = "", test = NULL) {
  x <- d$variables[[v]]
  for (l in levels(x)) {
    d2 <- update(d, ind_ = as.numeric(x == l))
    m <- svymean(~ind_, d2, deff = TRUE)
    ci <- svyciprop(~ind_, d2, method = "logit")
    put(case, v, stratum, l, coef(m)[[1]], SE(m)[[1]], attr(m, "deff")[[1]],
        attr(ci, "ci")[[1]], attr(ci, "ci")[[2]], degf(d2),
        if (is.null(test)) NA else test$statistic[[1]],
        if (is.null(test)) NA else test$parameter[[1]],
        if (is.null(test)) NA else test$parameter[[2]],
        if (is.null(test)) NA else test$p.value[[1]])
  }
}
item <- function(case, design, v, by = NULL) {
  d <- subset(design, !is.na(design$variables[[v]]))
  test <- if (is.null(by)) NULL else
    svychisq(as.formula(paste0("~", v, "+", by)), d, statistic = "F")
  props(case, d, v, "", test)
  if (!is.null(by)) {
    for (b in levels(design$variables[[by]])) {
      props(case, subset(d, d$variables[[by]] == b), v, b, test)
    }
  }
}
mean1 <- function(case, design, v) {
  d <- subset(design, !is.na(design$variables[[v]]))
  m <- svymean(as.formula(paste0("~", v)), d, deff = TRUE)
  q <- qt(0.975, degf(d))
  put(case, v, "", "", coef(m)[[1]], SE(m)[[1]], attr(m, "deff")[[1]],
      coef(m)[[1]] - q * SE(m)[[1]], coef(m)[[1]] + q * SE(m)[[1]], degf(d))
}
models <- list()
model <- function(case, design, formula, family) {
  f <- svyglm(formula, design, family = family)
  s <- summary(f)$coefficients
  ci <- confint(f)
  models[[length(models) + 1]] <<- data.frame(
    case = case, term = rownames(s), estimate = g17(s[, 1]), se = g17(s[, 2]),
    statistic = g17(s[, 3]), p_value = g17(s[, 4]), ci_low = g17(ci[, 1]), ci_high = g17(ci[, 2]),
    df = f$df.residual)
}

sdr <- svrepdesign(data = strat, repweights = "repw[0-9]+", weights = ~pw,
                   type = "successive-difference")
item("sdr", sdr, "sch.wide", by = "stype")
item("sdr", sdr, "awards", by = "stype")
item("sdr", sdr, "stype")
mean1("sdr", sdr, "api00")
mean1("sdr", sdr, "meals")
item("sdr_domainE", subset(sdr, stype == "E"), "awards")
model("sdr", sdr, I(sch.wide == "Yes") ~ stype + meals, quasibinomial())
model("sdr", sdr, api00 ~ stype + meals, gaussian())
sdrm <- svrepdesign(data = strat, repweights = "repw[0-9]+", weights = ~pw,
                    type = "successive-difference", mse = TRUE)
item("sdr_mse", sdrm, "sch.wide")
popStype <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
popSw <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1300, 4894))
raked <- rake(sdr, list(~stype, ~sch.wide), list(popStype, popSw))
item("sdr_rake", raked, "awards", by = "stype")
model("sdr_rake", raked, api00 ~ stype + meals, gaussian())

ds <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = strat)
brr <- as.svrepdesign(ds, type = "BRR")
item("brr", brr, "sch.wide", by = "stype")
model("brr", brr, api00 ~ stype + meals, gaussian())
fay <- as.svrepdesign(ds, type = "Fay", fay.rho = 0.3)
item("fay", fay, "awards")
model("fay", fay, enroll ~ meals + stype, quasipoisson())

dc <- svydesign(ids = ~dnum, weights = ~pw, data = clus1)
set.seed(20261207)
boot <- as.svrepdesign(dc, type = "bootstrap", replicates = 50)
item("boot", boot, "sch.wide", by = "stype")
model("boot", boot, I(sch.wide == "Yes") ~ meals, quasibinomial())

res <- do.call(rbind, rows)
write.csv(res, file.path(out, "analyze-replicate-reference.csv"), row.names = FALSE)
mod <- do.call(rbind, models)
write.csv(mod, file.path(out, "model-replicate-reference.csv"), row.names = FALSE)
cat("wrote", nrow(res), "estimates and", nrow(mod), "coefficients\n")
