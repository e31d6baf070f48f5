package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * A formal complaint: the klaagschrift (art 9.1) and where its procedure stands. It lives in the
 * complainant's tenant (domain.md §1). Its status changes only through {@code KlachtProcedure}.
 */
@Entity
@Table(name = "klacht")
public class Klacht extends SealedCaseRow {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /** K-2026-0042; given at filing. */
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KlachtStatus status;

    @Column(name = "complainant_id", nullable = false)
    public UUID complainantId;

    /** The declaration the case is handled under, to its end (domain.md §1). */
    @Column(name = "declaration_id")
    public UUID declarationId;

    @Column(name = "handover_id")
    public UUID handoverId;

    /** The secretary who registered a klaagschrift received on paper; null when the complainant filed. */
    @Column(name = "registered_by")
    public String registeredBy;

    // --- the klaagschrift (art 9.1)
    @Enumerated(EnumType.STRING)
    public Categorie category;
    @Confidential
    public String behaviour;
    @Column(name = "behaviour_place")
    @Confidential
    public String behaviourPlace;
    @Column(name = "behaviour_when")
    @Confidential
    public String behaviourWhen;
    @Column(name = "first_behaviour_on")
    public LocalDate firstBehaviourOn;
    /** The latest date of the behaviour: the 1-year limit counts from it (domain.md §5.11). */
    @Column(name = "latest_behaviour_on")
    public LocalDate latestBehaviourOn;
    @Confidential
    public String witnesses;
    @Column(name = "complainant_name")
    @Confidential
    public String complainantName;
    /** Never in the accused's copy (domain.md §5.12). */
    @Column(name = "complainant_address")
    @Confidential
    public String complainantAddress;
    @Column(name = "complainant_function")
    @Confidential
    public String complainantFunction;
    @Column(name = "complainant_email")
    @Confidential
    public String complainantEmail;
    @Column(name = "steps_taken")
    @Confidential
    public String stepsTaken;
    @Column(name = "signed_name")
    @Confidential
    public String signedName;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    /**
     * Domain.md §10.7: the elements of art 9.1 the klaagschrift lacked when it was filed ({@link Klaagschriftelement}
     * names, comma-separated; no content); null when it was complete.
     */
    @Column(name = "missing_at_filing")
    public String missingAtFiling;
    /** Domain.md §10.8: the day the author of this untouched draft was told it will be deleted; a change clears it. */
    @Column(name = "draft_warned_on")
    public LocalDate draftWarnedOn;

    // --- the procedure
    @Column(name = "filed_on")
    public LocalDate filedOn;
    /** T1 flag: the latest behaviour lies before the same date one year before filing (art 10.2). */
    @Column(name = "outside_one_year", nullable = false)
    public boolean outsideOneYear;
    @Column(name = "receipt_confirmed_on")
    public LocalDate receiptConfirmedOn;
    @Column(name = "complete_on")
    public LocalDate completeOn;
    @Column(name = "completion_due_on")
    public LocalDate completionDueOn;
    @Column(name = "admissibility_decided_on")
    public LocalDate admissibilityDecidedOn;
    public Boolean admissible;
    /** Art 10.1: the chair of the case who recorded the admissibility decision, and the members who took part. */
    @Column(name = "admissibility_chair_id")
    public UUID admissibilityChairId;
    @Column(name = "admissibility_member_ids")
    public String admissibilityMemberIds;
    @Column(name = "inadmissibility_grounds")
    public String inadmissibilityGrounds;
    @Column(name = "mediation_explored")
    public Boolean mediationExplored;
    @Column(name = "mediation_running_since")
    public LocalDate mediationRunningSince;
    /** Art 10.1, 11.1: the complainant consented to end the complaint by the mediation that runs. */
    @Column(name = "mediation_consent_on")
    public LocalDate mediationConsentOn;
    @Column(name = "corrections_due_on")
    public LocalDate correctionsDueOn;
    @Column(name = "new_advice_due_on")
    public LocalDate newAdviceDueOn;
    @Column(name = "advice_nature")
    public String adviceNature;
    @Column(name = "advice_text")
    @Confidential
    public String adviceText;
    @Column(name = "vote_outcome")
    public String voteOutcome;
    @Column(name = "minority_position")
    @Confidential
    public String minorityPosition;
    @Column(name = "omit_hearing_report")
    public Boolean omitHearingReport;
    /** Art 7.2, 7.8: both seats of a side (or the chair and deputy chair) are excluded; no hearing until recomposed. */
    @Column(name = "ad_hoc_lid_nodig", nullable = false)
    public boolean adHocLidNodig;
    @Column(name = "weighty_reasons")
    @Confidential
    public String weightyReasons;
    /** Domain.md §10.2: at filing, the complainant was the standing decider or deputy of their own organisation. */
    @Column(name = "decider_is_party", nullable = false)
    public boolean deciderIsParty;
    @Column(name = "advice_adopted_on")
    public LocalDate adviceAdoptedOn;
    @Column(name = "chair_signed_on")
    public LocalDate chairSignedOn;
    @Column(name = "secretary_signed_on")
    public LocalDate secretarySignedOn;
    @Column(name = "secretary_signed_by")
    public String secretarySignedBy;
    @Column(name = "advice_issued_on")
    public LocalDate adviceIssuedOn;
    @Enumerated(EnumType.STRING)
    public KlachtEinde ending;
    @Column(name = "ended_on")
    public LocalDate endedOn;
    /** Starts retention and, for a related melding, T6 (domain.md §7). */
    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public List<NietOntvankelijkheidsgrond> grounds() {
        if (inadmissibilityGrounds == null || inadmissibilityGrounds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(inadmissibilityGrounds.split(",")).map(NietOntvankelijkheidsgrond::valueOf).toList();
    }

    public void grounds(List<NietOntvankelijkheidsgrond> grounds) {
        inadmissibilityGrounds = grounds.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public List<Klaagschriftelement> missingAtFiling() {
        if (missingAtFiling == null || missingAtFiling.isBlank()) {
            return List.of();
        }
        return Arrays.stream(missingAtFiling.split(",")).map(Klaagschriftelement::valueOf).toList();
    }

    public boolean filed() {
        return status != KlachtStatus.CONCEPT;
    }

    public boolean ended() {
        return status == KlachtStatus.BEEINDIGD;
    }

    @Override
    protected UUID caseId() {
        return id;
    }

    @Override
    protected String tenant() {
        return tenantId;
    }

    @Override
    protected String scope() {
        return "klacht";
    }

    public String getBehaviour() {
        return open("behaviour", behaviour);
    }

    public void setBehaviour(String behaviour) {
        this.behaviour = seal("behaviour", behaviour);
    }

    public String getBehaviourPlace() {
        return open("behaviourPlace", behaviourPlace);
    }

    public void setBehaviourPlace(String behaviourPlace) {
        this.behaviourPlace = seal("behaviourPlace", behaviourPlace);
    }

    public String getBehaviourWhen() {
        return open("behaviourWhen", behaviourWhen);
    }

    public void setBehaviourWhen(String behaviourWhen) {
        this.behaviourWhen = seal("behaviourWhen", behaviourWhen);
    }

    public String getWitnesses() {
        return open("witnesses", witnesses);
    }

    public void setWitnesses(String witnesses) {
        this.witnesses = seal("witnesses", witnesses);
    }

    public String getComplainantName() {
        return open("complainantName", complainantName);
    }

    public void setComplainantName(String complainantName) {
        this.complainantName = seal("complainantName", complainantName);
    }

    public String getComplainantAddress() {
        return open("complainantAddress", complainantAddress);
    }

    public void setComplainantAddress(String complainantAddress) {
        this.complainantAddress = seal("complainantAddress", complainantAddress);
    }

    public String getComplainantFunction() {
        return open("complainantFunction", complainantFunction);
    }

    public void setComplainantFunction(String complainantFunction) {
        this.complainantFunction = seal("complainantFunction", complainantFunction);
    }

    public String getComplainantEmail() {
        return open("complainantEmail", complainantEmail);
    }

    public void setComplainantEmail(String complainantEmail) {
        this.complainantEmail = seal("complainantEmail", complainantEmail);
    }

    public String getStepsTaken() {
        return open("stepsTaken", stepsTaken);
    }

    public void setStepsTaken(String stepsTaken) {
        this.stepsTaken = seal("stepsTaken", stepsTaken);
    }

    public String getSignedName() {
        return open("signedName", signedName);
    }

    public void setSignedName(String signedName) {
        this.signedName = seal("signedName", signedName);
    }

    public String getAdviceText() {
        return open("adviceText", adviceText);
    }

    public void setAdviceText(String adviceText) {
        this.adviceText = seal("adviceText", adviceText);
    }

    public String getMinorityPosition() {
        return open("minorityPosition", minorityPosition);
    }

    public void setMinorityPosition(String minorityPosition) {
        this.minorityPosition = seal("minorityPosition", minorityPosition);
    }

    public String getWeightyReasons() {
        return open("weightyReasons", weightyReasons);
    }

    public void setWeightyReasons(String weightyReasons) {
        this.weightyReasons = seal("weightyReasons", weightyReasons);
    }
}
