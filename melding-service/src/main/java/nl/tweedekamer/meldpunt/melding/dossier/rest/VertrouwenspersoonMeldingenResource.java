package nl.tweedekamer.meldpunt.melding.dossier.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.dossier.service.DossierService;
import nl.tweedekamer.meldpunt.melding.dossier.service.MeldingDossier;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/** A vertrouwenspersoon's worklist: the meldingen addressed to them, and no others. */
@Path("/vertrouwenspersoon/meldingen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VERTROUWENSPERSOON)
public class VertrouwenspersoonMeldingenResource {

    @Inject
    DossierService meldingen;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The meldingen addressed to you (no content)")
    public List<MeldingDossier.Summary> addressedToMe() {
        UUID personId;
        try {
            personId = UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return meldingen.addressedTo(personId, caller.tenantId());
    }
}
