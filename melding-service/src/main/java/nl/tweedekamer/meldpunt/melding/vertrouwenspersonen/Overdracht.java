package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The body of handing an ended VP's files over (art 5.7): the successor's person id. */
public record Overdracht(@NotNull UUID successorId) {
}
