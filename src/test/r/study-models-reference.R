# Expected values for models, totals and ratios on the bundled study's SYNTHETIC clinician data,
# radiologists clustered in their hospitals and hospitals stratified by tier (every row weighs 1),
# computed with R's survey 4.1.1 (svyglm, svyolr, regTermTest, svytotal, svyratio). A factor x
# factor interaction (tier x education) is among the logistic models.
# Run from the repository root:
#   ./tripart study /tmp/study --data
#   Rscript src/test/r/study-models-reference.R /tmp/study/clinician-responses-SYNTHETIC.csv
# Writes to src/test/resources/org/tripart/analysis/:
#   study-clinicians.csv  the columns used, with two derived ones: region (east, central, west, by
#                         the province code as China's statistics bureau groups provinces) and
#                         knowledge (ai_knowledge_self_rating as 1..5 in the questionnaire's order,
#                         very_low..very_high, so that its levels sort in that order when inferred);
#   study-models-reference.csv  case, term, quantity, value (17 significant digits).
# R computes from study-clinicians.csv as read back.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE)
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 1)
out <- "src/test/resources/org/tripart/analysis"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
g17 <- function(x) sprintf("%.17g", x)
full <- read.csv(args[1], colClasses = "character")
east <- c(11, 12, 13, 21, 31, 32, 33, 35, 37, 44, 46)
central <- c(14, 22, 23, 34, 36, 41, 42, 43)
code <- as.integer(full$province)
stopifnot(!any(is.na(code)))
full$region <- ifelse(code %in% east, "east", ifelse(code %in% central, "central", "west"))
levels.knowledge <- c("very_low", "low", "moderate", "high", "very_high")
stopifnot(all(full$ai_knowledge_self_rating %in% c(levels.knowledge, "")))
full$knowledge <- ifelse(full$ai_knowledge_self_rating == "", "",
                         match(full$ai_knowledge_self_rating, levels.knowledge))
cols <- c("record_id", "hospital", "hospital_tier", "region", "education", "ai_department",
          "years_in_radiology", "ai_assisted_reading_pct", "knowledge")
write.csv(full[, cols], file.path(out, "study-clinicians.csv"), row.names = FALSE, quote = FALSE)

d <- read.csv(file.path(out, "study-clinicians.csv"), stringsAsFactors = FALSE)
for (v in c("hospital_tier", "region", "education", "ai_department")) {
  d[[v]] <- factor(d[[v]])
}
d$knowledge <- factor(d$knowledge, levels = 1:5, ordered = TRUE)
d$dept_yes <- as.numeric(d$ai_department == "yes")
des <- svydesign(ids = ~hospital, strata = ~hospital_tier, data = d)
tert <- subset(des, hospital_tier == "tertiary")

rows <- list()
put <- function(case, term, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, term = term, quantity = quantity,
                                          value = g17(value))
}
putGlm <- function(case, formula, design, terms) {
  message(case)
  m <- svyglm(formula, design = design, family = quasibinomial())
  cf <- coef(summary(m))
  ci <- confint(m, df = m$df.residual)
  for (i in seq_len(nrow(cf))) {
    t <- rownames(cf)[i]
    put(case, t, "estimate", cf[i, 1])
    put(case, t, "se", cf[i, 2])
    put(case, t, "t", cf[i, 3])
    put(case, t, "p", cf[i, 4])
    put(case, t, "lower", ci[i, 1])
    put(case, t, "upper", ci[i, 2])
  }
  put(case, "", "df", m$df.residual)
  put(case, "", "rows", nrow(model.matrix(m)))
  put(case, "", "dropped", length(m$na.action))
  for (term in terms) {
    tt <- regTermTest(m, as.formula(paste("~", term)))
    put(case, term, "F", tt$Ftest)
    put(case, term, "ndf", tt$df)
    put(case, term, "ddf", tt$ddf)
    put(case, term, "p", tt$p)
  }
}
# svyolr's optim stops about 1e-5 short of the optimum: polished as in olr-reference.R (Newton
# steps on svyolr's score until it is below 1e-11, then svyolr from there with maxit = 0).
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
    th <- th - solve(optimHess(th, function(t) 0, gr,
                               control = list(ndeps = rep(1e-6, length(th)))), g)
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
    put(case, names(est)[i], "p", 2 * pnorm(-abs(est[i] / se[i])))
  }
  put(case, "", "df", m$df.residual)
  put(case, "", "deviance", m$deviance)
}
putTotal <- function(case, formula, design) {
  message(case)
  m <- svytotal(formula, design, na.rm = TRUE)
  for (i in seq_along(coef(m))) {
    put(case, names(coef(m))[i], "estimate", coef(m)[i])
    put(case, names(coef(m))[i], "se", SE(m)[i])
  }
}
putRatio <- function(case, numerator, denominator, design) {
  message(case)
  r <- svyratio(numerator, denominator, design, na.rm = TRUE)
  put(case, "", "estimate", coef(r)[1])
  put(case, "", "se", SE(r)[1])
}

putGlm("logit/all", dept_yes ~ hospital_tier + region + education + years_in_radiology, des,
       c("region", "education"))
putGlm("logit/tertiary", dept_yes ~ region + years_in_radiology, tert, "region")
putGlm("logit/interaction",
       dept_yes ~ hospital_tier + region + education + hospital_tier:education +
         years_in_radiology, des, c("education", "hospital_tier:education"))
putOlr("olr/all", knowledge ~ hospital_tier + region + education + years_in_radiology, des)
putTotal("total/all/years_in_radiology", ~years_in_radiology, des)
putTotal("total/all/ai_assisted_reading_pct", ~ai_assisted_reading_pct, des)
putTotal("total/all/ai_department", ~ai_department, des)
putTotal("total/tertiary/ai_assisted_reading_pct", ~ai_assisted_reading_pct, tert)
putRatio("ratio/all/ai_assisted_reading_pct/years_in_radiology", ~ai_assisted_reading_pct,
         ~years_in_radiology, des)
putRatio("ratio/tertiary/ai_assisted_reading_pct/years_in_radiology", ~ai_assisted_reading_pct,
         ~years_in_radiology, tert)
res <- do.call(rbind, rows)
write.csv(res, file.path(out, "study-models-reference.csv"), row.names = FALSE, quote = TRUE)
cat("wrote", nrow(res), "expected values\n")
