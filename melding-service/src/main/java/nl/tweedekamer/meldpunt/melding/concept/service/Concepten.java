package nl.tweedekamer.meldpunt.melding.concept.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.melding.concept.Concept;
import nl.tweedekamer.meldpunt.melding.concept.ConceptConfig;
import nl.tweedekamer.meldpunt.melding.crypto.EnvelopeEncryption;
import nl.tweedekamer.meldpunt.melding.crypto.ReporterLookup;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Drafts: one per author and form, saved over and over while someone writes, read back when they return, gone when
 * the form is sent or left alone for {@link ConceptConfig#bewaren()}. Each draft has its own data key, so deleting it
 * leaves nothing readable, not even in a backup once the key's backup expires.
 */
@ApplicationScoped
@Transactional
public class Concepten {

    private static final Logger LOG = Logger.getLogger(Concepten.class);
    private static final String FIELD = "concept/fields";
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    /**
     * The key a draft is sealed under when its author's token names no organisation (a VP of the shared pool): a
     * tenant key of its own, which no organisation's offboarding retires. Not a valid tenant id, so never one's.
     */
    static final String WITHOUT_ORGANISATION = "_zonder-organisatie";

    /** What a draft holds and when it was saved last. */
    public record Draft(String form, Map<String, String> fields, OffsetDateTime savedAt) {
    }

    @Inject
    EnvelopeEncryption crypto;

    @Inject
    ReporterLookup authors;

    @Inject
    ObjectMapper json;

    @Inject
    ConceptConfig config;

    @Inject
    Clock clock;

    public Optional<Draft> read(String subject, String form) {
        return find(subject, form).map(c -> new Draft(c.formKey, fields(c), c.savedAt));
    }

    public Draft save(String subject, String tenantId, String form, Map<String, String> fields) {
        Concept concept = find(subject, form).orElseGet(() -> {
            Concept c = new Concept();
            c.id = UUID.randomUUID();
            c.tenantId = tenantId == null ? WITHOUT_ORGANISATION : tenantId;
            c.authorHash = authors.of(subject);
            c.formKey = form;
            crypto.createDataKey(c.id, c.tenantId);
            return c;
        });
        try {
            concept.fieldsCiphertext = crypto.seal(concept.id, FIELD, json.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("Unreadable draft", "The draft's fields could not be stored.");
        }
        concept.savedAt = OffsetDateTime.now(clock);
        concept.persist();
        return new Draft(form, fields, concept.savedAt);
    }

    /** Idempotent: deleting a draft that is not there changes nothing. */
    public void delete(String subject, String form) {
        find(subject, form).ifPresent(this::destroy);
    }

    @Scheduled(cron = "{meldpunt.melding.concept.opruimen:0 30 3 * * ?}", identity = "concept-opruimen")
    void daily() {
        deleteAbandoned();
    }

    /** Drafts not saved again within the retention period are deleted with their keys. */
    public int deleteAbandoned() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(config.bewaren());
        var abandoned = Concept.<Concept>list("savedAt < ?1", before);
        abandoned.forEach(this::destroy);
        if (!abandoned.isEmpty()) {
            LOG.infof("deleted %d abandoned drafts with their keys", abandoned.size());
        }
        return abandoned.size();
    }

    private void destroy(Concept concept) {
        concept.delete();
        crypto.destroyDataKey(concept.id);
    }

    private Optional<Concept> find(String subject, String form) {
        return Concept.find("authorHash = ?1 and formKey = ?2", authors.of(subject), form).firstResultOptional();
    }

    private Map<String, String> fields(Concept c) {
        try {
            return json.readValue(crypto.open(c.id, FIELD, c.fieldsCiphertext), FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft is not JSON", e);
        }
    }
}
