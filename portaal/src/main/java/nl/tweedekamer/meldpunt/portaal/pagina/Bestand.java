package nl.tweedekamer.meldpunt.portaal.pagina;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;
import nl.tweedekamer.meldpunt.portaal.taal.StukMsg;

/**
 * A file a person chose in a form, read and checked before it goes on to melding-service, which checks it once more
 * by its content. The kinds are melding-service's (PDF, PNG, JPEG, plain text); a browser that declares none of them
 * (some send {@code application/octet-stream}) is taken at the file name's word, and the service verifies the bytes.
 */
public record Bestand(String naam, String soort, byte[] inhoud) {

    private static final Map<String, String> SOORT_BIJ_EXTENSIE = Map.of("pdf", "application/pdf", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "txt", "text/plain");
    private static final List<String> SOORTEN = List.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    /** The name for the {@code X-Filename} header: percent-encoded UTF-8, as melding-service reads it. */
    public String naamVoorKop() {
        return URLEncoder.encode(naam, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The chosen file, or null when none was chosen (a browser then sends an empty part without a name). What is
     * wrong with it goes to {@code fouten} under {@code veld}, and null is returned.
     */
    static Bestand lees(FileUpload upload, String veld, int maxBytes, Fouten fouten, StukMsg msg) {
        if (upload == null || upload.fileName() == null || upload.fileName().isBlank()) {
            return null;
        }
        String naam = upload.fileName().strip();
        if (upload.size() == 0) {
            fouten.veld(veld, msg.foutBijlageLeeg());
            return null;
        }
        if (upload.size() > maxBytes) {
            fouten.veld(veld, msg.foutBijlageGroot(maxBytes / 1024));
            return null;
        }
        String soort = soort(upload.contentType(), naam);
        if (soort == null) {
            fouten.veld(veld, msg.foutBijlageSoort());
            return null;
        }
        if (naam.length() > 200 || naam.chars().anyMatch(Character::isISOControl)) {
            fouten.veld(veld, msg.foutBijlageNaam());
            return null;
        }
        try {
            return new Bestand(naam, soort, Files.readAllBytes(upload.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String soort(String verklaard, String naam) {
        String kaal = verklaard == null ? "" : verklaard.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (SOORTEN.contains(kaal)) {
            return kaal;
        }
        int punt = naam.lastIndexOf('.');
        return punt < 0 ? null : SOORT_BIJ_EXTENSIE.get(naam.substring(punt + 1).toLowerCase(Locale.ROOT));
    }

    /** What melding-service's refusal of a file means to the person, next to {@code veld}. */
    static Fouten vertaal(RuntimeException fout, String veld, int maxBytes, Msg msg, StukMsg stuk) {
        if (fout instanceof Weigering w) {
            switch (w.status()) {
                case 413:
                    return new Fouten().veld(veld, stuk.foutBijlageGroot(maxBytes / 1024));
                case 415:
                    boolean vermomd = w.probleem().map(p -> "Attachment is not what it claims".equals(p.title()))
                            .orElse(false);
                    return new Fouten().veld(veld, vermomd ? stuk.foutBijlageNietWatHetZegt() : stuk.foutBijlageSoort());
                case 400:
                    boolean leeg = w.probleem().map(p -> "Empty attachment".equals(p.title())).orElse(false);
                    return new Fouten().veld(veld, leeg ? stuk.foutBijlageLeeg() : stuk.foutBijlageNaam());
                default:
                    break;
            }
        }
        return Foutmeldingen.vertaal(fout, List.of(), null, msg);
    }
}
