package org.tripart.web;

import io.javalin.http.Context;
import org.tripart.web.http.HttpProblem;

/** Renders the HTML message page of a refused browser request. Implementations are stateless. */
interface PageRenderer {
  String message(Context ctx, HttpProblem problem);
}
