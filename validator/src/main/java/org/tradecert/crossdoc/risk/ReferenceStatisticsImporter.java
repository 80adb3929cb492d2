package org.tradecert.crossdoc.risk;

import org.tradecert.codelist.Csv;
import org.tradecert.codelist.ImportException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes reference statistics from a CSV file of observed unit values or unit weights, one
 * observation a row, for example taken from past declarations. The header names the columns,
 * in any order and case:
 * <ul>
 *   <li>{@code hs6} (or {@code hs}): the HS code; longer national codes are cut to their subheading,
 *       and 2 or 4 digits give a chapter or heading row;</li>
 *   <li>{@code unit}: the Recommendation 20 unit the value is per;</li>
 *   <li>{@code unitValue} with {@code currency}: the price per unit, and/or {@code unitWeight}: net kilograms per unit;</li>
 *   <li>optional {@code flow} ({@code export} or {@code import}) with {@code reporter} (ISO 3166 alpha-2):
 *       the trade statistics of one country, for the mirror comparison.</li>
 * </ul>
 * Each group (HS code, unit, currency, flow, reporter) gets its count, minimum, quartiles,
 * median, maximum and median absolute deviation. Quartiles interpolate linearly between order
 * statistics (Hyndman and Fan type 7, the default of R and NumPy), and every statistic is
 * exact decimal arithmetic. Groups with fewer observations than the minimum are left out
 * and listed, because a median of two prices is no reference.
 */
public final class ReferenceStatisticsImporter {

    public static final int DEFAULT_MINIMUM_OBSERVATIONS = 5;

    /**
     * The result of an import.
     *
     * @param observations  the number of values read (a row with both a unit value and a unit weight counts twice)
     * @param skippedGroups the groups left out for having too few observations, as {@code hs kind unit [currency] [reporter flow] (n)}
     */
    public record Result(ReferenceStatistics table, long observations, List<String> skippedGroups) {
    }

    private record Group(String hs, ReferenceStatistic.Kind kind, String unit, String currency, String flow, String reporter) {
    }

    private final int minimumObservations;

    public ReferenceStatisticsImporter() {
        this(DEFAULT_MINIMUM_OBSERVATIONS);
    }

    /** @param minimumObservations the fewest observations a group needs to be kept, at least 1 */
    public ReferenceStatisticsImporter(int minimumObservations) {
        if (minimumObservations < 1) {
            throw new IllegalArgumentException("the minimum number of observations must be at least 1, not " + minimumObservations);
        }
        this.minimumObservations = minimumObservations;
    }

    /**
     * Imports a UTF-8 CSV file.
     *
     * @param id      the table's name, e.g. {@code cn-export-unit-values}
     * @param version the table's version, e.g. {@code 2026-q3}
     * @param source  where the observations come from, kept in the table for every reader
     * @throws ImportException when the file cannot be read or a row is invalid; the message names the file and line
     */
    public Result importFrom(Path file, String id, String version, String source) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + ": no such file; give a CSV file with the columns hs6, unit, unitValue, currency");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            return importFrom(reader, file.getFileName().toString(), id, version, source);
        } catch (CharacterCodingException e) {
            throw new ImportException(file.getFileName() + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new ImportException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Imports CSV text; {@code label} names the input in error messages. */
    public Result importFrom(BufferedReader reader, String label, String id, String version, String source)
            throws ImportException, IOException {
        Csv csv = new Csv(reader);
        List<String> header = csv.next();
        if (header == null) {
            throw new ImportException(label + ": the file is empty");
        }
        Map<String, Integer> columns = columns(header);
        if (!columns.containsKey("hs")) {
            throw new ImportException(label + ": no 'hs6' column; expected the columns hs6, unit, unitValue, currency");
        }
        if (!columns.containsKey("unit")) {
            throw new ImportException(label + ": no 'unit' column; expected the columns hs6, unit, unitValue, currency");
        }
        if (!columns.containsKey("unitvalue") && !columns.containsKey("unitweight")) {
            throw new ImportException(label + ": no 'unitValue' or 'unitWeight' column; give at least one of them");
        }
        if (columns.containsKey("unitvalue") && !columns.containsKey("currency")) {
            throw new ImportException(label + ": a 'unitValue' column needs a 'currency' column");
        }

        Map<Group, List<BigDecimal>> groups = new HashMap<>();
        long observations = 0;
        List<String> row;
        while ((row = csv.next()) != null) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            String where = label + " line " + csv.line();
            if (row.size() < header.size()) {
                throw new ImportException(where + ": " + row.size() + " columns instead of " + header.size());
            }
            observations += addRow(row, columns, where, groups);
        }

        return summarise(groups, observations, id, version, source);
    }

    /** Adds the observations of one row to their groups; returns how many it held. */
    private static int addRow(List<String> row, Map<String, Integer> columns, String where, Map<Group, List<BigDecimal>> groups)
            throws ImportException {
        String hs = hs(field(row, columns, "hs"), where);
        String unit = field(row, columns, "unit").toUpperCase(Locale.ROOT);
        if (!unit.matches("[A-Z0-9]{2,3}")) {
            throw new ImportException(where + ": unit '" + unit + "' is not a UNECE Recommendation 20 code");
        }
        String flow = field(row, columns, "flow").toLowerCase(Locale.ROOT);
        String reporter = field(row, columns, "reporter").toUpperCase(Locale.ROOT);
        if (flow.isEmpty() != reporter.isEmpty() || !flow.isEmpty() && (!List.of("export", "import").contains(flow) || !reporter.matches("[A-Z]{2}"))) {
            throw new ImportException(where + ": flow '" + flow + "' and reporter '" + reporter
                    + "' must both be empty, or be export or import with an ISO 3166 alpha-2 country");
        }
        String groupFlow = flow.isEmpty() ? null : flow;
        String groupReporter = reporter.isEmpty() ? null : reporter;

        int added = 0;
        String value = field(row, columns, "unitvalue");
        if (!value.isEmpty()) {
            String currency = field(row, columns, "currency").toUpperCase(Locale.ROOT);
            if (!isCurrency(currency)) {
                throw new ImportException(where + ": currency '" + currency + "' is not an ISO 4217 code");
            }
            groups.computeIfAbsent(new Group(hs, ReferenceStatistic.Kind.UNIT_VALUE, unit, currency, groupFlow, groupReporter),
                    any -> new ArrayList<>()).add(positive(value, "unitValue", where));
            added++;
        }
        String weight = field(row, columns, "unitweight");
        if (!weight.isEmpty()) {
            groups.computeIfAbsent(new Group(hs, ReferenceStatistic.Kind.UNIT_WEIGHT, unit, null, groupFlow, groupReporter),
                    any -> new ArrayList<>()).add(positive(weight, "unitWeight", where));
            added++;
        }
        if (added == 0) {
            throw new ImportException(where + ": the row has neither a unit value nor a unit weight");
        }
        return added;
    }

    private Result summarise(Map<Group, List<BigDecimal>> groups, long observations, String id, String version, String source)
            throws ImportException {
        List<ReferenceStatistic> statistics = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (Map.Entry<Group, List<BigDecimal>> entry : groups.entrySet()) {
            Group group = entry.getKey();
            if (entry.getValue().size() < minimumObservations) {
                skipped.put(describe(group), entry.getValue().size());
                continue;
            }
            statistics.add(statistic(group, entry.getValue()));
        }
        if (statistics.isEmpty()) {
            throw new ImportException("no group has the " + minimumObservations + " observations a statistic needs; "
                    + skipped.size() + " groups were too small");
        }
        List<String> skippedGroups = new ArrayList<>();
        skipped.forEach((group, count) -> skippedGroups.add(group + " (" + count + ")"));
        return new Result(new ReferenceStatistics(id, version, source, statistics), observations, List.copyOf(skippedGroups));
    }

    private static ReferenceStatistic statistic(Group group, List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        BigDecimal median = quantile(sorted, 2);
        List<BigDecimal> deviations = new ArrayList<>();
        for (BigDecimal value : sorted) {
            deviations.add(value.subtract(median).abs());
        }
        deviations.sort(null);
        return new ReferenceStatistic(group.hs(), group.kind(), group.unit(), group.currency(), group.flow(), group.reporter(),
                sorted.size(), sorted.get(0), quantile(sorted, 1), median, quantile(sorted, 3), sorted.get(sorted.size() - 1),
                quantile(deviations, 2));
    }

    /**
     * Computes the quartile {@code quarter} (1, 2 or 3) of sorted values, interpolating linearly between
     * the order statistics around position {@code (n - 1) * quarter / 4}. The position's
     * fraction is a multiple of 0.25, so the result is exact.
     */
    static BigDecimal quantile(List<BigDecimal> sorted, int quarter) {
        int n = sorted.size();
        int scaled = (n - 1) * quarter;
        int below = scaled / 4;
        int remainder = scaled % 4;
        BigDecimal low = sorted.get(below);
        if (remainder == 0) {
            return low;
        }
        BigDecimal high = sorted.get(below + 1);
        BigDecimal fraction = BigDecimal.valueOf(remainder).divide(BigDecimal.valueOf(4));
        return low.add(high.subtract(low).multiply(fraction)).stripTrailingZeros();
    }

    private static String describe(Group group) {
        StringBuilder text = new StringBuilder(group.hs() + " " + group.kind().label() + " " + group.unit());
        if (group.currency() != null) {
            text.append(' ').append(group.currency());
        }
        if (group.flow() != null) {
            text.append(' ').append(group.reporter()).append(' ').append(group.flow());
        }
        return text.toString();
    }

    /** Reads the HS code of a row, removing dots and spaces and cutting national codes to their six-digit subheading. */
    private static String hs(String text, String where) throws ImportException {
        String digits = text.replace(".", "").replace(" ", "");
        if (digits.matches("[0-9]{6,10}")) {
            return digits.substring(0, 6);
        }
        if (digits.matches("[0-9]{2}|[0-9]{4}")) {
            return digits;
        }
        throw new ImportException(where + ": hs6 '" + text + "' is not an HS chapter, heading, subheading or national code");
    }

    private static BigDecimal positive(String text, String column, String where) throws ImportException {
        if (!text.matches("[0-9]{1,15}(\\.[0-9]{1,12})?")) {
            throw new ImportException(where + ": " + column + " '" + text + "' is not a decimal number such as 85.50");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() <= 0) {
            throw new ImportException(where + ": " + column + " must be greater than zero");
        }
        return value;
    }

    private static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Indexes the columns by normalised name: lower case, with {@code hs6} read as {@code hs}. */
    private static Map<String, Integer> columns(List<String> header) throws ImportException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
            if (name.equals("hs6")) {
                name = "hs";
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new ImportException("the header names the column '" + header.get(i).strip() + "' twice");
            }
        }
        return columns;
    }

    private static String field(List<String> row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : row.get(index).strip();
    }
}
