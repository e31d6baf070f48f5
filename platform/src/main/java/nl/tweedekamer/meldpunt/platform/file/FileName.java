package nl.tweedekamer.meldpunt.platform.file;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * The name of an uploaded file as it travels in the {@value #HEADER} header: percent-encoded UTF-8, because an HTTP
 * header carries no other characters safely. Every service reads it here, so a name with "é" or "ß" arrives whole.
 */
public final class FileName {

    public static final String HEADER = "X-Filename";
    public static final int MAX_LENGTH = 200;

    private FileName() {
    }

    /** The header's value for a name (spaces as %20, never '+'); also fit for RFC 5987's {@code filename*}. */
    public static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    /** A Content-Disposition that makes a browser save the file under its own name. */
    public static String attachmentDisposition(String name) {
        return name == null ? "attachment" : "attachment; filename*=UTF-8''" + encode(name);
    }

    /**
     * The name a header carries, stripped; null when the header is absent or blank. A '+' stays a '+' (it is not a
     * form field). Refused with 400 when not valid percent-encoded UTF-8, too long or holding control characters.
     */
    public static String decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        String name;
        try {
            name = percentDecoded(encoded).strip();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw ProblemException.badRequest("Bad file name",
                    "The " + HEADER + " header is not valid percent-encoded UTF-8.");
        }
        if (name.isEmpty() || name.length() > MAX_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("Bad file name",
                    "A file name has 1 to " + MAX_LENGTH + " characters and no control characters.");
        }
        return name;
    }

    /** Strict: a malformed escape or bytes that are not UTF-8 are refused, never replaced by '?'. */
    private static String percentDecoded(String encoded) throws CharacterCodingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    throw new IllegalArgumentException("incomplete escape");
                }
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("not percent-encoded");
            }
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString();
    }
}
