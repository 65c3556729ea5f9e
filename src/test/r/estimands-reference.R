# Expected values for org.tripart.stats.design totals, ratios, svyby/svycontrast and calibrate,
# computed with R's survey package from the api CSVs design-reference.R exported.
# Run from the repository root:  Rscript src/test/r/estimands-reference.R
# Writes src/test/resources/org/tripart/stats/design/estimands/estimands-reference.csv
# (case, quantity, value with 17 significant digits).
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE,
        survey.ultimate.cluster = FALSE)
src <- "src/test/resources/org/tripart/stats/design"
out <- file.path(src, "estimands")
dir.create(out, showWarnings = FALSE)
g17 <- function(x) sprintf("%.17g", x)
readApi <- function(name) {
  d <- read.csv(file.path(src, name), colClasses = c(cds = "character"), stringsAsFactors = FALSE)
  d$stype <- factor(d$stype, levels = c("E", "H", "M"))
  d
}
strat <- readApi("apistrat.csv")
clus1 <- readApi("apiclus1.csv")
clus2 <- readApi("apiclus2.csv")
designs <- list(
  strat = svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat),
  clus1 = svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1),
  clus2 = svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = clus2))

rows <- list()
put <- function(case, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, quantity = quantity, value = g17(value))
}
putTotal <- function(case, formula, design) {
  t <- svytotal(formula, design, na.rm = TRUE, deff = TRUE)
  put(case, "estimate", coef(t)[1])
  put(case, "se", SE(t)[1])
  put(case, "deff", deff(t)[1])
}
putRatio <- function(case, design) {
  r <- svyratio(~api00, ~enroll, design, na.rm = TRUE)
  put(case, "estimate", coef(r)[1])
  put(case, "se", SE(r)[1])
}
for (name in names(designs)) {
  d <- designs[[name]]
  putTotal(paste0("total/", name, "/enroll"), ~enroll, d)
  putTotal(paste0("total/", name, "/api00"), ~api00, d)
  putRatio(paste0("ratio/", name), d)
  putTotal(paste0("total/", name, "/awards/api00"), ~api00, subset(d, awards == "Yes"))
  putRatio(paste0("ratio/", name, "/awards"), subset(d, awards == "Yes"))
  b <- svyby(~api00, ~stype, d, svymean, covmat = TRUE)
  v <- vcov(b)
  stopifnot(identical(as.character(b$stype), c("E", "H", "M")))
  for (i in 1:3) {
    l <- c("E", "H", "M")[i]
    put(paste0("by/", name, "/", l), "estimate", coef(b)[i])
    put(paste0("by/", name, "/", l), "se", SE(b)[i])
    for (m in c("E", "H", "M")) put(paste0("by/", name, "/", l), paste0("cov_", m), v[l, m])
  }
  c <- svycontrast(b, c(E = -1, H = 0, M = 1))
  put(paste0("contrast/", name, "/M-E"), "estimate", coef(c)[1])
  put(paste0("contrast/", name, "/M-E"), "se", SE(c)[1])
}
# calibration of the one-stage cluster sample to the known school counts by type
pop <- c(`(Intercept)` = 6194, stypeH = 755, stypeM = 1018)
# a total of meals 3% above the sample's own estimate, so that the bounds bind for some schools
mealsTotal <- unname(round(1.03 * coef(svytotal(~meals, designs$clus1))))
put("calibrate/bounded", "population_meals", mealsTotal)
cals <- list(
  linear = calibrate(designs$clus1, ~stype, pop),
  raking = calibrate(designs$clus1, ~stype, pop, calfun = "raking"),
  bounded = calibrate(designs$clus1, ~stype + meals, c(pop, meals = mealsTotal),
                      bounds = c(0.6, 1.6)))
for (name in names(cals)) {
  d <- cals[[name]]
  put(paste0("calibrate/", name), "weight_1", weights(d)[1])
  put(paste0("calibrate/", name), "weight_sum", sum(weights(d)))
  m <- svymean(~api00, d)
  put(paste0("calibrate/", name, "/mean"), "estimate", coef(m)[1])
  put(paste0("calibrate/", name, "/mean"), "se", SE(m)[1])
  putTotal(paste0("calibrate/", name, "/total"), ~enroll, d)
}
res <- do.call(rbind, rows)
write.csv(res, file.path(out, "estimands-reference.csv"), row.names = FALSE, quote = TRUE)
cat("wrote", nrow(res), "values\n")
