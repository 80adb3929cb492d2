package org.tradecert.crossdoc.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A versioned table of reference statistics per HS code and unit, which the price indicators
 * compare transactions with. It has a name, a version, a source and a digest over its content,
 * so every finding can name exactly the table it used. The bundled table covers only the goods
 * of the demo shipments, with numbers made up for them; a network imports its own from
 * observations with {@link ReferenceStatisticsImporter}.
 */
public final class ReferenceStatistics {

    /** The bundled table, as a resource. */
    public static final String BUNDLED_RESOURCE = "/org/tradecert/risk/reference-statistics.json";

    private static volatile ReferenceStatistics bundled;

    private final String id;
    private final String version;
    private final String source;
    private final List<ReferenceStatistic> statistics;
    private final Map<String, List<ReferenceStatistic>> byHsAndKind = new LinkedHashMap<>();
    private final String digest;

    public ReferenceStatistics(String id, String version, String source, List<ReferenceStatistic> statistics) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.source = source;
        List<ReferenceStatistic> sorted = new ArrayList<>(statistics);
        sorted.sort(ORDER);
        this.statistics = List.copyOf(sorted);
        for (ReferenceStatistic statistic : this.statistics) {
            byHsAndKind.computeIfAbsent(statistic.hs() + "\u0000" + statistic.kind(), any -> new ArrayList<>()).add(statistic);
        }
        this.digest = computeDigest();
    }

    /** Rows in a stable order, so that the file and its digest do not depend on the order of the observations. */
    static final Comparator<ReferenceStatistic> ORDER = Comparator.comparing(ReferenceStatistic::hs)
            .thenComparing(statistic -> statistic.kind().label())
            .thenComparing(ReferenceStatistic::unit)
            .thenComparing(statistic -> Objects.toString(statistic.currency(), ""))
            .thenComparing(statistic -> Objects.toString(statistic.flow(), ""))
            .thenComparing(statistic -> Objects.toString(statistic.reporter(), ""));

    /** Returns the table bundled with tradecert, reading it once. */
    public static ReferenceStatistics bundled() {
        ReferenceStatistics table = bundled;
        if (table == null) {
            try (InputStream in = ReferenceStatistics.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled reference statistics " + BUNDLED_RESOURCE + " are missing");
                }
                table = ReferenceStatisticsFiles.read(in, BUNDLED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = table;
        }
        return table;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String source() {
        return source;
    }

    public List<ReferenceStatistic> statistics() {
        return statistics;
    }

    /** Returns the SHA-256 digest, in hex, over the table's identity and every statistic. */
    public String digest() {
        return digest;
    }

    /** {@code id@version}, the name under which findings cite the table. */
    public String coordinates() {
        return id + "@" + version;
    }

    /** Finds the statistics of one HS code (as many digits as the table has it) and kind, for every unit, currency and flow. */
    public List<ReferenceStatistic> find(String hs, ReferenceStatistic.Kind kind) {
        return byHsAndKind.getOrDefault(hs + "\u0000" + kind, List.of());
    }

    /** Finds the statistics of an HS code and kind for one flow ({@code null} for all trade) and reporter. */
    public List<ReferenceStatistic> find(String hs, ReferenceStatistic.Kind kind, String flow, String reporter) {
        return find(hs, kind).stream().filter(statistic -> statistic.matchesFlow(flow, reporter)).toList();
    }

    private String computeDigest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            line(sha, ReferenceStatisticsFiles.FORMAT, id, version);
            for (ReferenceStatistic s : statistics) {
                line(sha, s.hs(), s.kind().label(), s.unit(), Objects.toString(s.currency(), ""), Objects.toString(s.flow(), ""),
                        Objects.toString(s.reporter(), ""), Integer.toString(s.count()), ReferenceStatistic.plain(s.min()),
                        ReferenceStatistic.plain(s.q1()), ReferenceStatistic.plain(s.median()), ReferenceStatistic.plain(s.q3()),
                        ReferenceStatistic.plain(s.max()), ReferenceStatistic.plain(s.mad()));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Feeds tab-separated fields and a newline. The reader rejects control characters in text fields, so no field contains a tab or a newline. */
    private static void line(MessageDigest sha, String... fields) {
        sha.update((String.join("\t", fields) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
