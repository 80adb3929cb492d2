# The conformance suite of the airline role. Every scenario is one use case of the role; its tags name
# the checks of the rule pack it exercises (tradecert rules explain ID describes each one), and the
# steps select the participant's submissions and let the validator judge them.
@suite:airline @suite-version:1.0.0
Feature: Airline conformance suite
  The airline carries air cargo: it confirms bookings, issues the master air waybill under its own prefix and
  reports acceptance, manifesting, departure, arrival and delivery.

  航空公司承运航空货物：确认订舱，以本公司运单前缀签发主运单，并报告收运、配载、起飞、到达和交付事件。

  @id:AIR-01 @rule:ENV-JSON @rule:ENV-STRUCTURE @rule:ENV-PROFILE @rule:ENV-STATEMENT @rule:ENV-CANONICAL
  @rule:ENV-HEADER @rule:ENV-ALG @rule:ENV-CRIT @rule:ENV-DIGEST-ALG @rule:ENV-MEDIA-TYPE @rule:ENV-SCHEMA-ID
  @rule:ENV-DOCUMENT-NUMBER
  Scenario: Airline wraps each document in a well-formed signed envelope
    Given every submission the airline made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-02 @rule:SIG-PAYLOAD-MISSING @rule:SIG-DIGEST @rule:SIG-ENCODING @rule:SIG-LENGTH @rule:SIG-RANGE
  @rule:SIG-HIGH-S @rule:SIG-INVALID @rule:SIG-KEY-MISMATCH @rule:SIG-CERT-ENCODING @rule:CERT-MALFORMED
  @rule:CERT-UNTRUSTED @rule:CERT-EXPIRED @rule:CERT-REVOKED @rule:CERT-REVOCATION-UNKNOWN @rule:CERT-KEY-USAGE
  @rule:CERT-NOT-END-ENTITY
  Scenario: Airline signs each submission with a valid key and certificate of the network
    Given every submission the airline made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-03 @rule:AUTH-NETWORK @rule:AUTH-PARTICIPANT @rule:AUTH-ROLE-HELD @rule:AUTH-ROLE-DOCTYPE
  @rule:AUTH-CERT-ORG @rule:AUTH-TIME
  Scenario: Airline submits only document types its role may submit, under its own identity
    Given every submission the airline made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-04 @rule:REPLAY-SUBMISSION-ID @rule:REPLAY-NONCE @rule:SUPERSEDE-UNKNOWN @rule:SUPERSEDE-ORG
  @rule:SUPERSEDE-DOCUMENT @rule:SUPERSEDE-VERSION @rule:SUPERSEDE-CONFLICT
  Scenario: Airline submits each document once and amends only its own documents
    Given every submission the airline made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-05 @rule:SCHEMA-TYPE-NOT-STATED @rule:SCHEMA-TYPE-UNKNOWN @rule:SCHEMA-TYPE-MISMATCH @rule:SCHEMA-STRUCTURE
  @rule:SCHEMA-VIOLATION @rule:SCHEMA-VALUE-FORM @rule:SCHEMA-CODE-VALUE @rule:CODE-UNKNOWN @rule:CODE-FORM
  @rule:CODE-DELETED @rule:CODE-UNCONFIRMED
  Scenario: Airline writes documents that conform to the schemas and code lists of the standard
    Given every submission the airline made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-06 @rule:BOOKING-CONFIRMATION-REFERENCE @rule:BOOKING-CONFIRMATION-BEFORE-REQUEST
  @rule:BOOKING-GROSS-WEIGHT-SUM @rule:BOOKING-PACKAGE-QUANTITY-SUM @rule:BOOKING-DEPARTURE-BEFORE-ISSUE
  Scenario: Airline confirms a booking with its own booking reference
    Given the booking confirmations the airline submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-07 @rule:AWB-PIECES-SUM @rule:AWB-GROSS-WEIGHT-SUM @rule:AWB-CHARGEABLE-BELOW-GROSS
  @rule:AWB-CHARGEABLE-BELOW-VOLUME-WEIGHT
  Scenario: Airline issues an air waybill whose pieces and weights add up
    Given the air waybills the airline submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-08 @rule:AWB-PREFIX-CARRIER @rule:AWB-HOUSE-WITHOUT-MASTER @rule:COMMON-AWB-NUMBER-FORMAT
  @rule:COMMON-AWB-CHECK-DIGIT
  Scenario: Airline numbers its air waybills with its own prefix and a valid check digit
    Given the air waybills the airline submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-09 @rule:AWB-SAME-AIRPORT @rule:AWB-ROUTING-CONNECTS @rule:AWB-ROUTING-ENDS @rule:AWB-ROUTING-SEQUENCE
  @rule:COMMON-MEANS-MODE @rule:COMMON-MOVEMENT-SAME-PLACE @rule:COMMON-MOVEMENT-ARRIVAL-BEFORE-DEPARTURE
  Scenario: Airline routes the consignment from the airport of departure to the airport of destination
    Given the air waybills and transport events the airline submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-10 @rule:EVENT-MOVEMENT-MISSING @rule:EVENT-EQUIPMENT-MISSING @rule:EVENT-TYPE-MODE
  @rule:EVENT-LOCATION-OFF-ROUTE @rule:EVENT-ACTUAL-AFTER-REPORT @rule:EVENT-CUSTOMS-DECLARATION-MISSING
  @rule:EVENT-GROSS-WEIGHT-SUM @rule:EVENT-PIECE-QUANTITY-SUM
  Scenario: Airline reports acceptance, flight and arrival events that match the consignment
    Given the transport events the airline submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-11 @rule:COMMON-USCC-FORMAT @rule:COMMON-USCC-CHECK @rule:COMMON-USCC-ORGANISATION-CODE
  @rule:COMMON-LEI-FORMAT @rule:COMMON-LEI-CHECK @rule:COMMON-MEASURE-NEGATIVE @rule:COMMON-MEASURE-UNIT
  @rule:COMMON-COUNT-WHOLE @rule:COMMON-PACKAGE-NET-ABOVE-GROSS @rule:COMMON-DENSITY-IMPLAUSIBLE
  Scenario: Airline states parties, measures and counts correctly
    Given every submission the airline made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-12 @rule:LEDGER-ANCHOR @rule:LEDGER-INCLUSION @rule:LEDGER-NETWORK @rule:LEDGER-MALFORMED
  @rule:LEDGER-HEIGHT @rule:LEDGER-PREVIOUS-HASH @rule:LEDGER-BLOCK-HASH @rule:LEDGER-MERKLE-ROOT
  @rule:LEDGER-OPERATOR-SIGNATURE @rule:LEDGER-TIME-ORDER
  Scenario: Airline's submissions are anchored on a ledger that verifies end to end
    Given the ledger that holds the airline's submissions
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:AIR-13 @layer:cross-document
  Scenario: Airline's documents agree with the other documents of their trade transaction
    Given the trade transactions that hold the airline's submissions
    When tradecert validates them through every layer of the standard
    Then every cross-document check of the rule pack holds for the airline's submissions

  @id:AIR-14 @layer:risk
  Scenario: Airline's trade raises no price or payment risk indicator
    Given the trade transactions that hold the airline's submissions
    When tradecert validates them through every layer of the standard
    Then no risk indicator of the rule pack is raised on the airline's submissions

  @id:AIR-15 @rules:remaining
  Scenario: Every other check of the rule pack passes on the airline's submissions
    Given every submission the airline made, the trade transactions that hold them and the ledger that holds them
    When tradecert validates them through every layer of the standard
    Then every other check of the rule pack passes on them
