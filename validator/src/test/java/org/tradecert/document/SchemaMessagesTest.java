package org.tradecert.document;

import org.junit.jupiter.api.Test;
import org.tradecert.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema validators' English messages, rewritten in plain words of both languages. */
class SchemaMessagesTest {

    @Test
    void unexpectedElementNamesWhatTheSchemaExpectsWithoutNamespaces() {
        String xerces = "cvc-complex-type.2.4.a: Invalid content was found starting with element "
                + "'{\"urn:tradecert:schema:booking:1\":MainCarriageTransportMovement}'. "
                + "One of '{\"urn:tradecert:schema:booking:1\":CarrierTradeParty, \"urn:tradecert:schema:booking:1\":Remarks}' is expected.";

        assertThat(SchemaMessages.xsd(xerces, Messages.ENGLISH)).isEqualTo("The element MainCarriageTransportMovement is not allowed here; "
                + "the schema expects one of: CarrierTradeParty, Remarks. A required element may be missing, or the elements are out of order.");
        assertThat(SchemaMessages.xsd(xerces, Messages.CHINESE)).startsWith("此处不允许出现元素 MainCarriageTransportMovement")
                .contains("CarrierTradeParty, Remarks");
    }

    @Test
    void valuesAndCodesAreQuotedWithTheFormExpected() {
        assertThat(SchemaMessages.xsd("cvc-complex-type.4: Attribute 'schemeID' must appear on element 'ram:GlobalID'.", Messages.ENGLISH))
                .isEqualTo("The element GlobalID must have the attribute schemeID.");
        assertThat(SchemaMessages.xsd("cvc-pattern-valid: Value '2026-10-29T20:00:00' is not facet-valid with respect to pattern "
                + "'[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}' for type 'DateTimeType'.", Messages.ENGLISH))
                .isEqualTo("The value \"2026-10-29T20:00:00\" is not a date and time with its time zone, such as 2026-10-29T20:00:00+08:00.");
        assertThat(SchemaMessages.xsd("cvc-enumeration-valid: Value 'PREPAID' is not facet-valid with respect to enumeration '[PRE, COL]'. "
                + "It must be a value from the enumeration.", Messages.CHINESE)).isEqualTo("代码“PREPAID”不是允许的值之一：PRE, COL。");
        assertThat(SchemaMessages.xsd("cvc-maxLength-valid: Value 'ABCDEF' with length = '6' is not facet-valid with respect to maxLength '5' "
                + "for type 'CodeType'.", Messages.ENGLISH)).isEqualTo("The value \"ABCDEF\" has 6 characters; at most 5 are allowed.");
    }

    @Test
    void jsonMessagesKeepMemberNamesAsTheSchemaWritesThem() {
        assertThat(SchemaMessages.json("required property 'endToEndId' not found", Messages.ENGLISH))
                .isEqualTo("The required member endToEndId is missing.");
        assertThat(SchemaMessages.json("does not have a value in the enumeration [\"PRE\", \"COL\"]", Messages.ENGLISH))
                .isEqualTo("The code is not one of the allowed values: PRE, COL.");
        assertThat(SchemaMessages.json("does not match the date-time pattern must be a valid RFC 3339 date-time", Messages.CHINESE))
                .isEqualTo("该值不是带时区的日期时间，例如 2026-10-29T20:00:00+08:00。");
        assertThat(SchemaMessages.json("string found, number expected", Messages.ENGLISH))
                .isEqualTo("A number is expected here, but the value is a text.");
    }

    @Test
    void unknownFormsStayAsTheValidatorWroteThem() {
        String other = "cvc-id.1: There is no ID/IDREF binding for IDREF 'x'.";

        assertThat(SchemaMessages.xsd(other, Messages.CHINESE)).isEqualTo(other);
        assertThat(SchemaMessages.json("must be unique", Messages.ENGLISH)).isEqualTo("must be unique");
    }
}
