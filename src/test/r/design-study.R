# Expected values for design-based analysis of the study's SYNTHETIC clinician data, with
# radiologists clustered in hospitals and hospitals stratified by tier, computed with R's survey.
# Run from the repository root:
#   ./tripart study /tmp/study --data
#   Rscript src/test/r/design-study.R /tmp/study/clinician-responses-SYNTHETIC.csv
# Writes clinician-hospitals.csv (only the columns used) and design-study-reference.csv (case,
# quantity, value with 17 significant digits) to src/test/resources/org/tripart/stats/design/.
# Every row weighs 1 (no weights are given), so design effects are deff = "replace"; after
# calibration the weights sum to the population and deff = TRUE.
suppressMessages(library(survey))
is.calibrated <- function(design) !is.null(design$postStrata)
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE)
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 1)
out <- "src/test/resources/org/tripart/stats/design"
stopifnot(dir.exists(out))
g17 <- function(x) sprintf("%.17g", x)
full <- read.csv(args[1], colClasses = "character")
cols <- c("hospital", "hospital_tier", "education", "ai_department", "years_in_radiology",
          grep("^ai_product_use___", names(full), value = TRUE))
write.csv(full[, cols], file.path(out, "clinician-hospitals.csv"), row.names = FALSE, quote = FALSE)
d <- read.csv(file.path(out, "clinician-hospitals.csv"), stringsAsFactors = FALSE)
d$edu_master <- as.numeric(d$education == "master")
d$dept_yes <- as.numeric(d$ai_department == "yes")
d$lung <- d$ai_product_use___lung_nodule_screening
des <- suppressWarnings(svydesign(ids = ~hospital, strata = ~hospital_tier, data = d))
tert <- subset(des, hospital_tier == "tertiary")

rows <- list()
put <- function(case, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, quantity = quantity, value = g17(value))
}
putMean <- function(case, formula, design) {
  m <- svymean(formula, design, deff = if (is.calibrated(design)) TRUE else "replace",
               na.rm = TRUE)
  put(case, "estimate", coef(m)[1])
  put(case, "se", SE(m)[1])
  put(case, "deff", deff(m)[1])
  put(case, "df", degf(design))
}
putCi <- function(case, formula, design, methods) {
  for (method in methods) {
    p <- svyciprop(formula, design, method = method)
    put(paste0(case, "/", method), "lower", attr(p, "ci")[1])
    put(paste0(case, "/", method), "upper", attr(p, "ci")[2])
  }
}
all <- c("logit", "likelihood", "beta", "mean", "xlogit")
putMean("all/education/master", ~edu_master, des)
putCi("all/education/master", ~edu_master, des, all)
putMean("all/ai_department/yes", ~dept_yes, des)
putCi("all/ai_department/yes", ~dept_yes, des, all)
putMean("all/ai_product_use/lung_nodule_screening", ~lung, des)
putCi("all/ai_product_use/lung_nodule_screening", ~lung, des, "logit")
putMean("all/years_in_radiology/mean", ~years_in_radiology, des)
putMean("tertiary/education/master", ~edu_master, tert)
putCi("tertiary/education/master", ~edu_master, tert, c("logit", "beta"))
# post-stratification to hospital tiers and raking to tiers and AI departments (made-up counts)
pop.tier <- data.frame(hospital_tier = c("tertiary", "secondary"), Freq = c(61000, 39000))
pop.dept <- data.frame(ai_department = c("no", "unsure", "yes"), Freq = c(70000, 28000, 2000))
ps <- postStratify(des, ~hospital_tier, pop.tier)
putMean("ps/education/master", ~edu_master, ps)
rk <- rake(des, list(~hospital_tier, ~ai_department), list(pop.tier, pop.dept))
putMean("rake/education/master", ~edu_master, rk)
chi <- svychisq(~education + ai_department, des, statistic = "F")
put("chisq/education+ai_department", "F", chi$statistic)
put("chisq/education+ai_department", "ndf", chi$parameter[1])
put("chisq/education+ai_department", "ddf", chi$parameter[2])
put("chisq/education+ai_department", "p_value", chi$p.value)
res <- do.call(rbind, rows)
write.csv(res, file.path(out, "design-study-reference.csv"), row.names = FALSE, quote = TRUE)
cat("wrote", nrow(res), "expected values\n")
