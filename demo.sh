#!/bin/sh
# Builds tradecert and runs it on the bundled example shipments. Needs Java 17 and Maven.
set -e
cd "$(dirname "$0")"
mvn -B -q -Dstyle.color=never install -DskipTests
tradecert=cli/target/tradecert/bin/tradecert

echo "== The document types of the standard"
$tradecert schema list

echo
echo "== The sea shipment's commercial invoice, converted from XML to JSON"
$tradecert convert examples/documents/valid/sea/commercial-invoice.xml --to json --out target/demo/commercial-invoice.json
head -n 12 target/demo/commercial-invoice.json

echo
echo "== Ports and airports of the shipments in the bundled UN/LOCODE selection"
$tradecert codelists lookup UNLOCODE CNTXG NLRTM CNTSN DEFRA

echo
echo "== Validating both shipments' documents, XML and JSON"
$tradecert validate examples/documents/valid --format text --format html=target/demo/valid.html

echo
echo "== Validating the sea shipment as signed and anchored on its sandbox ledger"
$tradecert validate examples/ledgers/sea-ok --format text --format json=target/demo/sea-ok.json | tail -n 4

echo
echo "== An invoice that names an Incoterms rule that does not exist (exit code 1 expected)"
$tradecert validate examples/documents/invalid/commercial-invoice/unknown-incoterms-rule.xml || echo "exit code $?"
