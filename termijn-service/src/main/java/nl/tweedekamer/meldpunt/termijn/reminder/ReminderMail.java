package nl.tweedekamer.meldpunt.termijn.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.quarkus.mailer.Mail;

import nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes;
import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel;
import nl.tweedekamer.meldpunt.termijn.reminder.Herinnering;

/**
 * The reminder email in Dutch, HTML and plain text: the case reference, the term, the due date and a link —
 * never a name, free text or the category of a case (domain.md §7). Its Message-ID is the reminder's own, the
 * same on every attempt, so a mail system can recognise a repeat.
 */
public final class ReminderMail {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    /**
     * Who reads the mail. Whoever watches the term (commission, employer, VP, administrators) gets the term's page;
     * a party of the case (the complainant, for T2) a mail of their own that links to their case, so that no
     * address of the one reaches the other and every link opens a page its reader may see.
     */
    public enum Audience {
        WATCHER, PARTY;

        public static Audience of(TermijnRegel.Rol rol) {
            return rol == TermijnRegel.Rol.KLAGER ? PARTY : WATCHER;
        }
    }

    private ReminderMail() {
    }

    public static Mail build(Termijn t, Herinnering h, Audience audience, List<String> to, String linkBase,
            LocalDate today) {
        String reference = t.caseReference != null ? "zaak " + t.caseReference : "benoeming " + t.appointmentId;
        String due = DATUM.format(h.dueOn);
        boolean party = audience == Audience.PARTY;
        String link = linkBase.replaceAll("/+$", "") + (party ? PortalRoutes.klacht(t.caseId) : PortalRoutes.termijn(t.id));
        String linkText = party ? "Bekijk uw klacht en wat er van u gevraagd wordt"
                : "Bekijk de termijn en hoe de vervaldatum is berekend";
        String subject = switch (h.moment) {
            case VOORAF -> "Herinnering: termijn " + t.soort + " in " + reference + " verloopt op " + due;
            case VERVALDAG -> "Vandaag laatste dag: termijn " + t.soort + " in " + reference;
            case NA_VERVALDAG -> "Termijn verstreken: " + t.soort + " in " + reference + " (uiterlijk " + due + ")";
            case WAARSCHUWING -> "Aankondiging: termijn " + t.soort + " in " + reference + " loopt af op " + due;
        };
        String status = switch (h.moment) {
            case VOORAF -> "Deze termijn verloopt over " + java.time.temporal.ChronoUnit.DAYS.between(today, h.dueOn)
                    + " dagen, op " + due + ".";
            case VERVALDAG -> "Vandaag, " + due + ", is de laatste dag van deze termijn.";
            case NA_VERVALDAG -> "Deze termijn is verstreken: de laatste dag was " + due
                    + ". Wilt u zo spoedig mogelijk handelen?";
            case WAARSCHUWING -> "Op " + due + " loopt deze bewaartermijn af. Het dossier wordt dan automatisch"
                    + " vernietigd.";
        };
        String wat = "Het gaat om " + t.soort.omschrijving() + " in " + reference + ".";
        String text = "Geachte heer, mevrouw,\n\n" + wat + "\n" + status + (h.late
                ? "\n\nDit bericht komt later dan gepland, omdat het systeem tijdelijk niet beschikbaar was." : "")
                + "\n\n" + linkText + ":\n" + link
                + "\n\nDit bericht is automatisch verzonden door het Meldpunt Tweede Kamer. Het bevat bewust geen namen"
                + " of inhoud van de zaak; die vindt u na inloggen in het systeem.\n";
        String html = "<!DOCTYPE html><html lang=\"nl\"><body>"
                + "<p>Geachte heer, mevrouw,</p>"
                + "<p>" + esc(wat) + "<br>" + esc(status) + "</p>"
                + (h.late ? "<p>Dit bericht komt later dan gepland, omdat het systeem tijdelijk niet beschikbaar was.</p>"
                        : "")
                + "<p><a href=\"" + esc(link) + "\">" + esc(linkText) + "</a></p>"
                + "<p style=\"color:#555\">Dit bericht is automatisch verzonden door het Meldpunt Tweede Kamer. Het bevat"
                + " bewust geen namen of inhoud van de zaak; die vindt u na inloggen in het systeem.</p>"
                + "</body></html>";
        Mail mail = new Mail().setSubject(subject).setText(text).setHtml(html).setTo(List.copyOf(to));
        mail.addHeader("Message-ID", party ? h.messageIdForParty() : h.messageId());
        mail.addHeader("X-Meldpunt-Herinnering", h.id.toString());
        return mail;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
