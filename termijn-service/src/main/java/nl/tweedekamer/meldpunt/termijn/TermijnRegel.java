package nl.tweedekamer.meldpunt.termijn;

import java.util.List;

import nl.tweedekamer.meldpunt.termijn.calendar.Term;

/**
 * The one table of the regulation's terms T2–T8 (domain.md §6), and the confirmation of receipt (art 9.4): what opens each, how long it runs, who must
 * act, what closes it, and whom the reminders reach. How a term may be moved (art 12.3, 13.3) is klacht-service's
 * rule: it sends each move as a {@code termijn-stap}, which this service applies. T1 is a look-back klacht-service
 * checks at filing; T9 is a yearly report. No declaration changes a length; a declaration may change only
 * the reminder schedule.
 */
public enum TermijnRegel {

    /**
     * art 9.4: the secretary confirms receipt of a klaagschrift in writing. The article sets no term; the platform
     * reminds the secretary when receipt is still unconfirmed 5 Atw working days after filing ({@link #lengthFrom}).
     */
    ONTVANGSTBEVESTIGING(Term.days(5), "art 9.4", "klaagschrift-ingediend: from the filing date",
            Actor.COMMISSIE, "ontvangst-bevestigd", true, true, Ontvangers.SECRETARIS,
            "de bevestiging van de ontvangst van een klaagschrift (artikel 9.4 Klachtenregeling)"),

    /** art 9.3: the commission may set a further term of 2 weeks for missing documents or grounds. */
    T2(Term.weeks(2), "art 9.3", "aanvulling-gevraagd: the commission asks for missing documents",
            Actor.KLAGER, "aanvulling-ontvangen", true, true, Ontvangers.KLAGER_EN_COMMISSIE,
            "de aanvulling van het klaagschrift (artikel 9.3 Klachtenregeling)"),
    /** art 10.1: within 2 weeks after the complaint is complete the commission decides on admissibility. */
    T3(Term.weeks(2), "art 10.1", "the complaint is complete (ontvangst-bevestigd, or aanvulling-ontvangen again)",
            Actor.COMMISSIE, "ontvankelijkheid-vastgesteld", true, true, Ontvangers.COMMISSIE,
            "de beslissing over de ontvankelijkheid (artikel 10.1 Klachtenregeling)"),
    /**
     * art 12.2: the advice within 8 weeks after admissibility (not receipt: Bijlage 1 is wrong, the article text
     * wins, domain.md §5); art 12.3: if not possible, a new reasonable term, which klacht-service sets.
     */
    T4(Term.weeks(8), "art 12.2-12.3", "ontvankelijkheid-vastgesteld (admissible): from the admissibility decision",
            Actor.COMMISSIE, "advies-uitgebracht", true, true, Ontvangers.COMMISSIE,
            "het advies van de klachtencommissie aan de werkgever (artikel 12.2 Klachtenregeling)"),
    /** art 13: the employer decides within 4 weeks after receiving the advice (extensions, 13.3: klacht-service). */
    T5(Term.weeks(4), "art 13", "advies-uitgebracht: from receipt of the advice, one term per employer",
            Actor.WERKGEVER, "besluit-genomen", true, true, Ontvangers.WERKGEVER,
            "het besluit van de werkgever op het advies (artikel 13 Klachtenregeling)"),
    /** art 5.6: a VP file is destroyed 2 years after closure (or the complaint's end); one warning, then the lapse. */
    T6(Term.years(2), "art 5.6", "dossier-gesloten: the written closure, or the later end of the complaint",
            Actor.VERNIETIGING, "dossier-vernietigd (the lapse itself makes melding-service destroy the file)",
            false, false, Ontvangers.VERTROUWENSPERSOON,
            "de vernietiging van het dossier van de vertrouwenspersoon (artikel 5.6 Klachtenregeling)"),
    /**
     * art 5.7: within 1 month after the appointment ends the VP hands over the files; complete once the ended
     * appointment holds none (melding-service, at once when it held none).
     */
    T7(Term.months(1), "art 5.7", "vertrouwenspersoon-ontslagen: the end of the appointment",
            Actor.VERTROUWENSPERSOON, "overdracht-voltooid: the ended appointment holds no file any more",
            true, false,
            Ontvangers.VERTROUWENSPERSOON,
            "de overdracht van dossiers na het einde van de benoeming (artikel 5.7 Klachtenregeling)"),
    /** art 4.2 (VP, renewable once), art 6.2 (commission member): 4 years; none for the secretary (art 8). */
    T8(Term.years(4), "art 4.2, 6.2", "vertrouwenspersoon-benoemd / commissielid-benoemd: the appointment",
            Actor.BEHEERDER, "reappointment or the end of the appointment", true, true, Ontvangers.BEHEERDER,
            "de herbenoeming of vervanging na afloop van de benoemingstermijn (artikel 4.2 en 6.2 Klachtenregeling)");

    /** Who must act before the due date. */
    public enum Actor { KLAGER, COMMISSIE, WERKGEVER, VERTROUWENSPERSOON, BEHEERDER, VERNIETIGING }

    /** Who receives the reminders. */
    public enum Ontvangers { KLAGER_EN_COMMISSIE, COMMISSIE, SECRETARIS, WERKGEVER, VERTROUWENSPERSOON, BEHEERDER }

    /** The recipient roles of asyncapi's HerinneringVerzonden. */
    public enum Rol { KLAGER, COMMISSIE_SECRETARIS, COMMISSIE_VOORZITTER, WERKGEVER, VERTROUWENSPERSOON, BEHEERDER }

    private final Term length;
    private final String article;
    private final String trigger;
    private final Actor actor;
    private final String closedBy;
    private final boolean remindsBefore;
    private final boolean remindsAfterLapse;
    private final Ontvangers ontvangers;
    private final String omschrijving;

    TermijnRegel(Term length, String article, String trigger, Actor actor, String closedBy,
            boolean remindsBefore, boolean remindsAfterLapse, Ontvangers ontvangers,
            String omschrijving) {
        this.length = length;
        this.article = article;
        this.trigger = trigger;
        this.actor = actor;
        this.closedBy = closedBy;
        this.remindsBefore = remindsBefore;
        this.remindsAfterLapse = remindsAfterLapse;
        this.ontvangers = ontvangers;
        this.omschrijving = omschrijving;
    }

    public Term length() {
        return length;
    }

    /**
     * The length of this term opened on {@code trigger}, in calendar days where the term counts working days: the
     * confirmation of receipt is reminded 5 Atw working days after filing (not 5 calendar days), so that a filing
     * before a weekend or a holiday gives the secretary the same working days as any other.
     */
    public Term lengthFrom(java.time.LocalDate trigger, nl.tweedekamer.meldpunt.termijn.calendar.AtwKalender kalender) {
        if (this != ONTVANGSTBEVESTIGING) {
            return length;
        }
        java.time.LocalDate day = trigger;
        for (int working = 0; working < length.amount(); ) {
            day = day.plusDays(1);
            if (kalender.isWorkingDay(day)) {
                working++;
            }
        }
        return Term.days((int) java.time.temporal.ChronoUnit.DAYS.between(trigger, day));
    }

    /**
     * Whether the declaration's days-before reminders apply. The confirmation of receipt has none: its 5 working days
     * are shorter than the usual 7 days before, so the secretary is reminded from its due day on only.
     */
    public boolean remindsDaysBefore() {
        return this != ONTVANGSTBEVESTIGING;
    }

    public String article() {
        return article;
    }

    public String trigger() {
        return trigger;
    }

    public Actor actor() {
        return actor;
    }

    public String closedBy() {
        return closedBy;
    }

    /** T6 is no reminder term: one warning before it, then the lapse destroys the file. */
    public boolean isReminderTerm() {
        return remindsBefore;
    }

    /** Reminders every working day after the lapse, until the act closes the term. */
    public boolean remindsAfterLapse() {
        return remindsAfterLapse;
    }

    public Ontvangers ontvangers() {
        return ontvangers;
    }

    /** The term in Dutch for emails and the calendar feed: what must happen, with its article. */
    public String omschrijving() {
        return omschrijving;
    }

    public boolean isCaseTerm() {
        return this == ONTVANGSTBEVESTIGING || this == T2 || this == T3 || this == T4 || this == T5 || this == T6;
    }

    /** The terms the commission keeps watch over (and sees across tenants). */
    public static final List<TermijnRegel> COMMISSION_VIEW = List.of(ONTVANGSTBEVESTIGING, T2, T3, T4, T5);

    /**
     * Who is reminded: a commission term goes to the secretary and the chair, and once it lapsed to the chair
     * only (domain.md §6: an overdue commission term escalates to the chair, never to HR or administrators). The
     * completion term (T2, art 9.3) is the complainant's to act on: they are reminded too, until it lapses.
     */
    public List<Rol> rollen(boolean lapsed) {
        return switch (ontvangers) {
            case KLAGER_EN_COMMISSIE -> lapsed ? List.of(Rol.COMMISSIE_VOORZITTER)
                    : List.of(Rol.KLAGER, Rol.COMMISSIE_SECRETARIS, Rol.COMMISSIE_VOORZITTER);
            case COMMISSIE -> lapsed ? List.of(Rol.COMMISSIE_VOORZITTER)
                    : List.of(Rol.COMMISSIE_SECRETARIS, Rol.COMMISSIE_VOORZITTER);
            // art 9.4: confirming receipt is the secretary's own act; a late one is not escalated
            case SECRETARIS -> List.of(Rol.COMMISSIE_SECRETARIS);
            case WERKGEVER -> List.of(Rol.WERKGEVER);
            case VERTROUWENSPERSOON -> List.of(Rol.VERTROUWENSPERSOON);
            case BEHEERDER -> List.of(Rol.BEHEERDER);
        };
    }
}
