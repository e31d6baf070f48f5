package nl.tweedekamer.meldpunt.klacht.procedure.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtWerkgever;
import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * Addresses of a case's parties for termijn- and notificatie-service, fetched at the moment they send: the
 * address is personal data kept in the case and never travels on Kafka (architecture.md, Messaging).
 */
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
public class CaseContactResource {

    public enum Party {
        COMPLAINANT, ACCUSED,
        /** Domain.md §10.2: the person who decides for each employer of the case, from their confirmation on. */
        DECIDER,
        /** The deciders of the employers the advice reached (art 12.2, 10.4). */
        ADVICE_RECIPIENT
    }

    @Inject
    KlachtToegang toegang;

    @Inject
    CaseDirectory directory;

    @GET
    @Path("cases/{caseId}/contacts/{party}")
    @Operation(summary = "The addresses of a party of a case (internal)")
    public List<Contact> caseContacts(@PathParam("caseId") UUID caseId, @PathParam("party") Party party) {
        toegang.enter(caseId);
        List<Contact> contacts = QuarkusTransaction.requiringNew().call(() -> {
            Klacht k = toegang.load(caseId);
            List<Contact> found = new ArrayList<>();
            switch (party) {
                case COMPLAINANT -> email(k.complainantEmail, k.tenantId, k.complainantId)
                        .ifPresent(e -> found.add(new Contact(k.complainantId.toString(), e, k.tenantId)));
                // only accused who were linked to a login on admissibility (art 10.3) are addressed
                case ACCUSED -> Aangeklaagde.of(k.id).stream().filter(a -> a.personId != null)
                        .forEach(a -> email(a.email, a.employerTenantId, a.personId).ifPresent(
                                e -> found.add(new Contact(a.personId.toString(), e, a.employerTenantId))));
                // domain.md §10.2: only the decider, never the organisation's general address (who may be a party)
                case DECIDER, ADVICE_RECIPIENT -> KlachtWerkgever.of(k.id).stream()
                        .filter(w -> w.recipientId != null)
                        .filter(w -> party == Party.DECIDER || w.adviceReceivedOn != null)
                        .forEach(w -> email(w.recipientEmail, w.employerTenantId, w.recipientId).ifPresent(
                                e -> found.add(new Contact(w.recipientId.toString(), e, w.employerTenantId))));
            }
            return found;
        });
        if (contacts.isEmpty()) {
            throw ProblemException.notFound("No contact", "This case has no " + party + " to address yet.");
        }
        return contacts;
    }

    /**
     * The address a person has in this case: the complainant's from its klaagschrift, an accused's as linked,
     * the named decider's (domain.md §10.2); else their work address on the roster of a tenant of the case. Never
     * an address the person typed into another case or draft.
     */
    @GET
    @Path("cases/{caseId}/persons/{personId}/contact")
    @Operation(summary = "The address of a person in the case asked about (internal)")
    public Contact personInCase(@PathParam("caseId") UUID caseId, @PathParam("personId") UUID personId) {
        toegang.enter(caseId);
        java.util.Optional<String> email = QuarkusTransaction.requiringNew().call(() -> {
            Klacht k = toegang.load(caseId);
            if (personId.equals(k.complainantId)) {
                return email(k.complainantEmail, k.tenantId, personId);
            }
            for (Aangeklaagde a : Aangeklaagde.of(k.id)) {
                if (personId.equals(a.personId)) {
                    return email(a.email, a.employerTenantId, personId);
                }
            }
            for (KlachtWerkgever w : KlachtWerkgever.of(k.id)) {
                if (personId.equals(w.recipientId)) {
                    return email(w.recipientEmail, w.employerTenantId, personId);
                }
            }
            return java.util.Optional.<String>empty();
        });
        return email.map(e -> new Contact(personId.toString(), e))
                .orElseThrow(() -> ProblemException.notFound("Unknown person",
                        "This case knows no address for person " + personId + "."));
    }

    @GET
    @Path("persons/{personId}/contact")
    @Operation(summary = "The address of a person klacht-service knows: a party or rostered staff (internal)")
    public Contact person(@PathParam("personId") UUID personId) {
        return directory.personContact(personId).map(c -> new Contact(c.id(), c.email()))
                .orElseThrow(() -> ProblemException.notFound("Unknown person",
                        "klacht-service knows no address for person " + personId + "."));
    }

    private java.util.Optional<String> email(String given, String tenantId, UUID personId) {
        return given != null ? java.util.Optional.of(given) : directory.rosterEmail(tenantId, personId);
    }
}
