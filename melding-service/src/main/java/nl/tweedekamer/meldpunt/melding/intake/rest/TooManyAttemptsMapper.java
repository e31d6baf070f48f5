package nl.tweedekamer.meldpunt.melding.intake.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import nl.tweedekamer.meldpunt.melding.intake.service.TooManyAttempts;
import nl.tweedekamer.meldpunt.platform.problem.Problem;

/** 429 problem+json with Retry-After: the platform's problem mapping carries no headers. */
public class TooManyAttemptsMapper {

    @ServerExceptionMapper(priority = 1)
    public Response tooMany(TooManyAttempts e, UriInfo uri) {
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .entity(new Problem("about:blank", "Too many attempts", 429,
                        "Too many attempts from here or on this mailbox; try again after "
                                + e.retryAfterSeconds() + " seconds.", uri.getPath(), null))
                .build();
    }
}
