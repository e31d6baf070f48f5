package nl.tweedekamer.meldpunt.termijn.agenda.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.agenda.AgendaFeed;
import nl.tweedekamer.meldpunt.termijn.service.CommissieZetels;
import nl.tweedekamer.meldpunt.termijn.service.TermijnQueries;

/**
 * The commission members' calendar feeds. A calendar client sends no token, so the URL itself is the secret:
 * 32 random bytes, of which only a SHA-256 hash is stored; revoking it makes the URL answer nothing. The feed
 * carries only case reference, term and due date. Only a commission role backed by a seat today creates one, and a
 * feed answers only while its owner holds a seat (an ended seat's URL answers 404, as an unknown one).
 */
@ApplicationScoped
@Transactional
public class AgendaService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Inject
    Clock clock;

    @Inject
    TermijnQueries queries;

    @Inject
    CommissieZetels seats;

    public record Created(AgendaFeed feed, String secret) {
    }

    /** A new feed for a caller whose commission role a seat backs today; 403 otherwise (as klacht-service). */
    public Created create(Caller caller) {
        if (!seats.servesOnCommission(caller)) {
            throw new ProblemException(403, null, "Forbidden", "A calendar feed of the commission's terms is for"
                    + " the commission's members and secretary while they hold their seat.", null);
        }
        String personId = caller.subject();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AgendaFeed feed = new AgendaFeed();
        feed.id = UUID.randomUUID();
        feed.personId = personId;
        feed.secretHash = hash(secret);
        feed.createdAt = OffsetDateTime.now(clock);
        feed.persist();
        return new Created(feed, secret);
    }

    public List<AgendaFeed> mine(String personId) {
        return AgendaFeed.activeOf(personId);
    }

    public void revoke(String personId, UUID feedId) {
        AgendaFeed feed = AgendaFeed.findById(feedId);
        if (feed == null || !feed.personId.equals(personId) || feed.revokedAt != null) {
            throw ProblemException.notFound("Unknown calendar feed", "You have no active calendar feed " + feedId + ".");
        }
        feed.revokedAt = OffsetDateTime.now(clock);
    }

    /** The feed behind a secret, or empty for an unknown or revoked one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> calendar(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        // a feed answers only while its owner holds a seat: a former member's old URL reads nothing
        return AgendaFeed.activeByHash(hash(secret)).filter(feed -> seats.holdsAnySeat(feed.personId))
                .map(feed -> ics(queries.commissionCalendar()));
    }

    private String ics(List<Termijn> terms) {
        String stamp = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Tweede Kamer//Meldpunt termijnen//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:Termijnen klachtencommissie");
        for (Termijn t : terms) {
            LocalDate due = t.dueOn;
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + t.id + "@meldpunt.tweedekamer.nl");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;VALUE=DATE:" + ICS_DATE.format(due));
            line(ics, "DTEND;VALUE=DATE:" + ICS_DATE.format(due.plusDays(1)));
            line(ics, "SUMMARY:Termijn " + t.soort + " zaak " + t.caseReference + " vervalt");
            line(ics, "DESCRIPTION:Zaak " + t.caseReference + "\\, termijn " + t.soort + " ("
                    + t.soort.article() + ")\\, uiterlijk " + due);
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void line(StringBuilder ics, String line) {
        ics.append(line).append("\r\n");
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
