package nl.tweedekamer.meldpunt.klacht.procedure.rest;

import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYEE;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.procedure.service.ConceptService;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtInput;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;

/**
 * The author's own draft of a correction, a written view (art 12.1, 12.5) or a decision (art 13), kept between
 * sittings: {@code kind} is CORRECTIE, ZIENSWIJZE or BESLUIT. Submitting the text itself throws the draft away.
 */
@Path("/klachten/{id}/concepten/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ EMPLOYEE, EMPLOYER })
public class ConceptResource {

    @Inject
    KlachtToegang toegang;

    @Inject
    ConceptService concepten;

    @PUT
    @Operation(summary = "Save your draft of a correction or view (as a party, while you may react, art 12.1) or of"
            + " a decision (as the employer's decider, until it decided, art 13); replaces your earlier draft")
    public ConceptService.View save(@PathParam("id") UUID id, @PathParam("kind") String kind,
            @Valid @NotNull KlachtInput.Tekst input) {
        toegang.enter(id);
        return concepten.save(id, kind, input);
    }

    @GET
    @Operation(summary = "Your own draft of this kind, with when you saved it; 404 when you kept none")
    public ConceptService.View read(@PathParam("id") UUID id, @PathParam("kind") String kind) {
        toegang.enter(id);
        return concepten.read(id, kind);
    }

    @DELETE
    @Operation(summary = "Throw your draft of this kind away; 404 when you kept none")
    public void delete(@PathParam("id") UUID id, @PathParam("kind") String kind) {
        toegang.enter(id);
        concepten.delete(id, kind);
    }
}
