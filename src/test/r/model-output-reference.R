# Expected values for the model table, the model API and the dashboard's model panel, computed with
# R's survey 4.1.1. Run from the repository root:  Rscript src/test/r/model-output-reference.R
# Writes
#   src/test/resources/org/tripart/report/publish/model-table-apistrat.csv: apistrat's columns of
#     model-reference.R's apistrat.csv with enr100 = round(enroll / 100) added, so that Java can
#     fit model-reference.R's case strat/poisson from a file;
#   src/test/resources/org/tripart/web/model/research.csv: 40 research-group respondents (the
#     answers the HTTP and browser tests submit: institution_type, age_group, education,
#     ai_work_share with 3 left unanswered, leadership);
#   src/test/resources/org/tripart/web/model/reference.csv: case, term, quantity, value (17
#     significant digits) of svyglm fits on it, with regTermTest of each factor.
# R computes from the CSV files as read back, so R and Java see exactly the same doubles.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")
source("src/test/r/model-helpers.R")

api <- "src/test/resources/org/tripart/stats/model"
pub <- "src/test/resources/org/tripart/report/publish"
web <- "src/test/resources/org/tripart/web/model"
stopifnot(dir.exists(api), dir.exists(pub), dir.exists(web))

strat <- read.csv(file.path(api, "apistrat.csv"), colClasses = "character")
strat$enr100 <- g17(round(as.numeric(strat$enroll) / 100))
write.csv(strat, file.path(pub, "model-table-apistrat.csv"), row.names = FALSE, quote = TRUE)

set.seed(20261207)
n <- 40
types <- c("university", "research_institute", "hospital_affiliated_lab", "other")
ages <- c("under_30", "30_to_40", "40_to_50", "over_50")
degrees <- c("undergraduate_or_college", "postgraduate", "doctoral_candidate")
d <- data.frame(
  institution_type = rep(types, each = n / 4),
  age_group = c(rep(ages, 10)),
  education = sample(degrees, n, replace = TRUE, prob = c(0.3, 0.4, 0.3)),
  stringsAsFactors = FALSE)
share <- round(pmin(95, pmax(2, 20 + 12 * match(d$age_group, ages) + rnorm(n, 0, 15))), 1)
lead <- rbinom(n, 1, plogis(-2 + 0.04 * share))
d$leadership <- ifelse(lead == 1, "no_leadership_position",
                       sample(c("research_group_head", "lab_director"), n, replace = TRUE))
d$ai_work_share <- ifelse(seq_len(n) %in% c(7, 18, 33), "", as.character(share))
write.csv(d, file.path(web, "research.csv"), row.names = FALSE, quote = TRUE)

r <- read.csv(file.path(web, "research.csv"), colClasses = "character")
r$ai_work_share <- as.numeric(r$ai_work_share)
r$age_group <- factor(r$age_group, levels = ages)
r$education <- factor(r$education, levels = degrees)
r$lead <- as.numeric(r$leadership == "no_leadership_position")
des <- svydesign(ids = ~1, strata = ~institution_type, data = r)

putModel <- function(case, formula, design, family, terms) {
  putSvyglm(case, formula, design, family, terms)
}
putModel("gaussian", ai_work_share ~ age_group + education, des, gaussian(),
         list("age_group", "education"))
r2 <- r
r2$age_group <- relevel(r2$age_group, ref = "30_to_40")
putModel("logit_ref", lead ~ ai_work_share + age_group,
         svydesign(ids = ~1, strata = ~institution_type, data = r2), quasibinomial(),
         list("age_group"))
res <- do.call(rbind, rows)
write.csv(res, file.path(web, "reference.csv"), row.names = FALSE, quote = TRUE)
cat("wrote", nrow(res), "expected values\n")
