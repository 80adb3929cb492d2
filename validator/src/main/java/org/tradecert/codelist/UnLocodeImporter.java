package org.tradecert.codelist;

import org.tradecert.schema.model.Bilingual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the UNECE UN/LOCODE CSV distribution: the code list comes in several parts
 * ({@code ... CodeListPart1.csv} to {@code Part3.csv}), ISO-8859-1 encoded, one location per
 * row with the columns change indicator, country, location, name, name without diacritics,
 * subdivision, function, status, date, IATA code, coordinates and remarks. Country header rows
 * and reference entries ({@code =}) carry no location code and are skipped.
 */
public final class UnLocodeImporter {

    public static final String PACK_ID = "unlocode";

    private static final Pattern VERSION = Pattern.compile("(\\d{4}-\\d)");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    // Recommendation 16 prefers the digits 2-9 in new codes, but the published list holds older codes with 0 and 1 (DE9B0).
    private static final Pattern LOCATION = Pattern.compile("[A-Z0-9]{3}");

    /**
     * Reads every code-list part in a directory, or one part file.
     *
     * @param version the release, e.g. {@code 2022-2}; when null it is taken from the file names
     */
    public CodeListPack importFrom(Path input, String version, Charset charset) throws ImportException {
        List<Path> parts = parts(input);
        if (version == null) {
            Matcher matcher = VERSION.matcher(parts.get(0).getFileName().toString());
            if (!matcher.find()) {
                throw new ImportException("cannot tell the UN/LOCODE release from the file name " + parts.get(0).getFileName()
                        + "; give it with --version, for example --version 2022-2");
            }
            version = matcher.group(1);
        }

        Map<String, CodeEntry> entries = new LinkedHashMap<>();
        for (Path part : parts) {
            readPart(part, charset, entries);
        }
        if (entries.isEmpty()) {
            throw new ImportException(input + ": no UN/LOCODE entries found; is this the UNECE CSV distribution?");
        }
        // A folder holds the whole distribution; a single part file covers only some countries.
        boolean complete = Files.isDirectory(input);
        return new CodeListPack(PACK_ID, "UNLOCODE",
                new Bilingual("UN/LOCODE, UNECE Recommendation 16", "联合国贸易和运输地点代码"),
                version, "UNECE UN/LOCODE " + version + " CSV distribution (" + parts.size() + (complete ? " parts)" : " part only)"),
                complete, entries.values());
    }

    private static List<Path> parts(Path input) throws ImportException {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new ImportException(input + ": no such file or directory");
        }
        List<Path> parts = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(input, "*CodeListPart*.csv")) {
            stream.forEach(parts::add);
        } catch (IOException e) {
            throw new ImportException(input + ": cannot list the directory: " + e.getMessage(), e);
        }
        if (parts.isEmpty()) {
            throw new ImportException(input + ": no files named *CodeListPart*.csv; point to the folder of the unzipped UNECE distribution");
        }
        parts.sort(null);
        return parts;
    }

    private static void readPart(Path part, Charset charset, Map<String, CodeEntry> entries) throws ImportException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(part), decoder))) {
            Csv csv = new Csv(reader);
            List<String> row;
            while ((row = csv.next()) != null) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() < 11) {
                    throw new ImportException(part.getFileName() + " line " + csv.line() + ": " + row.size()
                            + " columns where the UN/LOCODE CSV has 12; is this the code list part?");
                }
                String country = row.get(1).strip();
                String location = row.get(2).strip();
                if (location.isEmpty()) {
                    continue;
                }
                if (!COUNTRY.matcher(country).matches() || !LOCATION.matcher(location).matches()) {
                    throw new ImportException(part.getFileName() + " line " + csv.line() + ": '" + country + location
                            + "' is not a UN/LOCODE (two letters, then three letters or digits)");
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                put(attributes, "change", row.get(0));
                put(attributes, "subdivision", row.get(5));
                put(attributes, "functions", row.get(6));
                put(attributes, "status", row.get(7));
                put(attributes, "iata", row.get(9));
                String code = country + location;
                entries.put(code, new CodeEntry(code, row.get(3).strip(), Map.copyOf(attributes)));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportException(part.getFileName() + ": not readable as " + charset.name()
                    + "; the UNECE distribution is ISO-8859-1, give another with --encoding", e);
        } catch (IOException e) {
            throw new ImportException(part.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, String> attributes, String key, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(key, value.strip());
        }
    }

    /** The default character set of the UNECE distribution. */
    public static Charset defaultCharset() {
        return StandardCharsets.ISO_8859_1;
    }
}
