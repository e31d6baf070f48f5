package nl.tweedekamer.meldpunt.melding.signalen.service;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingAudit.Action;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.melding.dossier.service.AuditTrail;
import nl.tweedekamer.meldpunt.melding.dossier.service.Dossiers;

/** The person concerned in a melding, as a keyed token only, for pattern signals about one person (003 L6513). */
@ApplicationScoped
@Transactional
public class BetrokkeneService {

    @Inject
    Dossiers dossiers;

    @Inject
    AuditTrail audit;

    @Inject
    PersoonTokens persoonTokens;

    /**
     * The VP names the person behaving badly: only the keyed token of the identifier is kept, never the identifier
     * itself; a blank identifier clears it.
     */
    public void namePerson(UUID meldingId, Function<Melding, Party> access, String identifier) {
        Melding m = dossiers.findForUpdate(meldingId);
        Party party = access.apply(m);
        Dossiers.requireVertrouwenspersoon(party, "Only the vertrouwenspersoon names the person concerned.");
        Dossiers.requireOpen(m);
        m.personToken = identifier == null || identifier.isBlank() ? null : persoonTokens.of(identifier);
        audit.record(m.id, party, Action.PERSON_NAMED);
    }
}
