package nl.veiligthuis.keten.melding.bezorging;

import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgopdracht;

/**
 * R6, issue 14 point 5: the channel per melder. A melder whose contact is an e-mail address gets the letter by e-mail;
 * any other melder through the melder's system (HTTP), when that is configured. A letter no configured channel can
 * carry fails visibly, without retrying.
 */
class KanaalPerMelder implements Bezorgkanaal {

    private final Bezorgkanaal email;
    private final Bezorgkanaal systeem;

    KanaalPerMelder(Bezorgkanaal email, Bezorgkanaal systeem) {
        this.email = email;
        this.systeem = systeem;
    }

    @Override
    public boolean ingesteld() {
        return email.ingesteld() || systeem.ingesteld();
    }

    @Override
    public void bezorg(Bezorgopdracht opdracht) {
        if (SmtpBezorgkanaal.isAdres(opdracht.melder().contact())) {
            email.bezorg(opdracht);
        } else if (systeem.ingesteld()) {
            systeem.bezorg(opdracht);
        } else {
            throw new BezorgingMislukt("geen kanaal voor een melder zonder e-mailadres", false);
        }
    }
}
