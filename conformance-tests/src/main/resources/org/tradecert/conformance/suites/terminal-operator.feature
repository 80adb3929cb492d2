# The conformance suite of the terminal operator role. Every scenario is one use case of the role; its tags name
# the checks of the rule pack it exercises (tradecert rules explain ID describes each one), and the
# steps select the participant's submissions and let the validator judge them.
@suite:terminal-operator @suite-version:1.0.0
Feature: Terminal operator conformance suite
  The terminal operator handles containers in the port: it reports gate-in and gate-out, loading and
  discharge at its terminal, with the weights and seals it finds.

  码头运营方在港区内作业集装箱：报告进闸、出闸、装船和卸船事件，以及其核实的重量和铅封。

  @id:TRM-01 @rule:ENV-JSON @rule:ENV-STRUCTURE @rule:ENV-PROFILE @rule:ENV-STATEMENT @rule:ENV-CANONICAL
  @rule:ENV-HEADER @rule:ENV-ALG @rule:ENV-CRIT @rule:ENV-DIGEST-ALG @rule:ENV-MEDIA-TYPE @rule:ENV-SCHEMA-ID
  @rule:ENV-DOCUMENT-NUMBER
  Scenario: Terminal operator wraps each document in a well-formed signed envelope
    Given every submission the terminal operator made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:TRM-02 @rule:SIG-PAYLOAD-MISSING @rule:SIG-DIGEST @rule:SIG-ENCODING @rule:SIG-LENGTH @rule:SIG-RANGE
  @rule:SIG-HIGH-S @rule:SIG-INVALID @rule:SIG-KEY-MISMATCH @rule:SIG-CERT-ENCODING @rule:CERT-MALFORMED
  @rule:CERT-UNTRUSTED @rule:CERT-EXPIRED @rule:CERT-REVOKED @rule:CERT-REVOCATION-UNKNOWN @rule:CERT-KEY-USAGE
  @rule:CERT-NOT-END-ENTITY
  Scenario: Terminal operator signs each submission with a valid key and certificate of the network
    Given every submission the terminal operator made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:TRM-03 @rule:AUTH-NETWORK @rule:AUTH-PARTICIPANT @rule:AUTH-ROLE-HELD @rule:AUTH-ROLE-DOCTYPE
  @rule:AUTH-CERT-ORG @rule:AUTH-TIME
  Scenario: Terminal operator submits only document types its role may submit, under its own identity
    Given every submission the terminal operator made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:TRM-04 @rule:REPLAY-SUBMISSION-ID @rule:REPLAY-NONCE @rule:SUPERSEDE-UNKNOWN @rule:SUPERSEDE-ORG
  @rule:SUPERSEDE-DOCUMENT @rule:SUPERSEDE-VERSION @rule:SUPERSEDE-CONFLICT
  Scenario: Terminal operator submits each document once and amends only its own documents
    Given every submission the terminal operator made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:TRM-05 @rule:SCHEMA-TYPE-NOT-STATED @rule:SCHEMA-TYPE-UNKNOWN @rule:SCHEMA-TYPE-MISMATCH @rule:SCHEMA-STRUCTURE
  @rule:SCHEMA-VIOLATION @rule:SCHEMA-VALUE-FORM @rule:SCHEMA-CODE-VALUE @rule:CODE-UNKNOWN @rule:CODE-FORM
  @rule:CODE-DELETED @rule:CODE-UNCONFIRMED
  Scenario: Terminal operator writes documents that conform to the schemas and code lists of the standard
    Given every submission the terminal operator made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:TRM-06 @rule:EVENT-MOVEMENT-MISSING @rule:EVENT-EQUIPMENT-MISSING @rule:EVENT-TYPE-MODE
  @rule:EVENT-LOCATION-OFF-ROUTE @rule:EVENT-ACTUAL-AFTER-REPORT @rule:EVENT-CUSTOMS-DECLARATION-MISSING
  Scenario: Terminal operator reports gate and handling events for the containers of the consignment
    Given the transport events the terminal operator submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:TRM-07 @rule:EVENT-GROSS-WEIGHT-SUM @rule:EVENT-PIECE-QUANTITY-SUM @rule:COMMON-MEASURE-NEGATIVE
  @rule:COMMON-MEASURE-UNIT @rule:COMMON-COUNT-WHOLE @rule:COMMON-PACKAGE-NET-ABOVE-GROSS
  @rule:COMMON-DENSITY-IMPLAUSIBLE
  Scenario: Terminal operator weighs and counts what passes its gate
    Given the transport events the terminal operator submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:TRM-08 @rule:COMMON-CONTAINER-FORMAT @rule:COMMON-CONTAINER-CHECK-DIGIT @rule:COMMON-CONTAINER-OVER-RATING
  @rule:COMMON-IMO-FORMAT @rule:COMMON-IMO-CHECK-DIGIT @rule:COMMON-MEANS-MODE @rule:COMMON-MOVEMENT-SAME-PLACE
  @rule:COMMON-MOVEMENT-ARRIVAL-BEFORE-DEPARTURE
  Scenario: Terminal operator identifies containers and vessels correctly
    Given the transport events the terminal operator submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:TRM-09 @rule:COMMON-USCC-FORMAT @rule:COMMON-USCC-CHECK @rule:COMMON-USCC-ORGANISATION-CODE
  @rule:COMMON-LEI-FORMAT @rule:COMMON-LEI-CHECK
  Scenario: Terminal operator identifies the parties it names correctly
    Given the transport events the terminal operator submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:TRM-10 @rule:LEDGER-ANCHOR @rule:LEDGER-INCLUSION @rule:LEDGER-NETWORK @rule:LEDGER-MALFORMED
  @rule:LEDGER-HEIGHT @rule:LEDGER-PREVIOUS-HASH @rule:LEDGER-BLOCK-HASH @rule:LEDGER-MERKLE-ROOT
  @rule:LEDGER-OPERATOR-SIGNATURE @rule:LEDGER-TIME-ORDER
  Scenario: Terminal operator's submissions are anchored on a ledger that verifies end to end
    Given the ledger that holds the terminal operator's submissions
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:TRM-11 @layer:cross-document
  Scenario: Terminal operator's documents agree with the other documents of their trade transaction
    Given the trade transactions that hold the terminal operator's submissions
    When tradecert validates them through every layer of the standard
    Then every cross-document check of the rule pack holds for the terminal operator's submissions

  @id:TRM-12 @layer:risk
  Scenario: Terminal operator's trade raises no price or payment risk indicator
    Given the trade transactions that hold the terminal operator's submissions
    When tradecert validates them through every layer of the standard
    Then no risk indicator of the rule pack is raised on the terminal operator's submissions

  @id:TRM-13 @rules:remaining
  Scenario: Every other check of the rule pack passes on the terminal operator's submissions
    Given every submission the terminal operator made, the trade transactions that hold them and the ledger that holds them
    When tradecert validates them through every layer of the standard
    Then every other check of the rule pack passes on them
