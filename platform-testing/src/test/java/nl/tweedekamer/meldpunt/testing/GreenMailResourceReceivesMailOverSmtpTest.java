package nl.tweedekamer.meldpunt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/** The mailer settings GreenMailResource hands out point at a real SMTP server whose mail a test can read. */
class GreenMailResourceReceivesMailOverSmtpTest {

    @Test
    void mailSentToTheConfiguredHostAndPortIsReceived() throws Exception {
        Map<String, String> config = new GreenMailResource().start();
        assertEquals("false", config.get("quarkus.mailer.mock"));
        GreenMailResource.greenMail().purgeEmailFromAllMailboxes();

        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", config.get("quarkus.mailer.host"));
        smtp.put("mail.smtp.port", config.get("quarkus.mailer.port"));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress(config.get("quarkus.mailer.from")));
        message.setRecipients(Message.RecipientType.TO, "commissie@tweedekamer.nl");
        message.setSubject("Herinnering termijn");
        message.setText("De termijn verloopt over zeven dagen.");
        Transport.send(message);

        assertTrue(GreenMailResource.greenMail().waitForIncomingEmail(10_000, 1));
        MimeMessage received = GreenMailResource.greenMail().getReceivedMessages()[0];
        assertEquals("Herinnering termijn", received.getSubject());
        assertEquals("commissie@tweedekamer.nl", received.getAllRecipients()[0].toString());
    }
}
