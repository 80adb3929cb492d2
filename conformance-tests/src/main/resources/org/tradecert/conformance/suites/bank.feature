# The conformance suite of the bank role. Every scenario is one use case of the role; its tags name
# the checks of the rule pack it exercises (tradecert rules explain ID describes each one), and the
# steps select the participant's submissions and let the validator judge them.
@suite:bank @suite-version:1.0.0
Feature: Bank conformance suite
  The bank reports what it paid or received for a trade: the payment or remittance advice that customs and
  other banks compare with the invoice.

  银行报告其为某笔贸易支付或收到的款项：海关和其他银行将付款（汇款）通知与发票相互核对。

  @id:BNK-01 @rule:ENV-JSON @rule:ENV-STRUCTURE @rule:ENV-PROFILE @rule:ENV-STATEMENT @rule:ENV-CANONICAL
  @rule:ENV-HEADER @rule:ENV-ALG @rule:ENV-CRIT @rule:ENV-DIGEST-ALG @rule:ENV-MEDIA-TYPE @rule:ENV-SCHEMA-ID
  @rule:ENV-DOCUMENT-NUMBER
  Scenario: Bank wraps each document in a well-formed signed envelope
    Given every submission the bank made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BNK-02 @rule:SIG-PAYLOAD-MISSING @rule:SIG-DIGEST @rule:SIG-ENCODING @rule:SIG-LENGTH @rule:SIG-RANGE
  @rule:SIG-HIGH-S @rule:SIG-INVALID @rule:SIG-KEY-MISMATCH @rule:SIG-CERT-ENCODING @rule:CERT-MALFORMED
  @rule:CERT-UNTRUSTED @rule:CERT-EXPIRED @rule:CERT-REVOKED @rule:CERT-REVOCATION-UNKNOWN @rule:CERT-KEY-USAGE
  @rule:CERT-NOT-END-ENTITY
  Scenario: Bank signs each submission with a valid key and certificate of the network
    Given every submission the bank made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BNK-03 @rule:AUTH-NETWORK @rule:AUTH-PARTICIPANT @rule:AUTH-ROLE-HELD @rule:AUTH-ROLE-DOCTYPE
  @rule:AUTH-CERT-ORG @rule:AUTH-TIME
  Scenario: Bank submits only document types its role may submit, under its own identity
    Given every submission the bank made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BNK-04 @rule:REPLAY-SUBMISSION-ID @rule:REPLAY-NONCE @rule:SUPERSEDE-UNKNOWN @rule:SUPERSEDE-ORG
  @rule:SUPERSEDE-DOCUMENT @rule:SUPERSEDE-VERSION @rule:SUPERSEDE-CONFLICT
  Scenario: Bank submits each document once and amends only its own documents
    Given every submission the bank made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BNK-05 @rule:SCHEMA-TYPE-NOT-STATED @rule:SCHEMA-TYPE-UNKNOWN @rule:SCHEMA-TYPE-MISMATCH @rule:SCHEMA-STRUCTURE
  @rule:SCHEMA-VIOLATION @rule:SCHEMA-VALUE-FORM @rule:SCHEMA-CODE-VALUE @rule:CODE-UNKNOWN @rule:CODE-FORM
  @rule:CODE-DELETED @rule:CODE-UNCONFIRMED
  Scenario: Bank writes documents that conform to the schemas and code lists of the standard
    Given every submission the bank made
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BNK-06 @rule:PAY-CURRENCY @rule:PAY-PAID-AMOUNT @rule:PAY-CHARGE-BEARER @rule:PAY-REMITTED-TOTAL
  @rule:PAY-OVERPAYMENT
  Scenario: Bank reports a payment whose amounts and charges add up
    Given the payment advices the bank submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BNK-07 @rule:PAY-PARTIES @rule:PAY-ACCOUNTS @rule:PAY-IBAN @rule:COMMON-USCC-FORMAT @rule:COMMON-USCC-CHECK
  @rule:COMMON-USCC-ORGANISATION-CODE @rule:COMMON-LEI-FORMAT @rule:COMMON-LEI-CHECK
  Scenario: Bank identifies payer, payee and their accounts correctly
    Given the payment advices the bank submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BNK-08 @rule:PAY-VALUE-DATE @rule:PAY-END-TO-END-ID
  Scenario: Bank dates and references the payment
    Given the payment advices the bank submitted
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BNK-09 @rule:LEDGER-ANCHOR @rule:LEDGER-INCLUSION @rule:LEDGER-NETWORK @rule:LEDGER-MALFORMED
  @rule:LEDGER-HEIGHT @rule:LEDGER-PREVIOUS-HASH @rule:LEDGER-BLOCK-HASH @rule:LEDGER-MERKLE-ROOT
  @rule:LEDGER-OPERATOR-SIGNATURE @rule:LEDGER-TIME-ORDER
  Scenario: Bank's submissions are anchored on a ledger that verifies end to end
    Given the ledger that holds the bank's submissions
    When tradecert validates them through every layer of the standard
    Then each of them passes every check this scenario is tagged with

  @id:BNK-10 @layer:cross-document
  Scenario: Bank's documents agree with the other documents of their trade transaction
    Given the trade transactions that hold the bank's submissions
    When tradecert validates them through every layer of the standard
    Then every cross-document check of the rule pack holds for the bank's submissions

  @id:BNK-11 @layer:risk
  Scenario: Bank's trade raises no price or payment risk indicator
    Given the trade transactions that hold the bank's submissions
    When tradecert validates them through every layer of the standard
    Then no risk indicator of the rule pack is raised on the bank's submissions

  @id:BNK-12 @rules:remaining
  Scenario: Every other check of the rule pack passes on the bank's submissions
    Given every submission the bank made, the trade transactions that hold them and the ledger that holds them
    When tradecert validates them through every layer of the standard
    Then every other check of the rule pack passes on them
