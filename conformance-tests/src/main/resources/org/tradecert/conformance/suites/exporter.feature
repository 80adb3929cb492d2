# The conformance suite of the exporter role. Every scenario is one use case of the role; its tags name
# the checks of the rule pack it exercises (tradecert rules explain ID describes each one), and the
# steps select the participant's submissions and let the validator judge them.
@suite:exporter @suite-version:1.0.0
Feature: Exporter conformance suite
  The exporter sells the goods: it issues the commercial invoice and the packing list of each consignment
  and may request the booking itself. A sea shipment and an air shipment differ only in the transport
  document its documents name.

  出口商是货物的卖方：为每批货物开具商业发票和装箱单，也可以自行申请订舱。海运和空运货物的区别仅在于单证中注明的运输单证。

  @id:EXP-01 @rule:ENV-JSON @rule:ENV-STRUCTURE @rule:ENV-PROFILE @rule:ENV-STATEMENT @rule:ENV-CANONICAL
  @rule:ENV-HEADER @rule:ENV-ALG @rule:ENV-CRIT @rule:ENV-DIGEST-ALG @rule:ENV-MEDIA-TYPE @rule:ENV-SCHEMA-ID
  @rule:ENV-DOCUMENT-NUMBER
  Scenario: Exporter wraps each document in a well-formed signed envelope
    Given every submission the exporter made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-02 @rule:SIG-PAYLOAD-MISSING @rule:SIG-DIGEST @rule:SIG-ENCODING @rule:SIG-LENGTH @rule:SIG-RANGE
  @rule:SIG-HIGH-S @rule:SIG-INVALID @rule:SIG-KEY-MISMATCH @rule:SIG-CERT-ENCODING @rule:CERT-MALFORMED
  @rule:CERT-UNTRUSTED @rule:CERT-EXPIRED @rule:CERT-REVOKED @rule:CERT-REVOCATION-UNKNOWN @rule:CERT-KEY-USAGE
  @rule:CERT-NOT-END-ENTITY
  Scenario: Exporter signs each submission with a valid key and certificate of the network
    Given every submission the exporter made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-03 @rule:AUTH-NETWORK @rule:AUTH-PARTICIPANT @rule:AUTH-ROLE-HELD @rule:AUTH-ROLE-DOCTYPE
  @rule:AUTH-CERT-ORG @rule:AUTH-TIME
  Scenario: Exporter submits only document types its role may submit, under its own identity
    Given every submission the exporter made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-04 @rule:REPLAY-SUBMISSION-ID @rule:REPLAY-NONCE @rule:SUPERSEDE-UNKNOWN @rule:SUPERSEDE-ORG
  @rule:SUPERSEDE-DOCUMENT @rule:SUPERSEDE-VERSION @rule:SUPERSEDE-CONFLICT
  Scenario: Exporter submits each document once and amends only its own documents
    Given every submission the exporter made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-05 @rule:SCHEMA-TYPE-NOT-STATED @rule:SCHEMA-TYPE-UNKNOWN @rule:SCHEMA-TYPE-MISMATCH @rule:SCHEMA-STRUCTURE
  @rule:SCHEMA-VIOLATION @rule:SCHEMA-VALUE-FORM @rule:SCHEMA-CODE-VALUE @rule:CODE-UNKNOWN @rule:CODE-FORM
  @rule:CODE-DELETED @rule:CODE-UNCONFIRMED
  Scenario: Exporter writes documents that conform to the schemas and code lists of the standard
    Given every submission the exporter made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-06 @rule:BOOKING-GROSS-WEIGHT-SUM @rule:BOOKING-PACKAGE-QUANTITY-SUM @rule:BOOKING-DEPARTURE-BEFORE-ISSUE
  @rule:BOOKING-EXPORT-DECLARATION
  Scenario: Exporter requests a booking whose weights, packages and dates add up
    Given the booking requests the exporter submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-07 @rule:INV-LINE-ID-UNIQUE @rule:INV-LINE-AMOUNT @rule:INV-LINE-TOTAL @rule:INV-CHARGE-TOTAL
  @rule:INV-GRAND-TOTAL @rule:INV-DUE-PAYABLE @rule:INV-AMOUNT-DECIMALS @rule:INV-CURRENCY @rule:INV-CURRENCY-EXCHANGE
  Scenario: Exporter issues a commercial invoice whose amounts add up
    Given the commercial invoices the exporter submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-08 @rule:INV-CIF-CIP-INSURANCE @rule:INV-INSURED-VALUE @rule:INV-FREIGHT-C-D-TERMS
  @rule:INV-FREIGHT-E-F-TERMS
  Scenario: Exporter states freight and insurance as its Incoterms rule requires
    Given the commercial invoices the exporter submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-09 @rule:INV-SELLER-BUYER @rule:INV-DUE-DATE @rule:INV-REFERENCE-DATES @rule:INV-PAYEE-IBAN
  @rule:COMMON-USCC-FORMAT @rule:COMMON-USCC-CHECK @rule:COMMON-USCC-ORGANISATION-CODE @rule:COMMON-LEI-FORMAT
  @rule:COMMON-LEI-CHECK
  Scenario: Exporter names its trading parties, dates and payment account correctly
    Given the commercial invoices and packing lists the exporter submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-10 @rule:PACKING-INVOICE-REFERENCE-TYPE @rule:PACKING-PACKAGE-QUANTITY-SUM @rule:PACKING-GROSS-WEIGHT-SUM
  @rule:PACKING-NET-WEIGHT-SUM @rule:PACKING-NET-ABOVE-GROSS @rule:PACKING-ITEM-PACKAGE-WEIGHT
  @rule:PACKING-EQUIPMENT-PACKAGE-SUM @rule:PACKING-EQUIPMENT-GROSS-WEIGHT-SUM @rule:PACKING-ITEM-EQUIPMENT-LISTED
  @rule:PACKING-SAME-PLACE
  Scenario: Exporter packs the consignment as its packing list states
    Given the packing lists the exporter submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-11 @rule:INV-CONSIGNMENT-WEIGHT @rule:INV-NET-GROSS-WEIGHT @rule:COMMON-MEASURE-NEGATIVE
  @rule:COMMON-MEASURE-UNIT @rule:COMMON-COUNT-WHOLE @rule:COMMON-PACKAGE-NET-ABOVE-GROSS
  @rule:COMMON-DENSITY-IMPLAUSIBLE
  Scenario: Exporter states weights, measures and counts that agree within each document
    Given the commercial invoices, packing lists and booking requests the exporter submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-12 @sea @rule:INV-TRANSPORT-DOCUMENT @rule:COMMON-CONTAINER-FORMAT @rule:COMMON-CONTAINER-CHECK-DIGIT
  @rule:COMMON-CONTAINER-OVER-RATING @rule:COMMON-IMO-FORMAT @rule:COMMON-IMO-CHECK-DIGIT @rule:COMMON-MEANS-MODE
  @rule:COMMON-MOVEMENT-SAME-PLACE @rule:COMMON-MOVEMENT-ARRIVAL-BEFORE-DEPARTURE
  Scenario: Exporter ships by sea and names the bill of lading, containers and vessel correctly
    Given the commercial invoices, packing lists and booking requests the exporter submitted for sea shipments
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-13 @air @rule:INV-TRANSPORT-DOCUMENT @rule:COMMON-AWB-NUMBER-FORMAT @rule:COMMON-AWB-CHECK-DIGIT
  @rule:COMMON-MEANS-MODE @rule:COMMON-MOVEMENT-SAME-PLACE @rule:COMMON-MOVEMENT-ARRIVAL-BEFORE-DEPARTURE
  Scenario: Exporter ships by air and names the air waybill and flight correctly
    Given the commercial invoices, packing lists and booking requests the exporter submitted for air shipments
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-14 @rule:LEDGER-ANCHOR @rule:LEDGER-INCLUSION @rule:LEDGER-NETWORK @rule:LEDGER-MALFORMED
  @rule:LEDGER-HEIGHT @rule:LEDGER-PREVIOUS-HASH @rule:LEDGER-BLOCK-HASH @rule:LEDGER-MERKLE-ROOT
  @rule:LEDGER-OPERATOR-SIGNATURE @rule:LEDGER-TIME-ORDER
  Scenario: Exporter's submissions are anchored on a ledger that verifies end to end
    Given the ledger that holds the exporter's submissions
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:EXP-15 @layer:cross-document
  Scenario: Exporter's documents agree with the other documents of their trade transaction
    Given the trade transactions that hold the exporter's submissions
    When tradecert validates them through every layer of the standard
    Then every cross-document check of the rule pack holds for the exporter's submissions

  @id:EXP-16 @layer:risk
  Scenario: Exporter's trade raises no price or payment risk indicator
    Given the trade transactions that hold the exporter's submissions
    When tradecert validates them through every layer of the standard
    Then no risk indicator of the rule pack is raised on the exporter's submissions

  @id:EXP-17 @rules:remaining
  Scenario: Every other check of the rule pack passes on the exporter's submissions
    Given every submission the exporter made, the trade transactions that hold them and the ledger that holds them
    When tradecert validates them through every layer of the standard
    Then every other check of the rule pack passes on them
