package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.event.KlachtEventPayloads;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.ReminderDefaults;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Einddatum;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtEinde;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtProcedure.Stap;
import nl.tweedekamer.meldpunt.klacht.procedure.Stuk;

/** Ends a case, whichever way, with its end date (domain.md §7), and writes pieces of the dossier. */
@ApplicationScoped
public class KlachtAfsluiting {

    private static final Logger LOG = Logger.getLogger(KlachtAfsluiting.class);

    @Inject
    KlachtEvents events;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void end(Klacht klacht, Stap stap, KlachtEinde einde) {
        KlachtProcedure.take(klacht, stap);
        LocalDate today = LocalDate.now(clock);
        Declaration declaration = klacht.declarationId == null ? null
                : Declaration.<Declaration>find("id", klacht.declarationId).firstResult();
        int remediesWeeks = declaration == null ? ReminderDefaults.REMEDIES_PERIOD_WEEKS : declaration.remediesPeriodWeeks;
        klacht.ending = einde;
        klacht.endedOn = today;
        klacht.endDate = Einddatum.of(einde, today, remediesWeeks);
        klacht.mediationRunningSince = null;
        klacht.updatedAt = OffsetDateTime.now(clock);
        events.publish(klacht, KlachtEventPayloads.KlachtBeeindigd.TYPE, new KlachtEventPayloads.KlachtBeeindigd(
                klacht.id, klacht.reference, klacht.tenantId, einde.name(), today, klacht.endDate, klacht.handoverId));
        LOG.infof("Complaint %s ended (%s)", klacht.reference, einde);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Stuk write(Klacht klacht, Stuk.Soort kind, String body, String authorId, Betrokkenheid as,
            String employerTenantId) {
        Stuk stuk = new Stuk();
        stuk.id = UUID.randomUUID();
        stuk.klachtId = klacht.id;
        stuk.kind = kind;
        stuk.body = body;
        stuk.datedOn = LocalDate.now(clock);
        stuk.authorId = authorId;
        stuk.authorRole = as.name();
        stuk.employerTenantId = employerTenantId;
        stuk.createdAt = OffsetDateTime.now(clock);
        stuk.persist();
        return stuk;
    }
}
