package nl.tweedekamer.meldpunt.portaal.melding;

import java.util.List;

/** An RFC 9457 problem as the services answer it; {@code errors} names the refused fields of the body sent. */
public record Probleem(String type, String title, int status, String detail, List<VeldFout> errors) {

    public record VeldFout(String field, String message) {
    }

    public List<VeldFout> veldFouten() {
        return errors == null ? List.of() : errors;
    }
}
