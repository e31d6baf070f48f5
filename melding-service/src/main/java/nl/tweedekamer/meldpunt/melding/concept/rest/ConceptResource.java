package nl.tweedekamer.meldpunt.melding.concept.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.concept.service.Concepten;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * The signed-in person's own drafts, one per form (the portal names its forms, e.g. {@code nieuwe-melding} or
 * {@code bericht-<meldingId>}). Only the author reads, saves or deletes a draft; the token's subject says who that is.
 */
@Path("/concepten/{formulier}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EMPLOYEE, Roles.VERTROUWENSPERSOON })
public class ConceptResource {

    static final String FORM = "[a-z0-9][a-z0-9-]{0,79}";
    static final int MAX_FIELDS = 30;
    static final int MAX_FIELD_LENGTH = 20_000;

    /** PUT's body: the form's fields by name. */
    public record Fields(@NotNull @Size(max = MAX_FIELDS) Map<@NotNull @Size(min = 1, max = 60) String,
            @NotNull @Size(max = MAX_FIELD_LENGTH) String> fields) {
    }

    @Inject
    Concepten concepten;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Your draft of this form, if you saved one")
    public Concepten.Draft read(@PathParam("formulier") @Pattern(regexp = FORM) String form) {
        return concepten.read(caller.subject(), form).orElseThrow(
                () -> ProblemException.notFound("No draft", "You have no draft of the form " + form + "."));
    }

    @PUT
    @Operation(summary = "Save (or save again) your draft of this form")
    public Concepten.Draft save(@PathParam("formulier") @Pattern(regexp = FORM) String form,
            @Valid @NotNull Fields body) {
        return concepten.save(caller.subject(), caller.tenantId(), form, body.fields());
    }

    @DELETE
    @Operation(summary = "Throw your draft of this form away (nothing happens when there is none)")
    public void delete(@PathParam("formulier") @Pattern(regexp = FORM) String form) {
        concepten.delete(caller.subject(), form);
    }
}
