package nl.tweedekamer.meldpunt.melding.dossier.service;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.melding.crypto.ReporterLookup;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * Who may act on a melding with a token: its named melder, and the VP it is addressed to — nobody else
 * (art 5.2: the VP guarantees confidentiality at all times). No employer, HR, administrator or commission role
 * is ever a party, whatever tenant it serves; a VP acts only on meldingen addressed to them, a pool VP across
 * tenants, a fractie's own VP only within its fractie, and only while their appointment is open. Anyone else
 * gets the same 404 as for a melding that does not exist.
 */
@RequestScoped
public class MeldingAccess {

    @Inject
    Caller caller;

    @Inject
    ReporterLookup reporters;

    public Party partyFor(Melding melding) {
        if (caller.hasRole(Roles.EMPLOYEE) && melding.reporterLookup != null
                && melding.reporterLookup.equals(reporters.of(caller.subject()))) {
            return Party.melder();
        }
        if (caller.hasRole(Roles.VERTROUWENSPERSOON) && addressedToCaller(melding)) {
            return Party.vertrouwenspersoon(caller.subject());
        }
        throw notFound(melding.id);
    }

    private boolean addressedToCaller(Melding melding) {
        if (!melding.vertrouwenspersoonId.toString().equals(caller.subject())) {
            return false;
        }
        if (melding.vertrouwenspersoonKind == VertrouwenspersoonKind.POOL) {
            return Vertrouwenspersoon.isOpen(VertrouwenspersoonKind.POOL, melding.vertrouwenspersoonId);
        }
        // a fractie's own VP is tenant data of that fractie: the request's tenant is the VP's token tenant
        return melding.tenantId.equals(caller.tenantId())
                && Vertrouwenspersoon.isOpen(VertrouwenspersoonKind.EIGEN, melding.vertrouwenspersoonId);
    }

    public static ProblemException notFound(UUID meldingId) {
        return ProblemException.notFound("Unknown melding", "No melding " + meldingId + " is yours to see.");
    }
}
