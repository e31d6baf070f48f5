package nl.tweedekamer.meldpunt.klacht.bewaring.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.bewaring.Bewaartermijn;
import nl.tweedekamer.meldpunt.klacht.bewaring.BewaartermijnEvents;
import nl.tweedekamer.meldpunt.klacht.bewaring.VerlatenConcept;
import nl.tweedekamer.meldpunt.klacht.bewaring.Vernietiging;
import nl.tweedekamer.meldpunt.klacht.event.KlachtEvents;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.service.BijlageService;

/**
 * Deletes a whole case under its retention term (domain.md §7): every row of it in every table of klacht-service,
 * the audit trail of its reads included (who read which case is personal data of that case), its legal-hold and
 * announcement rows; keeps a {@link Vernietiging} record (reference, dates, basis: no content), logs one line with
 * the reference and dates, and publishes {@code klacht-vernietigd}, all in the caller's transaction.
 * This is the only place that deletes a case: a new table that holds rows of a case is added here.
 */
@ApplicationScoped
public class KlachtVernietiging {

    private static final Logger LOG = Logger.getLogger(KlachtVernietiging.class);

    /**
     * Every table with rows of a case ({@code klacht_id}), children before the case row itself. Each delete also
     * names the case's tenant: native statements bypass the tenant discriminator, so they repeat it.
     */
    private static final List<String> CASE_TABLES = List.of(
            "klacht_partijverzoek",
            "klacht_stem",
            "klacht_zetel",
            "klacht_bezwaar",
            "klacht_hoorzitting",
            "klacht_stuk",
            "tijdelijke_voorziening",
            "klacht_werkgever",
            "klacht_aangeklaagde",
            "klacht_termijn",
            "klacht_inzage",
            "klacht_bewaring",
            "klacht_vernietiging_aankondiging",
            "klacht_datalek",
            "klacht_concept"
            // ▶ FURTHER CASE TABLES: add each new table with a klacht_id column here.
    );

    @Inject
    EntityManager em;

    @Inject
    KlachtEvents events;

    @Inject
    BijlageService bijlagen;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Vernietiging delete(Klacht klacht, Bewaartermijn.Basis basis, LocalDate retentionEnd) {
        LocalDate today = LocalDate.now(clock);
        UUID caseId = klacht.id;
        String tenantId = klacht.tenantId;

        Vernietiging record = new Vernietiging();
        record.id = UUID.randomUUID();
        record.klachtId = caseId;
        record.reference = klacht.reference;
        record.endDate = klacht.endDate;
        record.retentionYears = basis.years();
        record.declarationId = basis.declarationId();
        record.retentionEnd = retentionEnd;
        record.deletedOn = today;
        record.deletedAt = OffsetDateTime.now(clock);
        record.persist();
        events.publish(klacht, BewaartermijnEvents.KlachtVernietigd.TYPE,
                new BewaartermijnEvents.KlachtVernietigd(caseId, klacht.reference, tenantId, today));

        em.flush();
        em.detach(klacht);
        // the attachments go with their data key, so no backup of them can be read again
        bijlagen.shred(caseId);
        for (String table : CASE_TABLES) {
            delete(table, "klacht_id", caseId, tenantId);
        }
        delete("klacht", "id", caseId, tenantId);
        LOG.infof("Complaint file %s deleted under its retention term: ended %s, retention end %s, deleted %s",
                record.reference, record.endDate, retentionEnd, today);
        return record;
    }

    /**
     * Domain.md §10.8: an abandoned draft goes the same way as a file under its retention term — every row, its
     * attachments and its data key — but leaves no record: a draft was never filed, so nobody else knew of it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteDraft(Klacht draft) {
        UUID caseId = draft.id;
        String tenantId = draft.tenantId;
        em.flush();
        em.detach(draft);
        bijlagen.shred(caseId);
        for (String table : CASE_TABLES) {
            delete(table, "klacht_id", caseId, tenantId);
        }
        delete("klacht", "id", caseId, tenantId);
        LOG.infof("Draft klaagschrift %s deleted: unchanged for %s", caseId, VerlatenConcept.UNCHANGED);
    }

    private void delete(String table, String idColumn, UUID caseId, String tenantId) {
        em.createNativeQuery("DELETE FROM " + table + " WHERE " + idColumn + " = ?1 AND tenant_id = ?2")
                .setParameter(1, caseId).setParameter(2, tenantId).executeUpdate();
    }
}
