package nl.tweedekamer.meldpunt.termijn;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What termijn-service keeps of a complaint: its declaration (reminder schedule) and how it ended (T6). */
@Entity
@Table(name = "termijn_klacht")
public class TermijnKlacht extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "case_reference", nullable = false)
    public String caseReference;

    @Column(name = "declaration_id")
    public UUID declarationId;

    @Column(name = "handover_id")
    public UUID handoverId;

    @Column(name = "end_date")
    public LocalDate endDate;

    public static Optional<TermijnKlacht> byHandover(UUID handoverId) {
        return find("handoverId", handoverId).firstResultOptional();
    }
}
