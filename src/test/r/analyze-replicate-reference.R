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
# Models: svyglm on the replicate design, coefficients with SE, t, p on df.residual and confint;
# svyolr of the replicate design (cases *_olr, every fit polished to the exact maximum, see below).
# Estimands (totals, ratios, score means, contrasts) and quantiles (overall and by level): see their
# sections below; they go to analyze-replicate-estimands-reference.csv.
# Run from the repository root:  Rscript src/test/r/analyze-replicate-reference.R
# Writes to src/test/resources/org/tripart/analysis/replicate/: strat-sdr.csv and clus1.csv (the
# data the commands read, 17 digits), analyze-replicate-reference.csv, model-replicate-reference.csv,
# analyze-replicate-estimands-reference.csv (totals, ratios, score means, contrasts).
suppressMessages(library(survey))
source("src/test/r/olr-score.R")
options(survey.lonely.psu = "fail", survey.replicates.mse = FALSE)
src <- "src/test/resources/org/tripart/stats/design"
out <- "src/test/resources/org/tripart/analysis/replicate"
g17 <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
keep <- c("cds", "dnum", "stype", "sch.wide", "awards", "api00", "enroll", "meals", "mealcat", "pw",
          "fpc")
mealcat <- function(d) {
  d$mealcat <- as.integer(cut(d$meals, c(0, 25, 50, 75, 100), include.lowest = TRUE)) - 1L
  d
}
writeData <- function(d, name) {
  for (v in names(d)) if (is.numeric(d[[v]])) d[[v]] <- g17(d[[v]])
  write.csv(d, file.path(out, name), row.names = FALSE, quote = TRUE, na = "")
}
readData <- function(name) {
  d <- read.csv(file.path(out, name), colClasses = c(cds = "character"), stringsAsFactors = FALSE)
  d$mealcat <- as.integer(d$mealcat)
  for (v in c("stype", "sch.wide", "awards")) d[[v]] <- factor(d[[v]])
  d
}
strat <- read.csv(file.path(src, "apistrat.csv"), colClasses = c(cds = "character"))
strat$meals[c(3, 50, 120)] <- NA
strat <- mealcat(strat)[, keep]
rw <- read.csv(file.path(src, "replicate", "strat-sdr80.csv"))
names(rw) <- paste0("repw", seq_len(ncol(rw)))
writeData(cbind(strat, rw), "strat-sdr.csv")
clus1 <- mealcat(read.csv(file.path(src, "apiclus1.csv"), colClasses = c(cds = "character")))[, keep]
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

# Estimands (org.tripart.analysis.EstimandAnalysis on a replicate design), as in
# analyze-estimands-reference.R but on the svyrep.designs above: svytotal and svymean(~score) with
# deff = TRUE, svyratio, svycontrast(svyby(..., covmat = TRUE)) (svyby of a svyrep.design returns
# the replicates, so the covariance is svrVar of them); intervals estimate -/+ qt(0.975, df) * SE,
# df = degf of the subset the estimate was made on; a contrast's df is degf of the design given to
# svyby (the domain's), p = 2 * pt(-|t|, df).
erows <- list()
eput <- function(case, estimand, item, option, detail, est, se, df, deff = NA, t = NA, p = NA) {
  q <- qt(0.975, df)
  erows[[length(erows) + 1]] <<- data.frame(
    case = case, estimand = estimand, item = item, option = option, detail = detail,
    estimate = g17(est), se = g17(se), ci_low = g17(est - q * se), ci_high = g17(est + q * se),
    df = df, deff = g17(deff), t = g17(t), p_value = g17(p))
}
answered <- function(design, v) subset(design, !is.na(design$variables[[v]]))
etotal <- function(case, design, v) {
  d <- answered(design, v)
  x <- design$variables[[v]]
  t <- svytotal(as.formula(paste0("~`", v, "`")), d, deff = TRUE)
  if (is.factor(x)) {
    for (i in seq_along(levels(x))) {
      eput(case, "total", v, levels(x)[[i]], "", coef(t)[[i]], SE(t)[[i]], degf(d), deff(t)[[i]])
    }
  } else {
    eput(case, "total", v, "", "", coef(t)[[1]], SE(t)[[1]], degf(d), deff(t)[[1]])
  }
}
escore <- function(case, design, v) {
  d <- answered(design, v)
  d <- update(d, score_ = as.numeric(d$variables[[v]]))
  m <- svymean(~score_, d, deff = TRUE)
  k <- nlevels(design$variables[[v]])
  eput(case, "score_mean", v, "", paste0("scored 1-", k, " in the options' order"),
       coef(m)[[1]], SE(m)[[1]], degf(d), deff(m)[[1]])
}
eratio <- function(case, design, y, x) {
  d <- subset(design, !is.na(design$variables[[y]]) & !is.na(design$variables[[x]]))
  r <- svyratio(as.formula(paste0("~", y)), as.formula(paste0("~", x)), d)
  eput(case, "ratio", y, "", x, coef(r)[[1]], sqrt(vcov(r)[1, 1]), degf(d))
}
econtrast <- function(case, design, v, by, a, b, fun = svymean) {
  x <- design$variables[[v]]
  lv <- levels(design$variables[[by]])
  cf <- setNames(rep(0, length(lv)), lv)
  cf[a] <- 1
  cf[b] <- -1
  label <- paste0(if (identical(fun, svytotal)) "total: " else "", by, " ", a, " - ", b)
  one <- function(d, f, option) {
    bt <- svyby(f, as.formula(paste0("~", by)), d, fun, covmat = TRUE, na.rm = TRUE)
    sc <- svycontrast(bt, cf[names(coef(bt))])
    est <- coef(sc)[[1]]
    se <- SE(sc)[[1]]
    df <- degf(design)
    eput(case, "contrast", v, option, label, est, se, df, NA, est / se, 2 * pt(-abs(est / se), df))
  }
  if (is.factor(x)) {
    for (l in levels(x)) {
      one(update(design, ind_ = ifelse(is.na(x), NA, as.numeric(x == l))), ~ind_, l)
    }
  } else {
    one(design, as.formula(paste0("~", v)), "")
  }
}
# --totals enroll,awards,meals --score-means sch.wide --ratio api00/enroll --contrast stype:M-E
# --items api00,awards
for (cs in list(list("sdr", sdr), list("brr", brr), list("fay", fay))) {
  etotal(cs[[1]], cs[[2]], "enroll")
  etotal(cs[[1]], cs[[2]], "awards")
  etotal(cs[[1]], cs[[2]], "meals")
  escore(cs[[1]], cs[[2]], "sch.wide")
  eratio(cs[[1]], cs[[2]], "api00", "enroll")
  econtrast(cs[[1]], cs[[2]], "api00", "stype", "M", "E")
  econtrast(cs[[1]], cs[[2]], "awards", "stype", "M", "E")
}
# --domain stype=E --totals enroll --ratio api00/meals --score-means awards
# --contrast sch.wide:Yes-No --items api00 (svyby of a subset svyrep.design works: its rows go)
sdrE <- subset(sdr, stype == "E")
etotal("sdr_E", sdrE, "enroll")
eratio("sdr_E", sdrE, "api00", "meals")
escore("sdr_E", sdrE, "awards")
econtrast("sdr_E", sdrE, "api00", "sch.wide", "Yes", "No")
# plan: replicates {from_design: bootstrap, replicates: 50, seed: 20261207}; estimands totals
# [enroll], means [awards], ratios api00/enroll, contrasts stype H - E of api00 (mean) and of
# enroll (statistic: total)
etotal("boot", boot, "enroll")
escore("boot", boot, "awards")
eratio("boot", boot, "api00", "enroll")
econtrast("boot", boot, "api00", "stype", "H", "E")
econtrast("boot", boot, "enroll", "stype", "H", "E", svytotal)
# the same within sch.wide == "Yes"
bootY <- subset(boot, sch.wide == "Yes")
etotal("boot_Yes", bootY, "enroll")
escore("boot_Yes", bootY, "awards")
eratio("boot_Yes", bootY, "api00", "enroll")
econtrast("boot_Yes", bootY, "api00", "stype", "H", "E")
econtrast("boot_Yes", bootY, "enroll", "stype", "H", "E", svytotal)
# Quantiles (org.tripart.analysis.QuantileAnalysis on a replicate design): svyquantile of the
# svyrep.design (svyquantile.svyrep.design), ci = TRUE, na.rm = TRUE, qrule "math", interval.type
# "mean" (Woodruff from the replicates' svymean) or "quantile" (the quantile under every replicate,
# svrVar); SE as R's SE(), df = degf of the rows that answered. By the levels of `by`:
# svyby(~x, ~by, design, svyquantile, quantiles, ci = TRUE, keep.var = TRUE), its estimates and SEs;
# the limits are those of svyquantile on subset(design, by == level), whose estimates and SEs are
# checked equal to svyby's; the level is shown as "by=level" after the detail.
probs <- c(0.1, 0.25, 0.5, 0.75, 0.9)
qput <- function(case, design, v, it, q, detail) {
  m <- q[[1]]
  nas <- is.na(design$variables[[v]])
  df <- degf(design[!nas, ])
  for (i in seq_along(probs)) {
    eput(case, "quantile", v, format(probs[[i]]), detail, m[i, 1], m[i, 4], df)
    erows[[length(erows)]]$ci_low <<- g17(m[i, 2])
    erows[[length(erows)]]$ci_high <<- g17(m[i, 3])
  }
}
equant <- function(case, design, v, it, by = NULL) {
  f <- as.formula(paste0("~", v))
  detail <- paste0("qrule=math, interval=", it)
  q <- svyquantile(f, design, quantiles = probs, ci = TRUE, na.rm = TRUE, interval.type = it)
  qput(case, design, v, it, q, detail)
  if (is.null(by)) return(invisible())
  bq <- svyby(f, as.formula(paste0("~", by)), design, svyquantile, quantiles = probs, ci = TRUE,
              keep.var = TRUE, na.rm = TRUE, interval.type = it)
  for (l in levels(design$variables[[by]])) {
    if (!(l %in% rownames(bq))) next
    dl <- subset(design, design$variables[[by]] == l)
    ql <- svyquantile(f, dl, quantiles = probs, ci = TRUE, na.rm = TRUE, interval.type = it)
    stopifnot(isTRUE(all.equal(unname(ql[[1]][, 1]), unname(unlist(coef(bq)[paste0(l, ":", v, ".", probs)])))),
              isTRUE(all.equal(unname(ql[[1]][, 4]), unname(unlist(SE(bq)[l, ])))))
    qput(case, dl, v, it, ql, paste0(detail, ", ", by, "=", l))
  }
}
# --quantiles 0.1,0.25,0.5,0.75,0.9 --items api00,meals [--quantile-interval quantile] --by stype
for (it in c("mean", "quantile")) {
  equant(paste0("sdr_q_", it), sdr, "api00", it, "stype")
  equant(paste0("sdr_q_", it), sdr, "meals", it, "stype")
  equant(paste0("brr_q_", it), brr, "api00", it, "awards")
  equant(paste0("boot_q_", it), boot, "api00", it, "stype")
  equant(paste0("boot_q_", it), boot, "enroll", it, "stype")
}
# --domain stype=E --quantile-interval quantile --items api00 --by awards
equant("sdr_E_q_quantile", sdrE, "api00", "quantile", "awards")
est <- do.call(rbind, erows)
write.csv(est, file.path(out, "analyze-replicate-estimands-reference.csv"), row.names = FALSE)
cat("wrote", nrow(est), "estimands\n")

# Ordinal models: svyolr of a svyrep.design (survey:::svyolr.svyrep.design): polr under the
# sampling weights, refitted from that estimate under every replicate's analysis weights, var =
# svrVar(replicates, scale, rscales, mse, coef = start), df = degf(design) - p, z tests and normal
# intervals as confint.default. polr stops optim at its reltol (about 1e-5 short of the optimum),
# so, as olr-reference.R does for the Taylor svyolr, every fit here is polished by Newton steps on
# the score to the exact maximum; R's own svyolr is checked to agree to its optimiser's precision.
# mealcat: meals cut at 25/50/75, coded 0..3 (NA with meals).
olrExact <- function(formula, design) {
  mf <- model.frame(formula, model.frame(design), na.action = na.omit)
  keep <- as.integer(rownames(mf))
  x <- model.matrix(formula, mf)[, -1, drop = FALSE]
  y <- unclass(model.response(mf))
  pc <- ncol(x)
  q <- nlevels(model.response(mf)) - 1
  gr <- olrScore(x, y, q)
  polish <- function(par, wt) {
    th <- c(par[seq_len(pc)], par[pc + 1], log(diff(par[pc + 1:q])))
    for (i in 1:50) {
      g <- gr(th, wt)
      if (max(abs(g)) < 1e-11 * max(1, sum(wt) / length(wt))) break
      h <- optimHess(th, function(t) 0, function(t) gr(t, wt),
                     control = list(ndeps = rep(1e-6, length(th))))
      th <- th - solve(h, g)
    }
    stopifnot(max(abs(gr(th, wt))) < 1e-8 * max(1, sum(wt) / length(wt)))
    c(th[seq_len(pc)], cumsum(c(th[pc + 1], exp(th[pc + 1 + seq_len(q - 1)]))))
  }
  pwt <- weights(design, "sampling")
  rw <- weights(design, "analysis")
  r <- svyolr(formula, design)
  start <- polish(c(r$coefficients, r$zeta), pwt[keep])
  refit <- function(w) {
    d <- model.frame(design)[keep, ]
    d$.w <- w[keep]
    environment(formula) <- environment()
    m <- suppressWarnings(MASS::polr(formula, data = d, weights = .w, start = start, Hess = FALSE))
    polish(c(m$coefficients, m$zeta), w[keep])
  }
  betas <- apply(rw, 2, refit)
  v <- svrVar(t(betas), design$scale, design$rscales, mse = design$mse, coef = start)
  se <- sqrt(diag(as.matrix(v)))
  stopifnot(isTRUE(all.equal(unname(se), unname(SE(r)), tolerance = 1e-3)))
  list(names = c(names(r$coefficients), names(r$zeta)), est = start, se = se,
       df = degf(design) - pc)
}
olrModel <- function(case, design, formula) {
  f <- olrExact(formula, design)
  z <- f$est / f$se
  q <- qnorm(0.975)
  models[[length(models) + 1]] <<- data.frame(
    case = case, term = f$names, estimate = g17(f$est), se = g17(f$se), statistic = g17(z),
    p_value = g17(2 * pnorm(-abs(z))), ci_low = g17(f$est - q * f$se),
    ci_high = g17(f$est + q * f$se), df = f$df)
}
olrModel("sdr_olr", sdr, factor(mealcat) ~ api00 + stype)
olrModel("brr_olr", brr, factor(mealcat) ~ api00 + stype)
olrModel("boot_olr", boot, factor(mealcat) ~ enroll + stype)

res <- do.call(rbind, rows)
write.csv(res, file.path(out, "analyze-replicate-reference.csv"), row.names = FALSE)
mod <- do.call(rbind, models)
write.csv(mod, file.path(out, "model-replicate-reference.csv"), row.names = FALSE)
cat("wrote", nrow(res), "estimates and", nrow(mod), "coefficients\n")
