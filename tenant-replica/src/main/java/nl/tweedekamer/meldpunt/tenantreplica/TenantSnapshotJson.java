package nl.tweedekamer.meldpunt.tenantreplica;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;

/**
 * Reads snapshot JSON as a tolerant reader: fields a newer klacht-service adds are ignored, whatever a
 * service configures for its own request bodies, so a contract extension never stalls the consumers.
 */
@ApplicationScoped
public class TenantSnapshotJson {

    private final ObjectReader reader;

    @Inject
    public TenantSnapshotJson(ObjectMapper mapper) {
        this.reader = mapper.readerFor(TenantSnapshot.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public TenantSnapshot read(byte[] json) throws IOException {
        return reader.readValue(json);
    }

    /** The snapshot a replica holds; it was readable when it was stored. */
    public TenantSnapshot read(TenantReplica replica) {
        try {
            return reader.readValue(replica.snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("stored snapshot of a tenant replica cannot be read", e);
        }
    }
}
