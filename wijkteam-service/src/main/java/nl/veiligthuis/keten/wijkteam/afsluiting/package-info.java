/**
 * R16/R17 afsluiten: a zaak is closed only when the children's safety is established and the family goes on
 * independently or a follow-up is arranged; "geen hulpvraag" with remaining risk is a return to VT instead. Every
 * closing is reviewed by a teamleider; huisarts, school and CJG are informed only with recorded consent.
 */
package nl.veiligthuis.keten.wijkteam.afsluiting;
