/**
 * Erasure by destroying keys (R21, issue 13 point 6; crypto-shredding): personal data in a service's event store is
 * encrypted with a key per gezin, so that destroying the key erases it everywhere it is stored. See docs/security.md.
 */
package nl.veiligthuis.keten.platform.privacy;
