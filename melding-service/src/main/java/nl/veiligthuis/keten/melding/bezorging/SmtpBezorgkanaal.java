package nl.veiligthuis.keten.melding.bezorging;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgopdracht;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * R6, issue 14 point 5: delivers a letter by e-mail to the melder's address, through the SMTP server of
 * {@code keten.terugkoppeling.bezorging.smtp.*}. Accepted by the server is delivered. The Message-ID carries the
 * bezorgingId, the same on every attempt, so a mail system can drop a repeat. A mailbox the server refuses (5.1.x) is a
 * refusal no retry mends; a server that cannot be reached, refuses this service's login or its relaying, is a fault
 * to wait for. Implicit TLS (port 465) is not supported: use the submission port with STARTTLS.
 * Outside the development mode the connection must be upgraded with STARTTLS: the letter names the melder.
 */
class SmtpBezorgkanaal implements Bezorgkanaal {

    static final String ONDERWERP = "Terugkoppeling op uw melding bij Veilig Thuis";
    /** Spring's message when closing the connection failed after the message was sent. */
    private static final String NA_VERZENDEN = "Failed to close server connection after message sending";
    private static final Pattern MAILBOX = Pattern.compile("^\\s*5\\d\\d[ -]5\\.1\\.\\d+");

    private final JavaMailSenderImpl smtp;
    private final InternetAddress afzender;

    SmtpBezorgkanaal(String host, int poort, String gebruiker, String wachtwoord, String afzender, Duration timeout,
                     boolean ontwikkelmodus) {
        this.smtp = new JavaMailSenderImpl();
        smtp.setHost(host);
        smtp.setPort(poort);
        smtp.setDefaultEncoding(StandardCharsets.UTF_8.name());
        if (gebruiker != null && !gebruiker.isBlank()) {
            if (wachtwoord == null || wachtwoord.isBlank()) {
                throw new IllegalStateException("keten.terugkoppeling.bezorging.smtp.gebruiker zonder wachtwoord");
            }
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
        // once the message is accepted, do not wait for the answer to QUIT: a slow goodbye is no failed delivery
        eigenschappen.put("mail.smtp.quitwait", "false");
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
        MimeMessage bericht = new BezorgBericht(smtp.getSession(), opdracht.bezorgingId());
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
            if (e.getFailedMessages().isEmpty() && e.getMessage() != null && e.getMessage().startsWith(NA_VERZENDEN)) {
                // accepted by the server, only the goodbye failed: delivered, not to be sent twice
                return;
            }
            if (mailboxGeweigerd(e)) {
                throw new BezorgingMislukt("SMTP: adres geweigerd", false);
            }
            throw new BezorgingMislukt(e.getFailedMessages().isEmpty() ? "SMTP: geen verbinding"
                    : "SMTP: niet aangenomen");
        } catch (MailException e) {
            throw new BezorgingMislukt("SMTP: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Whether the server refused the mailbox itself: a permanent failure on RCPT TO with an enhanced status 5.1.x (no
     * such user, bad address). Other refusals there (5.7.1 relaying denied, authentication required) are faults of the
     * channel's configuration: the letters are tried again until it is mended, as the HTTP channel does with a 401.
     */
    static boolean mailboxGeweigerd(MailSendException fout) {
        for (Exception oorzaak : fout.getFailedMessages().values()) {
            for (Exception e = oorzaak; e != null;
                 e = e instanceof MessagingException m ? m.getNextException() : null) {
                // Jakarta Mail's SMTP provider reports a refused recipient with the server's reply as its message
                if (e instanceof SendFailedException adres && adres.getMessage() != null
                        && MAILBOX.matcher(adres.getMessage()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Keeps the Message-ID derived from the bezorgingId: Jakarta Mail would give each attempt a new one. */
    private static final class BezorgBericht extends MimeMessage {

        private final String bezorgingId;

        BezorgBericht(Session sessie, String bezorgingId) {
            super(sessie);
            this.bezorgingId = bezorgingId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + bezorgingId + "@terugkoppeling.veilig-thuis-keten>");
        }
    }
}
