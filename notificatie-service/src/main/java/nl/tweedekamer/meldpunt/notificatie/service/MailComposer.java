package nl.tweedekamer.meldpunt.notificatie.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * One email, HTML with a plain-text alternative, Dutch first and English after it. It carries the case
 * reference and a link to the case's place in the API, nothing else about the case.
 */
@ApplicationScoped
public class MailComposer {

    @Inject
    @Location("mail/notification.html")
    Template html;

    @Inject
    @Location("mail/notification.txt")
    Template text;

    @ConfigProperty(name = "meldpunt.links.base-url")
    String baseUrl;

    public Mail compose(MailTemplate template, String reference, String linkPath, String to, String messageId) {
        String link = baseUrl.replaceAll("/+$", "") + linkPath;
        String subject = "Meldpunt Tweede Kamer: " + template.headingNl.toLowerCase(java.util.Locale.ROOT)
                + " (" + reference + ") / " + template.headingEn.toLowerCase(java.util.Locale.ROOT);
        Mail mail = Mail.withText(to, subject, render(text, template, reference, link));
        mail.setHtml(render(html, template, reference, link));
        mail.addHeader("Message-ID", messageId);
        return mail;
    }

    private static String render(Template template, MailTemplate texts, String reference, String link) {
        return template.data("t", texts).data("reference", reference).data("link", link).render();
    }
}
