/** REST conventions of the Dutch API Design Rules: problem+json errors, API-Version and security headers. */
package nl.veiligthuis.keten.platform.web;
