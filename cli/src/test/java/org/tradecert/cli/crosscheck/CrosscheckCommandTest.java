package org.tradecert.cli.crosscheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.Layer;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code tradecert crosscheck} on the committed ledgers: the sea shipment as a timeline in both
 * languages and as HTML, one transaction by id, the seeded ledgers, ledger exports and wrong
 * command lines. Tests that need the cross-document rules or the price indicators skip with
 * a message while the rule catalogue has none.
 */
class CrosscheckCommandTest {

    /** The document numbers of the sea shipment, in the order of their issue or event times. */
    private static final List<String> SEA_NUMBERS = List.of("BR-BHF-2609-0077", "BC-BOHL-260921-0077", "HL-INV-2026-0142",
            "HL-PL-2026-0142", "020220260001234567", "EV-CNTXG-261010-0001", "EV-CNTXG-261010-0002", "EV-CNTXG-261010-0003",
            "EV-CNTXG-261011-0004", "EV-CNTXG-261011-0005", "BOHL26TXG004251", "EV-CNTXG-261012-0006", "HHCB-PA-2026-110912",
            "EV-NLRTM-261118-0007", "EV-NLRTM-261118-0008", "EV-NLRTM-261118-0009");

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples/ledgers"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    static Path ledger(String name) {
        return root().resolve("examples/ledgers").resolve(name);
    }

    @Test
    void seaShipmentTimelineInEnglish() {
        CliRun run = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Trade transaction ").contains("in time order").contains("Cross-document checks (layer 8)")
                .contains("Risk indicators (layer 10)").contains("Commercial invoice").contains("Bohai Ocean Container Line Co., Ltd.");
        for (String number : SEA_NUMBERS) {
            assertThat(run.out()).contains(number);
        }
    }

    @Test
    void seaShipmentTimelineInChinese() {
        CliRun run = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--lang", "zh-CN");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("贸易交易").contains("按时间排序").contains("跨单证检查（第 8 层）").contains("风险指标（第 10 层）")
                .contains("商业发票").contains("渤海远洋集装箱航运有限公司");
    }

    @Test
    void timelineNamesBookingsEventsAndRoles() {
        CliRun english = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--lang", "en");
        CliRun chinese = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--lang", "zh-CN");

        assertThat(english.out()).contains("Booking request").contains("Booking confirmation")
                .contains("Transport event: Gate in at the terminal (GTIN)").contains("(freight forwarder)").doesNotContain("Transport booking");
        assertThat(chinese.out()).contains("订舱申请").contains("订舱确认").contains("运输事件：进闸（GTIN）").contains("（货运代理人）")
                .contains("（海关）").contains("提交编号").doesNotContain("freight-forwarder").doesNotContain("运输事件 GTIN");
    }

    @Test
    void documentsAppearInTimeOrder() {
        CliRun run = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--lang", "en");

        for (String section : run.out().split("\nTrade transaction ")) {
            // The heading line names the transaction by its transport document number, so the search starts below it.
            int heading = section.indexOf('\n');
            int previous = heading;
            String previousNumber = null;
            for (String number : SEA_NUMBERS) {
                int position = section.indexOf(number, heading);
                if (position < 0) {
                    continue;
                }
                assertThat(position).as("%s comes after %s", number, previousNumber).isGreaterThan(previous);
                previous = position;
                previousNumber = number;
            }
        }
    }

    @Test
    void everyCrossDocumentRuleHasAnOutcome() {
        List<String> rules = crossDocumentRules();
        assumeTrue(!rules.isEmpty(), "skipped: the rule catalogue has no cross-document rules or risk indicators yet");

        CliRun run = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--lang", "en");

        for (String rule : rules) {
            assertThat(run.out()).contains(rule);
        }
        assertThat(run.out()).doesNotContain("failed  ");
    }

    @Test
    void seaShipmentIsOneTransaction() {
        assumeTrue(!crossDocumentRules().isEmpty(), "skipped: without the fact extractors the sea shipment splits at the invoice");

        CliRun run = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--lang", "en");

        assertThat(run.out()).contains("Trade transaction BOHL26TXG004251: conformant").contains("1 trade transaction,");
    }

    @Test
    void transactionChosenByDocumentNumber() {
        CliRun run = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--transaction", "HL-PL-2026-0142", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().split("\nTrade transaction ", -1)).hasSize(2);
        assertThat(run.out()).contains("HL-PL-2026-0142").contains(" 1 shown");
    }

    @Test
    void unknownTransactionIsUsageError() {
        CliRun run = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--transaction", "NO-SUCH-DOCUMENT", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("NO-SUCH-DOCUMENT").contains("Its only transaction is BOHL26TXG004251");
    }

    @Test
    void htmlPageIsSelfContained(@TempDir Path temp) throws Exception {
        Path page = temp.resolve("sea.html");

        CliRun run = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--format", "html", "--out", page.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document html = parse(page);
        Element root = html.getDocumentElement();
        assertThat(root.getAttribute("lang")).isEqualTo("en");
        for (String element : List.of("script", "link", "img", "iframe", "object")) {
            assertThat(html.getElementsByTagName(element).getLength()).as(element).isZero();
        }
        assertThat(html.getElementsByTagName("style").getLength()).isEqualTo(1);
        String text = root.getTextContent();
        for (String number : SEA_NUMBERS) {
            assertThat(text).contains(number);
        }
        assertThat(Files.readString(page)).doesNotContain("src=").doesNotContain("href=\"http");
    }

    @Test
    void htmlPageSpeaksChinese(@TempDir Path temp) throws Exception {
        Path page = temp.resolve("sea.html");

        CliRun run = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--format", "html", "--out", page.toString(), "--lang", "zh-CN");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document html = parse(page);
        assertThat(html.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(html.getDocumentElement().getTextContent()).contains("贸易交易").contains("跨单证检查（第 8 层）").contains("海运运输单证");
    }

    @Test
    void replayIsShownOnTheReplayedDocument() throws Exception {
        Path ledger = ledger("sea-replayed-submission");

        CliRun run = CliRun.of("crosscheck", ledger.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(run.out()).contains("Findings of the documents' own validation").contains("REPLAY-SUBMISSION-ID").contains("REPLAY-NONCE")
                .contains(sidecarSubmission(ledger));
    }

    @Test
    void amendmentShowsBothVersions() throws Exception {
        Path ledger = ledger("sea-bl-amended-by-other-organisation");

        CliRun run = CliRun.of("crosscheck", ledger.toString(), "--transaction", "BOHL26TXG004251", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(run.out()).contains("BOHL26TXG004251 (superseded)").contains("BOHL26TXG004251 version 2").contains("SUPERSEDE-ORG")
                .contains("Tianjin Haixing Container Shipping Co., Ltd. (ocean carrier)").contains(sidecarSubmission(ledger));
    }

    @Test
    void failedRuleShowsEvidence() throws Exception {
        List<String> grossWeightRules = rulesNumbered("X06");
        assumeTrue(!grossWeightRules.isEmpty(), "skipped: the rule catalogue has no rule X06 (gross weight chain) yet");
        Path ledger = ledger("sea-x06-packing-list-gross-weight");

        CliRun run = CliRun.of("crosscheck", ledger.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(run.out()).contains("Failed checks, with the compared values").contains(grossWeightRules.get(0)).contains("36330")
                .contains("34600").contains("HL-PL-2026-0142").contains(sidecarSubmission(ledger));
    }

    @Test
    void evidenceNamesFactsAndLines(@TempDir Path temp) throws Exception {
        assumeTrue(!rulesNumbered("X06").isEmpty(), "skipped: the rule catalogue has no rule X06 (gross weight chain) yet");
        String ledger = ledger("sea-x06-packing-list-gross-weight").toString();
        Path page = temp.resolve("x06.html");

        CliRun english = CliRun.of("crosscheck", ledger, "--lang", "en");
        CliRun chinese = CliRun.of("crosscheck", ledger, "--lang", "zh-CN");
        CliRun html = CliRun.of("crosscheck", ledger, "--format", "html", "--out", page.toString(), "--lang", "en");

        assertThat(english.out()).contains("- gross weight = 36330 KGM in packing list HL-PL-2026-0142")
                .contains("at /pl:PackingList/pl:TransportEquipment/ram:GrossWeightMeasure, line 57")
                .contains("- gross weight of each container = 15729 KGM").doesNotContain("grossWeight").doesNotContain("GrossWeightMeasure:");
        assertThat(chinese.out()).contains("- 毛重 = 36330 KGM，见装箱单 HL-PL-2026-0142").contains("GrossWeightMeasure，第 57 行")
                .doesNotContain("grossWeight").doesNotContain("containerGrossWeight");
        assertThat(html.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(Files.readString(page)).contains("gross weight of each container = 15729 KGM").doesNotContain("containerGrossWeight");
    }

    @Test
    void warningsFailOnlyWhenAsked() {
        assumeTrue(!rulesNumbered("P1").isEmpty(), "skipped: the rule catalogue has no price indicator P1 yet");
        String ledger = ledger("sea-under-invoiced").toString();

        CliRun byDefault = CliRun.of("crosscheck", ledger, "--lang", "en");
        CliRun onWarning = CliRun.of("crosscheck", ledger, "--fail-on", "warning", "--lang", "en");

        assertThat(byDefault.exitCode()).as(byDefault.out()).isZero();
        assertThat(byDefault.out()).contains("WARNING");
        assertThat(onWarning.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
    }

    @Test
    void ledgerExportIsRead(@TempDir Path temp) {
        Path export = temp.resolve("sea-ok.jsonl");
        CliRun exported = CliRun.of("ledger", "export", ledger("sea-ok").toString(), "--out", export.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();

        CliRun run = CliRun.of("crosscheck", export.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String number : SEA_NUMBERS) {
            assertThat(run.out()).contains(number);
        }
        assertThat(run.out()).contains("Ledger chain: conformant");
    }

    @Test
    void folderOfDocumentsIsUsageError() {
        CliRun run = CliRun.of("crosscheck", root().resolve("examples/documents/valid/sea").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("neither a sandbox ledger");
    }

    @Test
    void missingPathIsInputError(@TempDir Path temp) {
        CliRun run = CliRun.of("crosscheck", temp.resolve("absent").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_OUTPUT);
    }

    @Test
    void unknownFormatIsUsageError() {
        CliRun run = CliRun.of("crosscheck", ledger("sea-ok").toString(), "--format", "pdf", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("pdf").contains("text or html");
    }

    /** Returns the ids of the rules of layers 8 and 10 in the catalogue. */
    private static List<String> crossDocumentRules() {
        return RuleCatalogue.standard().rules().stream()
                .filter(rule -> rule.layer() == Layer.CROSS_DOCUMENT || rule.layer() == Layer.RISK).map(RuleDefinition::id).toList();
    }

    /** Returns the ids of the rules that carry a number of the standards tables, e.g. X06 in XDOC-X06-GROSS-WEIGHT. */
    private static List<String> rulesNumbered(String number) {
        Pattern part = Pattern.compile("(^|-)" + number.charAt(0) + "0*" + number.substring(1) + "(-|$)");
        return RuleCatalogue.standard().rules().stream().map(RuleDefinition::id).filter(id -> part.matcher(id).find()).toList();
    }

    private static String sidecarSubmission(Path ledger) throws Exception {
        Matcher id = Pattern.compile("\n  id: \"([^\"]+)\"").matcher(Files.readString(ledger.resolve("expect.yaml")));
        assertThat(id.find()).as("submission id in the sidecar of " + ledger).isTrue();
        return id.group(1);
    }

    /** Parses the page as XML without fetching anything: the HTML doctype names no external subset. */
    private static Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(page.toFile());
    }
}
