# The score of svyolr's objective (MASS::polr's weighted log-likelihood in its own
# parametrisation: coefficients, the first cut point, then the logs of the gaps between cut points)
# for covariates x (without intercept), outcome codes y (1..q+1) and q cut points; the reference
# scripts that polish svyolr fits to the exact maximum (model-helpers.R's fitOlr,
# analyze-replicate-reference.R's olrExact) source it. olrScore(x, y, q) returns function(th, wt).
olrScore <- function(x, y, q) {
  pc <- ncol(x)
  function(th, wt) {
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
}
