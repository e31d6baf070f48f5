package nl.tweedekamer.meldpunt.notificatie.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.klacht.contract.KlachtContactClient;
import nl.tweedekamer.meldpunt.melding.contract.MeldingContactClient;
import nl.tweedekamer.meldpunt.notificatie.Lookup;
import nl.tweedekamer.meldpunt.platform.security.ServiceToken;

/**
 * Asks the owning service for the recipients of a {@link Lookup}, at the moment of sending. A 404 means
 * nobody (unknown, anonymous, no email wanted); any other failure means "try again later".
 */
@ApplicationScoped
public class ContactLookups {

    /** The owning service could not answer now; the work waits and is retried. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(Throwable cause) {
            // the cause's message may carry a URL or a body: only its class is kept
            super("contact lookup unavailable (" + cause.getClass().getSimpleName() + ")", null, false, false);
        }
    }

    /**
     * The owning service answered 200 with a contact that has no id or no address: its contract is broken. That is
     * never "nobody" (the person would silently not be told): an alert for the operators, and the work waits.
     */
    public static class ContractBreach extends Unavailable {
        public ContractBreach(Lookup.Kind kind) {
            super(new IllegalStateException());
            LOG.errorf("ALERT contract breach: the %s lookup answered a contact without id or email; "
                    + "the notification waits until the owning service answers by its contract", kind);
        }
    }

    private static final Logger LOG = Logger.getLogger(ContactLookups.class);

    @Inject
    @RestClient
    KlachtContactClient klacht;

    @Inject
    @RestClient
    MeldingContactClient melding;

    @Inject
    ServiceToken token;

    public List<Contact> find(Lookup lookup) {
        try {
            String bearer = token.bearer();
            List<Contact> found = switch (lookup.kind()) {
                case CASE_COMPLAINANT -> klacht.caseParty(id(lookup.arg()), "COMPLAINANT", bearer);
                case CASE_ACCUSED -> klacht.caseParty(id(lookup.arg()), "ACCUSED", bearer);
                case CASE_ADVICE_RECIPIENT -> klacht.caseParty(id(lookup.arg()), "ADVICE_RECIPIENT", bearer);
                case CASE_DECIDER -> {
                    String employer = second(lookup);
                    yield klacht.caseParty(id(first(lookup)), "DECIDER", bearer).stream()
                            .filter(c -> c != null && employer.equals(c.tenantId())).toList();
                }
                case COMMISSION_SECRETARY -> klacht.commission("SECRETARY", bearer);
                case COMMISSION_CHAIR -> klacht.commission("CHAIR", bearer);
                case CASE_PERSON -> single(klacht.personInCase(id(first(lookup)), id(second(lookup)), bearer));
                case ORGANISATION_HR -> single(klacht.hr(lookup.arg(), bearer));
                case UNCONFIRMED_ROSTER_PERSON -> {
                    String[] parts = lookup.arg().split("/", 3);
                    yield single(klacht.unconfirmedRosterPerson(parts[0], id(parts[1]), id(parts[2]), bearer));
                }
                case ROSTER_PERSON -> single(klacht.rosterPerson(first(lookup), id(second(lookup)), bearer));
                case VERTROUWENSPERSOON -> single(fromMelding(
                        melding.poolVertrouwenspersoon(UUID.fromString(lookup.arg()), bearer)));
                case EIGEN_VERTROUWENSPERSOON -> single(fromMelding(melding.ownVertrouwenspersoon(first(lookup),
                        UUID.fromString(second(lookup)), bearer)));
                case REPORTER -> single(fromMelding(melding.reporter(UUID.fromString(lookup.arg()), bearer)));
            };
            List<Contact> contacts = found == null ? List.of() : found.stream().filter(Objects::nonNull).toList();
            if (contacts.stream().anyMatch(c -> c.id() == null || c.email() == null || c.email().isBlank())) {
                throw new ContractBreach(lookup.kind());
            }
            return contacts;
        } catch (ContractBreach e) {
            throw e;
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return List.of();
            }
            throw new Unavailable(e);
        } catch (RuntimeException e) {
            throw new Unavailable(e);
        }
    }

    /**
     * melding-service's contacts belong to no tenant of a case: only id and address, read in klacht-contract's shape
     * so that both producers' answers meet the one check above.
     */
    private static Contact fromMelding(nl.tweedekamer.meldpunt.melding.contract.Contact contact) {
        return contact == null ? null : new Contact(contact.id(), contact.email());
    }

    /**
     * The id in a klacht lookup's argument. One that is not a UUID names nobody: klacht-service answered such a path
     * with 404, so it is taken as that 404 without asking.
     */
    private static UUID id(String arg) {
        try {
            return UUID.fromString(arg);
        } catch (IllegalArgumentException notAnId) {
            throw new WebApplicationException(Response.Status.NOT_FOUND);
        }
    }

    /** The part of a two-part argument ({@code a/b}) before the slash. */
    private static String first(Lookup lookup) {
        return lookup.arg().substring(0, lookup.arg().indexOf('/'));
    }

    /** The part of a two-part argument ({@code a/b}) after the slash. */
    private static String second(Lookup lookup) {
        return lookup.arg().substring(lookup.arg().indexOf('/') + 1);
    }

    private static List<Contact> single(Contact contact) {
        return contact == null ? List.of() : List.of(contact);
    }
}
