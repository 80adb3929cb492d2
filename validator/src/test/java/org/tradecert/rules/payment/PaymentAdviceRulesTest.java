package org.tradecert.rules.payment;

import org.junit.jupiter.api.Test;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Severity;
import org.tradecert.rules.invoice.RuleHarness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.rules.invoice.RuleHarness.single;
import static org.tradecert.rules.invoice.RuleHarness.tradeFindings;

/** Each payment advice rule on the demo advices with values changed, through the real engine. */
class PaymentAdviceRulesTest {

    private static final String SEA = "sea/payment-advice.xml";
    private static final String AIR = "air/payment-advice.xml";

    private static DocumentResult changed(String example, String... replacements) {
        String text = RuleHarness.read(RuleHarness.valid(example));
        for (int i = 0; i < replacements.length; i += 2) {
            text = RuleHarness.replaceOnce(text, replacements[i], replacements[i + 1]);
        }
        return RuleHarness.validate(text, example.replace('/', '-'));
    }

    @Test
    void paidAmountIgnoresCharges() {
        DocumentResult result = changed(SEA, "<pa:PaidAmount currencyID=\"USD\">235495.00<", "<pa:PaidAmount currencyID=\"USD\">235520.00<");

        Finding finding = single(result, "PAY-PAID-AMOUNT");
        assertThat(finding.expected()).isEqualTo("235495.00 USD");
        assertThat(finding.actual()).isEqualTo("235520.00 USD");
        assertThat(finding.arguments()).containsSequence("235520.00 USD", "25.00 USD");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:PaidAmount");
        assertThat(tradeFindings(result)).containsExactly("PAY-PAID-AMOUNT");
    }

    @Test
    void paidAmountConvertedIntoAccountCurrency() {
        // (235520.00 − 25.00) USD × 7.1234 = 1677525.083 CNY, rounded to 1677525.08.
        String exchange = "<pa:CurrencyExchange><ram:SourceCurrencyCode>USD</ram:SourceCurrencyCode><ram:TargetCurrencyCode>CNY</ram:TargetCurrencyCode>"
                + "<ram:ConversionRateNumeric>7.1234</ram:ConversionRateNumeric></pa:CurrencyExchange><pa:RemittedInvoice>";
        DocumentResult right = changed(SEA, "<pa:PaidAmount currencyID=\"USD\">235495.00<", "<pa:PaidAmount currencyID=\"CNY\">1677525.08<",
                "<pa:RemittedInvoice>", exchange);
        DocumentResult wrong = changed(SEA, "<pa:PaidAmount currencyID=\"USD\">235495.00<", "<pa:PaidAmount currencyID=\"CNY\">1677700.00<",
                "<pa:RemittedInvoice>", exchange);

        assertThat(right.findings()).isEmpty();
        Finding finding = single(wrong, "PAY-PAID-AMOUNT");
        assertThat(finding.expected()).isEqualTo("1677525.08 CNY");
        assertThat(finding.actual()).isEqualTo("1677700.00 CNY");
    }

    @Test
    void remittedAmountsDifferFromInstructed() {
        DocumentResult result = changed(SEA, "<pa:RemittedAmount currencyID=\"USD\">235520.00<", "<pa:RemittedAmount currencyID=\"USD\">235495.00<");

        Finding finding = single(result, "PAY-REMITTED-TOTAL");
        assertThat(finding.expected()).isEqualTo("235495.00 USD");
        assertThat(finding.actual()).isEqualTo("235520.00 USD");
        assertThat(finding.arguments()).last().isEqualTo("1");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:InstructedAmount");
    }

    @Test
    void chargesInOtherCurrency() {
        DocumentResult result = changed(SEA, "<pa:ChargesAmount currencyID=\"USD\">", "<pa:ChargesAmount currencyID=\"CNY\">");

        Finding finding = single(result, "PAY-CURRENCY");
        assertThat(finding.expected()).isEqualTo("USD");
        assertThat(finding.actual()).isEqualTo("CNY");
        assertThat(finding.arguments()).containsSequence("ChargesAmount", "25.00");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:ChargesAmount/@currencyID");
    }

    @Test
    void paidInOtherCurrencyWithoutExchange() {
        DocumentResult result = changed(SEA, "<pa:PaidAmount currencyID=\"USD\">", "<pa:PaidAmount currencyID=\"CNY\">");

        Finding finding = single(result, "PAY-CURRENCY");
        assertThat(finding.arguments()).containsSequence("PaidAmount", "235495.00");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:PaidAmount/@currencyID");
    }

    @Test
    void chargesDeductedUnderOur() {
        DocumentResult result = changed(SEA, "<pa:ChargeBearerCode>SHA</pa:ChargeBearerCode>", "<pa:ChargeBearerCode>OUR</pa:ChargeBearerCode>");

        Finding finding = single(result, "PAY-CHARGE-BEARER");
        assertThat(finding.arguments()).containsExactly("25.00 USD", "OUR");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:ChargesAmount");
        assertThat(tradeFindings(result)).containsExactly("PAY-CHARGE-BEARER");
    }

    @Test
    void invoicePaidTwice() {
        DocumentResult result = changed(AIR, "<pa:InvoiceAmount currencyID=\"USD\">102330.00<", "<pa:InvoiceAmount currencyID=\"USD\">51165.00<");

        Finding finding = single(result, "PAY-OVERPAYMENT");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.arguments()).containsExactly("HL-INV-2026-0157", "102330.00 USD", "51165.00 USD");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:RemittedInvoice/pa:RemittedAmount");
    }

    @Test
    void valueDateBeforeExecution() {
        DocumentResult result = changed(SEA, "<pa:ValueDate>2026-11-10</pa:ValueDate>",
                "<pa:ValueDate>2026-11-10</pa:ValueDate><pa:RequestedExecutionDate>2026-11-12</pa:RequestedExecutionDate>");

        Finding finding = single(result, "PAY-VALUE-DATE");
        assertThat(finding.arguments()).containsExactly("2026-11-10", "2026-11-12");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:ValueDate");
    }

    @Test
    void paymentFromPayeeAccount() {
        DocumentResult same = changed(SEA, "<pa:PayerFinancialInstitution>", "<pa:PayerFinancialAccount><ram:ProprietaryID>120101000012345678901</ram:ProprietaryID>"
                        + "</pa:PayerFinancialAccount><pa:PayerFinancialInstitution>",
                "<ram:BICID>RTBKNL2R</ram:BICID>", "<ram:BICID>HHCBCNTJ</ram:BICID>");
        DocumentResult otherBank = changed(SEA, "<pa:PayerFinancialInstitution>", "<pa:PayerFinancialAccount><ram:ProprietaryID>120101000012345678901</ram:ProprietaryID>"
                + "</pa:PayerFinancialAccount><pa:PayerFinancialInstitution>");

        Finding finding = single(same, "PAY-ACCOUNTS");
        assertThat(finding.arguments()).containsExactly("120101000012345678901");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:PayeeFinancialAccount/ram:ProprietaryID");
        assertThat(RuleHarness.findings(otherBank, "PAY-ACCOUNTS")).isEmpty();
    }

    @Test
    void payerIbanWithWrongCheckDigits() {
        DocumentResult result = changed(SEA, "<pa:PayerFinancialInstitution>", "<pa:PayerFinancialAccount><ram:IBANID>NL92RABO0123456789</ram:IBANID>"
                + "</pa:PayerFinancialAccount><pa:PayerFinancialInstitution>");

        Finding finding = single(result, "PAY-IBAN");
        assertThat(finding.arguments()).containsExactly("PayerFinancialAccount", "NL92RABO0123456789");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:PayerFinancialAccount/ram:IBANID");
    }

    @Test
    void payerWithPayeeIdentifier() {
        DocumentResult result = changed(SEA, "<ram:GlobalID schemeID=\"LEI\">724500VDBERG0IND0189</ram:GlobalID>",
                "<ram:GlobalID schemeID=\"USCC\">91120116MA05TC707B</ram:GlobalID>");

        Finding finding = single(result, "PAY-PARTIES");
        assertThat(finding.arguments()).containsExactly("USCC", "91120116MA05TC707B");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:PayeeTradeParty/ram:GlobalID");
    }

    @Test
    void endToEndIdTooLong() {
        String id = "VDB-PAY-20261106-01-HL-INV-2026-0142";
        DocumentResult result = changed(SEA, "<pa:EndToEndID>VDB-PAY-20261106-01</pa:EndToEndID>", "<pa:EndToEndID>" + id + "</pa:EndToEndID>");

        Finding finding = single(result, "PAY-END-TO-END-ID");
        assertThat(finding.arguments()).containsExactly(id, "36", "35");
        assertThat(finding.location().xpath()).isEqualTo("/pa:PaymentAdvice/pa:EndToEndID");
    }

    @Test
    void endToEndIdCharacters() {
        DocumentResult underscore = changed(SEA, ">VDB-PAY-20261106-01<", ">VDB_PAY_20261106_01<");
        DocumentResult leadingSlash = changed(SEA, ">VDB-PAY-20261106-01<", ">/VDB-PAY-20261106-01<");
        DocumentResult doubleSlash = changed(SEA, ">VDB-PAY-20261106-01<", ">VDB//PAY-20261106-01<");
        DocumentResult allowed = changed(SEA, ">VDB-PAY-20261106-01<", ">VDB/PAY (2026) 11.06+01?<");

        assertThat(RuleHarness.findings(underscore, "PAY-END-TO-END-ID")).hasSize(1);
        assertThat(RuleHarness.findings(leadingSlash, "PAY-END-TO-END-ID")).hasSize(1);
        assertThat(RuleHarness.findings(doubleSlash, "PAY-END-TO-END-ID")).hasSize(1);
        assertThat(RuleHarness.findings(allowed, "PAY-END-TO-END-ID")).isEmpty();
    }
}
