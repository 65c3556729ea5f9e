/**
 * The collaboration network the study describes: organisations as nodes and named partnerships as
 * ties, built from the partner rosters, and its measures (degree, betweenness, communities) as
 * igraph computes them.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}, {@code org.tripart.fieldwork}, {@code
 * org.tripart.instrument}.
 */
package org.tripart.network;
