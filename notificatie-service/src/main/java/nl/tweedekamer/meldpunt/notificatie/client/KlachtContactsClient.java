package nl.tweedekamer.meldpunt.notificatie.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** klacht-service's internal contact lookups (role {@code service} only; 404 when unknown). */
@RegisterRestClient(configKey = "klacht-service")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface KlachtContactsClient {

    /** party: COMPLAINANT, ACCUSED, DECIDER or ADVICE_RECIPIENT */
    @GET
    @Path("/cases/{caseId}/contacts/{party}")
    List<Contact> caseParty(@PathParam("caseId") String caseId, @PathParam("party") String party);

    /** function: CHAIR, DEPUTY_CHAIR, SECRETARY, MEMBER or DEPUTY_MEMBER; the persons appointed now */
    @GET
    @Path("/commission/contacts")
    List<Contact> commission(@QueryParam("function") String function);

    /** the person's address in this case: never one typed into another case or a draft */
    @GET
    @Path("/cases/{caseId}/persons/{personId}/contact")
    Contact personInCase(@PathParam("caseId") String caseId, @PathParam("personId") String personId);

    /** the organisation's HR contact, or its general contact when it named none */
    @GET
    @Path("/tenants/{tenantId}/contacts/hr")
    Contact hr(@PathParam("tenantId") String tenantId);

    /** a person on the roster, only while they have not confirmed the declaration (404 once they did) */
    @GET
    @Path("/tenants/{tenantId}/contacts/persons/{personId}/until-confirmed/{declarationId}")
    Contact unconfirmedRosterPerson(@PathParam("tenantId") String tenantId, @PathParam("personId") String personId,
            @PathParam("declarationId") String declarationId);

    /** a person on the tenant's roster (staff) */
    @GET
    @Path("/tenants/{tenantId}/contacts/persons/{personId}")
    Contact rosterPerson(@PathParam("tenantId") String tenantId, @PathParam("personId") String personId);
}
