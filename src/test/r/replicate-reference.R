# Expected values for org.tripart.stats.design's replicate-weight designs, from R's survey 4.1.1.
# Run from the repository root:  Rscript src/test/r/replicate-reference.R
# Reads the api CSVs design-reference.R wrote; writes to
# src/test/resources/org/tripart/stats/design/replicate/: the bootstrap multipliers R drew
# (R's RNG, so Java takes them as input), replicate weight columns for svrepdesign cases, and
# replicate-reference.csv (case, quantity, value with 17 significant digits). R computes every
# number from the CSVs as read back, so R and Java see the same doubles.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.replicates.mse = FALSE)
base <- "src/test/resources/org/tripart/stats/design"
out <- file.path(base, "replicate")
stopifnot(dir.exists(out))
g17 <- function(x) sprintf("%.17g", x)
readApi <- function(name) {
  d <- read.csv(file.path(base, name), colClasses = c(cds = "character"), stringsAsFactors = FALSE)
  d$sw <- as.numeric(d$sch.wide == "Yes")
  d
}
strat <- readApi("apistrat.csv")
clus1 <- readApi("apiclus1.csv")
rows <- list()
put <- function(case, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, quantity = quantity, value = g17(value))
}
putAll <- function(case, d) {
  m <- svymean(~api00, d); put(case, "mean_api00", coef(m)); put(case, "mean_api00_se", SE(m))
  t <- svytotal(~enroll, d, na.rm = TRUE)
  put(case, "total_enroll", coef(t)); put(case, "total_enroll_se", SE(t))
  p <- svymean(~factor(stype), d)
  for (i in seq_along(coef(p))) {
    put(case, paste0("prop_stype", i), coef(p)[i]); put(case, paste0("prop_stype", i, "_se"), SE(p)[i])
  }
  s <- subset(d, stype == "E")
  m <- svymean(~api00, s); put(case, "domainE_api00", coef(m)); put(case, "domainE_api00_se", SE(m))
  m <- svymean(~sw, s); put(case, "domainE_sw", coef(m)); put(case, "domainE_sw_se", SE(m))
  for (method in c("mean", "xlogit", "logit")) {
    ci <- svyciprop(~sw, d, method = method)
    put(case, paste0("ci_", method, "_lower"), attr(ci, "ci")[1])
    put(case, paste0("ci_", method, "_upper"), attr(ci, "ci")[2])
    ci <- svyciprop(~sw, s, method = method)
    put(case, paste0("ciE_", method, "_lower"), attr(ci, "ci")[1])
    put(case, paste0("ciE_", method, "_upper"), attr(ci, "ci")[2])
  }
  x <- svychisq(~stype + sch.wide, d)
  x1 <- svychisq(~stype + sch.wide, d, statistic = "Chisq")
  put(case, "chisq_f", x$statistic); put(case, "chisq_ndf", x$parameter[1])
  put(case, "chisq_ddf", x$parameter[2]); put(case, "chisq_p", x$p.value)
  put(case, "chisq_p1", x1$p.value)
  put(case, "degfE", degf(s))
  put(case, "degf", degf(d))
  put(case, "scale", d$scale)
}
writeCsv <- function(m, name) {
  m <- as.data.frame(unclass(m))
  for (c in names(m)) m[[c]] <- g17(m[[c]])
  write.csv(m, file.path(out, name), row.names = FALSE, quote = FALSE)
}
readCsv <- function(name) as.matrix(read.csv(file.path(out, name)))

dclus1 <- svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1)
dclus1n <- svydesign(ids = ~dnum, weights = ~pw, data = clus1)
dstrat <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat)
dstratn <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = strat)
for (mse in c(FALSE, TRUE)) {
  tag <- if (mse) "/mse" else ""
  putAll(paste0("clus1_jk1", tag), as.svrepdesign(dclus1, type = "JK1", mse = mse))
  putAll(paste0("clus1n_jk1", tag), as.svrepdesign(dclus1n, type = "JK1", mse = mse))
  putAll(paste0("strat_jkn", tag), as.svrepdesign(dstrat, type = "JKn", mse = mse))
  putAll(paste0("stratn_jkn", tag), as.svrepdesign(dstratn, type = "JKn", mse = mse))
}
# bootstrap: R's draws (PSU x replicate multipliers) are exported and read back
set.seed(20261207)
b <- as.svrepdesign(dclus1n, type = "bootstrap", replicates = 50, compress = TRUE)
writeCsv(b$repweights$weights, "clus1-bootstrap.csv")
sb <- as.svrepdesign(dstratn, type = "subbootstrap", replicates = 40, compress = TRUE)
writeCsv(sb$repweights$weights, "strat-subbootstrap.csv")
bw <- readCsv("clus1-bootstrap.csv"); sbw <- readCsv("strat-subbootstrap.csv")
for (mse in c(FALSE, TRUE)) {
  tag <- if (mse) "/mse" else ""
  b2 <- b; b2$repweights$weights <- bw; b2$mse <- mse; b2$degf <- NULL; b2$degf <- degf(b2)
  putAll(paste0("clus1_boot", tag), b2)
  s2 <- sb; s2$repweights$weights <- sbw; s2$mse <- mse; s2$degf <- NULL; s2$degf <- degf(s2)
  putAll(paste0("stratn_subboot", tag), s2)
}
# svrepdesign from columns: 80 SDR-style multipliers on apistrat, combined with pw
set.seed(7)
mult <- matrix(sample(c(1 - sqrt(2) / 2, 1 + sqrt(2) / 2, 1), nrow(strat) * 80, replace = TRUE,
                      prob = c(0.45, 0.45, 0.1)), nrow(strat), 80)
colnames(mult) <- paste0("rep", 1:80)
writeCsv(mult * strat$pw, "strat-sdr80.csv")
rw <- readCsv("strat-sdr80.csv")
jk <- as.svrepdesign(dclus1n, type = "JK1", compress = FALSE)
jkw <- weights(jk, "analysis"); colnames(jkw) <- paste0("jk", seq_len(ncol(jkw)))
writeCsv(jkw, "clus1-jk1-analysis.csv")
jkw <- readCsv("clus1-jk1-analysis.csv")
quiet <- function(e) suppressWarnings(e)
for (mse in c(FALSE, TRUE)) {
  tag <- if (mse) "/mse" else ""
  putAll(paste0("sdr", tag), svrepdesign(data = strat, repweights = rw, weights = ~pw,
                                        type = "successive-difference", mse = mse))
  putAll(paste0("acs", tag), svrepdesign(data = strat, repweights = rw, weights = ~pw, type = "ACS", mse = mse))
  putAll(paste0("brr", tag), svrepdesign(data = strat, repweights = rw, weights = ~pw, type = "BRR", mse = mse))
  putAll(paste0("fay", tag), svrepdesign(data = strat, repweights = rw, weights = ~pw, type = "Fay",
                                        rho = 0.3, mse = mse))
  putAll(paste0("bootcols", tag), svrepdesign(data = strat, repweights = rw, weights = ~pw,
                                             type = "bootstrap", mse = mse))
  putAll(paste0("other", tag), svrepdesign(data = strat, repweights = rw, weights = ~pw, type = "other",
                                          scale = 0.7, rscales = seq(0.5, 1.29, by = 0.01)[1:80], mse = mse))
  putAll(paste0("jkncols", tag), svrepdesign(data = clus1, repweights = jkw, weights = ~pw, type = "JKn",
                                            rscales = rep(c(0.9, 0.95), length.out = 15), mse = mse))
  putAll(paste0("multipliers", tag), quiet(svrepdesign(data = strat, repweights = rw / strat$pw,
                                          weights = ~pw, type = "other", scale = 0.05,
                                          combined.weights = FALSE, mse = mse)))
  putAll(paste0("jk1cols", tag), quiet(svrepdesign(data = clus1, repweights = jkw, weights = ~pw,
                                                type = "JK1", mse = mse)))
  putAll(paste0("jk1mult", tag), quiet(svrepdesign(data = clus1, repweights = jkw / clus1$pw,
                                                weights = ~pw, type = "JK1",
                                                combined.weights = FALSE, mse = mse)))
  putAll(paste0("jknmult", tag), quiet(svrepdesign(data = clus1, repweights = jkw / clus1$pw,
                                                weights = ~pw, type = "JKn",
                                                combined.weights = FALSE, mse = mse)))
}
# calibration on every replicate: post-stratified JK1 of apiclus1, raked SDR columns of apistrat
popStype <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
popSw <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1300, 4894))
for (mse in c(FALSE, TRUE)) {
  tag <- if (mse) "/mse" else ""
  putAll(paste0("clus1_jk1_ps", tag),
         postStratify(as.svrepdesign(dclus1, type = "JK1", mse = mse), ~stype, popStype))
  sdrd <- svrepdesign(data = strat, repweights = rw, weights = ~pw, type = "successive-difference", mse = mse)
  putAll(paste0("sdr_rake", tag), rake(sdrd, list(~stype, ~sch.wide), list(popStype, popSw)))
  putAll(paste0("sdr_ps", tag), postStratify(sdrd, ~sch.wide, popSw))
}
# BRR and Fay's BRR by as.svrepdesign: the half-samples of brrweights' Hadamard matrices. apistrat's
# strata of 100/50/50 schools are split into 100 pairs (R's large = "split"), the FPC dropped
for (mse in c(FALSE, TRUE)) {
  tag <- if (mse) "/mse" else ""
  putAll(paste0("stratn_brr", tag), as.svrepdesign(dstratn, type = "BRR", mse = mse))
  putAll(paste0("stratn_fay", tag), as.svrepdesign(dstratn, type = "Fay", fay.rho = 0.3, mse = mse))
  putAll(paste0("strat_fay_rake", tag), rake(as.svrepdesign(dstratn, type = "Fay", fay.rho = 0.3,
                                                           mse = mse),
                                            list(~stype, ~sch.wide), list(popStype, popSw)))
}
putAll("strat_brr", suppressWarnings(as.svrepdesign(dstrat, type = "BRR")))
halfSamples <- function(name, b) {
  data.frame(case = name, psu = seq_len(nrow(b$repweights$weights)),
             multipliers = apply(b$repweights$weights, 1, paste, collapse = ""))
}
halves <- list(stratn = halfSamples("stratn", as.svrepdesign(dstratn, type = "BRR")))
# designs of chosen numbers of pairs, one per way survey:::hadamard finds its matrix (precooked 4,
# 16, 28, 36; doubled; Paley from a prime; Paley doubled; NULL from paley, then doubled), PSUs of
# one or two rows met in shuffled order, strata labelled so that sorting differs from appearance
set.seed(20261208)
pairCases <- list(pairs1 = 2, pairs3 = rep(2, 3), pairs6 = rep(2, 6), pairs13 = rep(2, 13),
                  pairs25 = rep(2, 25), pairs33 = rep(2, 33), pairs40 = rep(2, 40),
                  pairs45 = rep(2, 45), pairs48 = rep(2, 48), pairs60 = rep(2, 60),
                  pairs89 = rep(2, 89), split = c(4, 2, 6, 2, 8, 2),
                  mixedcase = c(2, 4, 2, 2, 2, 2, 2, 2))
pairData <- do.call(rbind, lapply(names(pairCases), function(name) {
  sizes <- pairCases[[name]]
  k <- length(sizes)
  labels <- if (name == "mixedcase") c("b", "B", "a", "A", "s10", "s2", "Z", "z1") else paste0("s", 1:k)
  st <- rep(sample(labels), sizes)
  id <- sample(length(st))
  nrows <- sample(1:2, length(st), replace = TRUE)
  d <- data.frame(case = name, stratum = rep(st, nrows), psu = rep(id, nrows))
  d <- d[sample(nrow(d)), ]
  d$w <- round(runif(nrow(d), 1, 20), 3)
  d$y <- round(rnorm(nrow(d), 50, 10), 3)
  d
}))
write.csv(pairData, file.path(out, "brr-pairs.csv"), row.names = FALSE, quote = FALSE)
pairData <- read.csv(file.path(out, "brr-pairs.csv"), colClasses = c(stratum = "character"))
for (name in names(pairCases)) {
  d <- pairData[pairData$case == name, ]
  des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
  b <- as.svrepdesign(des, type = "BRR")
  halves[[name]] <- halfSamples(name, b)
  put(name, "replicates", ncol(b$repweights$weights))
  put(name, "degf", degf(b))
  m <- svymean(~y, b); put(name, "mean_y", coef(m)); put(name, "mean_y_se", SE(m))
  t <- svytotal(~y, b); put(name, "total_y", coef(t)); put(name, "total_y_se", SE(t))
  f <- as.svrepdesign(des, type = "Fay", fay.rho = 0.3)
  m <- svymean(~y, f); put(name, "fay_mean_y_se", SE(m))
  put(name, "fay_scale", f$scale)
}
write.csv(do.call(rbind, halves), file.path(out, "brr-pairs-multipliers.csv"), row.names = FALSE,
          quote = FALSE)
write.csv(do.call(rbind, rows), file.path(out, "replicate-reference.csv"), row.names = FALSE)
