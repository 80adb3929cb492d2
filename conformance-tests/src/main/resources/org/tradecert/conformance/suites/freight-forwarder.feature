# The conformance suite of the freight forwarder role. Every scenario is one use case of the role; its tags name
# the checks of the rule pack it exercises (tradecert rules explain ID describes each one), and the
# steps select the participant's submissions and let the validator judge them.
@suite:freight-forwarder @suite-version:1.0.0
Feature: Freight forwarder conformance suite
  The freight forwarder organises the carriage for the shipper: it requests bookings from carriers, issues
  house air waybills under an airline's master air waybill and may report transport events.

  货运代理人代托运人安排运输：向承运人申请订舱，在航空公司主运单下签发分运单，也可以报告运输事件。

  @id:FWD-01 @rule:ENV-JSON @rule:ENV-STRUCTURE @rule:ENV-PROFILE @rule:ENV-STATEMENT @rule:ENV-CANONICAL
  @rule:ENV-HEADER @rule:ENV-ALG @rule:ENV-CRIT @rule:ENV-DIGEST-ALG @rule:ENV-MEDIA-TYPE @rule:ENV-SCHEMA-ID
  @rule:ENV-DOCUMENT-NUMBER
  Scenario: Freight forwarder wraps each document in a well-formed signed envelope
    Given every submission the freight forwarder made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-02 @rule:SIG-PAYLOAD-MISSING @rule:SIG-DIGEST @rule:SIG-ENCODING @rule:SIG-LENGTH @rule:SIG-RANGE
  @rule:SIG-HIGH-S @rule:SIG-INVALID @rule:SIG-KEY-MISMATCH @rule:SIG-CERT-ENCODING @rule:CERT-MALFORMED
  @rule:CERT-UNTRUSTED @rule:CERT-EXPIRED @rule:CERT-REVOKED @rule:CERT-REVOCATION-UNKNOWN @rule:CERT-KEY-USAGE
  @rule:CERT-NOT-END-ENTITY
  Scenario: Freight forwarder signs each submission with a valid key and certificate of the network
    Given every submission the freight forwarder made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-03 @rule:AUTH-NETWORK @rule:AUTH-PARTICIPANT @rule:AUTH-ROLE-HELD @rule:AUTH-ROLE-DOCTYPE
  @rule:AUTH-CERT-ORG @rule:AUTH-TIME
  Scenario: Freight forwarder submits only document types its role may submit, under its own identity
    Given every submission the freight forwarder made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-04 @rule:REPLAY-SUBMISSION-ID @rule:REPLAY-NONCE @rule:SUPERSEDE-UNKNOWN @rule:SUPERSEDE-ORG
  @rule:SUPERSEDE-DOCUMENT @rule:SUPERSEDE-VERSION @rule:SUPERSEDE-CONFLICT
  Scenario: Freight forwarder submits each document once and amends only its own documents
    Given every submission the freight forwarder made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-05 @rule:SCHEMA-TYPE-NOT-STATED @rule:SCHEMA-TYPE-UNKNOWN @rule:SCHEMA-TYPE-MISMATCH @rule:SCHEMA-STRUCTURE
  @rule:SCHEMA-VIOLATION @rule:SCHEMA-VALUE-FORM @rule:SCHEMA-CODE-VALUE @rule:CODE-UNKNOWN @rule:CODE-FORM
  @rule:CODE-DELETED @rule:CODE-UNCONFIRMED
  Scenario: Freight forwarder writes documents that conform to the schemas and code lists of the standard
    Given every submission the freight forwarder made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-06 @rule:BOOKING-GROSS-WEIGHT-SUM @rule:BOOKING-PACKAGE-QUANTITY-SUM @rule:BOOKING-DEPARTURE-BEFORE-ISSUE
  @rule:BOOKING-EXPORT-DECLARATION
  Scenario: Freight forwarder requests a booking whose weights, packages and dates add up
    Given the booking requests the freight forwarder submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-07 @sea @rule:COMMON-CONTAINER-FORMAT @rule:COMMON-CONTAINER-CHECK-DIGIT @rule:COMMON-CONTAINER-OVER-RATING
  @rule:COMMON-IMO-FORMAT @rule:COMMON-IMO-CHECK-DIGIT @rule:COMMON-MEANS-MODE @rule:COMMON-MOVEMENT-SAME-PLACE
  @rule:COMMON-MOVEMENT-ARRIVAL-BEFORE-DEPARTURE
  Scenario: Freight forwarder books sea freight and names containers, vessel and voyage correctly
    Given the booking requests the freight forwarder submitted for sea shipments
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-08 @air @rule:COMMON-AWB-NUMBER-FORMAT @rule:COMMON-AWB-CHECK-DIGIT @rule:COMMON-MEANS-MODE
  @rule:COMMON-MOVEMENT-SAME-PLACE @rule:COMMON-MOVEMENT-ARRIVAL-BEFORE-DEPARTURE
  Scenario: Freight forwarder books air freight and names the air waybill and flight correctly
    Given the booking requests and air waybills the freight forwarder submitted for air shipments
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-09 @air @rule:AWB-HOUSE-WITHOUT-MASTER @rule:AWB-PIECES-SUM @rule:AWB-GROSS-WEIGHT-SUM
  @rule:AWB-CHARGEABLE-BELOW-GROSS @rule:AWB-CHARGEABLE-BELOW-VOLUME-WEIGHT @rule:AWB-SAME-AIRPORT
  @rule:AWB-ROUTING-CONNECTS @rule:AWB-ROUTING-ENDS @rule:AWB-ROUTING-SEQUENCE
  Scenario: Freight forwarder issues house air waybills that name their master and add up
    Given the air waybills the freight forwarder submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-10 @rule:EVENT-MOVEMENT-MISSING @rule:EVENT-EQUIPMENT-MISSING @rule:EVENT-TYPE-MODE
  @rule:EVENT-LOCATION-OFF-ROUTE @rule:EVENT-ACTUAL-AFTER-REPORT @rule:EVENT-CUSTOMS-DECLARATION-MISSING
  @rule:EVENT-GROSS-WEIGHT-SUM @rule:EVENT-PIECE-QUANTITY-SUM
  Scenario: Freight forwarder reports transport events that match the consignment
    Given the transport events the freight forwarder submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-11 @rule:COMMON-USCC-FORMAT @rule:COMMON-USCC-CHECK @rule:COMMON-USCC-ORGANISATION-CODE
  @rule:COMMON-LEI-FORMAT @rule:COMMON-LEI-CHECK @rule:COMMON-MEASURE-NEGATIVE @rule:COMMON-MEASURE-UNIT
  @rule:COMMON-COUNT-WHOLE @rule:COMMON-PACKAGE-NET-ABOVE-GROSS @rule:COMMON-DENSITY-IMPLAUSIBLE
  Scenario: Freight forwarder states parties, measures and counts correctly
    Given every submission the freight forwarder made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-12 @rule:LEDGER-ANCHOR @rule:LEDGER-INCLUSION @rule:LEDGER-NETWORK @rule:LEDGER-MALFORMED
  @rule:LEDGER-HEIGHT @rule:LEDGER-PREVIOUS-HASH @rule:LEDGER-BLOCK-HASH @rule:LEDGER-MERKLE-ROOT
  @rule:LEDGER-OPERATOR-SIGNATURE @rule:LEDGER-TIME-ORDER
  Scenario: Freight forwarder's submissions are anchored on a ledger that verifies end to end
    Given the ledger that holds the freight forwarder's submissions
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:FWD-13 @layer:cross-document
  Scenario: Freight forwarder's documents agree with the other documents of their trade transaction
    Given the trade transactions that hold the freight forwarder's submissions
    When tradecert validates them through every layer of the standard
    Then every cross-document check of the rule pack holds for the freight forwarder's submissions

  @id:FWD-14 @layer:risk
  Scenario: Freight forwarder's trade raises no price or payment risk indicator
    Given the trade transactions that hold the freight forwarder's submissions
    When tradecert validates them through every layer of the standard
    Then no risk indicator of the rule pack is raised on the freight forwarder's submissions

  @id:FWD-15 @rules:remaining
  Scenario: Every other check of the rule pack passes on the freight forwarder's submissions
    Given every submission the freight forwarder made, the trade transactions that hold them and the ledger that holds them
    When tradecert validates them through every layer of the standard
    Then every other check of the rule pack passes on them
