package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradecert.ProjectPaths;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.document.DocumentReader;
import org.tradecert.rules.BinderLocator;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The countries of the payment indicators taken from the real example documents, bound from XML and from JSON. */
class RiskFactExtractorTest {

    private static final Path VALID = ProjectPaths.examples().resolve("documents/valid");

    private static Map<String, List<Fact>> extract(Path file) throws Exception {
        DocumentReader.Result read = new DocumentReader(SchemaCatalog.bundled()).read(Files.readAllBytes(file), file.toString(), null,
                Locale.ENGLISH, true);
        assertThat(read.bound()).as(file + " binds").isNotNull();
        FactsBuilder facts = new FactsBuilder(new BinderLocator(file.toString(), read.bound().binder()));
        new RiskFactExtractor().extract(read.bound().root(), facts);
        return facts.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sea/payment-advice.xml", "sea/payment-advice.json"})
    void payerCountriesAreTaken(String name) throws Exception {
        Map<String, List<Fact>> facts = extract(VALID.resolve(name));

        assertThat(facts.get(FactNames.PAYER_COUNTRY)).extracting(Fact::value).containsExactly("NL");
        assertThat(facts.get(FactNames.PAYER_BANK_COUNTRY)).extracting(Fact::value).containsExactly("NL");
        assertThat(facts.get(FactNames.PAYER_BANK_COUNTRY).get(0).path()).containsIgnoringCase("bic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"air/commercial-invoice.xml", "air/commercial-invoice.json"})
    void buyerCountryIsTaken(String name) throws Exception {
        Map<String, List<Fact>> facts = extract(VALID.resolve(name));

        assertThat(facts.get(FactNames.BUYER_COUNTRY)).extracting(Fact::value).containsExactly("DE");
        assertThat(facts).doesNotContainKey(FactNames.PAYER_COUNTRY);
    }

    @Test
    void bicCountryIsCharactersFiveAndSix() {
        assertThat(RiskFactExtractor.bicCountry("HHCBCNTJXXX")).isEqualTo("CN");
        assertThat(RiskFactExtractor.bicCountry(" RTBKNL2R ")).isEqualTo("NL");
        assertThat(RiskFactExtractor.bicCountry("RTBK")).isNull();
        assertThat(RiskFactExtractor.bicCountry(null)).isNull();
    }
}
