package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import nl.tweedekamer.meldpunt.klacht.crypto.Confidential;
import nl.tweedekamer.meldpunt.klacht.crypto.SealedCaseRow;

/** A hearing the commission planned (art 11). */
@Entity
@Table(name = "klacht_hoorzitting")
public class Hoorzitting extends SealedCaseRow {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false)
    public UUID klachtId;

    @Column(name = "hearing_on", nullable = false)
    public LocalDate hearingOn;

    /** Art 11.4: the invitation says when the hearing starts; empty for hearings planned before it was asked. */
    @Column(name = "starts_at")
    public LocalTime startsAt;

    /** Art 11.4: where the parties are heard (a room, an address, a video link), as the commission wrote it. */
    @Confidential
    public String location;

    /** Art 11.1, 11.5: the commission decides whether the parties are heard in each other's presence. */
    @Column(name = "parties_together", nullable = false)
    public boolean partiesTogether;

    /** Art 11.4: the term for further documents. */
    @Column(name = "documents_due_on")
    public LocalDate documentsDueOn;

    /** Comma-separated person ids of the parties invited. */
    @Column(name = "invited_ids", nullable = false)
    public String invitedIds;

    /** Art 11.4: other invitees (witnesses, experts), as the commission wrote them. */
    @Column(name = "other_invitees")
    @Confidential
    public String otherInvitees;

    /** Art 11.3: counsel assisting a party. */
    @Confidential
    public String counsel;

    @Column(name = "planned_at", nullable = false)
    public OffsetDateTime plannedAt;

    public List<UUID> invited() {
        return invitedIds.isBlank() ? List.of()
                : java.util.Arrays.stream(invitedIds.split(",")).map(UUID::fromString).toList();
    }

    public static List<Hoorzitting> of(UUID klachtId) {
        return list("klachtId = ?1 order by hearingOn", klachtId);
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
        return "hoorzitting/" + id;
    }

    public String getOtherInvitees() {
        return open("otherInvitees", otherInvitees);
    }

    public void setOtherInvitees(String otherInvitees) {
        this.otherInvitees = seal("otherInvitees", otherInvitees);
    }

    public String getLocation() {
        return open("location", location);
    }

    public void setLocation(String location) {
        this.location = seal("location", location);
    }

    public String getCounsel() {
        return open("counsel", counsel);
    }

    public void setCounsel(String counsel) {
        this.counsel = seal("counsel", counsel);
    }
}
