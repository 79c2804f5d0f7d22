package cn.wangben.devstack.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names the production alert rules and the Grafana dashboard (deploy/observability) depend on. */
final class ObservabilityAssets {
    static final List<String> FILES =
            List.of("deploy/observability/prometheus/alerts.yml", "deploy/observability/grafana/wangben-platform.json");
    /** Series a process exports only once the first one happens (their labels are not known before). */
    static final Set<String> APPEAR_ON_FIRST_OCCURRENCE = Set.of("wangben_events_duplicates_total");

    private static final Pattern METRIC = Pattern.compile(
            "\\b(wangben_[a-z_]+|http_server_requests_seconds_[a-z]+|process_cpu_usage|jvm_memory_used_bytes)\\b");
    private static final Pattern HISTOGRAM_PART = Pattern.compile("_(bucket|count|sum)$");

    private ObservabilityAssets() {}

    /** Series names as scraped: a histogram's {@code _bucket}, {@code _count} and {@code _sum} name its base. */
    static Set<String> referencedMetrics(Path root) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String file : FILES) {
            Matcher m = METRIC.matcher(Files.readString(root.resolve(file)));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Whether a Prometheus text exposition has a sample line of that series (or of the histogram it belongs to). */
    static boolean exposes(String scrape, String series) {
        String base = HISTOGRAM_PART.matcher(series).replaceAll("");
        return scrape.lines()
                .filter(line -> !line.startsWith("#"))
                .anyMatch(line -> line.startsWith(series + "{")
                        || line.startsWith(series + " ")
                        || line.startsWith(base + "_bucket{") && series.endsWith("_bucket"));
    }
}
