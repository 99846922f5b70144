/**
 * Rebuilding a service's own projections from its event store while it runs, verified per gezin by content digest
 * (R19, issue 5 point 3); see docs/herbouw.md.
 */
package nl.veiligthuis.keten.platform.projectie;
