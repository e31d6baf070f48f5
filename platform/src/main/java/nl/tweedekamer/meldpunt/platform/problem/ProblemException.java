package nl.tweedekamer.meldpunt.platform.problem;

import java.util.List;

/** A refusal a person can understand; rendered as application/problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String type;
    private final transient List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException badRequest(String title, String detail) {
        return new ProblemException(400, null, title, detail, null);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, null, "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String title, String detail) {
        return new ProblemException(404, null, title, detail, null);
    }

    public static ProblemException conflict(String title, String detail) {
        return new ProblemException(409, null, title, detail, null);
    }

    public static ProblemException unprocessable(String type, String title, String detail) {
        return new ProblemException(422, type, title, detail, null);
    }

    public Problem toProblem(String instance) {
        return new Problem(type == null ? "about:blank" : type, title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }
}
