package org.tradecert.codelist;

import org.tradecert.schema.model.Bilingual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a Harmonized System nomenclature published as CSV with the columns section,
 * hscode, description, parent and level (2 chapter, 4 heading, 6 subheading), as the UN
 * Comtrade extract is. Chapters, headings and subheadings all go into the pack with their
 * level; a goods code is valid when its first six digits are a subheading.
 */
public final class HsImporter {

    public static final String PACK_ID = "hs2022";

    public CodeListPack importFrom(Path file, String version) throws ImportException {
        if (version != null && !version.startsWith("2022")) {
            throw new ImportException("version " + version + " is not of the HS 2022 edition, which is the only one the standard binds; give a version starting with 2022");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + ": no such file; give the harmonized-system.csv file of the HS distribution");
        }
        List<CodeEntry> entries = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            Csv csv = new Csv(reader);
            List<String> header = csv.next();
            if (header == null) {
                throw new ImportException(file + ": the file is empty");
            }
            Map<String, Integer> columns = columns(header);
            for (String required : List.of("hscode", "description", "level")) {
                if (!columns.containsKey(required)) {
                    throw new ImportException(file + ": no '" + required + "' column; expected the columns section, hscode, description, parent, level");
                }
            }
            List<String> row;
            while ((row = csv.next()) != null) {
                if (row.size() < header.size()) {
                    if (row.size() == 1 && row.get(0).isBlank()) {
                        continue;
                    }
                    throw new ImportException(file.getFileName() + " line " + csv.line() + ": " + row.size() + " columns instead of " + header.size());
                }
                String code = row.get(columns.get("hscode")).strip();
                String level = row.get(columns.get("level")).strip();
                if (columns.containsKey("section") && "TOTAL".equalsIgnoreCase(row.get(columns.get("section")).strip())) {
                    // UN Comtrade's statistical totals (99, 9999, 999999) are not part of the nomenclature.
                    continue;
                }
                if (!code.matches("[0-9]{2}([0-9]{2}([0-9]{2})?)?") || !Integer.toString(code.length()).equals(level)) {
                    if ("TOTAL".equalsIgnoreCase(code)) {
                        continue;
                    }
                    throw new ImportException(file.getFileName() + " line " + csv.line() + ": '" + code + "' at level " + level
                            + " is not an HS chapter, heading or subheading");
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("level", level);
                if (columns.containsKey("section")) {
                    attributes.put("section", row.get(columns.get("section")).strip());
                }
                entries.add(new CodeEntry(code, row.get(columns.get("description")).strip(), Map.copyOf(attributes)));
            }
        } catch (CharacterCodingException e) {
            throw new ImportException(file.getFileName() + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new ImportException(file.getFileName() + ": " + e.getMessage(), e);
        }
        long subheadings = entries.stream().filter(e -> e.code().length() == 6).count();
        if (subheadings == 0) {
            throw new ImportException(file + ": no six-digit subheadings found");
        }
        return new CodeListPack(PACK_ID, "HS2022", new Bilingual("Harmonized System 2022 nomenclature", "2022 年版协调制度目录"),
                version == null ? "2022" : version, "HS nomenclature CSV " + file.getFileName(), true, entries);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT);
            columns.put(name, i);
        }
        return columns;
    }
}
