package nl.veiligthuis.keten.melding.bezorging;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgopdracht;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * R6, issue 14 point 5: delivers a letter by e-mail to the melder's address, through the SMTP server of
 * {@code keten.terugkoppeling.bezorging.smtp.*}. Accepted by the server is delivered. The Message-ID carries the
 * bezorgingId, the same on every attempt, so a mail system can drop a repeat. An address the server refuses is a
 * refusal no retry mends; a server that cannot be reached, or refuses this service's login, is a fault to wait for.
 * Outside the development mode the connection must be upgraded with STARTTLS: the letter names the melder.
 */
class SmtpBezorgkanaal implements Bezorgkanaal {

    static final String ONDERWERP = "Terugkoppeling op uw melding bij Veilig Thuis";

    private final JavaMailSenderImpl smtp;
    private final InternetAddress afzender;

    SmtpBezorgkanaal(String host, int poort, String gebruiker, String wachtwoord, String afzender, Duration timeout,
                     boolean ontwikkelmodus) {
        this.smtp = new JavaMailSenderImpl();
        smtp.setHost(host);
        smtp.setPort(poort);
        smtp.setDefaultEncoding(StandardCharsets.UTF_8.name());
        if (gebruiker != null && !gebruiker.isBlank()) {
            smtp.setUsername(gebruiker.strip());
            smtp.setPassword(wachtwoord);
        }
        Properties eigenschappen = new Properties();
        String millis = Long.toString(timeout.toMillis());
        eigenschappen.put("mail.smtp.connectiontimeout", millis);
        eigenschappen.put("mail.smtp.timeout", millis);
        eigenschappen.put("mail.smtp.writetimeout", millis);
        eigenschappen.put("mail.smtp.auth", Boolean.toString(smtp.getUsername() != null));
        eigenschappen.put("mail.smtp.starttls.enable", "true");
        eigenschappen.put("mail.smtp.starttls.required", Boolean.toString(!ontwikkelmodus));
        smtp.setJavaMailProperties(eigenschappen);
        try {
            this.afzender = new InternetAddress(afzender, true);
        } catch (AddressException e) {
            throw new IllegalStateException("keten.terugkoppeling.bezorging.smtp.afzender is geen e-mailadres", e);
        }
    }

    @Override
    public boolean ingesteld() {
        return true;
    }

    /** Whether this contact is an e-mail address this channel can send to. */
    static boolean isAdres(String contact) {
        if (contact == null || contact.isBlank() || !contact.contains("@")) {
            return false;
        }
        try {
            new InternetAddress(contact.strip(), true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    @Override
    public void bezorg(Bezorgopdracht opdracht) {
        MimeMessage bericht = new BezorgBericht(smtp.createMimeMessage(), opdracht.bezorgingId());
        try {
            bericht.setFrom(afzender);
            bericht.setRecipient(MimeMessage.RecipientType.TO,
                    new InternetAddress(opdracht.melder().contact().strip(), true));
            bericht.setSubject(ONDERWERP, StandardCharsets.UTF_8.name());
            bericht.setText(opdracht.tekst(), StandardCharsets.UTF_8.name());
            bericht.setHeader("X-Bezorging-Id", opdracht.bezorgingId());
        } catch (MessagingException e) {
            throw new BezorgingMislukt("geen geldig e-mailadres", false);
        }
        try {
            smtp.send(bericht);
        } catch (MailAuthenticationException e) {
            throw new BezorgingMislukt("SMTP-aanmelding geweigerd");
        } catch (MailSendException e) {
            // the server refused the recipient (a 5xx on RCPT TO): the address, not the channel
            throw new BezorgingMislukt("SMTP: " + e.getClass().getSimpleName(), !adresGeweigerd(e));
        } catch (MailException e) {
            throw new BezorgingMislukt("SMTP: " + e.getClass().getSimpleName());
        }
    }

    private static boolean adresGeweigerd(MailSendException fout) {
        for (Exception oorzaak : fout.getFailedMessages().values()) {
            if (oorzaak instanceof jakarta.mail.SendFailedException verzendfout
                    && verzendfout.getInvalidAddresses() != null && verzendfout.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the Message-ID derived from the bezorgingId: Jakarta Mail would give each attempt a new one. */
    private static final class BezorgBericht extends MimeMessage {

        private final String bezorgingId;

        BezorgBericht(MimeMessage basis, String bezorgingId) {
            super(basis.getSession());
            this.bezorgingId = bezorgingId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + bezorgingId + "@terugkoppeling.veilig-thuis-keten>");
        }
    }
}
