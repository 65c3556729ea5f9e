# Expected values for org.tripart.network tests, computed independently of the Java code with R
# igraph (1.3.5 on Debian bookworm) and sna (brokerage); triads and mixing counted here from the
# edge list. Run from the repository root:
#   Rscript src/test/r/network-reference.R
# Reads, for each graph G, src/test/resources/org/tripart/network/G-nodes.csv
# (id,name,sector,province_code,tier) and G-nominations.csv (respondent_id,ego,alter,kinds; kinds
# ';'-separated), and writes beside them
#   G-expected-nodes.csv    node,degree,strength,betweenness,closeness,coreness,component,
#                           coordinator,gatekeeper,representative,consultant,liaison
#   G-expected-summary.csv  quantity,expected
# Numbers with 17 significant digits; closeness NaN for an isolate (igraph 1.3's convention).
# The graphs: 'five' and 'cycle' are hand-sized (worked by hand in NetworkMetricsTest); 'mixed' is
# a SYNTHETIC 50-node, three-sector graph drawn once at random and committed as data.

suppressMessages({
  library(igraph)
  library(sna)
})
dir <- "src/test/resources/org/tripart/network"
num <- function(x) ifelse(is.nan(x), "NaN", sprintf("%.17g", x))

for (name in c("five", "cycle", "mixed")) {
  nodes <- read.csv(file.path(dir, paste0(name, "-nodes.csv")), colClasses = "character")
  noms <- read.csv(file.path(dir, paste0(name, "-nominations.csv")), colClasses = "character")
  n <- nrow(nodes)
  e <- match(noms$ego, nodes$id)
  a <- match(noms$alter, nodes$id)
  lo <- pmin(e, a)
  hi <- pmax(e, a)
  key <- paste(lo, hi)
  pairs <- unique(data.frame(lo = lo, hi = hi, key = key))
  pairs <- pairs[order(pairs$lo, pairs$hi), ]
  pairs$w <- sapply(pairs$key, function(k) length(unique(noms$respondent_id[key == k])))
  arcs <- unique(data.frame(e = e, a = a))
  pairs$recip <- mapply(function(x, y) {
    any(arcs$e == x & arcs$a == y) && any(arcs$e == y & arcs$a == x)
  }, pairs$lo, pairs$hi)

  # unweighted undirected graph: the weights only enter strength
  g <- make_empty_graph(n = n, directed = FALSE)
  g <- add_edges(g, as.vector(t(as.matrix(pairs[, c("lo", "hi")]))))
  bet <- igraph::betweenness(g, directed = FALSE)
  clo <- suppressWarnings(igraph::closeness(g))
  cor <- igraph::coreness(g)
  deg <- igraph::degree(g)
  str <- strength(g, weights = pairs$w)
  comp <- igraph::components(g)

  m <- matrix(0, n, n)
  m[cbind(arcs$e, arcs$a)] <- 1
  br <- brokerage(m, nodes$sector)$raw.nli

  out <- data.frame(
    node = nodes$id, degree = deg, strength = str, betweenness = num(bet), closeness = num(clo),
    coreness = cor, component = comp$membership - 1,
    coordinator = br[, "w_I"], gatekeeper = br[, "b_OI"], representative = br[, "b_IO"],
    consultant = br[, "w_O"], liaison = br[, "b_O"]
  )
  write.csv(out, file.path(dir, paste0(name, "-expected-nodes.csv")), row.names = FALSE,
            quote = FALSE)

  # triads and mixing from the adjacency matrix
  A <- matrix(FALSE, n, n)
  A[cbind(pairs$lo, pairs$hi)] <- TRUE
  A[cbind(pairs$hi, pairs$lo)] <- TRUE
  s <- nodes$sector
  sectors <- c("hospital", "institution", "company")
  closed <- 0
  for (h in which(s == "hospital")) for (i in which(s == "institution")) for (c in which(s == "company")) {
    if (A[h, i] && A[h, c] && A[i, c]) closed <- closed + 1
  }
  open <- c(hospital = 0, institution = 0, company = 0)
  for (c in seq_len(n)) {
    nb <- which(A[c, ])
    for (x in nb) for (y in nb) {
      if (x < y && length(unique(s[c(c, x, y)])) == 3 && !A[x, y]) open[s[c]] <- open[s[c]] + 1
    }
  }
  q <- c(); v <- c()
  add <- function(quantity, value) { q <<- c(q, quantity); v <<- c(v, value) }
  add("nodes", n)
  add("ties", nrow(pairs))
  add("arcs", nrow(arcs))
  add("reciprocated", sum(pairs$recip))
  add("weight_total", sum(pairs$w))
  add("components", comp$no)
  add("component_sizes", paste(sort(comp$csize, decreasing = TRUE), collapse = " "))
  add("closed_triads", closed)
  add("open_triads", sum(open))
  for (x in sectors) add(paste0("open_triads_centre_", x), open[[x]])
  for (x in sectors) for (y in sectors) {
    add(paste0("ties_", x, "_", y), sum(A[s == x, s == y]) / ifelse(x == y, 2, 1))
  }
  for (x in sectors) add(paste0("nodes_", x), sum(s == x))
  br_tot <- colSums(br)
  add("coordinator", br_tot[["w_I"]]); add("gatekeeper", br_tot[["b_OI"]])
  add("representative", br_tot[["b_IO"]]); add("consultant", br_tot[["w_O"]])
  add("liaison", br_tot[["b_O"]])
  write.csv(data.frame(quantity = q, expected = v),
            file.path(dir, paste0(name, "-expected-summary.csv")), row.names = FALSE, quote = FALSE)
}
