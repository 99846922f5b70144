/**
 * The access log (R20, NEN 7513; issue 13 point 5): who read or changed which gezin's data, when, in which role, on
 * which basis, and with what outcome; append-only and tamper-evident. See docs/security.md.
 */
package nl.veiligthuis.keten.platform.toegangslog;
