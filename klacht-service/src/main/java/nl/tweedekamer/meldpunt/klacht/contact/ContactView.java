package nl.tweedekamer.meldpunt.klacht.contact;

/**
 * Contact details for the platform's own services, as the internal contact endpoints of every feature answer them
 * ({@code {"id", "email"}}); fetched at send time, never put on Kafka.
 */
public record ContactView(String id, String email) {
}
