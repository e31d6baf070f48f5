package nl.tweedekamer.meldpunt.testing;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import nl.tweedekamer.meldpunt.platform.event.PublishedEventCheck;

/**
 * In every producer's tests, each event it publishes is held against asyncapi.yaml as it enters the outbox: a
 * field renamed, dropped or retyped on the producer's side fails the producer's own tests, not only a consumer's.
 */
@ApplicationScoped
public class ContractCheckedEvents implements PublishedEventCheck {

    @Override
    public void check(String type, String payloadJson) {
        Set<String> violations = AsyncApiContract.violations(type, payloadJson);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("published event " + type + " breaks asyncapi.yaml: " + violations);
        }
    }
}
