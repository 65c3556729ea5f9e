# What R's survey 4.1.1 says when svyquantile runs on a replicate-weight design
# (svyquantile.svyrep.design), and its numbers there, for org.tripart.cli.QuantileAnalyzeCommandTest.
# svyquantile.svyrep.design warns "Jackknife replicate weights may not give valid standard errors
# for quantiles" when design$type is JK1 or JKn and interval.type = "quantile", and gives the
# message "Not all replicate weight designs give valid standard errors for quantiles." when the
# type is "other" and interval.type = "quantile"; with interval.type = "mean", or another type, it
# says nothing. Each case is the R equivalent of one command of the test:
#   jk1    as.svrepdesign(svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1), "JK1")
#   jkn    as.svrepdesign(svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc,
#          data = strat), "JKn")
#   other  svrepdesign(data = strat, repweights = "repw[0-9]+", weights = ~pw, type = "other",
#          scale = 0.05, rscales = 1)
#   sdr    the same columns, type = "successive-difference"
# on the data the commands read (src/test/resources/org/tripart/analysis/replicate/, written by
# analyze-replicate-reference.R), svyquantile(~api00, design, c(0.1, 0.25, 0.5, 0.75, 0.9),
# ci = TRUE, na.rm = TRUE, interval.type) for interval.type "mean" and "quantile".
# Run from the repository root:  Rscript src/test/r/quantile-notes-reference.R
# Writes to src/test/resources/org/tripart/stats/design/quantiles/: quantile-notes-reference.csv
# (case, interval, condition: warning, message or none, text: R's words) and
# quantile-replicate-reference.csv (case "<case>/api00/<interval>", p, quantile, lower, upper, se,
# df with 17 significant digits, as quantile-reference.csv).
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.replicates.mse = FALSE)
data <- "src/test/resources/org/tripart/analysis/replicate"
out <- "src/test/resources/org/tripart/stats/design/quantiles"
g17 <- function(x) ifelse(is.na(x), "NaN", sprintf("%.17g", x))
readData <- function(name) {
  d <- read.csv(file.path(data, name), colClasses = c(cds = "character"), stringsAsFactors = FALSE)
  for (v in c("stype", "sch.wide", "awards")) d[[v]] <- factor(d[[v]])
  d
}
strat <- readData("strat-sdr.csv")
clus1 <- readData("clus1.csv")
designs <- list(
  jk1 = as.svrepdesign(svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1), type = "JK1"),
  jkn = as.svrepdesign(svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat),
                       type = "JKn"),
  other = svrepdesign(data = strat, repweights = "repw[0-9]+", weights = ~pw, type = "other",
                      scale = 0.05, rscales = 1),
  sdr = svrepdesign(data = strat, repweights = "repw[0-9]+", weights = ~pw,
                    type = "successive-difference"))
probs <- c(0.1, 0.25, 0.5, 0.75, 0.9)
notes <- list()
numbers <- list()
for (case in names(designs)) {
  d <- designs[[case]]
  for (it in c("mean", "quantile")) {
    said <- list(condition = "none", text = "")
    q <- withCallingHandlers(
      svyquantile(~api00, d, probs, ci = TRUE, na.rm = TRUE, interval.type = it),
      warning = function(w) {
        said <<- list(condition = "warning", text = conditionMessage(w))
        invokeRestart("muffleWarning")
      },
      message = function(m) {
        said <<- list(condition = "message", text = sub("\n$", "", conditionMessage(m)))
        invokeRestart("muffleMessage")
      })
    notes[[length(notes) + 1]] <- data.frame(case = case, interval = it,
                                             condition = said$condition, text = said$text)
    m <- q[[1]]
    numbers[[length(numbers) + 1]] <- data.frame(
      case = paste0(case, "/api00/", it), p = g17(probs), quantile = g17(m[, 1]),
      lower = g17(m[, 2]), upper = g17(m[, 3]), se = g17(m[, 4]), df = g17(degf(d)))
  }
}
write.csv(do.call(rbind, notes), file.path(out, "quantile-notes-reference.csv"), row.names = FALSE)
write.csv(do.call(rbind, numbers), file.path(out, "quantile-replicate-reference.csv"),
          row.names = FALSE)
cat("wrote", length(notes), "cases\n")
