package nl.tweedekamer.meldpunt.notificatie.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import nl.tweedekamer.meldpunt.notificatie.MailTemplate;

/**
 * One email, HTML with a plain-text alternative, Dutch first and English after it. It carries the case
 * reference and a link to the case's place in the API, and for some emails one date (e.g. a deletion day),
 * nothing else about the case.
 */
@ApplicationScoped
public class MailComposer {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    @Location("mail/notification.html")
    Template html;

    @Inject
    @Location("mail/notification.txt")
    Template text;

    @ConfigProperty(name = "meldpunt.portal.base-url")
    String baseUrl;

    public Mail compose(MailTemplate template, String reference, String linkPath, LocalDate namedDate, String to,
            String messageId) {
        String link = baseUrl.replaceAll("/+$", "") + linkPath;
        String subject = "Meldpunt Tweede Kamer: " + template.headingNl.toLowerCase(Locale.ROOT)
                + " (" + reference + ") / " + template.headingEn.toLowerCase(Locale.ROOT);
        String lineNl = withDate(template.lineNl, namedDate, DUTCH);
        String lineEn = withDate(template.lineEn, namedDate, ENGLISH);
        Mail mail = Mail.withText(to, subject, render(text, template, lineNl, lineEn, reference, link));
        mail.setHtml(render(html, template, lineNl, lineEn, reference, link));
        mail.addHeader("Message-ID", messageId);
        return mail;
    }

    private static String withDate(String line, LocalDate date, DateTimeFormatter format) {
        return date == null ? line : line.replace(MailTemplate.DATE_PLACEHOLDER, format.format(date));
    }

    private static String render(Template template, MailTemplate texts, String lineNl, String lineEn,
            String reference, String link) {
        return template.data("t", texts).data("lineNl", lineNl).data("lineEn", lineEn).data("reference", reference)
                .data("link", link).render();
    }
}
