# Expected values for org.tripart.stats.design's quantiles (Quantiles, ReplicateQuantiles), from
# R's survey 4.1.1 svyquantile (survey >= 4.1: interval.type = "mean", qrule = "math" by default).
# Run from the repository root:  Rscript src/test/r/quantile-reference.R
# Reads the api CSVs design-reference.R wrote (and the replicate columns replicate-reference.R
# wrote); writes to src/test/resources/org/tripart/stats/design/quantiles/: api99.csv (the api99
# column the other CSVs lack, by data set and row) and quantile-reference.csv (case, p, quantile,
# lower, upper, se, df with 17 significant digits; "error" rows where R fails). R computes every
# number from the CSVs as read back, so R and Java see the same doubles.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE,
        survey.ultimate.cluster = FALSE, survey.replicates.mse = FALSE)
base <- "src/test/resources/org/tripart/stats/design"
out <- file.path(base, "quantiles")
stopifnot(dir.exists(out))
g17 <- function(x) ifelse(is.na(x), "NaN", sprintf("%.17g", x))
data(api)
readApi <- function(name) {
  read.csv(file.path(base, name), colClasses = c(cds = "character"), stringsAsFactors = FALSE)
}
strat <- readApi("apistrat.csv")
clus1 <- readApi("apiclus1.csv")
clus2 <- readApi("apiclus2.csv")
stopifnot(identical(strat$cds, apistrat$cds), identical(clus1$cds, apiclus1$cds),
          identical(clus2$cds, apiclus2$cds))
a99 <- rbind(data.frame(data = "apistrat", row = seq_len(nrow(strat)), cds = strat$cds, api99 = apistrat$api99),
             data.frame(data = "apiclus1", row = seq_len(nrow(clus1)), cds = clus1$cds, api99 = apiclus1$api99),
             data.frame(data = "apiclus2", row = seq_len(nrow(clus2)), cds = clus2$cds, api99 = apiclus2$api99))
a99$api99 <- ifelse(is.na(a99$api99), "", g17(a99$api99))
write.csv(a99, file.path(out, "api99.csv"), row.names = FALSE, quote = TRUE)
a99 <- read.csv(file.path(out, "api99.csv"), colClasses = c(cds = "character"), stringsAsFactors = FALSE)
strat$api99 <- a99$api99[a99$data == "apistrat"]
clus1$api99 <- a99$api99[a99$data == "apiclus1"]
clus2$api99 <- a99$api99[a99$data == "apiclus2"]
# a stratum with one PSU: the first school of apistrat alone in stratum "L" (as design-reference.R)
strat$lst <- strat$stype
strat$lst[1] <- "L"
# zero weights: every seventh school of apistrat weighs 0
strat$zpw <- ifelse(seq_len(nrow(strat)) %% 7 == 0, 0, strat$pw)
# missing values: api99 of every fifth school of apiclus1 is removed (enroll of apiclus2 has NAs)
clus1$api99m <- ifelse(seq_len(nrow(clus1)) %% 5 == 0, NA, clus1$api99)

rows <- list()
put <- function(case, p, r) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, p = g17(p), quantile = g17(r[, 1]),
                                          lower = g17(r[, 2]), upper = g17(r[, 3]),
                                          se = g17(r[, 4]), df = g17(r[, 5]))
}
probs <- c(0.1, 0.25, 0.5, 0.75, 0.9)
run <- function(case, formula, design, ...) {
  q <- tryCatch(svyquantile(formula, design, quantiles = probs, ci = TRUE, na.rm = TRUE, ...),
                error = function(e) e)
  if (inherits(q, "error")) {
    rows[[length(rows) + 1]] <<- data.frame(case = case, p = "error", quantile = "", lower = "",
                                            upper = "", se = "", df = "")
    return(invisible())
  }
  m <- q[[1]]
  nas <- is.na(model.frame(design)[[all.vars(formula)]])
  put(case, probs, cbind(m[, 1], m[, 2], m[, 3], m[, 4], degf(design[!nas, ])))
}
designs <- list(
  strat = svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat),
  stratclus = svydesign(ids = ~dnum, strata = ~stype, weights = ~pw, nest = TRUE, data = strat),
  strat_zero = svydesign(ids = ~1, strata = ~stype, weights = ~zpw, fpc = ~fpc, data = strat),
  clus1 = svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1),
  clus2 = svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = clus2))
pop.types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
designs$ps <- postStratify(designs$clus1, ~stype, pop.types)
intervals <- c("mean", "beta", "xlogit", "asin", "score")
for (name in names(designs)) {
  d <- designs[[name]]
  vars <- c("enroll", "api00", "api99", if (name %in% c("clus1", "ps")) "api99m")
  for (v in vars) {
    f <- as.formula(paste0("~", v))
    for (it in intervals) {
      run(paste0(name, "/", v, "/", it, "/math"), f, d, interval.type = it)
      run(paste0(name, "/", v, "/", it, "/hf7"), f, d, interval.type = it, qrule = "hf7")
    }
    for (dom in c("awards", "H")) {
      dd <- if (dom == "awards") subset(d, awards == "Yes") else subset(d, stype == "H")
      for (it in c("mean", "beta", "score")) {
        run(paste0(name, "/", dom, "/", v, "/", it, "/math"), f, dd, interval.type = it)
        run(paste0(name, "/", dom, "/", v, "/", it, "/hf7"), f, dd, interval.type = it, qrule = "hf7")
      }
    }
  }
}
# every other rule R offers, on a stratified, a two-stage (with missing values) and a calibrated design
rules <- c("school", "shahvaish", paste0("hf", c(1:6, 8:9)))  # math and hf7 are above
for (name in c("strat", "clus2", "ps", "strat_zero")) {
  for (v in c("enroll", "api00")) {
    for (rule in rules) {
      for (it in c("mean", "xlogit")) {
        run(paste0(name, "/", v, "/", it, "/", rule), as.formula(paste0("~", v)), designs[[name]],
            interval.type = it, qrule = rule)
      }
    }
  }
}
# a lonely PSU under each rule that gives a variance
for (opt in c("adjust", "average", "remove", "certainty")) {
  options(survey.lonely.psu = opt)
  d <- svydesign(ids = ~1, strata = ~lst, weights = ~pw, data = strat)
  for (it in c("mean", "beta")) {
    run(paste0("lonely_", opt, "/api00/", it, "/math"), ~api00, d, interval.type = it)
    run(paste0("lonely_", opt, "/M/api00/", it, "/hf7"), ~api00, subset(d, stype == "M"),
        interval.type = it, qrule = "hf7")
  }
}
options(survey.lonely.psu = "fail")
# 0 and 1 and the limits that fall outside [0, 1]
for (rule in c("math", "hf7", "hf4")) {
  q <- svyquantile(~api00, designs$strat, quantiles = c(0, 1), ci = TRUE, qrule = rule)[[1]]
  put(paste0("strat/api00/ends/", rule), c(0, 1), cbind(q[, 1], q[, 2], q[, 3], q[, 4], degf(designs$strat)))
}

# replicate designs: JK1 of apiclus1, R's bootstrap draws of apiclus1, the SDR columns of apistrat
rep <- file.path(base, "replicate")
readCsv <- function(name) as.matrix(read.csv(file.path(rep, name)))
dclus1n <- svydesign(ids = ~dnum, weights = ~pw, data = clus1)
set.seed(20261207)
b <- as.svrepdesign(dclus1n, type = "bootstrap", replicates = 50, compress = TRUE)
b$repweights$weights <- readCsv("clus1-bootstrap.csv"); b$degf <- NULL; b$degf <- degf(b)
rw <- readCsv("strat-sdr80.csv")
repdesigns <- list(
  clus1_jk1 = as.svrepdesign(designs$clus1, type = "JK1"),
  clus1_boot = b,
  sdr = svrepdesign(data = strat, repweights = rw, weights = ~pw, type = "successive-difference"),
  sdr_mse = svrepdesign(data = strat, repweights = rw, weights = ~pw, type = "successive-difference",
                        mse = TRUE))
for (name in names(repdesigns)) {
  d <- repdesigns[[name]]
  vars <- c("enroll", "api00", if (name %in% c("clus1_jk1", "clus1_boot")) "api99m")
  for (v in vars) {
    f <- as.formula(paste0("~", v))
    for (it in c("mean", "beta", "quantile")) {
      for (rule in c("math", "hf7", "school", "hf4")) {
        run(paste0("rep/", name, "/", v, "/", it, "/", rule), f, d, interval.type = it, qrule = rule)
      }
    }
    dd <- subset(d, awards == "Yes")
    for (it in c("mean", "quantile")) {
      run(paste0("rep/", name, "/awards/", v, "/", it, "/math"), f, dd, interval.type = it)
      run(paste0("rep/", name, "/awards/", v, "/", it, "/hf7"), f, dd, interval.type = it, qrule = "hf7")
    }
  }
}
res <- do.call(rbind, rows)
write.csv(res, file.path(out, "quantile-reference.csv"), row.names = FALSE, quote = TRUE)
cat("wrote", nrow(res), "rows,", sum(res$p == "error"), "errors\n")
