package org.tripart.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: raw bytes on the request
 * line, headers of any size, bodies that do not match their headers. One connection per request
 * ({@code Connection: close}); the whole answer is read until the server closes. Immutable; {@link
 * #send} may be called from many threads.
 */
final class RawHttp {
  private final String host;
  private final int port;

  RawHttp(String baseUrl) {
    URI uri = URI.create(baseUrl);
    this.host = uri.getHost();
    this.port = uri.getPort();
  }

  /** A parsed answer: status, headers (names lower-cased, last value wins), de-chunked body. */
  record Response(
      int status, Map<String, String> headers, List<String> setCookies, byte[] body, long millis) {
    /** The cookies set, as a {@code Cookie} header value. */
    String cookies() {
      return String.join("; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList());
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String type() {
      return headers.getOrDefault("content-type", "");
    }
  }

  Socket connect(int readTimeoutMillis) throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress(host, port), 5000);
    s.setSoTimeout(readTimeoutMillis);
    return s;
  }

  /**
   * Sends {@code head} (request line and headers, without the blank line; Host and Connection are
   * added) and {@code body}, and reads the answer.
   *
   * @throws SocketTimeoutException when the server sends nothing for {@code timeoutMillis}
   */
  Response send(byte[] requestLine, List<String> headers, byte[] body, int timeoutMillis)
      throws IOException {
    long start = System.nanoTime();
    try (Socket s = connect(timeoutMillis)) {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      head.write(requestLine);
      head.write(("\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n").getBytes());
      for (String h : headers) {
        head.write(h.getBytes(StandardCharsets.UTF_8));
        head.write("\r\n".getBytes());
      }
      head.write("\r\n".getBytes());
      OutputStream out = s.getOutputStream();
      out.write(head.toByteArray());
      try {
        if (body != null) {
          out.write(body);
        }
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before an oversized body is all sent; read what it said.
      }
      byte[] raw = readAll(s.getInputStream());
      return parse(raw, (System.nanoTime() - start) / 1_000_000);
    }
  }

  static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (java.net.SocketException e) {
      if (all.size() == 0) {
        throw e;
      }
    }
    return all.toByteArray();
  }

  static Response parse(byte[] raw, long millis) throws IOException {
    int end = indexOf(raw, "\r\n\r\n".getBytes(), 0);
    if (end < 0) {
      throw new IOException("no complete answer (" + raw.length + " bytes)");
    }
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new java.util.ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = lines[i].substring(colon + 1).strip();
        headers.put(name, value);
        if (name.equals("set-cookie")) {
          cookies.add(value);
        }
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Response(status, headers, cookies, body, millis);
  }

  private static byte[] dechunk(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pos = 0;
    while (pos < in.length) {
      int eol = indexOf(in, "\r\n".getBytes(), pos);
      if (eol < 0) {
        break;
      }
      String size = new String(in, pos, eol - pos, StandardCharsets.ISO_8859_1).split(";")[0];
      int n = Integer.parseInt(size.strip(), 16);
      if (n == 0) {
        break;
      }
      out.write(in, eol + 2, Math.min(n, in.length - eol - 2));
      pos = eol + 2 + n + 2;
    }
    return out.toByteArray();
  }

  static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
