package nl.tweedekamer.meldpunt.melding.interventie.service;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.crypto.EnvelopeEncryption;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingAudit.Action;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.melding.dossier.SealedFields;
import nl.tweedekamer.meldpunt.melding.dossier.Toestemming;
import nl.tweedekamer.meldpunt.melding.dossier.service.AuditTrail;
import nl.tweedekamer.meldpunt.melding.dossier.service.Dossiers;
import nl.tweedekamer.meldpunt.melding.dossier.service.MeldingDossier;
import nl.tweedekamer.meldpunt.melding.interventie.Interventie;
import nl.tweedekamer.meldpunt.melding.interventie.InterventieSoort;
import nl.tweedekamer.meldpunt.melding.interventie.InterventionBody;
import nl.tweedekamer.meldpunt.melding.interventie.Toestemmingsplicht;

/**
 * The VP's interventions in a melding and the hours spent (domain.md §4.4); a step that involves a third party
 * needs the melder's consent in force ({@link Toestemmingsplicht}, art 5.3).
 */
@ApplicationScoped
@Transactional
public class InterventieService {

    @Inject
    Dossiers dossiers;

    @Inject
    EnvelopeEncryption crypto;

    @Inject
    AuditTrail audit;

    public MeldingDossier.Intervention recordIntervention(UUID meldingId, Function<Melding, Party> access,
            InterventionBody body) {
        Melding m = dossiers.findForUpdate(meldingId);
        Party party = access.apply(m);
        Dossiers.requireVertrouwenspersoon(party, "Only the vertrouwenspersoon records interventions.");
        Dossiers.requireOpen(m);
        Toestemming.Scope needed = Toestemmingsplicht.consentNeededFor(body.kind(), body.detailsShared());
        Interventie i = new Interventie();
        i.id = UUID.randomUUID();
        i.meldingId = m.id;
        i.soort = body.kind();
        i.hours = body.hours();
        i.recordedOn = dossiers.today();
        i.detailsShared = body.kind() == InterventieSoort.DOORVERWIJZING && body.detailsShared();
        i.toestemmingId = needed == null ? null : dossiers.requireConsent(m, needed).id;
        i.noteCiphertext = body.note() == null || body.note().isBlank() ? null
                : crypto.seal(m.id, SealedFields.NOTE + i.id, body.note().strip());
        i.persist();
        audit.record(m.id, party, Action.INTERVENTION_RECORDED);
        return dossiers.intervention(m, i);
    }
}
