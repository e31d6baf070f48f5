package nl.tweedekamer.meldpunt.notificatie.service;

import static nl.tweedekamer.meldpunt.notificatie.Lookup.Kind.*;
import static nl.tweedekamer.meldpunt.notificatie.MailTemplate.*;
import static nl.tweedekamer.meldpunt.notificatie.RecipientRole.*;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.tweedekamer.meldpunt.notificatie.Lookup;
import nl.tweedekamer.meldpunt.notificatie.MailTemplate;
import nl.tweedekamer.meldpunt.notificatie.RecipientRole;
import nl.tweedekamer.meldpunt.notificatie.event.DomainEvent;
import nl.tweedekamer.meldpunt.notificatie.event.EventTypes;

/**
 * Who must hear of which step, and with which template: the one place that decides it (domain.md §2, §5).
 * Each row names a role, the lookup(s) that give its addresses at send time, and when it applies.
 * Termijn events send no email here: reminders are termijn-service's.
 */
public final class Recipients {

    /** One kind of recipient of one event type. */
    public record Rule(RecipientRole role, MailTemplate template, Predicate<DomainEvent> when,
            Function<DomainEvent, List<Lookup>> lookups) {
    }

    private static final Predicate<DomainEvent> ALWAYS = e -> true;

    private static Rule rule(RecipientRole role, MailTemplate template, Lookup.Kind kind,
            Function<DomainEvent, Object> arg) {
        return new Rule(role, template, ALWAYS, e -> List.of(Lookup.of(kind, arg.apply(e))));
    }

    private static Rule rule(RecipientRole role, MailTemplate template, Lookup.Kind kind) {
        return rule(role, template, kind, e -> null);
    }

    private static Rule onlyWhen(Predicate<DomainEvent> when, Rule rule) {
        return new Rule(rule.role(), rule.template(), when, rule.lookups());
    }

    /** The VP's own lookup: the pool's, or the fractie's own (then of the melding's tenant). */
    private static Rule vertrouwenspersoon(MailTemplate template) {
        return new Rule(RecipientRole.VERTROUWENSPERSOON, template, ALWAYS, e -> List.of("EIGEN".equals(
                e.vertrouwenspersoonKind())
                        ? new Lookup(EIGEN_VERTROUWENSPERSOON, e.tenantId() + "/" + e.vertrouwenspersoonId())
                        : Lookup.of(Lookup.Kind.VERTROUWENSPERSOON, e.vertrouwenspersoonId())));
    }

    private static final Map<String, List<Rule>> TABLE = Map.ofEntries(
            // art 9.1/9.4: the klaagschrift goes to the secretary, who confirms receipt
            Map.entry(EventTypes.KLAAGSCHRIFT_INGEDIEND, List.of(
                    rule(COMMISSIE_SECRETARIS, KLAAGSCHRIFT_INGEDIEND, COMMISSION_SECRETARY))),
            Map.entry(EventTypes.ONTVANGST_BEVESTIGD, List.of(
                    rule(KLAGER, ONTVANGST_BEVESTIGD, CASE_COMPLAINANT, DomainEvent::caseId))),
            // art 9.3: the complainant completes within 2 weeks; the secretary hears it arrived
            Map.entry(EventTypes.AANVULLING_GEVRAAGD, List.of(
                    rule(KLAGER, AANVULLING_GEVRAAGD, CASE_COMPLAINANT, DomainEvent::caseId))),
            Map.entry(EventTypes.AANVULLING_ONTVANGEN, List.of(
                    rule(COMMISSIE_SECRETARIS, AANVULLING_ONTVANGEN, COMMISSION_SECRETARY))),
            // art 10: the complainant hears the decision; an admissible complaint's copy goes to each accused (10.3)
            Map.entry(EventTypes.ONTVANKELIJKHEID_VASTGESTELD, List.of(
                    rule(KLAGER, ONTVANKELIJKHEID_BESLIST, CASE_COMPLAINANT, DomainEvent::caseId),
                    onlyWhen(e -> Boolean.TRUE.equals(e.admissible()),
                            rule(AANGEKLAAGDE, KLACHT_VOOR_AANGEKLAAGDE, CASE_ACCUSED, DomainEvent::caseId)))),
            // art 11: each invited party, by its pseudonymous id, at the address of this case (never another case's)
            Map.entry(EventTypes.HOORZITTING_GEPLAND, List.of(
                    new Rule(GENODIGDE, HOORZITTING_UITNODIGING, ALWAYS,
                            e -> e.invitedOrEmpty().stream().map(id -> Lookup.of(CASE_PERSON, e.caseId() + "/" + id)).toList()))),
            // art 12.1: both parties receive the hearing reports and the fact overview, and may correct facts
            Map.entry(EventTypes.FEITENOVERZICHT_VERSTUURD, List.of(
                    rule(KLAGER, FEITENOVERZICHT_KLAAR, CASE_COMPLAINANT, DomainEvent::caseId),
                    rule(AANGEKLAAGDE, FEITENOVERZICHT_KLAAR, CASE_ACCUSED, DomainEvent::caseId))),
            // art 12.2-12.7 (10.4): the advice to the person who decides for each employer involved (§10.2);
            // copies to complainant and accused
            Map.entry(EventTypes.ADVIES_UITGEBRACHT, List.of(
                    rule(WERKGEVER, ADVIES_VOOR_WERKGEVER, CASE_ADVICE_RECIPIENT, DomainEvent::caseId),
                    rule(KLAGER, ADVIES_AFSCHRIFT, CASE_COMPLAINANT, DomainEvent::caseId),
                    rule(AANGEKLAAGDE, ADVIES_AFSCHRIFT, CASE_ACCUSED, DomainEvent::caseId))),
            // art 13.3: an extension is told to both parties
            Map.entry(EventTypes.BESLUIT_VERDAAGD, List.of(
                    rule(KLAGER, BESLUIT_VERDAAGD, CASE_COMPLAINANT, DomainEvent::caseId),
                    rule(AANGEKLAAGDE, BESLUIT_VERDAAGD, CASE_ACCUSED, DomainEvent::caseId))),
            // art 13.2: both parties are informed of the decision, and the commission
            Map.entry(EventTypes.BESLUIT_GENOMEN, List.of(
                    rule(KLAGER, BESLUIT_GENOMEN, CASE_COMPLAINANT, DomainEvent::caseId),
                    rule(AANGEKLAAGDE, BESLUIT_GENOMEN, CASE_ACCUSED, DomainEvent::caseId),
                    rule(COMMISSIE_SECRETARIS, BESLUIT_GENOMEN_COMMISSIE, COMMISSION_SECRETARY))),
            // domain.md §5.10: on withdrawal the accused (if informed) and the commission are told
            Map.entry(EventTypes.KLACHT_INGETROKKEN, List.of(
                    rule(KLAGER, KLACHT_INGETROKKEN, CASE_COMPLAINANT, DomainEvent::caseId),
                    rule(AANGEKLAAGDE, KLACHT_INGETROKKEN, CASE_ACCUSED, DomainEvent::caseId),
                    rule(COMMISSIE_SECRETARIS, KLACHT_INGETROKKEN, COMMISSION_SECRETARY))),
            // the other endings were told by their own step (decision, admissibility, withdrawal)
            Map.entry(EventTypes.KLACHT_BEEINDIGD, List.of(
                    onlyWhen(e -> "BEMIDDELING".equals(e.ending()),
                            rule(KLAGER, KLACHT_BEEINDIGD_NA_BEMIDDELING, CASE_COMPLAINANT, DomainEvent::caseId)),
                    onlyWhen(e -> "BEMIDDELING".equals(e.ending()),
                            rule(AANGEKLAAGDE, KLACHT_BEEINDIGD_NA_BEMIDDELING, CASE_ACCUSED, DomainEvent::caseId)))),
            // art 12.4: the person who decides for the employer of the person the measure concerns (domain.md
            // §10.2), and only the request
            Map.entry(EventTypes.TIJDELIJKE_VOORZIENING_GEVRAAGD, List.of(
                    rule(WERKGEVER, TIJDELIJKE_VOORZIENING_GEVRAAGD, CASE_DECIDER,
                            e -> e.caseId() + "/" + e.employerTenantId()))),
            // art 12.3: a new reasonable term for the advice is told to both parties with its date; a pause of the
            // term during mediation is told the same way (no reason, no content)
            Map.entry(EventTypes.TERMIJN_STAP, List.of(
                    onlyWhen(DomainEvent::newAdviceTerm,
                            rule(KLAGER, ADVIESTERMIJN_GEWIJZIGD, CASE_COMPLAINANT, DomainEvent::caseId)),
                    onlyWhen(DomainEvent::newAdviceTerm,
                            rule(AANGEKLAAGDE, ADVIESTERMIJN_GEWIJZIGD, CASE_ACCUSED, DomainEvent::caseId)),
                    onlyWhen(DomainEvent::adviceTermPaused,
                            rule(KLAGER, ADVIESTERMIJN_OPGESCHORT, CASE_COMPLAINANT, DomainEvent::caseId)),
                    onlyWhen(DomainEvent::adviceTermPaused,
                            rule(AANGEKLAAGDE, ADVIESTERMIJN_OPGESCHORT, CASE_ACCUSED, DomainEvent::caseId)))),
            // model letter (seed 002 L1216-1240): each person on the roster is asked to confirm the declaration
            Map.entry(EventTypes.ONDERSCHRIJVING_GEVRAAGD, List.of(
                    new Rule(MEDEWERKER, ONDERSCHRIJVING_GEVRAAGD, ALWAYS,
                            e -> List.of(new Lookup(UNCONFIRMED_ROSTER_PERSON,
                                    e.tenantId() + "/" + e.personId() + "/" + e.declarationId()))))),
            // domain.md §7: a file's deletion is announced to the chair, who may place a legal hold, and the
            // secretary; the deletion itself is told to nobody (klacht-vernietigd sends no email)
            // domain.md §10.3: a wrong link of the accused that was read is a breach the chair must know of
            Map.entry(EventTypes.KOPPELING_ONGEDAAN, List.of(
                    onlyWhen(e -> Boolean.TRUE.equals(e.personalDataBreach()),
                            rule(COMMISSIE_VOORZITTER, DATALEK_BIJ_KOPPELING, COMMISSION_CHAIR)))),
            // domain.md §10.8: the author of a draft unchanged for almost 6 months, 2 weeks before it is deleted
            Map.entry(EventTypes.CONCEPT_VERVALT, List.of(
                    rule(KLAGER, CONCEPT_VERVALT, CASE_COMPLAINANT, DomainEvent::caseId))),
            Map.entry(EventTypes.BEWAARTERMIJN_VERLOOPT, List.of(
                    rule(COMMISSIE_VOORZITTER, BEWAARTERMIJN_VERLOOPT, COMMISSION_CHAIR),
                    rule(COMMISSIE_SECRETARIS, BEWAARTERMIJN_VERLOOPT, COMMISSION_SECRETARY))),
            // meldingen: the VP; a named reporter only when melding-service says they asked for email
            Map.entry(EventTypes.MELDING_ONTVANGEN, List.of(
                    vertrouwenspersoon(MELDING_VOOR_VERTROUWENSPERSOON),
                    rule(MELDER, MELDING_ONTVANGEN, REPORTER, DomainEvent::meldingId))),
            Map.entry(EventTypes.BERICHT_GEPLAATST, List.of(
                    onlyWhen(e -> "MELDER".equals(e.from()), vertrouwenspersoon(BERICHT_WACHT)),
                    onlyWhen(e -> "VERTROUWENSPERSOON".equals(e.from()),
                            rule(MELDER, BERICHT_WACHT, REPORTER, DomainEvent::meldingId)))),
            // art 4.3: an open melding moved to another VP; the new one hears of it
            Map.entry(EventTypes.VERTROUWENSPERSOON_GEWISSELD, List.of(vertrouwenspersoon(MELDING_OVERGEDRAGEN))),
            // domain.md §10.9 (art 5.1.f): the organisation's HR contact hears that a pattern signal waits, no content
            Map.entry(EventTypes.PATROONSIGNAAL, List.of(
                    rule(HR_CONTACT, PATROONSIGNAAL_WACHT, ORGANISATION_HR, DomainEvent::tenantId))),
            // art 5.1.i: the closure confirmation waits for the reporter
            Map.entry(EventTypes.DOSSIER_GESLOTEN, List.of(
                    rule(MELDER, DOSSIER_GESLOTEN, REPORTER, DomainEvent::meldingId))));

    private Recipients() {
    }

    /** The rules for an event type; none for a type nobody must hear of. */
    public static List<Rule> of(String eventType) {
        return TABLE.getOrDefault(eventType, List.of());
    }

    public static java.util.Set<String> eventTypes() {
        return TABLE.keySet();
    }
}
