package nl.tweedekamer.meldpunt.klacht.procedure.rest;

import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_MEMBER;
import static nl.tweedekamer.meldpunt.platform.security.Roles.COMMISSION_SECRETARY;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYEE;
import static nl.tweedekamer.meldpunt.platform.security.Roles.EMPLOYER;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.procedure.Bezwaar;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.TijdelijkeVoorziening;
import nl.tweedekamer.meldpunt.klacht.procedure.mapping.DossierMapper;
import nl.tweedekamer.meldpunt.klacht.procedure.mapping.KlachtViews;
import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.klacht.procedure.service.BehandelingService;
import nl.tweedekamer.meldpunt.klacht.procedure.service.BesluitService;
import nl.tweedekamer.meldpunt.klacht.procedure.service.BezwaarService;
import nl.tweedekamer.meldpunt.klacht.procedure.service.DossierService;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlaagschriftService;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtInput;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/**
 * Formal complaints, from the draft klaagschrift to the employer's decision. Each step enters the case's
 * tenant first ({@link KlachtToegang#enter}); who may take it, and whether the procedure allows it now, is
 * decided in the services.
 */
@Path("/klachten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KlachtResource {

    @Inject
    KlachtToegang toegang;

    @Inject
    TenantAccess tenantAccess;

    @Inject
    Caller caller;

    @Inject
    KlaagschriftService klaagschriften;

    @Inject
    BehandelingService behandeling;

    @Inject
    BesluitService besluiten;

    @Inject
    DossierService dossiers;

    @Inject
    BezwaarService bezwaren;

    @GET
    @RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY, EMPLOYER })
    @Operation(summary = "The complaints you may see: as commission, as a party, or as the employer involved")
    public List<CaseDirectory.CaseRef> worklist() {
        return dossiers.worklist();
    }

    @POST
    @RolesAllowed(EMPLOYEE)
    @Operation(summary = "Save a draft klaagschrift (art 9.1); you are the complainant")
    public Response draft(@Valid KlachtInput.Klaagschrift content) {
        UUID me = toegang.requirePerson();
        tenantAccess.enter(caller.tenantId());
        Klacht klacht = klaagschriften.draft(me, content, null);
        return created(klacht);
    }

    @POST
    @Path("papier")
    @RolesAllowed(COMMISSION_SECRETARY)
    @Operation(summary = "Register a signed klaagschrift received on paper, on the complainant's behalf")
    public Response paper(@Valid @NotNull KlachtInput.Papier paper) {
        tenantAccess.enter(paper.tenantId());
        if (!toegang.servesAsSecretary()) {
            // art 9.4: the klaagschrift is filed with the secretary of the commission of today
            throw new ProblemException(403, null, "Forbidden",
                    "Only the commission's current secretary registers a klaagschrift received on paper (art 8, 9.4).",
                    null);
        }
        Klacht klacht = klaagschriften.registerPaper(paper, caller.subject());
        return created(klacht);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY, EMPLOYER })
    @Operation(summary = "The dossier, in the parts you may read; every read is recorded")
    public KlachtViews.Dossier read(@PathParam("id") UUID id) {
        toegang.enter(id);
        return dossiers.read(id);
    }

    @GET
    @Path("{id}/inzage")
    @RolesAllowed(COMMISSION_MEMBER)
    @Operation(summary = "Who read the dossier (the chair of the case)")
    public List<KlachtViews.Read> reads(@PathParam("id") UUID id) {
        toegang.enter(id);
        return dossiers.reads(id);
    }

    @GET
    @Path("{id}/datalekken")
    @RolesAllowed(COMMISSION_MEMBER)
    @Operation(summary = "The personal-data breaches recorded in the case: a wrong link read by the person (the chair)")
    public List<KlachtViews.Breach> breaches(@PathParam("id") UUID id) {
        toegang.enter(id);
        return dossiers.breaches(id);
    }

    @PUT
    @Path("{id}/klaagschrift")
    @RolesAllowed(EMPLOYEE)
    @Operation(summary = "Change your draft klaagschrift")
    public KlachtViews.Dossier update(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Klaagschrift content) {
        toegang.enter(id);
        return view(klaagschriften.update(id, content));
    }

    @POST
    @Path("{id}/indiening")
    @RolesAllowed(EMPLOYEE)
    @Operation(summary = "Sign, date and file your klaagschrift (art 9.1.e); scope and declarations are checked")
    public KlachtViews.Dossier file(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Ondertekening signature) {
        toegang.enter(id);
        return view(klaagschriften.file(id, signature));
    }

    @POST
    @Path("{id}/ontvangstbevestiging")
    @RolesAllowed(COMMISSION_SECRETARY)
    @Operation(summary = "Confirm receipt in writing (art 9.4)")
    public KlachtViews.Dossier confirmReceipt(@PathParam("id") UUID id) {
        toegang.enter(id);
        return view(behandeling.confirmReceipt(id));
    }

    @PUT
    @Path("{id}/samenstelling")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Who sits on the case; an involved member is replaced by the deputy of the same side (art 7.8)")
    public KlachtViews.Dossier compose(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Samenstelling input) {
        toegang.enter(id);
        return view(behandeling.compose(id, input));
    }

    @POST
    @Path("{id}/aanvullingsverzoek")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Ask for missing documents or grounds, within 2 weeks (art 9.3)")
    public KlachtViews.Dossier requestCompletion(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Tekst input) {
        toegang.enter(id);
        return view(behandeling.requestCompletion(id, input));
    }

    @POST
    @Path("{id}/aanvulling")
    @RolesAllowed(EMPLOYEE)
    @Operation(summary = "Complete your complaint as the commission asked (art 9.3)")
    public KlachtViews.Dossier complete(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Aanvulling input) {
        toegang.enter(id);
        return view(behandeling.complete(id, input));
    }

    @POST
    @Path("{id}/ontvankelijkheid")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Decide admissibility (art 10); admissible: link each accused to a login")
    public KlachtViews.Dossier admissibility(@PathParam("id") UUID id,
            @Valid @NotNull KlachtInput.Ontvankelijkheid input) {
        toegang.enter(id);
        return view(behandeling.decideAdmissibility(id, input));
    }

    @PUT
    @Path("{id}/beslissers/{employerTenantId}")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Confirm or name the person who decides for one employer of the case (domain.md §10.2)")
    public KlachtViews.Dossier decider(@PathParam("id") UUID id, @PathParam("employerTenantId") String employerTenantId,
            @Valid @NotNull KlachtInput.BeslisserBenoeming input) {
        toegang.enter(id);
        behandeling.nameDecider(id, employerTenantId, input);
        return viewOf(id);
    }

    @POST
    @Path("{id}/hoorzittingen")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Plan a hearing (art 11)")
    public Response planHearing(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Hoorzitting input) {
        toegang.enter(id);
        behandeling.planHearing(id, input);
        return Response.status(201).entity(viewOf(id)).build();
    }

    @POST
    @Path("{id}/bezwaren")
    @RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Object to a member who sits on the case, or record a possible involvement (art 7.8); "
            + "the member reads nothing of the case until the chair (the deputy chair for the chair) decides")
    public Response object(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Bezwaar input) {
        toegang.enter(id);
        Bezwaar b = bezwaren.lodge(id, input);
        return Response.created(URI.create("/klachten/" + id + "/bezwaren/" + b.id))
                .entity(DossierMapper.objection(b, true)).build();
    }

    @GET
    @Path("{id}/bezwaren")
    @RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "The objections to members of the case: all for the commission, your own for a party")
    public List<KlachtViews.Objection> objections(@PathParam("id") UUID id) {
        toegang.enter(id);
        return bezwaren.list(id);
    }

    @POST
    @Path("{id}/bezwaren/{objectionId}/beslissing")
    @RolesAllowed(COMMISSION_MEMBER)
    @Operation(summary = "Decide an objection (art 7.8): the chair of the case, the deputy chair for one against the "
            + "chair; upheld, the member is replaced by the deputy of the same side, or the case waits for an ad-hoc "
            + "member (art 7.2)")
    public KlachtViews.Objection decideObjection(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
            @Valid @NotNull KlachtInput.BezwaarBeslissing input) {
        toegang.enter(id);
        return DossierMapper.objection(bezwaren.decide(id, objectionId, input), true);
    }

    @POST
    @Path("{id}/verslagen")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Add a hearing report or an on-site investigation report (art 11.2, 11.7)")
    public KlachtViews.Dossier report(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Verslag input) {
        toegang.enter(id);
        return view(behandeling.addReport(id, input));
    }

    @POST
    @Path("{id}/feitenoverzicht")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Send the fact overview to both parties, with a term for corrections (art 12.1)")
    public KlachtViews.Dossier factOverview(@PathParam("id") UUID id,
            @Valid @NotNull KlachtInput.Feitenoverzicht input) {
        toegang.enter(id);
        return view(behandeling.sendFactOverview(id, input));
    }

    @POST
    @Path("{id}/reacties")
    @RolesAllowed(EMPLOYEE)
    @Operation(summary = "As a party: correct the fact overview or give your written view (art 12.1, 12.5)")
    public KlachtViews.Dossier react(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Reactie input) {
        toegang.enter(id);
        return view(behandeling.react(id, input));
    }

    @POST
    @Path("{id}/nieuwe-adviestermijn")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Set a new reasonable advice term, with reasons to both parties (art 12.3)")
    public KlachtViews.Dossier newAdviceTerm(@PathParam("id") UUID id,
            @Valid @NotNull KlachtInput.NieuweTermijn input) {
        toegang.enter(id);
        return view(behandeling.newAdviceTerm(id, input));
    }

    @POST
    @Path("{id}/advies")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Adopt the advice by vote (art 12.5, 12.7)")
    public KlachtViews.Dossier advice(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Advies input) {
        toegang.enter(id);
        return view(behandeling.adoptAdvice(id, input));
    }

    @POST
    @Path("{id}/advies/ondertekening")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Sign the advice as chair or secretary; with both signatures it goes to the employer (art 12.5)")
    public KlachtViews.Dossier sign(@PathParam("id") UUID id) {
        toegang.enter(id);
        return view(behandeling.signAdvice(id));
    }

    @POST
    @Path("{id}/bemiddeling")
    @RolesAllowed({ COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Mediation: START suspends the running term, MISLUKT resumes it, GESLAAGD ends the case (art 11.1)")
    public KlachtViews.Dossier mediation(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Bemiddeling input) {
        toegang.enter(id);
        return view(behandeling.mediation(id, input));
    }

    @POST
    @Path("{id}/bemiddeling/instemming")
    @RolesAllowed(EMPLOYEE)
    @Operation(summary = "As the complainant: consent to ending the complaint by the mediation that runs (art 10.1, 11.1)")
    public KlachtViews.Dossier consentToMediation(@PathParam("id") UUID id) {
        toegang.enter(id);
        return view(behandeling.consentToMediation(id));
    }

    @POST
    @Path("{id}/intrekking")
    @RolesAllowed(EMPLOYEE)
    @Operation(summary = "Withdraw your complaint, at any stage")
    public KlachtViews.Dossier withdraw(@PathParam("id") UUID id, @Valid KlachtInput.OptioneleTekst input) {
        toegang.enter(id);
        return view(behandeling.withdraw(id, input));
    }

    @POST
    @Path("{id}/tijdelijke-voorzieningen")
    @RolesAllowed({ EMPLOYEE, COMMISSION_MEMBER, COMMISSION_SECRETARY })
    @Operation(summary = "Ask the employer of the person concerned for temporary measures (art 12.4)")
    public Response temporaryMeasures(@PathParam("id") UUID id,
            @Valid @NotNull KlachtInput.TijdelijkeVoorzieningVerzoek input) {
        toegang.enter(id);
        TijdelijkeVoorziening v = behandeling.requestTemporaryMeasures(id, input);
        return Response.created(URI.create("/tijdelijke-voorzieningen/" + v.id))
                .entity(java.util.Map.of("id", v.id, "employerTenantId", v.employerTenantId)).build();
    }

    @POST
    @Path("{id}/verdaging")
    @RolesAllowed(EMPLOYER)
    @Operation(summary = "As the employer involved: extend the decision term, at most 4 weeks in total (art 13.3)")
    public KlachtViews.Dossier extend(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Verdaging input) {
        toegang.enter(id);
        return view(besluiten.extend(id, input));
    }

    @POST
    @Path("{id}/besluit")
    @RolesAllowed(EMPLOYER)
    @Operation(summary = "As the employer involved: decide on the advice and inform both parties (art 13, 10.4)")
    public KlachtViews.Dossier decide(@PathParam("id") UUID id, @Valid @NotNull KlachtInput.Tekst input) {
        toegang.enter(id);
        return view(besluiten.decide(id, input));
    }

    private Response created(Klacht klacht) {
        return Response.created(URI.create("/klachten/" + klacht.id)).entity(viewOf(klacht.id)).build();
    }

    /** The case as the actor may see it after the step; the answer shows the dossier, so it is recorded as a read. */
    private KlachtViews.Dossier view(Klacht klacht) {
        return viewOf(klacht.id);
    }

    private KlachtViews.Dossier viewOf(UUID id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> dossiers.view(toegang.load(id)));
    }
}
