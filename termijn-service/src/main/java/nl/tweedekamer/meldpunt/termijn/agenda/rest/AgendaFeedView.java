package nl.tweedekamer.meldpunt.termijn.agenda.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A calendar feed as its owner sees it: the URL (with its secret) only in the answer that created it. */
public record AgendaFeedView(UUID id, String url, OffsetDateTime createdAt) {
}
