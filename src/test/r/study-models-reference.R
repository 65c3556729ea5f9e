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
source("src/test/r/model-helpers.R")
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

putGlm <- function(case, formula, design, terms) {
  putSvyglm(case, formula, design, quasibinomial(), terms, testP = "p")
}
putGlm("logit/all", dept_yes ~ hospital_tier + region + education + years_in_radiology, des,
       c("region", "education"))
putGlm("logit/tertiary", dept_yes ~ region + years_in_radiology, tert, "region")
putGlm("logit/interaction",
       dept_yes ~ hospital_tier + region + education + hospital_tier:education +
         years_in_radiology, des, c("education", "hospital_tier:education"))
putOlr("olr/all", knowledge ~ hospital_tier + region + education + years_in_radiology, des,
       p = TRUE)
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
