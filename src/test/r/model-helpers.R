# What the model reference scripts share (model-reference.R, olr-reference.R,
# study-models-reference.R, model-output-reference.R source it; run them from the repository root):
#   g17        a number with 17 significant digits, so that Java reads back R's double;
#   put        one expected value, a row (case, term, quantity, value) of `rows`;
#   putCoefficients  a fitted svyglm's coefficient table (estimate, se, t, p, the Wald interval;
#              with exponentiated = TRUE also their exponentials);
#   putSvyglm  an svyglm fit's coefficients (estimate, se, t, p, the Wald interval on the residual
#              df), its df, rows used and dropped, and regTermTest of each of `terms` (F, ndf, ddf,
#              and its p as the quantity `testP`);
#   fitOlr     svyolr at its exact optimum: svyolr forwards ... to optim(BFGS), whose reltol acts on
#              the objective and so pins the parameters only to about sqrt(eps), about 1e-5 short of
#              the optimum; the estimate is polished by Newton steps on the score (the gradient of
#              svyolr's objective, olr-score.R's olrScore, with optimHess's numeric Jacobian) until the
#              score is below 1e-11, and svyolr is then run from there with maxit = 0, so that
#              everything it reports (Hessian, SEs) is its own at the optimum;
#   putOlr     fitOlr's coefficients and cut points (estimate, se, and with p = TRUE the normal
#              p-value), its df and deviance.
source("src/test/r/olr-score.R")
g17 <- function(x) sprintf("%.17g", x)
rows <- list()
put <- function(case, term, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, term = term, quantity = quantity,
                                          value = g17(value))
}
putCoefficients <- function(case, m, exponentiated = FALSE) {
  cf <- coef(summary(m))
  ci <- confint(m)
  for (i in seq_len(nrow(cf))) {
    t <- rownames(cf)[i]
    put(case, t, "estimate", cf[i, 1])
    put(case, t, "se", cf[i, 2])
    put(case, t, "t", cf[i, 3])
    put(case, t, "p", cf[i, 4])
    put(case, t, "lower", ci[i, 1])
    put(case, t, "upper", ci[i, 2])
    if (exponentiated) {
      put(case, t, "exp_estimate", exp(cf[i, 1]))
      put(case, t, "exp_lower", exp(ci[i, 1]))
      put(case, t, "exp_upper", exp(ci[i, 2]))
    }
  }
}
putSvyglm <- function(case, formula, design, family, terms, testP = "p_F") {
  message(case)
  m <- svyglm(formula, design = design, family = family)
  putCoefficients(case, m)
  put(case, "", "df", m$df.residual)
  put(case, "", "rows", nrow(model.frame(m)))
  put(case, "", "dropped", length(m$na.action))
  for (term in terms) {
    tt <- regTermTest(m, as.formula(paste("~", term)))
    put(case, term, "F", tt$Ftest)
    put(case, term, "ndf", tt$df)
    put(case, term, "ddf", tt$ddf)
    put(case, term, testP, tt$p)
  }
}
fitOlr <- function(formula, design) {
  m <- svyolr(formula, design, control = list(reltol = 1e-16, maxit = 10000))
  mf <- model.frame(formula, model.frame(design), na.action = na.omit)
  keep <- as.integer(rownames(mf))
  x <- model.matrix(formula, mf)[, -1, drop = FALSE]
  y <- unclass(model.response(mf))
  wt <- weights(design)
  if (length(wt) != nrow(x)) wt <- wt[keep]
  pc <- ncol(x); q <- length(m$zeta)
  score <- olrScore(x, y, q)
  gr <- function(th) score(th, wt)
  th <- c(m$coefficients, m$zeta[1], log(diff(m$zeta)))
  for (i in 1:50) {
    g <- gr(th)
    if (max(abs(g)) < 1e-11) break
    th <- th - solve(optimHess(th, function(t) 0, gr,
                               control = list(ndeps = rep(1e-6, length(th)))), g)
  }
  stopifnot(max(abs(gr(th))) < 1e-9)
  svyolr(formula, design, start = th, control = list(maxit = 0))
}
putOlr <- function(case, formula, design, p = FALSE) {
  message(case)
  m <- fitOlr(formula, design)
  est <- c(m$coefficients, m$zeta)
  se <- sqrt(diag(vcov(m)))
  for (i in seq_along(est)) {
    put(case, names(est)[i], "estimate", est[i])
    put(case, names(est)[i], "se", se[i])
    if (p) put(case, names(est)[i], "p", 2 * pnorm(-abs(est[i] / se[i])))
  }
  put(case, "", "df", m$df.residual)
  put(case, "", "deviance", m$deviance)
}
