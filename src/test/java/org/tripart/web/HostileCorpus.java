package org.tripart.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The hostile-request corpus of {@code src/test/resources/hostile/}: the payload lists ({@code
 * traversal.txt}, {@code sql.txt}, {@code utf8.txt}, {@code content-types.txt}) applied to every
 * route of the OpenAPI document, one part of a valid request ({@code routes.json}) at a time, plus
 * deeply nested and oversized bodies. Immutable once read.
 */
final class HostileCorpus {
  /** What a route takes: its path and query parameters and whether it has a body. */
  record Operation(String route, List<String> pathParams, List<String> queryParams, boolean body) {}

  /** One hostile request: a category, what it changes, and the change to a valid request. */
  record Mutation(String category, String route, String label, Consumer<HostileRequest> change) {}

  final List<Operation> operations = new ArrayList<>();
  final JsonNode routes;
  final JsonNode params;
  final List<String> traversal = lines("traversal.txt");
  final List<String> sql = lines("sql.txt");
  final List<byte[]> utf8 = lines("utf8.txt").stream().map(HexFormat.of()::parseHex).toList();
  final List<String> contentTypes = lines("content-types.txt");

  HostileCorpus() {
    JsonNode file = read("routes.json");
    routes = file.get("routes");
    params = file.get("params");
    JsonNode doc = readResource("/org/tripart/web/openapi.json");
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fields()
                    .forEachRemaining(
                        m -> {
                          List<String> path = new ArrayList<>();
                          List<String> query = new ArrayList<>();
                          for (JsonNode param : m.getValue().path("parameters")) {
                            String in = param.get("in").asText();
                            if (in.equals("path")) {
                              path.add(param.get("name").asText());
                            } else if (in.equals("query")) {
                              query.add(param.get("name").asText());
                            }
                          }
                          operations.add(
                              new Operation(
                                  m.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey(),
                                  path,
                                  query,
                                  m.getValue().has("requestBody")));
                        }));
  }

  /** Every mutation; {@code base} gives a valid request of a route, to enumerate its fields. */
  List<Mutation> mutations(Function<String, HostileRequest> base) {
    List<Mutation> out = new ArrayList<>();
    for (Operation op : operations) {
      String r = op.route();
      HostileRequest sample = base.apply(r);
      for (String p : op.pathParams()) {
        for (String t : traversal) {
          out.add(new Mutation("path traversal", r, p + "=" + t, q -> q.pathValues.put(p, t)));
        }
        for (String s : sql) {
          out.add(
              new Mutation("SQL injection", r, p, q -> q.pathValues.put(p, HostileRequest.pct(s))));
        }
        for (byte[] b : utf8) {
          String raw = new String(b, StandardCharsets.ISO_8859_1);
          out.add(new Mutation("invalid UTF-8", r, p + " raw", q -> q.pathValues.put(p, raw)));
          out.add(new Mutation("invalid UTF-8", r, p + " %", q -> q.pathValues.put(p, escaped(b))));
        }
      }
      List<String> names = queryNames(op, sample);
      for (int k = 0; !names.isEmpty() && k < Math.max(names.size(), sql.size()); k++) {
        String name = names.get(k % names.size());
        String s = sql.get(k % sql.size());
        out.add(
            new Mutation(
                "SQL injection", r, "?" + name, q -> q.setQuery(name, HostileRequest.pct(s))));
      }
      for (int k = 0; !names.isEmpty() && k < Math.max(names.size(), utf8.size()); k++) {
        String name = names.get(k % names.size());
        byte[] b = utf8.get(k % utf8.size());
        out.add(new Mutation("invalid UTF-8", r, "?" + name, q -> q.setQuery(name, escaped(b))));
      }
      for (String s : sql.subList(0, 2)) {
        out.add(
            new Mutation(
                "SQL injection",
                r,
                "bearer token",
                q -> {
                  q.headers.removeIf(h -> h.startsWith("Authorization:"));
                  q.headers.add("Authorization: Bearer " + s);
                }));
      }
      if (sample.encodedBody() != null) {
        bodyMutations(r, sample, out);
      }
    }
    return out;
  }

  private static List<String> queryNames(Operation op, HostileRequest sample) {
    List<String> names = new ArrayList<>(op.queryParams());
    for (String[] q : sample.query) {
      if (!names.contains(q[0])) {
        names.add(q[0]);
      }
    }
    return names;
  }

  private void bodyMutations(String r, HostileRequest sample, List<Mutation> out) {
    List<String> fields = fields(sample);
    for (int k = 0; !fields.isEmpty() && k < Math.max(fields.size(), sql.size()); k++) {
      String field = fields.get(k % fields.size());
      String s = sql.get(k % sql.size());
      out.add(new Mutation("SQL injection", r, field, q -> setField(q, field, s)));
    }
    for (int k = 0; !fields.isEmpty() && k < Math.max(fields.size(), utf8.size()); k++) {
      String field = fields.get(k % fields.size());
      byte[] b = utf8.get(k % utf8.size());
      out.add(
          new Mutation(
              "invalid UTF-8",
              r,
              field,
              q -> {
                q.rawBytes = b;
                setField(q, field, "x" + HostileRequest.RAW + "y");
              }));
    }
    String[] nested = {"[".repeat(100_000), "{\"a\":".repeat(100_000), "a:\n  - ".repeat(20_000)};
    for (String n : nested) {
      out.add(
          new Mutation(
              "deeply nested",
              r,
              n.substring(0, 5),
              q -> q.body = n.getBytes(StandardCharsets.UTF_8)));
    }
    for (String t : contentTypes) {
      if (!t.equals(sample.contentType)) {
        out.add(new Mutation("wrong content type", r, t, q -> q.contentType = t));
      }
    }
    out.add(new Mutation("wrong content type", r, "none", q -> q.contentType = null));
    long limit =
        sample.contentType != null && sample.contentType.contains("csv")
            ? org.tripart.web.http.Limits.MAX_CSV
            : org.tripart.web.http.Limits.MAX_JSON;
    byte[] big = new byte[(int) limit + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    out.add(new Mutation("oversized", r, "body over the limit", q -> q.body = big));
    out.add(
        new Mutation(
            "oversized",
            r,
            "chunked body over the limit",
            q -> {
              q.body = big;
              q.chunked = true;
            }));
    out.add(
        new Mutation(
            "oversized",
            r,
            "Content-Length 1 TB, no body",
            q -> {
              q.body = new byte[0];
              q.declaredLength = 1L << 40;
            }));
  }

  /** The sample body's text fields: JSON pointers of string leaves, form or multipart names. */
  static List<String> fields(HostileRequest q) {
    List<String> out = new ArrayList<>();
    if (q.json != null) {
      leaves(q.json, "", out);
    } else if (q.form != null) {
      q.form.keySet().stream()
          .filter(k -> !k.equals("_csrf") && !k.equals("csrf"))
          .forEach(out::add);
    } else if (q.multipart != null) {
      q.multipart.keySet().stream().filter(k -> !k.equals("csrf")).forEach(out::add);
    } else if (q.text != null) {
      out.add("text");
    }
    return out;
  }

  private static void leaves(JsonNode n, String at, List<String> out) {
    if (n.isTextual()) {
      out.add(at);
    } else if (n.isObject()) {
      n.fields().forEachRemaining(e -> leaves(e.getValue(), at + "/" + e.getKey(), out));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        leaves(n.get(i), at + "/" + i, out);
      }
    }
  }

  static void setField(HostileRequest q, String field, String value) {
    if (q.json != null) {
      int slash = field.lastIndexOf('/');
      JsonNode parent = q.json.at(field.substring(0, slash));
      String key = field.substring(slash + 1);
      if (parent instanceof ObjectNode o) {
        o.set(key, TextNode.valueOf(value));
      } else if (parent instanceof ArrayNode a) {
        a.set(Integer.parseInt(key), TextNode.valueOf(value));
      }
    } else if (q.form != null) {
      q.form.put(field, List.of(value));
    } else if (q.multipart != null) {
      q.multipart.put(field, value);
    } else if (q.text != null) {
      q.text = q.text.replace("Hostile", value);
    }
  }

  private static String escaped(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      b.append('%').append(HexFormat.of().withUpperCase().toHexDigits(x));
    }
    return b.toString();
  }

  /** The non-comment lines of a corpus file. */
  static List<String> lines(String name) {
    String all = new String(bytes(name), StandardCharsets.UTF_8);
    return all.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  static JsonNode read(String name) {
    return readResource("/hostile/" + name);
  }

  private static JsonNode readResource(String resource) {
    try (InputStream in = HostileCorpus.class.getResourceAsStream(resource)) {
      return Answers.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String name) {
    try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts of outcomes of one category: 2xx/3xx (safe), 4xx, and anything else. */
  static final class Tally {
    final Map<String, long[]> byCategory = new LinkedHashMap<>();

    /** Counts an answer's status (999: none) and the milliseconds it took. */
    synchronized void add(String category, int status, long millis) {
      long[] c = byCategory.computeIfAbsent(category, k -> new long[4]);
      c[status < 400 ? 0 : status < 500 ? 1 : 2]++;
      c[3] += millis;
    }
  }
}
