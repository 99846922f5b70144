/**
 * R21: corrections and a person's own statement are added to a gezin's file, never written over what was recorded.
 * The text is personal data, encrypted with the gezin's key; the topic says only that, and about what, one was added.
 */
package nl.veiligthuis.keten.monitoring.aanvulling;
