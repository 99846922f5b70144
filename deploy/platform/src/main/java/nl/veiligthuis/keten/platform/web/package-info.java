/**
 * REST conventions of the Dutch API Design Rules: problem+json errors, API-Version and security headers, and
 * {@code Idempotency-Key} on POST.
 */
package nl.veiligthuis.keten.platform.web;
