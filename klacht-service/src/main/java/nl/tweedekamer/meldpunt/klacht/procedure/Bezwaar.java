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
 * An objection to a member of the case's composition, or a possible involvement the commission recorded (art 7.8):
 * open until the chair of the case decides it (the deputy chair when it concerns the chair). The reason is case
 * content: read through the API only, never logged nor in an event.
 */
@Entity
@Table(name = "klacht_bezwaar")
public class Bezwaar extends SealedCaseRow {

    public enum Uitkomst {
        /** The member is found involved and replaced (art 7.8). */
        TOEGEWEZEN,
        AFGEWEZEN
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false, updatable = false)
    public UUID klachtId;

    @Column(name = "member_id", nullable = false, updatable = false)
    public UUID memberId;

    @Column(name = "lodged_by", nullable = false, updatable = false)
    public UUID lodgedBy;

    /** KLAGER, AANGEKLAAGDE, or the commission (VOORZITTER, COMMISSIE, SECRETARIS) recording a possible involvement. */
    @Enumerated(EnumType.STRING)
    @Column(name = "lodged_as", nullable = false, updatable = false)
    public Betrokkenheid lodgedAs;

    /** Updatable only to seal a row written before encryption ({@code CaseFileSealing}). */
    @Column(nullable = false)
    @Confidential
    public String reason;

    @Column(name = "lodged_on", nullable = false, updatable = false)
    public LocalDate lodgedOn;

    @Enumerated(EnumType.STRING)
    public Uitkomst outcome;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    /** The deputy who took the member's seat; null when none was left (an ad-hoc appointment is needed, art 7.2). */
    @Column(name = "replaced_by")
    public UUID replacedBy;

    public boolean open() {
        return outcome == null;
    }

    public static List<Bezwaar> of(UUID klachtId) {
        return list("klachtId = ?1 order by lodgedOn, id", klachtId);
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
        return "bezwaar/" + id;
    }

    public String getReason() {
        return open("reason", reason);
    }

    public void setReason(String reason) {
        this.reason = seal("reason", reason);
    }
}
