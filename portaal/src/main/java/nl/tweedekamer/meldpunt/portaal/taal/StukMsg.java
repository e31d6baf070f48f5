package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts about the files a melding carries (attachments), Dutch first ({@code messages/stuk_nl.properties}),
 * English second; templates use {@code {stuk:key}}. A bundle of its own because Quarkus generates broken bytecode
 * for a bundle of more than 300 messages (3.34.1).
 */
@MessageBundle(value = "stuk", locale = "nl")
public interface StukMsg {

    @Message
    String bijlagenTitel();

    @Message
    String bijlagenGeen();

    @Message
    String bijlageVeld();

    @Message
    String bijlageUitleg(int kb);

    @Message
    String bijlageToevoegenVeld();

    @Message
    String bijlageToevoegenKnop();

    @Message
    String bijlageRegel(String naam, int kb, String moment);

    @Message
    String bijlageVanU();

    @Message
    String bijlageVanDeMelder();

    @Message
    String bijlageVanDeVp();

    @Message
    String bijlageDownloaden(String naam);

    @Message
    String bijlageDownloadTip();

    @Message
    String bijlageNietMee(String reden);

    @Message
    String foutBijlageSoort();

    @Message
    String foutBijlageGroot(int kb);

    @Message
    String foutBijlageNietWatHetZegt();

    @Message
    String foutBijlageNaam();

    @Message
    String foutBijlageLeeg();

    @Message
    String foutBijlageKies();

    @Message
    String conceptUitleg();

    @Message
    String conceptGeladen(String moment);

    @Message
    String conceptBewaard();

    @Message
    String conceptBewarenKnop();

    @Message
    String conceptWeggooienKnop();

    @Message
    String conceptBewarenMislukt();

    @Message
    String conceptAutomatischBewaard(String tijd);

    @Message
    String conceptAutomatischMislukt();
}
