/**
 * Tripart, a self-hostable survey research platform: questionnaires, fieldwork, durable storage,
 * design-based statistics and publication output in one tool. This package holds what every other
 * shares: the stable error codes ({@link org.tripart.ErrorCode}) and the one root of Tripart's
 * exceptions ({@link org.tripart.TripartException}), whose messages name the place and the problem.
 *
 * <p>Uses no other Tripart package.
 */
package org.tripart;
