# R side of org.tripart.bench.ReplicateComparison: 260 proportions (40 single-choice items of 4
# codes, 20 multiple-choice items of 5 options) under 80 successive-difference replicate weights,
# ACS-style: svrepdesign(type = "successive-difference", combined weights, scale 4/80, rscales 1,
# mse = TRUE, i.e. variances about the full-sample estimate as the ACS documents them). One svymean
# per item over its 0/1 indicators with na.rm = TRUE (respondents who answered the item).
# Usage: Rscript src/test/r/benchmark-sdr.R DATA.csv OUT.csv
# OUT.csv: name,estimate,se (17 significant digits), then rows _read_seconds and
# _estimate_seconds (svrepdesign + all svymean calls) in the estimate column.
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 2)
t0 <- proc.time()[["elapsed"]]
d <- read.csv(args[1], stringsAsFactors = FALSE)
t1 <- proc.time()[["elapsed"]]
singles <- grep("^q[0-9]+$", names(d), value = TRUE)
multis <- unique(sub("___.*", "", grep("___", names(d), value = TRUE)))
repw <- grep("^repw[0-9]+$", names(d), value = TRUE)
stopifnot(length(repw) == 80)
ind <- list()
groups <- list()
for (q in singles) {
  vars <- character(0)
  for (k in sort(unique(d[[q]][!is.na(d[[q]])]))) {
    name <- paste0(q, "=", k)
    ind[[name]] <- as.numeric(d[[q]] == k)
    vars <- c(vars, name)
  }
  groups[[q]] <- vars
}
for (m in multis) {
  vars <- character(0)
  for (col in grep(paste0("^", m, "___"), names(d), value = TRUE)) {
    name <- sub("___", "=", col)
    ind[[name]] <- d[[col]]
    vars <- c(vars, name)
  }
  groups[[m]] <- vars
}
x <- as.data.frame(ind, check.names = FALSE)
v <- paste0("v", seq_along(ind))
key <- setNames(v, names(ind))
names(x) <- v
x$w <- d$w
rw <- as.matrix(d[, repw])
rm(d)
t2 <- proc.time()[["elapsed"]]
des <- svrepdesign(data = x, repweights = rw, weights = ~w, type = "successive-difference",
                   combined.weights = TRUE, mse = TRUE)
est <- numeric(0)
se <- numeric(0)
for (g in groups) {
  m <- svymean(as.formula(paste("~", paste(key[g], collapse = "+"))), des, na.rm = TRUE)
  est <- c(est, setNames(coef(m), g))
  se <- c(se, setNames(SE(m), g))
}
t3 <- proc.time()[["elapsed"]]
g17 <- function(v) sprintf("%.17g", v)
out <- data.frame(name = c(names(est), "_read_seconds", "_estimate_seconds"),
                  estimate = c(g17(est), g17(t1 - t0), g17(t3 - t2)),
                  se = c(g17(se), "", ""))
write.csv(out, args[2], row.names = FALSE, quote = TRUE)
