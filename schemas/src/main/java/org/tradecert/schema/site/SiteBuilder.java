package org.tradecert.schema.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.schema.diff.AllowList;
import org.tradecert.schema.diff.DiffGate;
import org.tradecert.schema.diff.DiffResult;
import org.tradecert.schema.diff.Mode;
import org.tradecert.schema.diff.SchemaDiff;
import org.tradecert.schema.governance.Texts;
import org.tradecert.schema.model.Bilingual;
import org.tradecert.schema.model.CodeList;
import org.tradecert.schema.model.DocumentModel;
import org.tradecert.schema.model.Entity;
import org.tradecert.schema.model.Property;
import org.tradecert.schema.source.LoadedRelease;
import org.tradecert.schema.source.ReleaseEntry;
import org.tradecert.schema.source.SchemaLoadException;
import org.tradecert.schema.source.SchemaRepository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the static documentation site of a schema tree, once in English and once in Chinese,
 * with a link on every page to switch between them. The site has the catalogue of types and
 * versions, and for each version its element tree with dictionary entry names, definitions,
 * cardinalities, code lists, the rules that apply and example documents in both syntaxes. It
 * also has the code lists, the changelog, the diff between any two versions of a type and a
 * search box. Every page, style and script is a local file referenced by a relative path, so
 * the site works from {@code file://} with no server and no network.
 */
public final class SiteBuilder {

    static final List<String> LANGUAGES = List.of("en", "zh-CN");

    private final SchemaRepository repository;
    private final List<RuleInfo> rules;
    private final List<Example> examples;
    private final Map<String, List<ReleaseEntry>> versions = new LinkedHashMap<>();

    public SiteBuilder(SchemaRepository repository, List<RuleInfo> rules, List<Example> examples) {
        this.repository = repository;
        this.rules = List.copyOf(rules);
        this.examples = List.copyOf(examples);
        for (ReleaseEntry entry : repository.documentTypes()) {
            versions.computeIfAbsent(entry.module(), k -> new ArrayList<>()).add(entry);
        }
    }

    /** Writes the site into {@code out} and returns the number of files written. */
    public int build(Path out) throws IOException, SchemaLoadException {
        Files.createDirectories(out);
        int files = 0;
        files += asset(out, "site.css");
        files += asset(out, "site.js");
        write(out.resolve("index.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>tradecert</title>"
                + "<meta http-equiv=\"refresh\" content=\"0; url=en/index.html\"></head><body><a href=\"en/index.html\">English</a> · "
                + "<a href=\"zh-CN/index.html\">中文</a></body></html>\n");
        files++;
        for (String language : LANGUAGES) {
            Page page = new Page(language);
            files += page.writeAll(out.resolve(language));
        }
        return files;
    }

    private static int asset(Path out, String name) throws IOException {
        try (InputStream in = SiteBuilder.class.getResourceAsStream("/org/tradecert/schema/site/" + name)) {
            if (in == null) {
                throw new IllegalStateException("site asset " + name + " is missing from the classpath");
            }
            Files.write(out.resolve(name), in.readAllBytes());
        }
        return 1;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static String typePage(String type, String version) {
        return "types/" + type + "-" + version + ".html";
    }

    static String diffPage(String type, String oldVersion, String newVersion) {
        return "diff/" + type + "-" + oldVersion + "-to-" + newVersion + ".html";
    }

    /** The pages of one language. */
    private final class Page {

        private final String language;
        private final Locale locale;
        private final ArrayNode search = JsonNodeFactory.instance.arrayNode();

        Page(String language) {
            this.language = language;
            this.locale = "en".equals(language) ? Texts.ENGLISH : Texts.CHINESE;
        }

        String t(String key, Object... arguments) {
            return Texts.get(locale, key, arguments);
        }

        String in(Bilingual text) {
            return text == null ? "" : text.in(locale);
        }

        int writeAll(Path root) throws IOException, SchemaLoadException {
            int files = 0;
            write(root.resolve("index.html"), index());
            files++;
            for (Map.Entry<String, List<ReleaseEntry>> type : versions.entrySet()) {
                for (ReleaseEntry entry : type.getValue()) {
                    write(root.resolve(typePage(entry.module(), entry.version())), type(repository.load(entry.module(), entry.version()), type.getValue()));
                    files++;
                }
            }
            write(root.resolve("codelists.html"), codeLists());
            files++;
            write(root.resolve("changelog.html"), changelog());
            files++;
            List<String[]> pairs = new ArrayList<>();
            for (Map.Entry<String, List<ReleaseEntry>> type : versions.entrySet()) {
                List<ReleaseEntry> list = type.getValue();
                for (int i = 0; i < list.size(); i++) {
                    for (int j = i + 1; j < list.size(); j++) {
                        pairs.add(new String[]{type.getKey(), list.get(i).version(), list.get(j).version()});
                        write(root.resolve(diffPage(type.getKey(), list.get(i).version(), list.get(j).version())),
                                diff(type.getKey(), list.get(i).version(), list.get(j).version()));
                        files++;
                    }
                }
            }
            write(root.resolve("diff/index.html"), diffIndex(pairs));
            files++;
            write(root.resolve("search-index.js"), "window.TRADECERT_SEARCH = " + search.toString() + ";\n");
            files++;
            return files;
        }

        private void index(String title, String text, String url) {
            ObjectNode entry = search.addObject();
            entry.put("t", title);
            entry.put("x", text == null ? "" : text);
            entry.put("u", url);
        }

        /** Wraps a page body in the shared header, search box and scripts; {@code depth} counts the folders below the language root. */
        private String frame(String title, String path, int depth, String body) {
            String up = "../".repeat(depth);
            String other = "en".equals(language) ? "zh-CN" : "en";
            Html html = new Html();
            html.raw("<!DOCTYPE html>\n").open("html", "lang", language).open("head").raw("<meta charset=\"utf-8\">")
                    .open("title").text(title + " — tradecert").close("title")
                    .raw("<link rel=\"stylesheet\" href=\"" + up + "../site.css\">")
                    .close("head").open("body", "data-root", up.isEmpty() ? "./" : up);
            html.open("header").open("nav");
            html.open("a", "href", up + "index.html", "class", "brand").text(t("site.brand")).close("a");
            html.open("a", "href", up + "codelists.html").text(t("site.codeLists")).close("a");
            html.open("a", "href", up + "changelog.html").text(t("site.changelog")).close("a");
            html.open("a", "href", up + "diff/index.html").text(t("site.diffs")).close("a");
            html.open("a", "href", up + "../" + other + "/" + path, "id", "language-switch", "hreflang", other)
                    .text(t("site.otherLanguage")).close("a");
            html.close("nav");
            html.open("div", "class", "search").raw("<input id=\"search\" type=\"search\" autocomplete=\"off\" placeholder=\"")
                    .text(t("site.searchPlaceholder")).raw("\" aria-label=\"").text(t("site.searchPlaceholder")).raw("\">")
                    .raw("<ul id=\"search-results\"></ul>").close("div");
            html.close("header");
            html.open("main").element("h1", title).raw(body).close("main");
            html.raw("<script src=\"" + up + "search-index.js\"></script><script src=\"" + up + "../site.js\"></script>");
            html.close("body").close("html");
            return html.toString();
        }

        private String index() {
            Html body = new Html();
            body.element("p", t("site.intro"));
            body.open("table", "id", "catalogue").open("thead").open("tr");
            for (String column : List.of("site.column.type", "site.column.title", "site.column.versions", "site.column.namespace")) {
                body.element("th", t(column));
            }
            body.close("tr").close("thead").open("tbody");
            for (Map.Entry<String, List<ReleaseEntry>> type : versions.entrySet()) {
                ReleaseEntry newest = type.getValue().get(type.getValue().size() - 1);
                String title = type.getKey();
                String namespace = "";
                try {
                    LoadedRelease release = repository.load(newest.module(), newest.version());
                    title = in(release.module().title());
                    namespace = release.module().xmlNamespace();
                } catch (IOException | SchemaLoadException e) {
                    // The type page fails with the same error later; the catalogue still lists the type.
                }
                body.open("tr", "data-type", type.getKey()).element("td", type.getKey()).element("td", title).open("td");
                for (ReleaseEntry entry : type.getValue()) {
                    body.open("a", "href", typePage(entry.module(), entry.version()), "class", "version").text(entry.version()
                            + (entry.released() ? "" : " (" + t("site.draft") + ")")).close("a").raw(" ");
                }
                body.close("td").element("td", namespace).close("tr");
                index(type.getKey() + " — " + title, t("site.column.type"), typePage(newest.module(), newest.version()));
            }
            body.close("tbody").close("table");
            return frame(t("site.catalogue"), "index.html", 0, body.toString());
        }

        private String type(LoadedRelease release, List<ReleaseEntry> all) {
            DocumentModel model = release.model();
            String page = typePage(release.id(), release.version());
            Html body = new Html();
            body.element("p", in(release.module().definition()), "class", "definition");
            body.open("dl", "class", "facts");
            fact(body, t("site.version"), release.version() + " (" + t("site.status." + release.module().status().name().toLowerCase(Locale.ROOT)) + ")");
            fact(body, t("site.column.namespace"), release.module().xmlNamespace());
            fact(body, "JSON Schema $id", release.module().jsonId());
            fact(body, t("site.documentTypeCodes"), String.join(", ", release.module().documentTypeCodes()));
            fact(body, t("site.issuerRoles"), String.join(", ", release.module().issuerRoles()));
            body.close("dl");
            body.open("p", "class", "other-versions").text(t("site.otherVersions") + " ");
            for (ReleaseEntry other : all) {
                if (!other.version().equals(release.version())) {
                    body.open("a", "href", "../" + typePage(other.module(), other.version())).text(other.version()).close("a").raw(" ");
                }
            }
            body.close("p");

            body.element("h2", t("site.elementTree"));
            body.open("div", "class", "tree");
            Entity root = model.rootEntity();
            body.open("details", "open", "open").open("summary").open("code", "id", anchor(root.name())).text(root.name()).close("code")
                    .raw(" ").element("span", root.den(), "class", "den").close("summary");
            body.element("p", in(root.definition()));
            Set<String> path = new HashSet<>();
            path.add(root.name());
            tree(body, model, root, path, root.name(), page);
            body.close("details").close("div");

            body.element("h2", t("site.rules"));
            body.open("table", "class", "rules").open("thead").open("tr");
            for (String column : List.of("site.rule.id", "site.rule.layer", "site.rule.severity", "site.rule.description")) {
                body.element("th", t(column));
            }
            body.close("tr").close("thead").open("tbody");
            for (RuleInfo rule : rules) {
                if (rule.appliesTo(release.id())) {
                    String description = "en".equals(language) ? rule.descriptionEn() : rule.descriptionZh();
                    body.open("tr").element("td", rule.id()).element("td", rule.layer()).element("td", rule.severity())
                            .element("td", description).close("tr");
                }
            }
            body.close("tbody").close("table");

            body.element("h2", t("site.examples"));
            boolean any = false;
            for (Example example : examples) {
                if (example.type().equals(release.id())) {
                    any = true;
                    body.element("h3", example.name() + " (" + example.syntax().toUpperCase(Locale.ROOT) + ")");
                    body.open("pre", "class", "example " + example.syntax()).open("code").text(example.content()).close("code").close("pre");
                }
            }
            if (!any) {
                body.element("p", t("site.noExamples"));
            }
            index(release.id() + " " + release.version(), in(release.module().title()), page);
            return frame(in(release.module().title()) + " " + release.version(), page, 1, body.toString());
        }

        private void tree(Html body, DocumentModel model, Entity entity, Set<String> path, String prefix, String page) {
            body.open("ul");
            for (Property property : entity.properties()) {
                String id = anchor(prefix + "/" + property.xmlName());
                body.open("li", "id", id, "class", "member" + (property.deprecation() != null ? " deprecated" : ""));
                body.open("code", "class", "xml-name").text(property.xmlName()).close("code").raw(" ")
                        .open("code", "class", "json-name").text(property.jsonName()).close("code").raw(" ")
                        .element("span", property.cardinality().toString(), "class", "card").raw(" ")
                        .element("span", property.typeName(), "class", "type");
                if (property.codeList() != null) {
                    body.raw(" ").open("a", "href", "../codelists.html#" + anchor("codelist-" + property.codeList()), "class", "codelist")
                            .text(property.codeList()).close("a");
                }
                if (property.deprecation() != null) {
                    body.raw(" ").element("span", t("site.deprecated", property.deprecation().since(),
                            property.deprecation().sunset() == null ? "-" : property.deprecation().sunset().toString()), "class", "badge");
                }
                body.element("div", property.den(), "class", "den");
                body.element("div", in(property.definition()), "class", "definition");
                index(property.xmlName() + " / " + property.jsonName(), property.den() + " — " + in(property.definition()),
                        page + "#" + id);
                if (property.aggregate() && path.add(property.typeName())) {
                    body.open("details").open("summary").text(property.typeName()).close("summary");
                    tree(body, model, model.entity(property.typeName()), path, prefix + "/" + property.xmlName(), page);
                    body.close("details");
                    path.remove(property.typeName());
                }
                body.close("li");
            }
            body.close("ul");
        }

        private String codeLists() throws IOException, SchemaLoadException {
            Html body = new Html();
            ReleaseEntry common = repository.entries().stream().filter(e -> e.common() && e.current()).findFirst()
                    .orElse(repository.entries().stream().filter(ReleaseEntry::common).reduce((a, b) -> b).orElseThrow());
            LoadedRelease release = repository.load(common.module(), common.version());
            for (CodeList list : release.module().codeLists().values()) {
                String id = anchor("codelist-" + list.id());
                body.open("section", "id", id, "class", "codelist").element("h2", list.id() + " — " + in(list.name()));
                body.element("p", t("site.codeListFacts", list.agency(), list.version(), list.binding().name().toLowerCase(Locale.ROOT),
                        list.pack() == null ? "-" : list.pack()));
                if (list.binding() == CodeList.Binding.PATTERN) {
                    body.open("p").text(t("site.pattern") + " ").element("code", list.pattern()).close("p");
                } else {
                    body.open("table").open("tbody");
                    for (CodeList.CodeValue value : list.values()) {
                        body.open("tr").open("td").element("code", value.code()).close("td").element("td", in(value.name())).close("tr");
                    }
                    body.close("tbody").close("table");
                }
                body.close("section");
                index(list.id(), in(list.name()), "codelists.html#" + id);
            }
            return frame(t("site.codeLists"), "codelists.html", 0, body.toString());
        }

        private String changelog() throws IOException, SchemaLoadException {
            Html body = new Html();
            for (Map.Entry<String, List<ReleaseEntry>> type : versions.entrySet()) {
                body.element("h2", type.getKey());
                List<ReleaseEntry> list = type.getValue();
                body.open("ul");
                for (int i = list.size() - 1; i >= 0; i--) {
                    ReleaseEntry entry = list.get(i);
                    body.open("li").open("a", "href", typePage(entry.module(), entry.version())).text(entry.version()).close("a");
                    if (i > 0) {
                        DiffGate.Verdict verdict = verdict(type.getKey(), list.get(i - 1).version(), entry.version());
                        body.raw(" — ").text(t("site.changeSummary", verdict.comparisons().get(0).findings().size(),
                                Texts.get(locale, "bump." + verdict.required().name()))).raw(" ")
                                .open("a", "href", diffPage(type.getKey(), list.get(i - 1).version(), entry.version()))
                                .text(t("site.showDiff", list.get(i - 1).version())).close("a");
                    } else {
                        body.raw(" — ").text(t("site.firstRelease"));
                    }
                    body.close("li");
                }
                body.close("ul");
            }
            return frame(t("site.changelog"), "changelog.html", 0, body.toString());
        }

        private DiffGate.Verdict verdict(String type, String oldVersion, String newVersion) throws IOException, SchemaLoadException {
            DiffResult result = SchemaDiff.compare(repository.load(type, oldVersion), repository.load(type, newVersion));
            return DiffGate.judge(List.of(result), Mode.PRODUCER, false, AllowList.empty(), LocalDate.of(2000, 1, 1));
        }

        private String diffIndex(List<String[]> pairs) {
            Html body = new Html();
            body.element("p", t("site.diffIntro"));
            body.open("form", "id", "diff-form", "class", "diff-form");
            for (String side : List.of("old", "new")) {
                body.open("label").text(t("site.diff." + side) + " ").open("select", "id", "diff-" + side);
                for (Map.Entry<String, List<ReleaseEntry>> type : versions.entrySet()) {
                    for (ReleaseEntry entry : type.getValue()) {
                        body.element("option", entry.module() + "@" + entry.version(), "value", entry.module() + "@" + entry.version());
                    }
                }
                body.close("select").close("label").raw(" ");
            }
            body.open("button", "type", "submit", "id", "diff-go").text(t("site.diff.go")).close("button");
            body.element("p", "", "id", "diff-message", "class", "message", "data-unknown", t("site.diff.unknown"));
            body.close("form");
            body.open("ul", "id", "diff-list");
            for (String[] pair : pairs) {
                body.open("li").open("a", "href", diffPage(pair[0], pair[1], pair[2]).substring("diff/".length()), "data-pair",
                        pair[0] + "@" + pair[1] + "|" + pair[0] + "@" + pair[2]).text(pair[0] + " " + pair[1] + " \u2192 " + pair[2]).close("a").close("li");
            }
            if (pairs.isEmpty()) {
                body.element("li", t("site.noDiffs"));
            }
            body.close("ul");
            return frame(t("site.diffs"), "diff/index.html", 1, body.toString());
        }

        private String diff(String type, String oldVersion, String newVersion) throws IOException, SchemaLoadException {
            DiffGate.Verdict verdict = verdict(type, oldVersion, newVersion);
            DiffGate.Comparison comparison = verdict.comparisons().get(0);
            Html body = new Html();
            body.element("p", Texts.get(locale, "diff.required", Texts.get(locale, "bump." + comparison.required().name()),
                    Texts.get(locale, "bump." + comparison.declared().name())), "class", "verdict");
            body.open("table", "class", "diff").open("thead").open("tr");
            for (String column : List.of("site.diff.kind", "site.diff.path", "site.diff.class", "site.diff.change", "site.diff.bump", "site.diff.where")) {
                body.element("th", t(column));
            }
            body.close("tr").close("thead").open("tbody");
            for (DiffGate.Judged judged : comparison.findings()) {
                var finding = judged.finding();
                String where = (finding.xsd() == null ? "" : finding.xsd().file() + ":" + finding.xsd().line())
                        + (finding.xsd() != null && finding.json() != null ? " · " : "")
                        + (finding.json() == null ? "" : finding.json().file() + ":" + finding.json().line());
                body.open("tr", "class", "class-" + finding.effectiveClass().name().toLowerCase(Locale.ROOT))
                        .open("td").element("strong", finding.kind().name()).raw(" ").text(Texts.get(locale, finding.kind().titleKey())).close("td")
                        .open("td").element("code", finding.path()).close("td")
                        .element("td", finding.changeClass().name() + (finding.decided() ? "" : " ?"))
                        .element("td", (finding.oldValue() == null ? "-" : finding.oldValue()) + " \u2192 " + (finding.newValue() == null ? "-" : finding.newValue()))
                        .element("td", Texts.get(locale, "bump." + judged.required().name()))
                        .element("td", where).close("tr");
            }
            if (comparison.findings().isEmpty()) {
                body.open("tr").element("td", Texts.get(locale, "diff.noChanges"), "colspan", "6").close("tr");
            }
            body.close("tbody").close("table");
            String page = diffPage(type, oldVersion, newVersion);
            index(type + " " + oldVersion + " \u2192 " + newVersion, t("site.diffs"), page);
            return frame(t("site.diffTitle", type, oldVersion, newVersion), page, 1, body.toString());
        }

        private void fact(Html body, String label, String value) {
            body.element("dt", label).element("dd", value);
        }
    }

    static String anchor(String text) {
        return text.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
