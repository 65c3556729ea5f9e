package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.function.BiConsumer;
import org.tripart.network.NetworkFormats;
import org.tripart.network.NetworkMetrics;

/**
 * The network downloads: GraphML, GEXF (opens in Gephi) and node and edge CSV ({@link
 * NetworkFormats}) of the network the caller may see ({@link NetworkData.View}): for a viewer only
 * the ties at or above the study's threshold and no typed-in partner, in every format alike. Each
 * download's audit row ({@link DashboardSources#exportAudit}) is written before the file is sent,
 * with whether the caller saw all and the threshold applied. Stateless; thread-safe.
 */
final class NetworkDownloads {
  /** One download format: the file's suffix after the study id, its media type, its writer. */
  enum Format {
    GRAPHML("graphml", "-network.graphml", "application/graphml+xml; charset=utf-8"),
    GEXF("gexf", "-network.gexf", "application/gexf+xml; charset=utf-8"),
    NODES("nodes.csv", "-network-nodes.csv", "text/csv; charset=utf-8"),
    EDGES("edges.csv", "-network-edges.csv", "text/csv; charset=utf-8");

    private final String name;
    private final String suffix;
    private final String mediaType;

    Format(String name, String suffix, String mediaType) {
      this.name = name;
      this.suffix = suffix;
      this.mediaType = mediaType;
    }

    /** The audit action, for example {@code export.network.graphml}. */
    String action() {
      return "export.network." + name;
    }

    String mediaType() {
      return mediaType;
    }

    BiConsumer<NetworkMetrics, StringWriter> writer() {
      return switch (this) {
        case GRAPHML -> NetworkFormats::graphml;
        case GEXF -> NetworkFormats::gexf;
        case NODES -> NetworkFormats::nodeCsv;
        case EDGES -> (m, out) -> NetworkFormats.edgeCsv(m.network(), out);
      };
    }
  }

  private NetworkDownloads() {}

  /** Writes the file, audits it and only then sends it. */
  static void send(Context ctx, DashboardSources sources, NetworkData.View v, Format f) {
    String study = ctx.pathParam("study");
    StringWriter out = new StringWriter();
    f.writer().accept(v.metrics(), out);
    ObjectNode detail = ChartModels.JSON.createObjectNode();
    detail.put("access", v.all() ? "all" : "viewer");
    detail.put("suppressionThreshold", v.all() ? 0 : v.threshold());
    detail.put("organisations", v.network().size()).put("ties", v.network().ties().size());
    sources.exportAudit().record(ctx, f.action(), study, null, detail);
    String name = (study + f.suffix).replaceAll("[^A-Za-z0-9_.-]", "_");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(f.mediaType()).result(out.toString());
  }
}
