package nl.tweedekamer.meldpunt.platform.event;

import java.util.List;

/** Topic names of the event contract (asyncapi.yaml). */
public final class Topics {
    /** Compacted, keyed by tenant id; every value is a full snapshot of the tenant. */
    public static final String TENANTS = "tenants.v1";
    public static final String KLACHT_EVENTS = "klacht.events.v1";
    public static final String MELDING_EVENTS = "melding.events.v1";
    public static final String TERMIJN_EVENTS = "termijn.events.v1";

    /** Internal topics the platform creates at start when allowed to. */
    public static final List<String> INTERNAL = List.of(TENANTS, KLACHT_EVENTS, MELDING_EVENTS, TERMIJN_EVENTS);

    private Topics() {
    }

    /** One topic per tenant, so each HR portal's principal can be granted its own topic only. */
    public static String hrStatus(String tenantId) {
        return "hr-status." + tenantId + ".v1";
    }

    public static boolean isCompacted(String topic) {
        return TENANTS.equals(topic);
    }
}
