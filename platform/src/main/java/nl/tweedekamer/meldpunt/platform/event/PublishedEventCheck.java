package nl.tweedekamer.meldpunt.platform.event;

/**
 * A check every event passes before it enters the outbox. Production has none; the tests of every producer get
 * platform-testing's, which holds each payload against asyncapi.yaml, so a renamed, missing or retyped field fails
 * the producer's own tests at the moment it is published.
 */
public interface PublishedEventCheck {

    /** Throws when the payload does not keep to the contract of its type. */
    void check(String type, String payloadJson);
}
