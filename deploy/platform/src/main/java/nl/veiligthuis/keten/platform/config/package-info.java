/** Defaults every service shares, so a service's own configuration holds only what is its own. */
package nl.veiligthuis.keten.platform.config;
