# Expected values for org.tripart.stats tests, computed independently of the Java code.
# Run from the repository root:
#   Rscript src/test/r/stats-reference.R > src/test/resources/org/tripart/stats/reference.csv
# Output: kind,input,quantity,expected  (one expected number per line, 17 significant digits)
#   wilson  input "x/n@confidence"     prop.test(x, n, conf.level, correct = FALSE)$conf.int
#   chisq   input "a b;c d" (rows ;)   chisq.test(m, correct = FALSE) after dropping empty rows/columns
#   summary input "v1 v2 ..."          mean, sd, min, quantile(type = 7), max

options(warn = -1)
out <- function(kind, input, quantity, value) {
  cat(kind, ",", input, ",", quantity, ",", sprintf("%.17g", value), "\n", sep = "")
}
cat("kind,input,quantity,expected\n")

wilson <- list(
  c(3, 10, 0.95), c(0, 10, 0.95), c(10, 10, 0.95), c(1, 1, 0.95), c(50, 100, 0.90),
  c(7, 23, 0.99), c(3703, 5142, 0.95), c(1, 3, 0.95), c(2, 5, 0.95), c(4, 5, 0.95),
  c(2, 4, 0.95), c(3, 4, 0.95), c(1, 2, 0.95), c(6, 10, 0.95), c(5, 6, 0.95), c(999999, 1e6, 0.95)
)
for (w in wilson) {
  ci <- prop.test(w[1], w[2], conf.level = w[3], correct = FALSE)$conf.int
  input <- sprintf("%d/%d@%s", as.integer(w[1]), as.integer(w[2]), format(w[3]))
  out("wilson", input, "low", ci[1])
  out("wilson", input, "high", ci[2])
}

tables <- list(
  "12 5;7 9",
  "20 15 10 5;10 15 20 25;5 5 5 5",
  "10 20 0;0 0 0;5 15 0",
  "500 100;100 500",
  "3 1;1 3",
  "2 1 0;1 1 1",
  "4 1;2 3"
)
for (t in tables) {
  rows <- lapply(strsplit(strsplit(t, ";")[[1]], " "), as.numeric)
  m <- do.call(rbind, rows)
  m <- m[rowSums(m) > 0, colSums(m) > 0, drop = FALSE]
  r <- chisq.test(m, correct = FALSE)
  out("chisq", t, "statistic", unname(r$statistic))
  out("chisq", t, "df", unname(r$parameter))
  out("chisq", t, "p_value", r$p.value)
  out("chisq", t, "n", sum(m))
  out("chisq", t, "min_expected", min(r$expected))
  out("chisq", t, "cells_below_five", sum(r$expected < 5))
}

samples <- list("1 2 3 4 10", "2.5 7 7 8 1 3", "42", "0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9 1.7 -3")
for (s in samples) {
  x <- as.numeric(strsplit(s, " ")[[1]])
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
  out("summary", s, "mean", mean(x))
  out("summary", s, "sd", if (length(x) > 1) sd(x) else NaN)
  out("summary", s, "min", min(x))
  out("summary", s, "q1", q[1])
  out("summary", s, "median", q[2])
  out("summary", s, "q3", q[3])
  out("summary", s, "max", max(x))
}
