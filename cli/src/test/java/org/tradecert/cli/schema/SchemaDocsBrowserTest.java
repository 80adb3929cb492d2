package org.tradecert.cli.schema;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The documentation site in headless Chromium, opened from the file system: it lists every
 * type, switches language, finds an element by search and shows a diff page. Needs Debian's
 * chromium and chromium-driver, which .ci/run installs; skips without them.
 */
class SchemaDocsBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> TYPES = List.of("booking", "commercial-invoice", "packing-list", "goods-declaration",
            "sea-transport-document", "air-waybill", "transport-event", "payment-advice");

    @TempDir
    static Path folder;

    static Path site;
    static WebDriver browser;

    @BeforeAll
    static void buildAndOpen() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed (/usr/bin/chromium and /usr/bin/chromedriver); install Debian's chromium and "
                        + "chromium-driver, as .ci/run does, to run the documentation site test");
        Fixtures fixtures = Fixtures.copy(folder.resolve("repo")).release("transport-event-1.1.0").release("transport-event-2.0.0");
        site = folder.resolve("site");
        CliRun built = CliRun.of("schema", "docs", site.toString(), "--tree", fixtures.tree.toString(), "--examples", "../examples/documents/valid");
        assertThat(built.exitCode()).as(built.err()).isEqualTo(ExitCode.OK);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    @Test
    void catalogueShowsEveryType() {
        open("en/index.html");

        List<String> rows = browser.findElements(By.cssSelector("#catalogue tbody tr")).stream().map(r -> r.getAttribute("data-type")).toList();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(TYPES);
        assertThat(browser.findElement(By.cssSelector("tr[data-type='transport-event']")).getText()).contains("1.0.0").contains("1.1.0").contains("2.0.0");
    }

    @Test
    void languageSwitchShowsChinese() {
        open("en/index.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Document types and versions");

        browser.findElement(By.id("language-switch")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("单证类型与版本");
        assertThat(browser.findElement(By.cssSelector("tr[data-type='commercial-invoice']")).getText()).contains("商业发票");
    }

    @Test
    void searchFindsElement() {
        open("en/index.html");

        browser.findElement(By.id("search")).sendKeys("RelatedEventReferencedDocument");
        List<WebElement> results = browser.findElements(By.cssSelector("#search-results a"));
        assertThat(results).isNotEmpty();
        results.get(0).click();

        assertThat(browser.getCurrentUrl()).contains("types/transport-event-").contains("#TransportEvent-RelatedEventReferencedDocument");
        assertThat(browser.findElement(By.id("TransportEvent-RelatedEventReferencedDocument")).getText())
                .contains("Transport_ Event. Related Event. Referenced_ Document");
    }

    @Test
    void diffPageShowsChangesAndScreenshot() throws Exception {
        open("en/diff/index.html");

        new Select(browser.findElement(By.id("diff-old"))).selectByValue("transport-event@1.1.0");
        new Select(browser.findElement(By.id("diff-new"))).selectByValue("transport-event@2.0.0");
        browser.findElement(By.id("diff-go")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("transport-event").contains("1.1.0").contains("2.0.0");
        String table = browser.findElement(By.cssSelector("table.diff")).getText();
        assertThat(table).contains("SD201").contains("SD103").contains("SD105").contains("SD701");
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).contains("MAJOR");

        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "schema-docs-diff.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isPositive();
    }

    @Test
    void siteReferencesNothingRemote() throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".css")).toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("url(http");
            }
        }
    }
}
