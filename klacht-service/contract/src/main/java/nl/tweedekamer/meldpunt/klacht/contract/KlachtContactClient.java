package nl.tweedekamer.meldpunt.klacht.contract;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * klacht-service's internal contact lookups ({@code META-INF/openapi/klacht-internal.yaml}), the one client termijn-
 * and notificatie-service use. Every call carries the caller's own service token (role {@code service}) as its
 * {@code bearer}, the same style as melding-contract's client. 200: a {@link Contact} or a list of them; 404: nobody
 * (unknown, or nobody in that role yet); anything else: try again later. A 200 with a contact without {@code id} or
 * {@code email} breaks the contract: the caller treats it as an error (alert, retry), never as "nobody".
 * <p>
 * The document also describes {@code GET /internal/persons/{personId}/contact} (a person without a case); no consumer
 * uses it, the per-case lookup {@link #personInCase} is the one to ask, so it has no method here.
 * <p>
 * A consumer sets the address and both timeouts under config key {@code klacht-service}:
 * {@code quarkus.rest-client.klacht-service.url}, {@code .connect-timeout}, {@code .read-timeout}, and indexes
 * this jar ({@code quarkus.index-dependency.klacht-contract.group-id/artifact-id}).
 */
@RegisterRestClient(configKey = "klacht-service")
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface KlachtContactClient {

    /**
     * Today's holders of a commission function: {@code CHAIR}, {@code DEPUTY_CHAIR}, {@code MEMBER},
     * {@code DEPUTY_MEMBER} or {@code SECRETARY}; an empty list while the seat is vacant.
     */
    @GET
    @Path("commission/contacts")
    List<Contact> commission(@QueryParam("function") String function, @HeaderParam("Authorization") String bearer);

    /**
     * A party of a case, each with the tenant they belong to in it: {@code COMPLAINANT}, {@code ACCUSED} (those linked
     * to a login), {@code DECIDER} (each employer's, once named) or {@code ADVICE_RECIPIENT} (the deciders the advice
     * reached); 404 while there is none.
     */
    @GET
    @Path("cases/{caseId}/contacts/{party}")
    List<Contact> caseParty(@PathParam("caseId") UUID caseId, @PathParam("party") String party,
            @HeaderParam("Authorization") String bearer);

    /** A person's address in this case: never one typed into another case or a draft. */
    @GET
    @Path("cases/{caseId}/persons/{personId}/contact")
    Contact personInCase(@PathParam("caseId") UUID caseId, @PathParam("personId") UUID personId,
            @HeaderParam("Authorization") String bearer);

    /** The platform administrators' functional mailbox (one or more). */
    @GET
    @Path("platform/contacts/administrators")
    List<Contact> administrators(@HeaderParam("Authorization") String bearer);

    /** The organisation's general contact; {@code id} is the tenant id. */
    @GET
    @Path("tenants/{tenantId}/contacts/organisation")
    Contact organisation(@PathParam("tenantId") String tenantId, @HeaderParam("Authorization") String bearer);

    /** The organisation's HR contact, or its general one when it named none; {@code id} is the tenant id. */
    @GET
    @Path("tenants/{tenantId}/contacts/hr")
    Contact hr(@PathParam("tenantId") String tenantId, @HeaderParam("Authorization") String bearer);

    /** A person on the tenant's roster (their work address). */
    @GET
    @Path("tenants/{tenantId}/contacts/persons/{personId}")
    Contact rosterPerson(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId,
            @HeaderParam("Authorization") String bearer);

    /** A person on the roster only while they have not confirmed this declaration in force (404 once they did). */
    @GET
    @Path("tenants/{tenantId}/contacts/persons/{personId}/until-confirmed/{declarationId}")
    Contact unconfirmedRosterPerson(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId,
            @PathParam("declarationId") UUID declarationId, @HeaderParam("Authorization") String bearer);
}
