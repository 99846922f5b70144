package nl.veiligthuis.keten.melding.bezorging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.melding.melding.Melder;
import nl.veiligthuis.keten.melding.melding.MelderType;
import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal.BezorgingMislukt;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgopdracht;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/**
 * R6, issue 14 point 5: the terugkoppeling by e-mail, against a real SMTP server (GreenMail) on a free port, and the
 * choice of channel per melder.
 */
class SmtpBezorgkanaalTest {

    private static final String TEKST = "Geachte melder,\n\nVeilig Thuis heeft uw melding beoordeeld.";
    private GreenMail server;

    @BeforeEach
    void start() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void r6_issue14_aLetterReachesTheMelderByEMailWithTheSameMessageIdOnEveryAttempt() throws Exception {
        SmtpBezorgkanaal kanaal = kanaal(server.getSmtp().getPort(), true);
        Bezorgopdracht opdracht = opdracht("b-1", "mentor@school.example");

        kanaal.bezorg(opdracht);
        // at least once: a crash after sending sends again, and the receiver can drop the repeat by its Message-ID
        kanaal.bezorg(opdracht);

        MimeMessage[] ontvangen = server.getReceivedMessages();
        assertThat(ontvangen).hasSize(2);
        assertThat(ontvangen[0].getAllRecipients()[0].toString()).isEqualTo("mentor@school.example");
        assertThat(ontvangen[0].getFrom()[0].toString()).isEqualTo("terugkoppeling@veiligthuis.example");
        assertThat(ontvangen[0].getSubject()).isEqualTo(SmtpBezorgkanaal.ONDERWERP);
        assertThat(GreenMailUtil.getBody(ontvangen[0]).replace("\r\n", "\n")).isEqualTo(TEKST);
        assertThat(ontvangen[0].getMessageID()).isEqualTo("<b-1@terugkoppeling.veilig-thuis-keten>")
                .isEqualTo(ontvangen[1].getMessageID());
    }

    @Test
    void r6_issue14_aServerThatCannotBeReachedOrOffersNoTlsIsAFailureToTryAgain() throws Exception {
        int vrij;
        try (ServerSocket socket = new ServerSocket(0)) {
            vrij = socket.getLocalPort();
        }
        assertThatThrownBy(() -> kanaal(vrij, true).bezorg(opdracht("b-2", "mentor@school.example")))
                .isInstanceOfSatisfying(BezorgingMislukt.class, fout -> {
                    assertThat(fout.opnieuw()).isTrue();
                    // the reason never names the address or the letter
                    assertThat(fout.getMessage()).doesNotContain("mentor", "Geachte");
                });
        // outside the development mode the connection must be upgraded with STARTTLS; this server offers none
        assertThatThrownBy(() -> kanaal(server.getSmtp().getPort(), false).bezorg(opdracht("b-3",
                "mentor@school.example")))
                .isInstanceOfSatisfying(BezorgingMislukt.class, fout -> assertThat(fout.opnieuw()).isTrue());
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void r6_issue14_aMelderWithAnEMailAddressGetsEMailAndAnyOtherTheMeldersSystem() {
        List<String> systeem = new ArrayList<>();
        List<String> email = new ArrayList<>();
        KanaalPerMelder kanaal = new KanaalPerMelder(registrerend(email, true), registrerend(systeem, true));
        kanaal.bezorg(opdracht("b-4", "mentor@school.example"));
        kanaal.bezorg(opdracht("b-5", "010-9876543"));
        kanaal.bezorg(opdracht("b-6", null));
        assertThat(email).containsExactly("b-4");
        assertThat(systeem).containsExactly("b-5", "b-6");

        // without the melder's system, a melder without an e-mail address cannot be reached: visible, not retried
        KanaalPerMelder alleenEmail = new KanaalPerMelder(registrerend(email, true), registrerend(systeem, false));
        assertThat(alleenEmail.ingesteld()).isTrue();
        assertThatThrownBy(() -> alleenEmail.bezorg(opdracht("b-7", "010-9876543")))
                .isInstanceOfSatisfying(BezorgingMislukt.class, fout -> assertThat(fout.opnieuw()).isFalse());
        assertThat(SmtpBezorgkanaal.isAdres("mentor @school")).isFalse();
        assertThat(SmtpBezorgkanaal.isAdres(" mentor@school.example ")).isTrue();
    }

    @Test
    void r6_issue14_onlyARefusedMailboxFailsTheLetterForGoodAndAConfigurationFaultWaitsForItsMending() {
        // the SMTP provider reports each refused recipient with the server's reply
        assertThat(SmtpBezorgkanaal.mailboxGeweigerd(geweigerd("550 5.1.1 <x@school.example>: Recipient unknown")))
                .isTrue();
        assertThat(SmtpBezorgkanaal.mailboxGeweigerd(geweigerd("550 5.7.1 Relaying denied"))).isFalse();
        assertThat(SmtpBezorgkanaal.mailboxGeweigerd(geweigerd("530 5.7.0 Authentication required"))).isFalse();
        assertThat(SmtpBezorgkanaal.mailboxGeweigerd(geweigerd("450 4.2.1 Mailbox busy"))).isFalse();
        assertThat(SmtpBezorgkanaal.mailboxGeweigerd(new MailSendException("Mail server connection failed")))
                .isFalse();
        // a user without a password is a configuration error found at the start, not a failed login per letter
        assertThatThrownBy(() -> new SmtpBezorgkanaal("localhost", 587, "keten", " ", "a@b.example",
                Duration.ofSeconds(1), false)).isInstanceOf(IllegalStateException.class);
    }

    /** As JavaMailSenderImpl reports a refused recipient: the server's reply nested under "Invalid Addresses". */
    private static MailSendException geweigerd(String antwoord) {
        SendFailedException ontvanger = new SendFailedException(antwoord);
        SendFailedException bericht = new SendFailedException("Invalid Addresses", ontvanger);
        return new MailSendException(Map.of(new Object(), bericht));
    }

    private static SmtpBezorgkanaal kanaal(int poort, boolean ontwikkelmodus) {
        return new SmtpBezorgkanaal("localhost", poort, null, null, "terugkoppeling@veiligthuis.example",
                Duration.ofSeconds(2), ontwikkelmodus);
    }

    private static Bezorgopdracht opdracht(String bezorgingId, String contact) {
        return new Bezorgopdracht(bezorgingId, "melding-1", Moment.NA_TRIAGE,
                new Melder(MelderType.PROFESSIONAL, "Basisschool De Vlinder", contact), TEKST);
    }

    private static Bezorgkanaal registrerend(List<String> bezorgd, boolean ingesteld) {
        return new Bezorgkanaal() {
            @Override
            public boolean ingesteld() {
                return ingesteld;
            }

            @Override
            public void bezorg(Bezorgopdracht opdracht) {
                bezorgd.add(opdracht.bezorgingId());
            }
        };
    }
}
