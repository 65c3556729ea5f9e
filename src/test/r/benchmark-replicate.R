# R's side of ReplicateBenchmark: 260 proportions under 80 successive-difference replicates.
# Run once, by hand:  Rscript src/test/r/benchmark-replicate.R [rows]   (default 1,000,000)
# Synthetic data of the same shape as the Java benchmark (not the same draws: timing only).
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
n <- if (length(args)) as.integer(args[1]) else 1000000L
set.seed(11)
w <- 50 + runif(n) * 100
f <- c(1 - sqrt(2) / 2, 1 + sqrt(2) / 2, 1)
rw <- matrix(f[sample.int(3, n * 80, replace = TRUE)], n, 80) * w
p <- 0.05 + 0.9 * ((0:259) %% 26) / 26
x <- as.data.frame(sapply(p, function(pi) as.numeric(runif(n) < pi)))
names(x) <- paste0("y", 1:260)
x$w <- w
d <- svrepdesign(data = x, repweights = rw, weights = ~w, type = "successive-difference")
form <- as.formula(paste("~", paste(names(x)[1:260], collapse = "+")))
t <- system.time(m <- svymean(form, d))
cat(sprintf("R: 260 proportions x 80 replicates x %d rows: %.2f s elapsed (first %.6f se %.6g)\n",
            n, t[["elapsed"]], coef(m)[1], SE(m)[1]))
print(gc())
