# Expected values for `tripart analyze` with totals, ratios, score means, contrasts and calibration
# (org.tripart.analysis.EstimandAnalysis through the command line), computed with R's survey package
# from the api CSVs design-reference.R exported. Each case is the R equivalent of one command in
# org.tripart.cli.EstimandAnalyzeCommandTest: svytotal, svyratio, svymean(~as.numeric(factor)),
# svycontrast(svyby(..., covmat = TRUE)) and calibrate, with na.rm = TRUE; intervals are
# estimate -/+ qt(0.975, df) * SE with df = degf of the design the estimate was made on (the rows
# that answered, within the domain) and contrast p-values 2 * pt(-|t|, degf(design given to svyby)).
# Run from the repository root:  Rscript src/test/r/analyze-estimands-reference.R
# Writes src/test/resources/org/tripart/analysis/analyze-estimands-reference.csv (17 digits).
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE,
        survey.ultimate.cluster = FALSE)
src <- "src/test/resources/org/tripart/stats/design"
out <- "src/test/resources/org/tripart/analysis"
g17 <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
readApi <- function(name) {
  d <- read.csv(file.path(src, name), colClasses = c(cds = "character"), stringsAsFactors = FALSE)
  for (v in c("stype", "sch.wide", "awards", "both")) d[[v]] <- factor(d[[v]])
  d
}
strat <- readApi("apistrat.csv")
clus1 <- readApi("apiclus1.csv")

rows <- list()
put <- function(case, estimand, item, option, detail, est, se, df, t = NA, p = NA) {
  q <- qt(0.975, df)
  rows[[length(rows) + 1]] <<- data.frame(
    case = case, estimand = estimand, item = item, option = option, detail = detail,
    estimate = g17(est), se = g17(se), ci_low = g17(est - q * se), ci_high = g17(est + q * se),
    df = df, t = g17(t), p_value = g17(p))
}
answered <- function(design, v) subset(design, !is.na(design$variables[[v]]))
total <- function(case, design, v) {
  d <- answered(design, v)
  x <- design$variables[[v]]
  if (is.factor(x)) {
    t <- svytotal(as.formula(paste0("~`", v, "`")), d)
    for (l in levels(x)) {
      put(case, "total", v, l, "", coef(t)[[paste0(v, l)]], SE(t)[[paste0(v, l)]], degf(d))
    }
  } else {
    t <- svytotal(as.formula(paste0("~`", v, "`")), d)
    put(case, "total", v, "", "", coef(t)[[1]], SE(t)[[1]], degf(d))
  }
}
score <- function(case, design, v) {
  d <- answered(design, v)
  d <- update(d, score_ = as.numeric(d$variables[[v]]))
  m <- svymean(~score_, d)
  k <- nlevels(design$variables[[v]])
  put(case, "score_mean", v, "", paste0("scored 1-", k, " in the options' order"),
      coef(m)[[1]], SE(m)[[1]], degf(d))
}
ratio <- function(case, design, y, x) {
  d <- subset(design, !is.na(design$variables[[y]]) & !is.na(design$variables[[x]]))
  r <- svyratio(as.formula(paste0("~", y)), as.formula(paste0("~", x)), d)
  put(case, "ratio", y, "", x, coef(r)[[1]], sqrt(vcov(r)[1, 1]), degf(d))
}
contrast <- function(case, design, v, by, a, b) {
  x <- design$variables[[v]]
  lv <- levels(design$variables[[by]])
  cf <- setNames(rep(0, length(lv)), lv)
  cf[a] <- 1
  cf[b] <- -1
  if (is.factor(x)) {
    for (l in levels(x)) {
      d <- update(design, ind_ = ifelse(is.na(x), NA, as.numeric(x == l)))
      bt <- svyby(~ind_, as.formula(paste0("~", by)), d, svymean, covmat = TRUE, na.rm = TRUE)
      con(case, design, v, l, by, a, b, svycontrast(bt, cf[names(coef(bt))]))
    }
  } else {
    bt <- svyby(as.formula(paste0("~", v)), as.formula(paste0("~", by)), design, svymean,
                covmat = TRUE, na.rm = TRUE)
    con(case, design, v, "", by, a, b, svycontrast(bt, cf[names(coef(bt))]))
  }
}
con <- function(case, design, v, option, by, a, b, sc) {
  est <- coef(sc)[[1]]
  se <- SE(sc)[[1]]
  df <- degf(design)
  t <- est / se
  put(case, "contrast", v, option, paste0(by, " ", a, " - ", b), est, se, df, t, 2 * pt(-abs(t), df))
}

# 1. apistrat: --weights pw --strata stype --fpc fpc --totals enroll,awards --score-means sch.wide
#    --ratio api00/enroll --contrast stype:M-E --items api00,awards
ds <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat)
total("strat", ds, "enroll")
total("strat", ds, "awards")
score("strat", ds, "sch.wide")
ratio("strat", ds, "api00", "enroll")
contrast("strat", ds, "api00", "stype", "M", "E")
contrast("strat", ds, "awards", "stype", "M", "E")

# 2. apiclus1 within a domain: --cluster dnum --weights pw --fpc fpc --domain stype=E
#    --totals enroll --ratio api00/enroll --score-means awards --contrast sch.wide:Yes-No --items api00
dc <- svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1)
de <- subset(dc, stype == "E")
total("clus1_E", de, "enroll")
ratio("clus1_E", de, "api00", "enroll")
score("clus1_E", de, "awards")
# svyby(covmat = TRUE) fails on a subset design (survey 4.1.1: "number of items to replace"), so
# the domain's levels are cells of stype x sch.wide on the whole design: the same estimates and,
# since a subset keeps every PSU with zero weights outside, the same covariance; df is degf(de).
bt <- svyby(~api00, ~interaction(stype, sch.wide), dc, svymean, covmat = TRUE, na.rm = TRUE)
cf <- setNames(rep(0, length(coef(bt))), names(coef(bt)))
cf["E.Yes"] <- 1
cf["E.No"] <- -1
con("clus1_E", de, "api00", "", "sch.wide", "Yes", "No", svycontrast(bt, cf))

# 3. apiclus1 raked by calibrate to the stype counts, bounded: --calibrate stype-margins.csv
#    --calfun raking --bounds 0.5,2 --totals enroll --score-means sch.wide --contrast stype:H-E
#    --items api00
pop <- c(`(Intercept)` = 6194, stypeH = 755, stypeM = 1018)
dr <- calibrate(dc, ~stype, pop, calfun = "raking", bounds = c(0.5, 2))
total("clus1_raking", dr, "enroll")
score("clus1_raking", dr, "sch.wide")
# svyby(covmat = TRUE) fails on calibrated designs too (same error), so the difference of the two
# domain means is svycontrast's delta method on the totals of y and of the domain indicators:
# yH/xH - yE/xE, whose linearization is the difference of the domain means' influence functions.
dr2 <- update(dr, yH = api00 * (stype == "H"), yE = api00 * (stype == "E"),
              xH = as.numeric(stype == "H"), xE = as.numeric(stype == "E"))
tt <- svytotal(~yH + yE + xH + xE, dr2)
con("clus1_raking", dr, "api00", "", "stype", "H", "E",
    svycontrast(tt, quote(yH / xH - yE / xE)))

# 4. apiclus1 calibrated linearly to stype counts and a meals total (plan file:
#    weighting.calibrate {margins: {stype: ...}, totals: {meals: 103000}}): --totals enroll,meals
#    --ratio api00/enroll
dl <- calibrate(dc, ~stype + meals, c(pop, meals = 103000))
total("clus1_linear", dl, "enroll")
total("clus1_linear", dl, "meals")
ratio("clus1_linear", dl, "api00", "enroll")

# 5. quantiles by the levels of `by` on Taylor designs: svyby(~x, ~by, design, svyquantile,
#    quantiles, ci = TRUE, keep.var = TRUE) for the estimates and SEs; the limits of svyquantile on
#    subset(design, by == level), whose estimates and SEs are checked equal to svyby's; df as
#    QuantileAnalysis gives it, degf of the level's rows that answered. The level is shown as
#    "by=level" after the detail. The overall rows come first, as without `by`.
probs <- c(0.25, 0.5, 0.75)
qrows <- function(case, design, v, detail, ...) {
  q <- svyquantile(as.formula(paste0("~", v)), design, quantiles = probs, ci = TRUE,
                   na.rm = TRUE, ...)[[1]]
  stopifnot(!anyNA(q))
  df <- degf(design[!is.na(design$variables[[v]]) & weights(design) > 0, ])
  for (i in seq_along(probs)) {
    rows[[length(rows) + 1]] <<- data.frame(
      case = case, estimand = "quantile", item = v, option = format(probs[[i]]), detail = detail,
      estimate = g17(q[i, 1]), se = g17(q[i, 4]), ci_low = g17(q[i, 2]), ci_high = g17(q[i, 3]),
      df = df, t = "", p_value = "")
  }
  q
}
quantBy <- function(case, design, v, by, detail, ...) {
  f <- as.formula(paste0("~", v))
  qrows(case, design, v, detail, ...)
  bq <- svyby(f, as.formula(paste0("~", by)), design, svyquantile, quantiles = probs, ci = TRUE,
              keep.var = TRUE, na.rm = TRUE, ...)
  for (l in levels(design$variables[[by]])) {
    if (!(l %in% rownames(bq))) next
    q <- qrows(case, subset(design, design$variables[[by]] == l), v, paste0(detail, ", ", by, "=", l), ...)
    stopifnot(isTRUE(all.equal(unname(q[, 1]), unname(unlist(coef(bq)[paste0(l, ":", v, ".", probs)])))),
              isTRUE(all.equal(unname(q[, 4]), unname(unlist(SE(bq)[l, ])))))
  }
}
# --weights pw --strata stype --fpc fpc --quantiles 0.25,0.5,0.75 --items api00,enroll --by awards
quantBy("strat_quantiles_by", ds, "api00", "awards", "qrule=math, interval=mean")
quantBy("strat_quantiles_by", ds, "enroll", "awards", "qrule=math, interval=mean")
# --cluster dnum --weights pw --fpc fpc --domain sch.wide=Yes --quantiles 0.25,0.5,0.75
# --quantile-interval beta --items api00 --by stype
quantBy("clus1_Yes_quantiles_by", subset(dc, sch.wide == "Yes"), "api00", "stype",
        "qrule=math, interval=beta", interval.type = "beta")

res <- do.call(rbind, rows)
write.csv(res, file.path(out, "analyze-estimands-reference.csv"), row.names = FALSE, quote = TRUE)
cat("wrote", nrow(res), "rows\n")
