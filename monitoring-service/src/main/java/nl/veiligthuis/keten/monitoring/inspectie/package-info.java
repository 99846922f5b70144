/**
 * R19: what an inspector needs to judge a gezin's history — the derived state as known at any moment (who held
 * regie and zicht op veiligheid, which terms ran, which plans were in force) and the checks of the inspection
 * framework per gezin, aggregated per regio and gemeente and exportable as CSV. Reads the timeline only.
 */
package nl.veiligthuis.keten.monitoring.inspectie;
