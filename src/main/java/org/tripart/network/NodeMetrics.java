package org.tripart.network;

/**
 * The measures of one node. Immutable.
 *
 * @param organisation the node
 * @param degree the number of organisations it is tied to
 * @param strength the sum of the weights of its ties
 * @param betweenness unnormalised, undirected, unweighted (igraph {@code betweenness(g, directed =
 *     FALSE)})
 * @param closeness 1 / the sum of the distances to the nodes it reaches, NaN for an isolate (igraph
 *     1.3 {@code closeness(g)})
 * @param coreness the largest k of a k-core holding it (igraph {@code coreness(g)})
 * @param component the index of its connected component, components numbered by their first node
 * @param brokerage its Gould-Fernandez roles on the nomination graph, sector as group
 */
public record NodeMetrics(
    Organisation organisation,
    int degree,
    long strength,
    double betweenness,
    double closeness,
    int coreness,
    int component,
    Brokerage brokerage) {}
