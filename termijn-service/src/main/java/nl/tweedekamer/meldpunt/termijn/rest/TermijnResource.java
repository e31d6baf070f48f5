package nl.tweedekamer.meldpunt.termijn.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.termijn.service.TermijnQueries;

/** The terms of cases and appointments, each with how its due date was computed and its reminders. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Terms")
@Transactional(Transactional.TxType.SUPPORTS)
public class TermijnResource {

    @Inject
    TermijnQueries queries;

    @Inject
    Caller caller;

    @GET
    @Path("termijnen")
    @RolesAllowed({ Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY, Roles.EMPLOYER, Roles.PLATFORM_ADMIN })
    @Operation(summary = "The running terms you may see, by due date: the commission's complaint terms across"
            + " tenants, an employer's own decision terms (T5), an administrator's appointment terms (T7, T8)")
    public List<TermijnViews.TermijnView> running() {
        return queries.running(caller).stream().map(TermijnViews.TermijnView::of).toList();
    }

    @GET
    @Path("klachten/{caseId}/termijnen")
    @RolesAllowed({ Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY, Roles.EMPLOYER })
    @Operation(summary = "Every term of one complaint you may see, with its computation, history and reminders")
    public List<TermijnViews.TermijnDetailView> ofCase(@PathParam("caseId") UUID caseId) {
        List<TermijnViews.TermijnDetailView> terms = queries.ofCase(caller, caseId).stream()
                .map(TermijnViews.TermijnDetailView::of).toList();
        if (terms.isEmpty()) {
            throw ProblemException.notFound("Unknown case", "There are no terms of case " + caseId + " you may see.");
        }
        return terms;
    }

    @GET
    @Path("termijnen/{termId}")
    @RolesAllowed({ Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY, Roles.EMPLOYER, Roles.PLATFORM_ADMIN,
            Roles.VERTROUWENSPERSOON })
    @Operation(summary = "One term with how its due date was computed, its history and its reminders")
    public TermijnViews.TermijnDetailView one(@PathParam("termId") UUID termId) {
        return queries.one(caller, termId).map(TermijnViews.TermijnDetailView::of).orElseThrow(
                () -> ProblemException.notFound("Unknown term", "There is no term " + termId + " you may see."));
    }
}
