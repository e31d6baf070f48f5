package nl.tweedekamer.meldpunt.notificatie.testing;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import nl.tweedekamer.meldpunt.testing.GreenMailResource;

/** What the SMTP server received, read back as a recipient would. */
public final class Mails {

    private Mails() {
    }

    /** Every message the SMTP server received for this address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(GreenMailResource.received()).filter(m -> addressedTo(m, address)).toList();
    }

    public static List<MimeMessage> all() {
        return Arrays.asList(GreenMailResource.received());
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every part (plain text and HTML), as the recipient reads it. */
    public static String content(MimeMessage message) {
        try {
            return content((Part) message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Subject and decoded parts: everything but the routing headers. */
    public static String readable(MimeMessage message) {
        return subject(message) + "\n" + content(message);
    }

    private static String content(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(content(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    public static boolean hasPart(MimeMessage message, String mimeType) {
        try {
            return hasPart((Part) message, mimeType);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasPart(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return true;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (hasPart(multipart.getBodyPart(i), mimeType)) {
                    return true;
                }
            }
        }
        return false;
    }
}
