package org.tripart.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request of the hostile corpus as parts that a {@link HostileCorpus.Mutation} changes before
 * it is encoded: path values and query as they go on the request line (ISO-8859-1, so that a char
 * below 256 is one raw byte), headers, and a body as JSON, form, text or multipart fields. A marker
 * string in the body ({@link #RAW}) is replaced by raw bytes when encoded. Mutable, one thread.
 */
final class HostileRequest {
  /** Stands for {@link #rawBytes} in the encoded body. */
  static final String RAW = "\u0001RAW\u0001";

  final String route;
  final String method;
  final String pathTemplate;
  final Map<String, String> pathValues = new LinkedHashMap<>();
  final List<String[]> query = new ArrayList<>();
  final List<String> headers = new ArrayList<>();
  String contentType;
  JsonNode json;
  Map<String, List<String>> form;
  Map<String, String> multipart;
  String text;
  byte[] rawBytes = new byte[0];

  /** The whole body as sent, replacing json, form, multipart and text; null: built from those. */
  byte[] body;

  /** Whether the body is sent chunked, without Content-Length. */
  boolean chunked;

  /** A Content-Length sent instead of the body's own; negative: the body's. */
  long declaredLength = -1;

  HostileRequest(String route) {
    this.route = route;
    int space = route.indexOf(' ');
    this.method = route.substring(0, space);
    this.pathTemplate = route.substring(space + 1);
  }

  static String pct(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Sets query parameter {@code name} (raw, as sent), replacing an earlier value. */
  void setQuery(String name, String raw) {
    query.removeIf(q -> q[0].equals(name));
    query.add(new String[] {name, raw});
  }

  byte[] requestLine() {
    String path = pathTemplate;
    for (Map.Entry<String, String> e : pathValues.entrySet()) {
      path = path.replace("{" + e.getKey() + "}", e.getValue());
    }
    StringBuilder target = new StringBuilder(path);
    for (int i = 0; i < query.size(); i++) {
      target.append(i == 0 ? '?' : '&').append(query.get(i)[0]).append('=').append(query.get(i)[1]);
    }
    return (method + " " + target + " HTTP/1.1").getBytes(StandardCharsets.ISO_8859_1);
  }

  byte[] encodedBody() {
    if (body != null) {
      return body;
    }
    String s;
    if (json != null) {
      s = json.toString();
    } else if (form != null) {
      StringBuilder b = new StringBuilder();
      form.forEach(
          (k, vs) -> {
            for (String v : vs) {
              b.append(b.length() == 0 ? "" : "&").append(pct(k)).append('=').append(formValue(v));
            }
          });
      s = b.toString();
    } else if (multipart != null) {
      StringBuilder b = new StringBuilder();
      multipart.forEach(
          (k, v) ->
              b.append("--hostile\r\nContent-Disposition: form-data; name=\"")
                  .append(k)
                  .append(k.equals("file") ? "\"; filename=\"hostile.yaml\"" : "\"")
                  .append("\r\n\r\n")
                  .append(v)
                  .append("\r\n"));
      s = b.append("--hostile--\r\n").toString();
    } else if (text != null) {
      s = text;
    } else {
      return null;
    }
    return withRaw(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String formValue(String v) {
    int at = v.indexOf(RAW);
    if (at < 0) {
      return pct(v);
    }
    return pct(v.substring(0, at)) + RAW + pct(v.substring(at + RAW.length()));
  }

  private byte[] withRaw(byte[] encoded) {
    byte[] marker = RAW.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int from = 0;
    for (int at = RawHttp.indexOf(encoded, marker, 0);
        at >= 0;
        at = RawHttp.indexOf(encoded, marker, from)) {
      out.write(encoded, from, at - from);
      out.writeBytes(rawBytes);
      from = at + marker.length;
    }
    out.write(encoded, from, encoded.length - from);
    return out.toByteArray();
  }

  /** The headers to send: the request's own, the content type, and the body's framing. */
  List<String> allHeaders(byte[] encoded) {
    List<String> all = new ArrayList<>(headers);
    if (contentType != null) {
      all.add("Content-Type: " + contentType);
    }
    if (chunked) {
      all.add("Transfer-Encoding: chunked");
    } else if (declaredLength >= 0) {
      all.add("Content-Length: " + declaredLength);
    } else if (encoded != null) {
      all.add("Content-Length: " + encoded.length);
    }
    return all;
  }

  /** The body bytes on the wire: chunked in 64 KiB chunks when {@link #chunked}. */
  static byte[] framed(byte[] encoded, boolean chunked) {
    if (!chunked || encoded == null) {
      return encoded;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int at = 0; at < encoded.length; at += 65536) {
      int n = Math.min(65536, encoded.length - at);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(encoded, at, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
