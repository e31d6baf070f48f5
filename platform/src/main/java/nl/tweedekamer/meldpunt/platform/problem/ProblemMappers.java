package nl.tweedekamer.meldpunt.platform.problem;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every refusal leaves as application/problem+json. Unexpected errors are logged by class and stack
 * frames only: exception messages can carry values from a case, and logs must not.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("about:blank", "Invalid request", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = e instanceof FieldExplanation explained && e instanceof JsonMappingException m
                ? List.of(new Problem.FieldError(fieldPath(m), explained.explanation()))
                : null;
        return respond(new Problem("about:blank", "Invalid request", 400, describe(e), path(uri), errors));
    }

    /** More specific than JsonProcessingException, so it also replaces the built-in mapper of this type. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("about:blank", "Forbidden", 403,
                "Your role does not allow this action.", path(uri), null));
    }

    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "Request refused" : statusType.getReasonPhrase();
        return respond(new Problem("about:blank", title, status, detailFor(status), path(uri), null));
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (causedByConstraintViolation(e)) {
            // two requests raced for the same unique thing; the loser changed nothing
            return respond(new Problem("about:blank", "Conflict", 409,
                    "This conflicts with a change made at the same moment. Reload and try again.", path(uri), null));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf("Unexpected error %s: %s at %s", errorId, causeChain(e), topFrames(e));
        return respond(new Problem("about:blank", "Internal error", 500,
                "Something went wrong on our side. Nothing was changed by this request. Error id: " + errorId,
                path(uri), null));
    }

    private static boolean causedByConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Response unauthorized(UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Unauthorized", 401,
                        "A valid bearer token is required.", path(uri), null))
                .build();
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address that you may access.";
            case 405 -> "This address does not accept this method.";
            case 406 -> "This address answers in JSON only.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request was refused.";
        };
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof FieldExplanation explained && e instanceof JsonMappingException mapping) {
            return "Field '" + fieldPath(mapping) + "' " + explained.explanation();
        }
        if (e instanceof JsonParseException parse && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field")) {
            // the message names the field (a key of the body, never a value)
            return parse.getOriginalMessage().replace("Duplicate field", "The request body has the field")
                    + " twice; send it once.";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'.";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            String field = fieldPath(format);
            if (format.getTargetType().isEnum()) {
                String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return "Field '" + field + "' must be one of: " + allowed + ".";
            }
            return "Field '" + field + "' has a value of the wrong form (expected "
                    + format.getTargetType().getSimpleName() + ").";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Field '" + fieldPath(mapping) + "' has a value of the wrong type.";
        }
        if (e instanceof JsonParseException) {
            return "The request body is not valid JSON.";
        }
        return "The request body could not be read as JSON of the expected shape.";
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "register.arg0.name" -> "name": the client knows its body's fields, not our method names
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        int start = parts.length > 2 ? 2 : parts.length - 1;
        return String.join(".", Arrays.copyOfRange(parts, Math.max(start, 0), parts.length));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String causeChain(Throwable e) {
        StringBuilder chain = new StringBuilder(e.getClass().getName());
        Throwable cause = e.getCause();
        while (cause != null && cause != e) {
            chain.append(" <- ").append(cause.getClass().getName());
            e = cause;
            cause = cause.getCause();
        }
        return chain.toString();
    }

    private static String topFrames(Throwable e) {
        return Arrays.stream(e.getStackTrace()).limit(8).map(StackTraceElement::toString)
                .collect(Collectors.joining(" | "));
    }
}
