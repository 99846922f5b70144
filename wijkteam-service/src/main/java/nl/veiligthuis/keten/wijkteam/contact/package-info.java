/**
 * Issue 14 point 6 (001 §3.3: zicht op veiligheid through regular home visits and contact with school was "niet
 * altijd navolgbaar"): the contact log of a zaak. Home visits, conversations, school, network and other professionals'
 * contacts, each with when, with whom and what it showed about safety; the frequency the team agreed; and the signal
 * that a zaak with an unsafe child has gone without contact for longer than that.
 */
package nl.veiligthuis.keten.wijkteam.contact;
