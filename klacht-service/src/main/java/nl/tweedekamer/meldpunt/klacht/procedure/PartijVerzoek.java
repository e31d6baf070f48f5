package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import nl.tweedekamer.meldpunt.klacht.crypto.Confidential;
import nl.tweedekamer.meldpunt.klacht.crypto.SealedCaseRow;

/**
 * A party's request about their hearing: to be heard without the other party present (art 11.1, 11.5; the
 * commission decides), or the counsel who assists them (art 11.3; a right, nothing to decide). The reason and the
 * counsel's name are case content: read through the API only, never logged nor in an event.
 */
@Entity
@Table(name = "klacht_partijverzoek")
public class PartijVerzoek extends SealedCaseRow {

    public enum Soort {
        /** Art 11.1, 11.5. */
        APART_HOREN,
        /** Art 11.3. */
        RAADSMAN
    }

    public enum Uitkomst {
        TOEGEWEZEN, AFGEWEZEN
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false, updatable = false)
    public UUID klachtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Soort kind;

    /** KLAGER or AANGEKLAAGDE. */
    @Enumerated(EnumType.STRING)
    @Column(name = "asked_as", nullable = false, updatable = false)
    public Betrokkenheid askedAs;

    @Column(name = "asked_by", nullable = false, updatable = false)
    public UUID askedBy;

    /** The accused who asked (their {@link Aangeklaagde} row); null for the complainant. */
    @Column(name = "accused_id", updatable = false)
    public UUID accusedId;

    @Confidential
    public String reason;

    @Column(name = "counsel_name")
    @Confidential
    public String counselName;

    @Column(name = "requested_on", nullable = false, updatable = false)
    public LocalDate requestedOn;

    @Enumerated(EnumType.STRING)
    public Uitkomst outcome;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    public boolean open() {
        return kind == Soort.APART_HOREN && outcome == null;
    }

    public static List<PartijVerzoek> of(UUID klachtId) {
        return list("klachtId = ?1 order by requestedOn, id", klachtId);
    }

    @Override
    protected UUID caseId() {
        return klachtId;
    }

    @Override
    protected String tenant() {
        return tenantId;
    }

    @Override
    protected String scope() {
        return "partijverzoek/" + id;
    }

    public String getReason() {
        return open("reason", reason);
    }

    public void setReason(String reason) {
        this.reason = seal("reason", reason);
    }

    public String getCounselName() {
        return open("counselName", counselName);
    }

    public void setCounselName(String counselName) {
        this.counselName = seal("counselName", counselName);
    }
}
