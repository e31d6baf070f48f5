package nl.tweedekamer.meldpunt.platform.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * The kinds of file a party may attach, recognised by their content, not only by the type the client declares:
 * an executable sent as "application/pdf" is refused, never stored and served back as a PDF.
 */
public enum FileKind {
    PDF("application/pdf", "a PDF document") {
        @Override
        boolean matches(byte[] content) {
            return startsWith(content, '%', 'P', 'D', 'F', '-');
        }
    },
    PNG("image/png", "a PNG image") {
        @Override
        boolean matches(byte[] content) {
            return startsWith(content, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        }
    },
    JPEG("image/jpeg", "a JPEG image") {
        @Override
        boolean matches(byte[] content) {
            return startsWith(content, 0xFF, 0xD8, 0xFF);
        }
    },
    /** Plain text: valid UTF-8 without control characters other than tab and line breaks. */
    TEXT("text/plain", "plain text (UTF-8)") {
        @Override
        boolean matches(byte[] content) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            } catch (CharacterCodingException e) {
                return false;
            }
            return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
        }
    };

    public final String mediaType;
    public final String description;

    FileKind(String mediaType, String description) {
        this.mediaType = mediaType;
        this.description = description;
    }

    abstract boolean matches(byte[] content);

    /** The kind a declared Content-Type names (parameters such as charset ignored), if any. */
    public static Optional<FileKind> declared(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(type)).findFirst();
    }

    /**
     * The kind of an upload, when it is one of the allowed kinds and its content is what it was declared as;
     * otherwise a 415 problem saying what may be attached.
     */
    public static FileKind check(String declaredType, byte[] content, Collection<FileKind> allowed) {
        String accepted = allowed.stream().sorted().map(kind -> kind.description + " (" + kind.mediaType + ")")
                .collect(Collectors.joining(", "));
        FileKind kind = declared(declaredType).filter(allowed::contains).orElseThrow(() -> new ProblemException(415,
                null, "Unsupported attachment", "Attach one of: " + accepted + ".", null));
        if (!kind.matches(content)) {
            throw new ProblemException(415, null, "Attachment is not what it claims", "The file was sent as "
                    + kind.mediaType + " but its content is not " + kind.description + ". Attach one of: " + accepted
                    + ".", null);
        }
        return kind;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
