package nl.tweedekamer.meldpunt.melding.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import nl.tweedekamer.meldpunt.melding.config.MailboxConfig;

/**
 * The anonymous melder's receipt code: {@code <mailbox id>-<secret>}, both base32. The mailbox id (60 bits) is
 * public and finds the mailbox; the secret (160 random bits, at least the 128 the issue asks) opens it and is
 * kept only as an Argon2id hash, so a copy of the database does not open any mailbox.
 */
@ApplicationScoped
public class ReceiptCodes {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int MAILBOX_ID_CHARS = 12;
    private static final int SECRET_BYTES = 20;
    private static final Pattern CODE = Pattern.compile("([A-Z2-7]{12})-([A-Z2-7]{32})");

    private final SecureRandom random = new SecureRandom();

    @Inject
    MailboxConfig config;

    public record Code(String mailboxId, String secret) {
        public String value() {
            return mailboxId + "-" + secret;
        }
    }

    public Code newCode() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < MAILBOX_ID_CHARS; i++) {
            id.append(BASE32[random.nextInt(32)]);
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new Code(id.toString(), base32(secret));
    }

    /** The code as a person types it back: case and surrounding blanks do not matter. */
    public Optional<Code> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = CODE.matcher(value.strip().toUpperCase(Locale.ROOT));
        return m.matches() ? Optional.of(new Code(m.group(1), m.group(2))) : Optional.empty();
    }

    public String hash(String secret) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        MailboxConfig.Argon2 p = config.argon2();
        byte[] hash = argon2(secret, salt, p.memoryKb(), p.iterations(), p.parallelism());
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "argon2id$v=19$m=" + p.memoryKb() + ",t=" + p.iterations() + ",p=" + p.parallelism() + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether the secret matches the stored hash, with the parameters it was made with; constant time. */
    public boolean verify(String secret, String stored) {
        String[] parts = stored.split("\\$");
        String[] params = parts[2].split(",");
        int m = Integer.parseInt(params[0].substring(2));
        int t = Integer.parseInt(params[1].substring(2));
        int p = Integer.parseInt(params[2].substring(2));
        byte[] salt = Base64.getDecoder().decode(parts[3]);
        byte[] expected = Base64.getDecoder().decode(parts[4]);
        return MessageDigest.isEqual(expected, argon2(secret, salt, m, t, p));
    }

    /** Spends the time of one verification, so an unknown mailbox id answers as slowly as a wrong secret. */
    public void verifyNothing(String secret) {
        MailboxConfig.Argon2 p = config.argon2();
        argon2(secret, new byte[16], p.memoryKb(), p.iterations(), p.parallelism());
    }

    private static byte[] argon2(String secret, byte[] salt, int memoryKb, int iterations, int parallelism) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKb).withIterations(iterations).withParallelism(parallelism)
                .build());
        byte[] out = new byte[32];
        generator.generateBytes(secret.getBytes(StandardCharsets.US_ASCII), out);
        return out;
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
