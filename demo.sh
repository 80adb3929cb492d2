#!/bin/sh
# Certifies the exporter of the bundled sea shipment from scratch, as a participant does before
# it goes live. The script builds tradecert and creates a sandbox consortium (demo CA, one
# participant of every role, registry and policy, empty ledger). It signs every document of the
# shipment as its issuer, anchors the envelopes on the sandbox ledger and verifies the ledger.
# Then it certifies the exporter with its own key and verifies the certificate offline.
# Needs Java 17 and Maven. Besides the build, it writes only under target/demo. It exits with
# the code of the first step that fails.
set -e
cd "$(dirname "$0")"

echo "== Building tradecert"
mvn -B -q -Dstyle.color=never package -DskipTests
tradecert=cli/target/tradecert/bin/tradecert
demo=target/demo
sandbox=$demo/sandbox
rm -rf "$demo"
mkdir -p "$demo/documents"

echo
echo "== 1. A sandbox consortium; its certificates are valid from 2026-01-01, before the shipment's dates"
$tradecert sandbox init "$sandbox" --valid-from 2026-01-01 --valid-years 10

echo
echo "== 2. Every document of the sea shipment, signed by its issuer and anchored on the sandbox ledger"
# Each line: document, type, issuing role, creation time (the document's own issue time), ledger
# time (two minutes later, in its own block) and the documents it references (- for none).
while read -r name type role created anchored references; do
  cp "examples/documents/valid/sea/$name.xml" "$demo/documents/$name.xml"
  refs=""
  for reference in $(echo "$references" | tr ',' ' '); do
    if [ "$reference" != "-" ]; then
      refs="$refs --ref $demo/documents/$reference.xml.envelope.json"
    fi
  done
  # shellcheck disable=SC2086
  $tradecert sign --key "$sandbox/participants/$role/key.pem" --cert "$sandbox/participants/$role/cert.pem" \
    --type "$type" --created-at "$created" $refs "$demo/documents/$name.xml" > /dev/null
  $tradecert submit --ledger "$sandbox/ledger" --time "$anchored" "$demo/documents/$name.xml.envelope.json" > /dev/null
  echo "  $name, signed by the $role"
done <<DOCUMENTS
booking-request booking freight-forwarder 2026-09-20T10:15:00+08:00 2026-09-20T02:17:00Z -
booking-confirmation booking ocean-carrier 2026-09-21T16:30:00+08:00 2026-09-21T08:32:00Z booking-request
commercial-invoice commercial-invoice exporter 2026-10-08T09:00:00+08:00 2026-10-08T01:02:00Z -
packing-list packing-list exporter 2026-10-08T09:30:00+08:00 2026-10-08T01:32:00Z commercial-invoice
goods-declaration goods-declaration customs-broker 2026-10-09T14:20:00+08:00 2026-10-09T06:22:00Z commercial-invoice,packing-list
transport-event-01-gate-in-BOHU1024615 transport-event terminal-operator 2026-10-10T08:15:00+08:00 2026-10-10T00:17:00Z booking-confirmation
transport-event-02-gate-in-BOHU2047359 transport-event terminal-operator 2026-10-10T09:50:00+08:00 2026-10-10T01:52:00Z booking-confirmation
transport-event-03-customs-release transport-event customs 2026-10-10T11:02:00+08:00 2026-10-10T03:04:00Z goods-declaration
transport-event-04-load-BOHU1024615 transport-event ocean-carrier 2026-10-11T13:08:00+08:00 2026-10-11T05:10:00Z booking-confirmation
transport-event-05-load-BOHU2047359 transport-event ocean-carrier 2026-10-11T13:43:00+08:00 2026-10-11T05:45:00Z booking-confirmation
sea-transport-document sea-transport-document ocean-carrier 2026-10-11T18:00:00+08:00 2026-10-11T10:02:00Z booking-confirmation
transport-event-06-departure transport-event ocean-carrier 2026-10-12T06:36:00+08:00 2026-10-11T22:38:00Z sea-transport-document
payment-advice payment-advice bank 2026-11-10T10:00:00+08:00 2026-11-10T02:02:00Z commercial-invoice
transport-event-07-arrival transport-event ocean-carrier 2026-11-18T07:05:00+01:00 2026-11-18T06:07:00Z sea-transport-document
transport-event-08-discharge-BOHU1024615 transport-event ocean-carrier 2026-11-18T14:24:00+01:00 2026-11-18T13:26:00Z sea-transport-document
transport-event-09-discharge-BOHU2047359 transport-event ocean-carrier 2026-11-18T15:09:00+01:00 2026-11-18T14:11:00Z sea-transport-document
DOCUMENTS

echo
echo "== 3. The ledger, verified end to end"
$tradecert ledger verify "$sandbox/ledger"

echo
echo "== 4. The exporter, certified with its own key (self-certification)"
# The shipment's dates lie in autumn 2026, so the certificate is issued after them, on a fixed
# date, and stays valid for ten years like the sandbox's keys.
$tradecert certify --role exporter --submissions "$sandbox/ledger" --out "$demo/certification" \
  --key "$sandbox/participants/exporter/key.pem" --cert "$sandbox/participants/exporter/cert.pem" \
  --issued-at 2026-12-01T08:00:00Z --valid-days 3650

echo
echo "== 5. The certificate, verified offline by re-running the suite over the ledger"
$tradecert certificate verify "$demo/certification/certificate.jws" --submissions "$sandbox/ledger"
