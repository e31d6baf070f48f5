package nl.tweedekamer.meldpunt.portaal.melding;

import java.util.Optional;

/**
 * melding-service refused a request (4xx/5xx): its status, its problem (when it sent one) and, for 429, how
 * many seconds to wait. The pages turn it into Dutch words with {@code Foutmeldingen}.
 */
public class Weigering extends RuntimeException {

    private final int status;
    private final transient Probleem probleem;
    private final Long wachtSeconden;

    public Weigering(int status, Probleem probleem, Long wachtSeconden) {
        super("melding-service answered " + status, null, false, false);
        this.status = status;
        this.probleem = probleem;
        this.wachtSeconden = wachtSeconden;
    }

    public int status() {
        return status;
    }

    public Optional<Probleem> probleem() {
        return Optional.ofNullable(probleem);
    }

    public Optional<Long> wachtSeconden() {
        return Optional.ofNullable(wachtSeconden);
    }
}
