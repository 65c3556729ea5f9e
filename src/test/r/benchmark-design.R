# R side of org.tripart.bench.DesignComparison: all 260 proportions with Taylor SEs from a
# stratified cluster design with weights, one svymean per 0/1 indicator (na.rm = TRUE).
# Usage: Rscript src/test/r/benchmark-design.R DATA.csv OUT.csv
# OUT.csv: name,estimate,se (17 significant digits), then rows _read_seconds and
# _estimate_seconds (design + all svymean calls) in the estimate column.
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 2)
t0 <- proc.time()[["elapsed"]]
d <- read.csv(args[1], stringsAsFactors = FALSE)
t1 <- proc.time()[["elapsed"]]
singles <- grep("^q[0-9]+$", names(d), value = TRUE)
multis <- grep("___", names(d), value = TRUE)
ind <- list()
for (q in singles) {
  for (k in sort(unique(d[[q]][!is.na(d[[q]])]))) {
    ind[[paste0(q, "=", k)]] <- as.numeric(d[[q]] == k)
  }
}
for (m in multis) {
  ind[[sub("___", "=", m)]] <- d[[m]]
}
x <- cbind(d[, c("stratum", "cluster", "w")], as.data.frame(ind, check.names = FALSE))
names(x) <- c("stratum", "cluster", "w", paste0("v", seq_along(ind)))
t2 <- proc.time()[["elapsed"]]
des <- svydesign(ids = ~cluster, strata = ~stratum, weights = ~w, nest = TRUE, data = x)
est <- numeric(length(ind))
se <- numeric(length(ind))
for (i in seq_along(ind)) {
  m <- svymean(as.formula(paste0("~v", i)), des, na.rm = TRUE)
  est[i] <- coef(m)[1]
  se[i] <- SE(m)[1]
}
t3 <- proc.time()[["elapsed"]]
g17 <- function(v) sprintf("%.17g", v)
out <- data.frame(name = c(names(ind), "_read_seconds", "_estimate_seconds"),
                  estimate = c(g17(est), g17(t1 - t0), g17(t3 - t2)),
                  se = c(g17(se), "", ""))
write.csv(out, args[2], row.names = FALSE, quote = TRUE)
