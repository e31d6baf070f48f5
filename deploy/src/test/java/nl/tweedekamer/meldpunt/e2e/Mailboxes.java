package nl.tweedekamer.meldpunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The mail the platform sent, read per domain: each party of a whole-system test has a domain of their own, so what
 * reached a domain is what reached that person. Every mail is checked for what it must never carry.
 */
final class Mailboxes {

    /** Each email of a step arrives within seconds; a stalled send would take the mailer's timeout and a retry. */
    static final Duration WITHIN = Duration.ofSeconds(30);

    private final GreenMail mail;
    /** Names, free text and categories of the case under test: no email may carry any of them. */
    private final List<String> secrets;

    Mailboxes(GreenMail mail, List<String> secrets) {
        this.mail = mail;
        this.secrets = List.copyOf(secrets);
    }

    /**
     * Waits until exactly these subjects (in any order) about the case reached the domain, then checks that every mail
     * there went to one person of that domain and names nothing of the case.
     */
    void await(String domain, String reference, String... expected) throws MessagingException, IOException {
        Awaitility.await(domain + " receives " + List.of(expected)).atMost(WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(subjects(domain, reference)).containsExactlyInAnyOrder(expected));
        assertNothingSecretIn(domain);
    }

    /** The subjects about the case that reached the domain so far. */
    List<String> subjects(String domain, String reference) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessagesForDomain(domain)) {
            if (m.getSubject() != null && m.getSubject().contains(reference)) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }

    void assertNothingSecretIn(String domain) throws MessagingException, IOException {
        for (MimeMessage m : mail.getReceivedMessagesForDomain(domain)) {
            assertThat(m.getAllRecipients()).hasSize(1);
            assertThat(m.getAllRecipients()[0].toString()).endsWith("@" + domain);
            String whole = m.getSubject() + "\n" + text(m);
            assertThat(whole).as("mail to " + domain).doesNotContain(secrets);
        }
    }

    /** The subject notificatie-service gives a template's mail about a case: Dutch heading, reference, English. */
    static String subject(String headingNl, String reference, String headingEn) {
        return "Meldpunt Tweede Kamer: " + headingNl + " (" + reference + ") / " + headingEn;
    }

    /** The decoded text of every part of a message. */
    static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                all.append(text(body)).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
