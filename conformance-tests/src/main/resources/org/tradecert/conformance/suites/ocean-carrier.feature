# The conformance suite of the ocean carrier role. Every scenario is one use case of the role; its tags name
# the checks of the rule pack it exercises (tradecert rules explain ID describes each one), and the
# steps select the participant's submissions and let the validator judge them.
@suite:ocean-carrier @suite-version:1.0.0
Feature: Ocean carrier conformance suite
  The ocean carrier (or NVOCC) carries containers by sea: it confirms bookings, issues the bill of lading or
  sea waybill and reports loading, departure, arrival and discharge.

  海运承运人（或无船承运人）承运海运集装箱：确认订舱，签发提单或海运单，并报告装船、开航、抵港和卸船事件。

  @id:OCN-01 @rule:ENV-JSON @rule:ENV-STRUCTURE @rule:ENV-PROFILE @rule:ENV-STATEMENT @rule:ENV-CANONICAL
  @rule:ENV-HEADER @rule:ENV-ALG @rule:ENV-CRIT @rule:ENV-DIGEST-ALG @rule:ENV-MEDIA-TYPE @rule:ENV-SCHEMA-ID
  @rule:ENV-DOCUMENT-NUMBER
  Scenario: Ocean carrier wraps each document in a well-formed signed envelope
    Given every submission the ocean carrier made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-02 @rule:SIG-PAYLOAD-MISSING @rule:SIG-DIGEST @rule:SIG-ENCODING @rule:SIG-LENGTH @rule:SIG-RANGE
  @rule:SIG-HIGH-S @rule:SIG-INVALID @rule:SIG-KEY-MISMATCH @rule:SIG-CERT-ENCODING @rule:CERT-MALFORMED
  @rule:CERT-UNTRUSTED @rule:CERT-EXPIRED @rule:CERT-REVOKED @rule:CERT-REVOCATION-UNKNOWN @rule:CERT-KEY-USAGE
  @rule:CERT-NOT-END-ENTITY
  Scenario: Ocean carrier signs each submission with a valid key and certificate of the network
    Given every submission the ocean carrier made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-03 @rule:AUTH-NETWORK @rule:AUTH-PARTICIPANT @rule:AUTH-ROLE-HELD @rule:AUTH-ROLE-DOCTYPE
  @rule:AUTH-CERT-ORG @rule:AUTH-TIME
  Scenario: Ocean carrier submits only document types its role may submit, under its own identity
    Given every submission the ocean carrier made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-04 @rule:REPLAY-SUBMISSION-ID @rule:REPLAY-NONCE @rule:SUPERSEDE-UNKNOWN @rule:SUPERSEDE-ORG
  @rule:SUPERSEDE-DOCUMENT @rule:SUPERSEDE-VERSION @rule:SUPERSEDE-CONFLICT
  Scenario: Ocean carrier submits each document once and amends only its own documents
    Given every submission the ocean carrier made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-05 @rule:SCHEMA-TYPE-NOT-STATED @rule:SCHEMA-TYPE-UNKNOWN @rule:SCHEMA-TYPE-MISMATCH @rule:SCHEMA-STRUCTURE
  @rule:SCHEMA-VIOLATION @rule:SCHEMA-VALUE-FORM @rule:SCHEMA-CODE-VALUE @rule:CODE-UNKNOWN @rule:CODE-FORM
  @rule:CODE-DELETED @rule:CODE-UNCONFIRMED
  Scenario: Ocean carrier writes documents that conform to the schemas and code lists of the standard
    Given every submission the ocean carrier made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-06 @rule:BOOKING-CONFIRMATION-REFERENCE @rule:BOOKING-CONFIRMATION-BEFORE-REQUEST
  @rule:BOOKING-GROSS-WEIGHT-SUM @rule:BOOKING-PACKAGE-QUANTITY-SUM @rule:BOOKING-DEPARTURE-BEFORE-ISSUE
  Scenario: Ocean carrier confirms a booking with its own booking reference
    Given the booking confirmations the ocean carrier submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-07 @rule:SEA-GROSS-WEIGHT-SUM @rule:SEA-PACKAGE-QUANTITY-SUM @rule:SEA-ITEM-PACKAGE-WEIGHT
  @rule:SEA-EQUIPMENT-GROSS-WEIGHT-SUM @rule:SEA-EQUIPMENT-PACKAGE-SUM @rule:SEA-EQUIPMENT-UNUSED
  @rule:SEA-ITEM-EQUIPMENT-LISTED
  Scenario: Ocean carrier issues a bill of lading whose cargo adds up
    Given the sea transport documents the ocean carrier submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-08 @rule:SEA-ORIGINALS-STATED @rule:SEA-ELECTRONIC-ORIGINALS @rule:SEA-CONSIGNEE-MISSING
  @rule:SEA-WAYBILL-NEGOTIABLE
  Scenario: Ocean carrier states originals, consignee and negotiability on its transport documents
    Given the sea transport documents the ocean carrier submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-09 @rule:SEA-ON-BOARD-DATE-MISSING @rule:SEA-ON-BOARD-DATE-ORDER @rule:SEA-ON-BOARD-VESSEL-MISSING
  Scenario: Ocean carrier notes shipment on board with its date and vessel
    Given the sea transport documents the ocean carrier submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-10 @rule:COMMON-CONTAINER-FORMAT @rule:COMMON-CONTAINER-CHECK-DIGIT @rule:COMMON-CONTAINER-OVER-RATING
  @rule:COMMON-IMO-FORMAT @rule:COMMON-IMO-CHECK-DIGIT @rule:COMMON-MEANS-MODE @rule:COMMON-MOVEMENT-SAME-PLACE
  @rule:COMMON-MOVEMENT-ARRIVAL-BEFORE-DEPARTURE
  Scenario: Ocean carrier identifies containers, vessel and voyage correctly
    Given the booking confirmations, sea transport documents and transport events the ocean carrier submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-11 @rule:EVENT-MOVEMENT-MISSING @rule:EVENT-EQUIPMENT-MISSING @rule:EVENT-TYPE-MODE
  @rule:EVENT-LOCATION-OFF-ROUTE @rule:EVENT-ACTUAL-AFTER-REPORT @rule:EVENT-CUSTOMS-DECLARATION-MISSING
  @rule:EVENT-GROSS-WEIGHT-SUM @rule:EVENT-PIECE-QUANTITY-SUM
  Scenario: Ocean carrier reports container and vessel events that match the consignment
    Given the transport events the ocean carrier submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-12 @rule:COMMON-USCC-FORMAT @rule:COMMON-USCC-CHECK @rule:COMMON-USCC-ORGANISATION-CODE
  @rule:COMMON-LEI-FORMAT @rule:COMMON-LEI-CHECK @rule:COMMON-MEASURE-NEGATIVE @rule:COMMON-MEASURE-UNIT
  @rule:COMMON-COUNT-WHOLE @rule:COMMON-PACKAGE-NET-ABOVE-GROSS @rule:COMMON-DENSITY-IMPLAUSIBLE
  Scenario: Ocean carrier states parties, measures and counts correctly
    Given every submission the ocean carrier made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-13 @rule:LEDGER-ANCHOR @rule:LEDGER-INCLUSION @rule:LEDGER-NETWORK @rule:LEDGER-MALFORMED
  @rule:LEDGER-HEIGHT @rule:LEDGER-PREVIOUS-HASH @rule:LEDGER-BLOCK-HASH @rule:LEDGER-MERKLE-ROOT
  @rule:LEDGER-OPERATOR-SIGNATURE @rule:LEDGER-TIME-ORDER
  Scenario: Ocean carrier's submissions are anchored on a ledger that verifies end to end
    Given the ledger that holds the ocean carrier's submissions
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:OCN-14 @layer:cross-document
  Scenario: Ocean carrier's documents agree with the other documents of their trade transaction
    Given the trade transactions that hold the ocean carrier's submissions
    When tradecert validates them through every layer of the standard
    Then every cross-document check of the rule pack holds for the ocean carrier's submissions

  @id:OCN-15 @layer:risk
  Scenario: Ocean carrier's trade raises no price or payment risk indicator
    Given the trade transactions that hold the ocean carrier's submissions
    When tradecert validates them through every layer of the standard
    Then no risk indicator of the rule pack is raised on the ocean carrier's submissions

  @id:OCN-16 @rules:remaining
  Scenario: Every other check of the rule pack passes on the ocean carrier's submissions
    Given every submission the ocean carrier made, the trade transactions that hold them and the ledger that holds them
    When tradecert validates them through every layer of the standard
    Then every other check of the rule pack passes on them
