package nl.tweedekamer.meldpunt.termijn.contact;

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

/** klacht-service's internal contact lookups (role {@code service}); see common contracts in the README. */
@RegisterRestClient(configKey = "klacht-service")
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface KlachtContacts {

    /** function: CHAIR, DEPUTY_CHAIR, SECRETARY, MEMBER, DEPUTY_MEMBER. */
    @GET
    @Path("commission/contacts")
    List<Contact> commission(@QueryParam("function") String function, @HeaderParam("Authorization") String bearer);

    /** role: COMPLAINANT, ACCUSED, EMPLOYER, ADVICE_RECIPIENT. */
    @GET
    @Path("cases/{caseId}/contacts/{role}")
    List<Contact> ofCase(@PathParam("caseId") UUID caseId, @PathParam("role") String role,
            @HeaderParam("Authorization") String bearer);

    @GET
    @Path("platform/contacts/administrators")
    List<Contact> administrators(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("tenants/{tenantId}/contacts/organisation")
    Contact organisation(@PathParam("tenantId") String tenantId, @HeaderParam("Authorization") String bearer);
}
