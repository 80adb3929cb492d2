#!/bin/sh
# Regenerates the example ledgers sea-ok and air-ok from the example documents: every document
# of a shipment is signed by its issuer in the demo consortium, with the document's own issue
# time as creation time, and anchored in its own block two minutes later, in the order the
# documents were issued. Then the seeded ledgers (the sea shipment with one change each, and
# their sidecars expect.yaml) are built the same way by the examples tooling, from the XML
# documents. Run from anywhere after a build (mvn -B -q install -DskipTests).
#
# Usage: regenerate.sh [seeded]   ("seeded" rebuilds only the seeded ledgers)
#
# The demo consortium in examples/consortium is created once and then kept, so its keys stay
# the same; delete the folder to create a new one. Signatures differ from run to run (SM2 and
# the nonces are randomised), the documents and their order never do.
set -eu
examples=$(cd "$(dirname "$0")/.." && pwd)
tradecert="$examples/../cli/target/tradecert/bin/tradecert"
consortium="$examples/consortium"
documents="$examples/documents/valid"

tooling="$examples/tooling/target/classes"

if [ ! -x "$tradecert" ] || [ ! -d "$tooling" ]; then
  echo "Build tradecert first: mvn -B -q install -DskipTests" >&2
  exit 4
fi
if [ ! -f "$consortium/network.json" ]; then
  "$tradecert" sandbox init "$consortium" --valid-from 2026-01-01 --valid-years 10
  rm -rf "$consortium/ledger"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# issue_time FILE: the document's IssueDateTime (the first one in the file is the document's own).
issue_time() {
  grep -m1 -o '<ram:IssueDateTime>[^<]*' "$1" | sed 's/<ram:IssueDateTime>//'
}

# plus_two_minutes TIME: TIME plus 120 seconds, in UTC.
plus_two_minutes() {
  date -u -d "@$(( $(date -d "$1" +%s) + 120 ))" +%Y-%m-%dT%H:%M:%SZ
}

# anchor SHIPMENT NAME TYPE ROLE [REFERENCE...]: signs documents/valid/SHIPMENT/NAME.xml as ROLE,
# referring to the envelopes of the earlier documents named, and anchors it in its own block.
anchor() {
  shipment=$1; name=$2; type=$3; role=$4; shift 4
  cp "$documents/$shipment/$name.xml" "$work/$name.xml"
  created=$(issue_time "$work/$name.xml")
  references=""
  for reference in "$@"; do
    references="$references --ref $work/$reference.xml.envelope.json"
  done
  # shellcheck disable=SC2086
  "$tradecert" sign --key "$consortium/participants/$role/key.pem" --cert "$consortium/participants/$role/cert.pem" \
    --registry "$consortium/network.json" --type "$type" --created-at "$created" $references "$work/$name.xml" > /dev/null
  "$tradecert" submit --ledger "$ledger" --operator-key "$consortium/operator/key.pem" --time "$(plus_two_minutes "$created")" \
    "$work/$name.xml.envelope.json" > /dev/null
  echo "  $name ($role)"
}

new_ledger() {
  ledger="$examples/ledgers/$1"
  rm -rf "$ledger"
  "$tradecert" ledger init "$ledger" --registry "$consortium/network.json" --operator-key "$consortium/operator/key.pem" \
    --time 2026-09-01T00:00:00Z > /dev/null
  rm -f "$work"/*
  echo "$ledger:"
}

# seeded: builds every seeded ledger with its sidecar from the XML documents.
seeded() {
  echo "$examples/ledgers (seeded):"
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$tooling:$examples/../cli/target/tradecert/lib/*" \
    org.tradecert.examples.ledgers.SeededLedgers --examples "$examples" --out "$examples/ledgers" --syntax xml
}

if [ "${1:-}" = "seeded" ]; then
  seeded
  exit 0
fi

new_ledger sea-ok
anchor sea booking-request booking freight-forwarder
anchor sea booking-confirmation booking ocean-carrier booking-request
anchor sea commercial-invoice commercial-invoice exporter
anchor sea packing-list packing-list exporter commercial-invoice
anchor sea goods-declaration goods-declaration customs-broker commercial-invoice packing-list
anchor sea transport-event-01-gate-in-BOHU1024615 transport-event terminal-operator booking-confirmation
anchor sea transport-event-02-gate-in-BOHU2047359 transport-event terminal-operator booking-confirmation
anchor sea transport-event-03-customs-release transport-event customs goods-declaration
anchor sea transport-event-04-load-BOHU1024615 transport-event ocean-carrier booking-confirmation
anchor sea transport-event-05-load-BOHU2047359 transport-event ocean-carrier booking-confirmation
anchor sea sea-transport-document sea-transport-document ocean-carrier booking-confirmation
anchor sea transport-event-06-departure transport-event ocean-carrier sea-transport-document
anchor sea payment-advice payment-advice bank commercial-invoice
anchor sea transport-event-07-arrival transport-event ocean-carrier sea-transport-document
anchor sea transport-event-08-discharge-BOHU1024615 transport-event ocean-carrier sea-transport-document
anchor sea transport-event-09-discharge-BOHU2047359 transport-event ocean-carrier sea-transport-document
"$tradecert" ledger verify "$ledger"

new_ledger air-ok
anchor air booking-request booking freight-forwarder
anchor air booking-confirmation booking airline booking-request
anchor air commercial-invoice commercial-invoice exporter
anchor air packing-list packing-list exporter commercial-invoice
anchor air goods-declaration goods-declaration customs-broker commercial-invoice packing-list
anchor air transport-event-01-received-from-shipper transport-event airline booking-confirmation
anchor air transport-event-02-customs-release transport-event customs goods-declaration
anchor air air-waybill air-waybill airline booking-confirmation
anchor air transport-event-03-manifested transport-event airline air-waybill
anchor air transport-event-04-departure transport-event airline air-waybill
anchor air transport-event-05-arrival transport-event airline air-waybill
anchor air transport-event-06-received-from-flight transport-event airline air-waybill
anchor air payment-advice payment-advice bank commercial-invoice
"$tradecert" ledger verify "$ledger"

seeded
