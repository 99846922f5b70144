/** The Monitoring aggregate: Veilig Thuis checks that the first contact after a handover happens in time (R14). */
package nl.veiligthuis.keten.monitoring.monitoring;
