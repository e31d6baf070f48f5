package nl.tweedekamer.meldpunt.termijn.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import nl.tweedekamer.meldpunt.testing.GreenMailResource;

/** The reminder emails GreenMail received, one per Message-ID (GreenMail keeps a copy per recipient). */
public final class Mails {

    public record Mail(String messageId, String subject, List<String> to, String text, String html) {
    }

    private Mails() {
    }

    /** The distinct emails whose subject names this reference. */
    public static List<Mail> about(String reference) {
        Map<String, Mail> byId = new LinkedHashMap<>();
        for (MimeMessage m : GreenMailResource.received()) {
            try {
                if (m.getSubject() != null && m.getSubject().contains(reference)) {
                    byId.putIfAbsent(m.getMessageID(), read(m));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static Mail read(MimeMessage m) throws MessagingException, IOException {
        String text = null;
        String html = null;
        Object content = m.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                Object inner = part.getContent();
                if (inner instanceof Multipart nested) {
                    for (int j = 0; j < nested.getCount(); j++) {
                        BodyPart p = nested.getBodyPart(j);
                        if (p.isMimeType("text/plain")) {
                            text = (String) p.getContent();
                        } else if (p.isMimeType("text/html")) {
                            html = (String) p.getContent();
                        }
                    }
                } else if (part.isMimeType("text/plain")) {
                    text = (String) inner;
                } else if (part.isMimeType("text/html")) {
                    html = (String) inner;
                }
            }
        } else {
            text = String.valueOf(content);
        }
        Address[] to = m.getRecipients(jakarta.mail.Message.RecipientType.TO);
        return new Mail(m.getMessageID(), m.getSubject(),
                to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(), text, html);
    }
}
