package org.tradecert.cii;

import org.tradecert.codelist.CodeOccurrence;
import org.tradecert.document.DomLocation;
import org.tradecert.model.common.v1.FinancialAccountType;
import org.tradecert.model.common.v1.FinancialInstitutionType;
import org.tradecert.model.common.v1.LogisticsLocationType;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.model.common.v1.TradeAddressType;
import org.tradecert.model.common.v1.TradePartyType;
import org.tradecert.model.udt.v1.AmountType;
import org.tradecert.model.udt.v1.MeasureType;
import org.tradecert.model.udt.v1.QuantityType;
import org.tradecert.model.udt.v1.SchemedIDType;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.tradecert.cii.CiiElements.attribute;
import static org.tradecert.cii.CiiElements.child;
import static org.tradecert.cii.CiiElements.children;
import static org.tradecert.cii.CiiElements.date;
import static org.tradecert.cii.CiiElements.decimal;
import static org.tradecert.cii.CiiElements.path;
import static org.tradecert.cii.CiiElements.text;

/**
 * Maps the CII components that recur in an invoice to the model: parties, addresses,
 * references, accounts, amounts, quantities and measures. Each result is bound to its element
 * for the locator, and the codes it contains are collected for the code-list layer.
 */
final class CiiComponents {

    /** Party identifier schemes by ISO/IEC 6523 international code designator, as EN 16931 writes them. */
    private static final Map<String, String> ICD_SCHEMES = Map.of("0199", "LEI", "0088", "GLN", "0060", "DUNS");

    private final String file;
    private final CiiLocator locator;
    private final List<CodeOccurrence> codes = new ArrayList<>();
    private String currency;

    CiiComponents(String file) {
        this.file = file;
        this.locator = new CiiLocator(file);
    }

    CiiLocator locator() {
        return locator;
    }

    List<CodeOccurrence> codes() {
        return codes;
    }

    /** Sets the invoice currency, which amounts without currencyID are in. */
    void currency(String invoiceCurrency) {
        this.currency = invoiceCurrency;
    }

    String currency() {
        return currency;
    }

    /**
     * Maps a trade party with the identifiers that are globally unique: global identifiers and
     * legal registrations with a scheme, and tax registrations. An identifier without a scheme
     * is assigned by the other party and cannot show that two parties are the same, so it is
     * left out.
     */
    TradePartyType party(Element element) {
        if (element == null) {
            return null;
        }
        TradePartyType party = new TradePartyType();
        locator.bind(party, element);
        for (Element id : children(element, "GlobalID")) {
            identifier(party, id, scheme(attribute(id, "schemeID")));
        }
        for (Element id : children(element, "ID")) {
            identifier(party, id, scheme(attribute(id, "schemeID")));
        }
        Element legal = path(element, "SpecifiedLegalOrganization", "ID");
        identifier(party, legal, scheme(attribute(legal, "schemeID")));
        for (Element registration : children(element, "SpecifiedTaxRegistration")) {
            Element id = child(registration, "ID");
            identifier(party, id, attribute(id, "schemeID"));
        }
        party.setName(text(child(element, "Name")));
        property(party, "Name", child(element, "Name"));
        party.setPostalTradeAddress(address(child(element, "PostalTradeAddress")));
        property(party, "PostalTradeAddress", child(element, "PostalTradeAddress"));
        return party;
    }

    private void identifier(TradePartyType party, Element element, String scheme) {
        String value = text(element);
        if (value == null || scheme == null) {
            return;
        }
        SchemedIDType id = new SchemedIDType();
        id.setValue(value);
        id.setSchemeID(scheme);
        locator.bind(id, element);
        party.getGlobalID().add(id);
    }

    /** Returns the model's name of an ISO/IEC 6523 scheme: LEI, GLN, DUNS, {@code ICD-<code>} for the others, or null without a scheme. */
    private static String scheme(String icd) {
        if (icd == null) {
            return null;
        }
        return ICD_SCHEMES.getOrDefault(icd, "ICD-" + icd);
    }

    TradeAddressType address(Element element) {
        if (element == null) {
            return null;
        }
        TradeAddressType address = new TradeAddressType();
        locator.bind(address, element);
        address.setLineOne(text(child(element, "LineOne")));
        address.setLineTwo(text(child(element, "LineTwo")));
        address.setCityName(text(child(element, "CityName")));
        address.setPostcodeCode(text(child(element, "PostcodeCode")));
        address.setCountrySubDivisionName(text(child(element, "CountrySubDivisionName")));
        address.setCountryID(text(child(element, "CountryID")));
        property(address, "CountryID", child(element, "CountryID"));
        code("ISO3166", child(element, "CountryID"), "PostalTradeAddress/CountryID");
        return address;
    }

    LogisticsLocationType tradeLocation(Element element) {
        if (element == null) {
            return null;
        }
        LogisticsLocationType location = new LogisticsLocationType();
        locator.bind(location, element);
        location.setID(text(child(element, "ID")));
        property(location, "ID", child(element, "ID"));
        code("UNLOCODE", child(element, "ID"), "RelevantTradeLocation/ID");
        location.setName(text(child(element, "Name")));
        location.setCountryID(text(child(element, "CountryID")));
        property(location, "CountryID", child(element, "CountryID"));
        code("ISO3166", child(element, "CountryID"), "RelevantTradeLocation/CountryID");
        return location;
    }

    ReferencedDocumentType reference(Element element) {
        if (element == null) {
            return null;
        }
        ReferencedDocumentType reference = new ReferencedDocumentType();
        locator.bind(reference, element);
        reference.setIssuerAssignedID(text(child(element, "IssuerAssignedID")));
        property(reference, "IssuerAssignedID", child(element, "IssuerAssignedID"));
        reference.setTypeCode(text(child(element, "TypeCode")));
        property(reference, "TypeCode", child(element, "TypeCode"));
        reference.setIssueDate(date(child(element, "FormattedIssueDateTime")));
        property(reference, "IssueDate", child(element, "FormattedIssueDateTime"));
        return reference;
    }

    FinancialAccountType account(Element element) {
        if (element == null) {
            return null;
        }
        FinancialAccountType account = new FinancialAccountType();
        locator.bind(account, element);
        account.setIBANID(text(child(element, "IBANID")));
        property(account, "IBANID", child(element, "IBANID"));
        account.setProprietaryID(text(child(element, "ProprietaryID")));
        property(account, "ProprietaryID", child(element, "ProprietaryID"));
        account.setAccountName(text(child(element, "AccountName")));
        return account;
    }

    FinancialInstitutionType bank(Element element) {
        if (element == null) {
            return null;
        }
        FinancialInstitutionType bank = new FinancialInstitutionType();
        locator.bind(bank, element);
        bank.setBICID(text(child(element, "BICID")));
        property(bank, "BICID", child(element, "BICID"));
        bank.setName(text(child(element, "Name")));
        return bank;
    }

    /** Maps an amount in its stated currency, or in the invoice currency when CII leaves currencyID out, as EN 16931 allows. */
    AmountType amount(Object owner, String property, Element element) {
        BigDecimal value = decimal(element);
        if (value == null) {
            return null;
        }
        AmountType amount = new AmountType();
        amount.setValue(value);
        String stated = attribute(element, "currencyID");
        amount.setCurrencyID(stated == null ? currency : stated);
        locator.bind(amount, element);
        property(owner, property, element);
        if (stated != null && !"TaxTotalAmount".equals(property)) {
            code("ISO4217", element, "currencyID", property + "/@currencyID");
        }
        return amount;
    }

    QuantityType quantity(Object owner, String property, Element element) {
        BigDecimal value = decimal(element);
        if (value == null) {
            return null;
        }
        QuantityType quantity = new QuantityType();
        quantity.setValue(value);
        quantity.setUnitCode(attribute(element, "unitCode"));
        locator.bind(quantity, element);
        property(owner, property, element);
        unit(element, property);
        return quantity;
    }

    MeasureType measure(Object owner, String property, Element element) {
        BigDecimal value = decimal(element);
        if (value == null) {
            return null;
        }
        MeasureType measure = new MeasureType();
        measure.setValue(value);
        measure.setUnitCode(attribute(element, "unitCode"));
        locator.bind(measure, element);
        property(owner, property, element);
        unit(element, property);
        return measure;
    }

    /**
     * Collects a unit code. EN 16931 takes units from Recommendation 20 and, prefixed with X,
     * from the package types of Recommendation 21 (XBX is a box). An X-code of three characters
     * is therefore checked as the Recommendation 21 code after the X.
     */
    private void unit(Element element, String property) {
        String unit = attribute(element, "unitCode");
        if (unit == null) {
            return;
        }
        String name = property + "/@unitCode";
        if (unit.length() == 3 && unit.charAt(0) == 'X') {
            codes.add(new CodeOccurrence("Rec21", unit.substring(1), name, DomLocation.of(file, element, "unitCode", null)));
        } else {
            codes.add(new CodeOccurrence("Rec20", unit, name, DomLocation.of(file, element, "unitCode", null)));
        }
    }

    void property(Object owner, String property, Element element) {
        if (owner != null && element != null) {
            locator.bind(owner, property, element);
        }
    }

    /** Collects the code that an element contains. */
    void code(String list, Element element, String property) {
        String value = text(element);
        if (value != null) {
            codes.add(new CodeOccurrence(list, value, property, DomLocation.of(file, element)));
        }
    }

    /** Collects the code that an attribute of an element contains. */
    void code(String list, Element element, String attribute, String property) {
        String value = attribute(element, attribute);
        if (value != null) {
            codes.add(new CodeOccurrence(list, value, property, DomLocation.of(file, element, attribute, null)));
        }
    }
}
