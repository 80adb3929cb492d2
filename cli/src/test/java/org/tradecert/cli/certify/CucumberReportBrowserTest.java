package org.tradecert.cli.certify;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tradecert.cli.CliRun;
import org.tradecert.conformance.Role;
import org.tradecert.conformance.suite.ScenarioDefinition;
import org.tradecert.conformance.suite.Suite;
import org.tradecert.conformance.suite.Suites;
import org.tradecert.json.SafeJson;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Cucumber's HTML report of a certification, opened from the file system in headless Chromium:
 * the page renders every scenario of the suite with its result. Needs Debian's chromium and
 * chromium-driver, which .ci/run installs; skips without them.
 */
class CucumberReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path folder;

    static Path report;
    static WebDriver browser;
    static int passed;
    static int notApplicable;

    @BeforeAll
    static void certifyAndOpen() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed (/usr/bin/chromium and /usr/bin/chromedriver); install Debian's chromium and "
                        + "chromium-driver, as .ci/run does, to run the Cucumber report test");
        Path out = folder.resolve("certification");
        CliRun run = CliRun.of("certify", "--role", "exporter", "--submissions", SeaShipment.root().resolve("examples/ledgers/sea-ok").toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        report = out.resolve("cucumber/report.html");

        // The counts come from tradecert's own report, so the test follows the rule pack as rules are added.
        for (JsonNode scenario : SafeJson.mapper().readTree(Files.readAllBytes(out.resolve("certification.json"))).path("scenarios")) {
            switch (scenario.path("result").asText()) {
                case "PASSED" -> passed++;
                case "NOT_APPLICABLE" -> notApplicable++;
                default -> throw new AssertionError("the demo exporter has a scenario that is neither passed nor not applicable: " + scenario);
            }
        }

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

    /** The page's visible text once the report's script has rendered the feature; waits on the page, not on a clock. */
    private static String renderedText(Suite suite) {
        browser.get(report.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(driver -> driver.findElement(By.tagName("body")).getText().contains(suite.featureName()));
        return browser.findElement(By.tagName("body")).getText();
    }

    @Test
    void reportShowsEveryScenario() throws Exception {
        Suite suite = Suites.forRole(Role.EXPORTER);

        String text = renderedText(suite);

        List<String> names = suite.scenarios().stream().map(ScenarioDefinition::name).toList();
        assertThat(names).hasSize(17);
        assertThat(names).allSatisfy(name -> assertThat(text).contains(name));
    }

    @Test
    void reportCountsResults() throws Exception {
        String text = renderedText(Suites.forRole(Role.EXPORTER));

        assertThat(passed + notApplicable).isEqualTo(17);
        assertThat(text).contains("(" + passed + " / 17) passed");
        assertThat(text).containsPattern("PASSED\\s*" + passed);
        assertThat(text).containsPattern("SKIPPED\\s*" + notApplicable);

        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "cucumber-report.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isPositive();
    }

    @Test
    void reportLoadsNothingRemote() throws Exception {
        renderedText(Suites.forRole(Role.EXPORTER));

        Object remote = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:') && !n.startsWith('data:'))");
        assertThat((List<?>) remote).isEmpty();
    }
}
