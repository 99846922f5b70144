/** The injectable clock every term of the chain runs on. */
package nl.veiligthuis.keten.platform.tijd;
