# The conformance suite of the customs broker role. Every scenario is one use case of the role; its tags name
# the checks of the rule pack it exercises (tradecert rules explain ID describes each one), and the
# steps select the participant's submissions and let the validator judge them.
@suite:customs-broker @suite-version:1.0.0
Feature: Customs broker conformance suite
  The customs broker declares the goods to China customs on behalf of the consignor or consignee: it submits
  the export or import goods declaration with the China customs profile.

  报关企业代收发货人向中国海关申报：提交符合中国海关要求的出口或进口货物报关单。

  @id:BRK-01 @rule:ENV-JSON @rule:ENV-STRUCTURE @rule:ENV-PROFILE @rule:ENV-STATEMENT @rule:ENV-CANONICAL
  @rule:ENV-HEADER @rule:ENV-ALG @rule:ENV-CRIT @rule:ENV-DIGEST-ALG @rule:ENV-MEDIA-TYPE @rule:ENV-SCHEMA-ID
  @rule:ENV-DOCUMENT-NUMBER
  Scenario: Customs broker wraps each document in a well-formed signed envelope
    Given every submission the customs broker made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-02 @rule:SIG-PAYLOAD-MISSING @rule:SIG-DIGEST @rule:SIG-ENCODING @rule:SIG-LENGTH @rule:SIG-RANGE
  @rule:SIG-HIGH-S @rule:SIG-INVALID @rule:SIG-KEY-MISMATCH @rule:SIG-CERT-ENCODING @rule:CERT-MALFORMED
  @rule:CERT-UNTRUSTED @rule:CERT-EXPIRED @rule:CERT-REVOKED @rule:CERT-REVOCATION-UNKNOWN @rule:CERT-KEY-USAGE
  @rule:CERT-NOT-END-ENTITY
  Scenario: Customs broker signs each submission with a valid key and certificate of the network
    Given every submission the customs broker made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-03 @rule:AUTH-NETWORK @rule:AUTH-PARTICIPANT @rule:AUTH-ROLE-HELD @rule:AUTH-ROLE-DOCTYPE
  @rule:AUTH-CERT-ORG @rule:AUTH-TIME
  Scenario: Customs broker submits only document types its role may submit, under its own identity
    Given every submission the customs broker made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-04 @rule:REPLAY-SUBMISSION-ID @rule:REPLAY-NONCE @rule:SUPERSEDE-UNKNOWN @rule:SUPERSEDE-ORG
  @rule:SUPERSEDE-DOCUMENT @rule:SUPERSEDE-VERSION @rule:SUPERSEDE-CONFLICT
  Scenario: Customs broker submits each document once and amends only its own documents
    Given every submission the customs broker made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-05 @rule:SCHEMA-TYPE-NOT-STATED @rule:SCHEMA-TYPE-UNKNOWN @rule:SCHEMA-TYPE-MISMATCH @rule:SCHEMA-STRUCTURE
  @rule:SCHEMA-VIOLATION @rule:SCHEMA-VALUE-FORM @rule:SCHEMA-CODE-VALUE @rule:CODE-UNKNOWN @rule:CODE-FORM
  @rule:CODE-DELETED @rule:CODE-UNCONFIRMED
  Scenario: Customs broker writes documents that conform to the schemas and code lists of the standard
    Given every submission the customs broker made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-06 @rule:DECL-NUMBER @rule:DECL-EXPORT-DATE @rule:DECL-IMPORT-DEADLINE @rule:DECL-ITEM-SEQUENCE
  Scenario: Customs broker numbers and dates the goods declaration
    Given the goods declarations the customs broker submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-07 @rule:DECL-CURRENCY @rule:DECL-EXCHANGE-RATE @rule:DECL-ITEM-VALUE @rule:DECL-TOTAL-VALUE
  @rule:DECL-VALUATION-CONFIRMATIONS
  Scenario: Customs broker declares values that add up in the declaration currency
    Given the goods declarations the customs broker submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-08 @rule:DECL-TRANSACTION-MODE-TERMS @rule:DECL-FREIGHT-MISSING @rule:DECL-FREIGHT-UNEXPECTED
  @rule:DECL-INSURANCE-MISSING @rule:DECL-INSURANCE-UNEXPECTED
  Scenario: Customs broker declares freight and insurance as the transaction mode requires
    Given the goods declarations the customs broker submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-09 @rule:DECL-LEGAL-QUANTITY @rule:DECL-LEGAL-QUANTITY-WEIGHT @rule:DECL-SECOND-LEGAL-UNIT
  @rule:DECL-NET-WEIGHT-SUM @rule:DECL-NET-GROSS-WEIGHT @rule:DECL-WEIGHT-UNIT @rule:DECL-PACKAGE-COUNT
  @rule:DECL-EQUIPMENT-PACKAGES @rule:DECL-EQUIPMENT-WEIGHT
  Scenario: Customs broker declares quantities, weights and packages consistently
    Given the goods declarations the customs broker submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-10 @rule:DECL-COMMODITY-CODE @rule:DECL-ORIGIN-COUNTRY
  Scenario: Customs broker classifies the goods and states their origin
    Given the goods declarations the customs broker submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-11 @rule:DECL-TRANSPORT-MODE @rule:DECL-TRANSPORT-DOCUMENT @rule:DECL-CHINA-PORT
  @rule:DECL-COUNTRY-DIRECTION @rule:DECL-DESTINATION-COUNTRY
  Scenario: Customs broker declares transport, ports and countries that match the direction of trade
    Given the goods declarations the customs broker submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-12 @sea @rule:COMMON-CONTAINER-FORMAT @rule:COMMON-CONTAINER-CHECK-DIGIT @rule:COMMON-CONTAINER-OVER-RATING
  @rule:COMMON-IMO-FORMAT @rule:COMMON-IMO-CHECK-DIGIT
  Scenario: Customs broker declares a sea shipment and names its containers and vessel correctly
    Given the goods declarations the customs broker submitted for sea shipments
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-13 @air @rule:COMMON-AWB-NUMBER-FORMAT @rule:COMMON-AWB-CHECK-DIGIT
  Scenario: Customs broker declares an air shipment and names its air waybill correctly
    Given the goods declarations the customs broker submitted for air shipments
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-14 @rule:COMMON-USCC-FORMAT @rule:COMMON-USCC-CHECK @rule:COMMON-USCC-ORGANISATION-CODE
  @rule:COMMON-LEI-FORMAT @rule:COMMON-LEI-CHECK @rule:COMMON-MEASURE-NEGATIVE @rule:COMMON-MEASURE-UNIT
  @rule:COMMON-COUNT-WHOLE @rule:COMMON-PACKAGE-NET-ABOVE-GROSS @rule:COMMON-DENSITY-IMPLAUSIBLE
  Scenario: Customs broker states parties, measures and counts correctly
    Given the goods declarations the customs broker submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-15 @rule:LEDGER-ANCHOR @rule:LEDGER-INCLUSION @rule:LEDGER-NETWORK @rule:LEDGER-MALFORMED
  @rule:LEDGER-HEIGHT @rule:LEDGER-PREVIOUS-HASH @rule:LEDGER-BLOCK-HASH @rule:LEDGER-MERKLE-ROOT
  @rule:LEDGER-OPERATOR-SIGNATURE @rule:LEDGER-TIME-ORDER
  Scenario: Customs broker's submissions are anchored on a ledger that verifies end to end
    Given the ledger that holds the customs broker's submissions
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BRK-16 @layer:cross-document
  Scenario: Customs broker's documents agree with the other documents of their trade transaction
    Given the trade transactions that hold the customs broker's submissions
    When tradecert validates them through every layer of the standard
    Then every cross-document check of the rule pack holds for the customs broker's submissions

  @id:BRK-17 @layer:risk
  Scenario: Customs broker's trade raises no price or payment risk indicator
    Given the trade transactions that hold the customs broker's submissions
    When tradecert validates them through every layer of the standard
    Then no risk indicator of the rule pack is raised on the customs broker's submissions

  @id:BRK-18 @rules:remaining
  Scenario: Every other check of the rule pack passes on the customs broker's submissions
    Given every submission the customs broker made, the trade transactions that hold them and the ledger that holds them
    When tradecert validates them through every layer of the standard
    Then every other check of the rule pack passes on them
