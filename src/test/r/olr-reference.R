# Expected values for org.tripart.stats.model's ordinal regression, from R's survey::svyolr.
# Run from the repository root:  Rscript src/test/r/olr-reference.R
# Writes olr-api*.csv (the api columns used, mealcat = meals cut at 25/50/75 coded 0..3) and
# olr-reference.csv (case, term, quantity, value with 17 significant digits). R computes from the
# CSVs as read back. svyolr forwards ... to optim(BFGS), whose default reltol stops about 1e-5 short
# of the optimum; see fitOlr. The SEs are svyolr's own: optim's Hessian is central differences of the gradient with
# its default ndeps = 1e-3, which Java repeats.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE)
out <- "src/test/resources/org/tripart/stats/model"
stopifnot(dir.exists(out))
data(api)
g17 <- function(x) sprintf("%.17g", x)
export <- function(d, name) {
  d$mealcat <- as.integer(cut(d$meals, c(0, 25, 50, 75, 100), include.lowest = TRUE)) - 1L
  d$apicat <- as.integer(cut(d$api00, c(0, 600, 750, 1000))) - 1L
  cols <- intersect(c("dnum", "snum", "stype", "sch.wide", "mealcat", "apicat", "avg.ed", "mobility",
                      "ell", "meals", "pw", "fpc", "fpc1", "fpc2"), names(d))
  d <- d[, cols]
  for (c in cols) {
    v <- d[[c]]
    d[[c]] <- if (is.numeric(v)) ifelse(is.na(v), "", g17(v)) else as.character(v)
  }
  write.csv(d, file.path(out, name), row.names = FALSE, quote = TRUE)
}
export(apistrat, "olr-apistrat.csv")
export(apiclus1, "olr-apiclus1.csv")
export(apiclus2, "olr-apiclus2.csv")
readApi <- function(name) {
  d <- read.csv(file.path(out, name), stringsAsFactors = FALSE)
  d$stype <- factor(d$stype, levels = c("E", "H", "M"))
  d$mealcat <- factor(d$mealcat, levels = 0:3, ordered = TRUE)
  d$apicat <- factor(d$apicat, levels = 0:2, ordered = TRUE)
  d
}
strat <- readApi("olr-apistrat.csv")
clus1 <- readApi("olr-apiclus1.csv")
clus2 <- readApi("olr-apiclus2.csv")
dstrat <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat)
dclus1 <- svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1)
dclus2 <- svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = clus2)
pclus1 <- postStratify(dclus1, ~stype, data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018)))
rows <- list()
put <- function(case, term, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, term = term, quantity = quantity, value = g17(value))
}
# optim's reltol acts on the objective, which pins the parameters only to about sqrt(eps), so the
# estimate is polished by Newton steps on the score (the gradient of svyolr's objective, written out
# below, with optimHess's numeric Jacobian) until the score is below 1e-11, and svyolr is then run
# from there with maxit = 0, so that everything it reports (Hessian, SEs) is its own at the optimum.
fitOlr <- function(formula, design) {
  m <- svyolr(formula, design, control = list(reltol = 1e-16, maxit = 10000))
  mf <- model.frame(formula, model.frame(design), na.action = na.omit)
  keep <- as.integer(rownames(mf))
  x <- model.matrix(formula, mf)[, -1, drop = FALSE]
  y <- unclass(model.response(mf))
  wt <- weights(design)
  if (length(wt) != nrow(x)) wt <- wt[keep]
  pc <- ncol(x); q <- length(m$zeta)
  gr <- function(th) {
    beta <- th[seq_len(pc)]; theta <- th[pc + 1:q]
    gamm <- c(-100, cumsum(c(theta[1], exp(theta[-1]))), 100)
    eta <- drop(x %*% beta)
    pr <- plogis(gamm[y + 1] - eta) - plogis(gamm[y] - eta)
    p1 <- dlogis(gamm[y + 1] - eta); p2 <- dlogis(gamm[y] - eta)
    g1 <- colSums(x * (wt * (p1 - p2) / pr))
    Y1 <- outer(y, 1:q, "=="); Y2 <- outer(y - 1, 1:q, "==")
    g2 <- colSums(-(Y1 * p1 - Y2 * p2) * (wt / pr))
    J <- matrix(0, q, q); J[, 1] <- 1
    if (q > 1) for (i in 2:q) J[i:q, i] <- exp(theta[i])
    c(g1, drop(g2 %*% J))
  }
  th <- c(m$coefficients, m$zeta[1], log(diff(m$zeta)))
  for (i in 1:50) {
    g <- gr(th)
    if (max(abs(g)) < 1e-11) break
    th <- th - solve(optimHess(th, function(t) 0, gr, control = list(ndeps = rep(1e-6, length(th)))), g)
  }
  stopifnot(max(abs(gr(th))) < 1e-9)
  svyolr(formula, design, start = th, control = list(maxit = 0))
}
putOlr <- function(case, formula, design) {
  message(case)
  m <- fitOlr(formula, design)
  est <- c(m$coefficients, m$zeta)
  se <- sqrt(diag(vcov(m)))
  for (i in seq_along(est)) {
    put(case, names(est)[i], "estimate", est[i])
    put(case, names(est)[i], "se", se[i])
  }
  put(case, "", "df", m$df.residual)
  put(case, "", "deviance", m$deviance)
}
putOlr("strat", mealcat ~ avg.ed + mobility + stype, dstrat)
putOlr("clus1", mealcat ~ avg.ed + mobility + stype, dclus1)
putOlr("clus2", apicat ~ ell + mobility, dclus2)
putOlr("strat_domain", apicat ~ meals + avg.ed, subset(dstrat, stype != "H"))
# svyolr fails on a calibrated design with NA covariates (weights keep the NA rows), so none here
putOlr("ps_clus1", mealcat ~ ell + mobility + stype, pclus1)
putOlr("ps_clus1_domain", apicat ~ meals + mobility, subset(pclus1, sch.wide == "Yes"))
write.csv(do.call(rbind, rows), file.path(out, "olr-reference.csv"), row.names = FALSE, quote = TRUE)
