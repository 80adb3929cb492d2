package org.tradecert.crossdoc.risk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes reference statistics as JSON ({@code tradecert-reference-statistics/1}).
 * Every number is a decimal string, as in the documents of the standard, so no value passes
 * through binary floating point. A file is checked completely on reading: a table that
 * contradicts itself (a first quartile above the median, a negative value) is rejected with
 * the row that is wrong.
 */
public final class ReferenceStatisticsFiles {

    public static final String FORMAT = "tradecert-reference-statistics/1";

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
            .build());

    private ReferenceStatisticsFiles() {
    }

    public static ReferenceStatistics read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a table.
     *
     * @param label the file or resource name that error messages give
     * @throws IOException when the content is not a valid table; the message names the label and the row
     */
    public static ReferenceStatistics read(InputStream in, String label) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException(label + ": reference statistics must be a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new IOException(label + ": format is '" + root.path("format").asText("") + "', expected " + FORMAT);
        }
        String id = text(root, "id", label);
        String version = text(root, "version", label);
        String source = root.path("source").asText(null);
        JsonNode rows = root.path("statistics");
        if (!rows.isArray()) {
            throw new IOException(label + ": 'statistics' must be an array");
        }

        List<ReferenceStatistic> statistics = new ArrayList<>();
        int index = 0;
        for (JsonNode row : rows) {
            String where = label + " statistics[" + index + "]";
            statistics.add(statistic(row, where));
            index++;
        }
        return new ReferenceStatistics(id, version, source, statistics);
    }

    private static ReferenceStatistic statistic(JsonNode row, String where) throws IOException {
        if (!row.isObject()) {
            throw new IOException(where + ": each statistic must be a JSON object");
        }
        ReferenceStatistic.Kind kind;
        try {
            kind = ReferenceStatistic.Kind.parse(row.path("kind").asText(""));
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
        String hs = text(row, "hs", where);
        String unit = text(row, "unit", where);
        String currency = row.hasNonNull("currency") ? row.get("currency").asText() : null;
        String flow = row.hasNonNull("flow") ? row.get("flow").asText() : null;
        String reporter = row.hasNonNull("reporter") ? row.get("reporter").asText() : null;
        JsonNode count = row.path("count");
        if (!count.canConvertToInt() || !count.isIntegralNumber() || count.asInt() < 1) {
            throw new IOException(where + ": 'count' must be a whole number of at least 1");
        }
        ReferenceStatistic statistic = new ReferenceStatistic(hs, kind, unit, currency, flow, reporter, count.asInt(),
                decimal(row, "min", where), decimal(row, "q1", where), decimal(row, "median", where), decimal(row, "q3", where),
                decimal(row, "max", where), decimal(row, "mad", where));
        check(statistic, where);
        return statistic;
    }

    /** Rejects a statistic whose codes are malformed or whose numbers contradict each other. */
    static void check(ReferenceStatistic s, String where) throws IOException {
        if (!s.hs().matches("[0-9]{2}([0-9]{2}([0-9]{2})?)?")) {
            throw new IOException(where + ": hs '" + s.hs() + "' is not an HS chapter (2 digits), heading (4) or subheading (6)");
        }
        if (!s.unit().matches("[A-Z0-9]{2,3}")) {
            throw new IOException(where + ": unit '" + s.unit() + "' is not a UNECE Recommendation 20 code");
        }
        if (s.kind() == ReferenceStatistic.Kind.UNIT_VALUE && !isCurrency(s.currency())) {
            throw new IOException(where + ": a unit value needs an ISO 4217 currency; '" + s.currency() + "' is not one");
        }
        if (s.kind() == ReferenceStatistic.Kind.UNIT_WEIGHT && s.currency() != null) {
            throw new IOException(where + ": a unit weight is in kilograms and has no currency");
        }
        if (s.flow() != null && (!List.of("export", "import").contains(s.flow()) || s.reporter() == null || !s.reporter().matches("[A-Z]{2}"))) {
            throw new IOException(where + ": a flow is 'export' or 'import' with the ISO 3166 alpha-2 reporter that published it");
        }
        if (s.flow() == null && s.reporter() != null) {
            throw new IOException(where + ": a reporter needs its flow, 'export' or 'import'");
        }
        if (s.min().signum() <= 0) {
            throw new IOException(where + ": values must be greater than zero; min is " + s.min().toPlainString());
        }
        if (s.min().compareTo(s.q1()) > 0 || s.q1().compareTo(s.median()) > 0 || s.median().compareTo(s.q3()) > 0
                || s.q3().compareTo(s.max()) > 0) {
            throw new IOException(where + ": min, q1, median, q3 and max must not decrease");
        }
        if (s.mad().signum() < 0) {
            throw new IOException(where + ": mad must not be negative");
        }
    }

    private static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(JsonNode node, String field, String where) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IOException(where + ": '" + field + "' is missing or not a text");
        }
        String text = value.asText();
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IOException(where + ": '" + field + "' contains a control character; remove it");
        }
        return text;
    }

    private static BigDecimal decimal(JsonNode node, String field, String where) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || !value.asText().matches("[0-9]{1,15}(\\.[0-9]{1,12})?")) {
            throw new IOException(where + ": '" + field + "' must be a decimal string such as \"85.5\"");
        }
        return new BigDecimal(value.asText());
    }

    /** Writes a table, replacing the file only once the new content is complete. */
    public static void write(ReferenceStatistics table, Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(table, out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(ReferenceStatistics table, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("id", table.id());
            json.writeStringField("version", table.version());
            if (table.source() != null) {
                json.writeStringField("source", table.source());
            }
            json.writeArrayFieldStart("statistics");
            for (ReferenceStatistic s : table.statistics()) {
                json.writeStartObject();
                json.writeStringField("hs", s.hs());
                json.writeStringField("kind", s.kind().label());
                json.writeStringField("unit", s.unit());
                optional(json, "currency", s.currency());
                optional(json, "flow", s.flow());
                optional(json, "reporter", s.reporter());
                json.writeNumberField("count", s.count());
                for (Map.Entry<String, BigDecimal> value : List.of(Map.entry("min", s.min()), Map.entry("q1", s.q1()),
                        Map.entry("median", s.median()), Map.entry("q3", s.q3()), Map.entry("max", s.max()), Map.entry("mad", s.mad()))) {
                    json.writeStringField(value.getKey(), ReferenceStatistic.plain(value.getValue()));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
