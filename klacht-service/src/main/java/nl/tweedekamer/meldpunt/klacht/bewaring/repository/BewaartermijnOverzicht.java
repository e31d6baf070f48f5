package nl.tweedekamer.meldpunt.klacht.bewaring.repository;

import static nl.tweedekamer.meldpunt.klacht.persistence.NativeRows.uuid;
import static nl.tweedekamer.meldpunt.klacht.persistence.NativeRows.date;
import static nl.tweedekamer.meldpunt.klacht.persistence.NativeRows.timestamp;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The commission's retention overview across tenants (the commission serves them all): every ended case and every
 * case under a legal hold, by reference and dates only, without the cases the asking member is replaced in
 * (art 7.8), as the commission's worklist. Its own short transaction, like
 * {@link nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory}.
 */
@ApplicationScoped
public class BewaartermijnOverzicht {

    /** One case: no content, the years of the declaration recorded on it (null: none recorded, the default). */
    public record Row(UUID id, String reference, String tenantId, LocalDate endDate, Integer declarationYears,
            LocalDate deletionDueOn, OffsetDateTime holdPlacedAt) {
    }

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Row> forCommission(UUID personId) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT k.id, k.reference, k.tenant_id, k.end_date, d.complaint_retention_years, a.deletion_due_on,"
                        + " b.placed_at FROM klacht k"
                        + " LEFT JOIN declaration d ON d.id = k.declaration_id AND d.tenant_id = k.tenant_id"
                        + " LEFT JOIN klacht_vernietiging_aankondiging a ON a.klacht_id = k.id"
                        + " LEFT JOIN klacht_bewaring b ON b.klacht_id = k.id"
                        + " WHERE k.status <> 'CONCEPT' AND (k.end_date IS NOT NULL OR b.klacht_id IS NOT NULL)"
                        + " AND NOT EXISTS (SELECT 1 FROM klacht_zetel z WHERE z.klacht_id = k.id"
                        + " AND z.seat = 'UITGESLOTEN' AND z.person_id = ?1)"
                        + " ORDER BY k.end_date, k.reference")
                .setParameter(1, personId).getResultList());
        return rows.stream().map(r -> new Row(uuid(r[0]), (String) r[1], (String) r[2], date(r[3]),
                r[4] == null ? null : ((Number) r[4]).intValue(), date(r[5]), timestamp(r[6]))).toList();
    }



}
