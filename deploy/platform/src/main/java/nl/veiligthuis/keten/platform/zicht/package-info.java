/** R2: who holds zicht op veiligheid for a gezin, one rule for every service that answers it (issue 14 point 3). */
package nl.veiligthuis.keten.platform.zicht;
