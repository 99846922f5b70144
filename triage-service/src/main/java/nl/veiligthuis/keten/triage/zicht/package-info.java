/** R2: per gezin, who holds zicht op veiligheid and since when, as far as triage-service knows. */
package nl.veiligthuis.keten.triage.zicht;
