package org.tripart.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.tripart.ErrorCode;

/**
 * Answers the requests Jetty refuses before they reach a route (a malformed request line, a path
 * that is not valid UTF-8 or is ambiguous, headers or an address over Jetty's size limits, a client
 * that stopped sending) with the same RFC 9457 problem+json as {@link ErrorHandling}, instead of
 * Jetty's HTML page. The detail is Jetty's reason, never a stack trace. Stateless, thread-safe.
 */
final class JettyErrors extends ErrorHandler {
  JettyErrors() {
    setShowStacks(false);
    setShowCauses(false);
  }

  /** Every method gets the problem body, not only Jetty's default GET, POST and HEAD. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int status,
      String message,
      Throwable cause,
      Callback callback) {
    ObjectNode o = Answers.JSON.createObjectNode();
    ErrorCode code = codeOf(status);
    o.put("type", "urn:tripart:problem:" + code.code());
    o.put("title", titleOf(status));
    o.put("status", status);
    o.put("detail", detailOf(status, message));
    o.put("instance", instance(request));
    o.put("code", code.code());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorHandling.PROBLEM_JSON);
    response.write(true, ByteBuffer.wrap(o.toString().getBytes(StandardCharsets.UTF_8)), callback);
  }

  static ErrorCode codeOf(int status) {
    switch (status) {
      case 408:
        return ErrorCode.REQUEST_TIMEOUT;
      case 413:
        return ErrorCode.TOO_LARGE;
      case 414:
      case 431:
        return ErrorCode.REQUEST_HEAD_TOO_LARGE;
      case 404:
        return ErrorCode.NOT_FOUND;
      case 405:
        return ErrorCode.METHOD_NOT_ALLOWED;
      default:
        return status >= 500 ? ErrorCode.SERVER_FAULT : ErrorCode.MALFORMED_REQUEST;
    }
  }

  private static String titleOf(int status) {
    switch (status) {
      case 408:
        return "Request timeout";
      case 413:
        return "Content too large";
      case 414:
      case 431:
        return "Request head too large";
      default:
        return status >= 500 ? "Server fault" : "Malformed request";
    }
  }

  private static String detailOf(int status, String message) {
    String reason = message == null || message.isBlank() ? "" : ": " + message;
    switch (status) {
      case 408:
        return "the request was not sent in time; nothing of it was stored";
      case 414:
      case 431:
        return "the request line or headers are too large" + reason;
      default:
        return status >= 500
            ? "the server failed to handle the request; nothing of it was stored"
            : "the request is malformed" + reason;
    }
  }

  private static String instance(Request request) {
    try {
      String path = request.getHttpURI().getPath();
      return path == null ? "/" : path;
    } catch (RuntimeException e) {
      return "/";
    }
  }
}
