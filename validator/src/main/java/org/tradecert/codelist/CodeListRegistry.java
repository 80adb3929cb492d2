package org.tradecert.codelist;

import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.catalog.SchemaRelease;
import org.tradecert.schema.model.Bilingual;
import org.tradecert.schema.model.CodeList;
import org.tradecert.schema.model.ModelModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The code-list packs a validation run uses, by the model code list they serve: packs built
 * from the JDK (ISO 3166-1, ISO 4217), packs bundled with tradecert (selections of large lists,
 * the China customs lists with their mappings), packs derived from the lists the model
 * enumerates, and packs imported from official distributions into a directory. An imported
 * pack replaces the bundled one for its list.
 */
public final class CodeListRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(CodeListRegistry.class);

    /** The bundled packs, as resources under {@code org/tradecert/codelists/}. */
    static final List<String> BUNDLED = List.of(
            "rec20", "rec21", "untdid4461", "unlocode", "hs2022",
            "gacc-transport-mode", "gacc-transaction-mode", "gacc-package-type");

    private final Map<String, CodeListPack> byList;

    private CodeListRegistry(Map<String, CodeListPack> byList) {
        this.byList = java.util.Collections.unmodifiableMap(new TreeMap<>(byList));
    }

    /** The built-in packs only. */
    public static CodeListRegistry builtIn() {
        return withImports(List.of());
    }

    /** The built-in packs, replaced list by list by the packs found in the given directories. */
    public static CodeListRegistry withImports(Collection<Path> directories) {
        Map<String, CodeListPack> packs = new TreeMap<>();
        for (CodeListPack pack : derivedFromModel()) {
            packs.put(pack.list(), pack);
        }
        packs.put("ISO3166", iso3166());
        packs.put("ISO4217", iso4217());
        for (String name : BUNDLED) {
            CodeListPack pack = bundled(name);
            packs.put(pack.list(), pack);
        }
        for (Path directory : directories) {
            for (CodeListPack pack : readDirectory(directory)) {
                packs.put(pack.list(), pack);
            }
        }
        return new CodeListRegistry(packs);
    }

    /** The pack serving a model code list, e.g. {@code UNLOCODE}. */
    public Optional<CodeListPack> forList(String list) {
        return Optional.ofNullable(byList.get(list));
    }

    public Collection<CodeListPack> packs() {
        return byList.values();
    }

    /** Reads the packs of an import directory; a directory that does not exist holds none. */
    public static List<CodeListPack> readDirectory(Path directory) {
        List<CodeListPack> packs = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return packs;
        }
        Path current = directory;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + PackFiles.SUFFIX + "*")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path file : sorted) {
                String name = file.getFileName().toString();
                if (name.endsWith(PackFiles.SUFFIX) || name.endsWith(PackFiles.GZIP_SUFFIX)) {
                    current = file;
                    packs.add(PackFiles.read(file));
                    LOG.info("code-list pack {} read from {}", packs.get(packs.size() - 1).coordinates(), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(current + " cannot be read: " + e.getMessage(), e);
        }
        return packs;
    }

    private static CodeListPack bundled(String name) {
        String resource = "/org/tradecert/codelists/" + name + PackFiles.SUFFIX;
        try (InputStream in = CodeListRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled code-list pack " + resource + " is missing");
            }
            return PackFiles.read(in, false, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code lists of the current common components, by id. */
    public static Map<String, CodeList> modelLists() {
        SchemaCatalog catalog = SchemaCatalog.bundled();
        SchemaRelease anyType = catalog.documentTypes().stream().filter(SchemaRelease::current).findFirst()
                .orElseThrow(() -> new IllegalStateException("the schema catalog holds no current document type"));
        return catalog.model(anyType).common().codeLists();
    }

    /** Packs for the lists the current common model enumerates in full (transport modes, Incoterms, ...). */
    private static List<CodeListPack> derivedFromModel() {
        List<CodeListPack> packs = new ArrayList<>();
        SchemaCatalog catalog = SchemaCatalog.bundled();
        SchemaRelease anyType = catalog.documentTypes().stream().filter(SchemaRelease::current).findFirst().orElse(null);
        if (anyType == null) {
            return packs;
        }
        ModelModule common = catalog.model(anyType).common();
        for (CodeList list : common.codeLists().values()) {
            if (list.binding() != CodeList.Binding.ENUMERATION) {
                continue;
            }
            List<CodeEntry> entries = new ArrayList<>();
            for (CodeList.CodeValue value : list.values()) {
                entries.add(new CodeEntry(value.code(), value.name().en(), value.name().zh() == null ? Map.of() : Map.of("nameZh", value.name().zh())));
            }
            packs.add(new CodeListPack(kebab(list.id()), list.id(), list.name(), list.version(),
                    "tradecert common model " + common.version(), true, entries));
        }
        return packs;
    }

    /** A pack id from a model list id: GACCDutyMode becomes gacc-duty-mode. */
    static String kebab(String listId) {
        return listId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static CodeListPack iso3166() {
        List<CodeEntry> entries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            entries.add(new CodeEntry(code, country.getDisplayCountry(Locale.ENGLISH),
                    Map.of("nameZh", country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE))));
        }
        return new CodeListPack("iso3166", "ISO3166", new Bilingual("ISO 3166-1 alpha-2 country codes", "ISO 3166-1 二字母国家（地区）代码"),
                "jdk-" + Runtime.version().feature() + "." + Runtime.version().interim() + "." + Runtime.version().update(),
                "java.util.Locale of the running JDK", true, entries);
    }

    private static CodeListPack iso4217() {
        List<CodeEntry> entries = new ArrayList<>();
        for (Currency currency : Currency.getAvailableCurrencies()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("fractionDigits", Integer.toString(currency.getDefaultFractionDigits()));
            attributes.put("nameZh", currency.getDisplayName(Locale.SIMPLIFIED_CHINESE));
            entries.add(new CodeEntry(currency.getCurrencyCode(), currency.getDisplayName(Locale.ENGLISH), attributes));
        }
        return new CodeListPack("iso4217", "ISO4217", new Bilingual("ISO 4217 currency codes", "ISO 4217 货币代码"),
                "jdk-" + Runtime.version().feature() + "." + Runtime.version().interim() + "." + Runtime.version().update(),
                "java.util.Currency of the running JDK", true, entries);
    }
}
