import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token minting for the local run, JDK classes only: {@code java deploy/tokens/Mint.java ...} (or the
 * {@code mint-token} wrapper next to it).
 *
 * <pre>
 * Mint init [--keys DIR]
 *     writes two RSA-2048 key pairs to DIR unless they are there: the users' (privateKey.pem, PKCS#8; publicKey.pem,
 *     X.509) and the services' own (service-privateKey.pem, service-publicKey.pem), and jwks.json with both public keys
 * Mint --role ROLE [--role ROLE ...] --sub SUBJECT [--tenant TENANT] [--ttl 8h] [--keys DIR] [--issuer ISS]
 *     prints a compact RS256 JWT signed with DIR/privateKey.pem (kid meldpunt-users); with --role service alone,
 *     signed with DIR/service-privateKey.pem (kid meldpunt-services)
 * </pre>
 */
public class Mint {

    /** docs/backbone.md, "Security". */
    static final List<String> ROLES = List.of("platform-admin", "fractie-admin", "employee", "vertrouwenspersoon",
            "commission-member", "commission-secretary", "employer", "hr-portal", "operator", "service");

    /** Roles that serve several tenants and name the tenant in the path: for them the tenant claim is optional. */
    static final Set<String> SERVING_SEVERAL_TENANTS = Set.of("platform-admin", "vertrouwenspersoon",
            "commission-member", "commission-secretary", "operator", "service");

    static final String DEFAULT_ISSUER = "https://meldpunt.tweedekamer.nl";
    static final Pattern TENANT_ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    static final Pattern TTL = Pattern.compile("(\\d+)([smhd]?)");

    static final String PRIVATE_KEY = "privateKey.pem";
    static final String PUBLIC_KEY = "publicKey.pem";
    /** The services' own key pair: the only key whose tokens may carry the role service (ServiceIdentity). */
    static final String SERVICE_PRIVATE_KEY = "service-privateKey.pem";
    static final String SERVICE_PUBLIC_KEY = "service-publicKey.pem";
    /** Both public keys as the JSON Web Key Set the services verify against. */
    static final String JWKS = "jwks.json";
    static final String ISSUER_FILE = "issuer";
    static final String USER_KEY_ID = "meldpunt-users";
    static final String SERVICE_KEY_ID = "meldpunt-services";

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (UsageException e) {
            System.err.println("mint-token: " + e.getMessage());
            System.err.println();
            System.err.println(usage());
            System.exit(2);
        } catch (IOException | GeneralSecurityException e) {
            System.err.println("mint-token: " + e);
            System.exit(1);
        }
    }

    static int run(String[] args) throws IOException, GeneralSecurityException {
        Path keys = Path.of(System.getProperty("mint.keys.default", "deploy/local/.state/keys"));
        String issuer = null;
        String tenant = null;
        String subject = null;
        Duration ttl = Duration.ofHours(8);
        Set<String> roles = new LinkedHashSet<>();
        boolean init = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "init" -> init = true;
                case "-h", "--help", "help" -> {
                    System.out.println(usage());
                    return 0;
                }
                case "--keys" -> keys = Path.of(value(args, ++i, arg));
                case "--issuer" -> issuer = value(args, ++i, arg);
                case "--tenant" -> tenant = value(args, ++i, arg);
                case "--sub" -> subject = value(args, ++i, arg);
                case "--ttl" -> ttl = ttl(value(args, ++i, arg));
                case "--role" -> {
                    String role = value(args, ++i, arg);
                    if (!ROLES.contains(role)) {
                        throw new UsageException("unknown role '" + role + "'; roles: " + String.join(", ", ROLES));
                    }
                    roles.add(role);
                }
                default -> throw new UsageException("unknown argument '" + arg + "'");
            }
        }

        if (init) {
            if (!roles.isEmpty() || tenant != null || subject != null) {
                throw new UsageException("init takes only --keys");
            }
            init(keys);
            return 0;
        }
        if (issuer == null) {
            // the local run trusts the identity provider's issuer and writes it next to the keys
            Path issuerFile = keys.resolve(ISSUER_FILE);
            issuer = Files.exists(issuerFile) ? Files.readString(issuerFile).strip() : DEFAULT_ISSUER;
        }
        if (roles.isEmpty()) {
            throw new UsageException("at least one --role is required");
        }
        if (subject == null || subject.isBlank()) {
            throw new UsageException("--sub is required (the caller's pseudonymous person id, e.g. a UUID)");
        }
        if (tenant != null && !TENANT_ID.matcher(tenant).matches()) {
            throw new UsageException("tenant '" + tenant + "' is not a tenant id (a-z, 0-9 and '-', 1-40 characters)");
        }
        if (tenant == null && !SERVING_SEVERAL_TENANTS.containsAll(roles)) {
            throw new UsageException("--tenant is required for " + String.join(", ", roles)
                    + " (only " + String.join(", ", ROLES.stream().filter(SERVING_SEVERAL_TENANTS::contains).toList())
                    + " may go without)");
        }
        boolean service = roles.contains("service");
        if (service && roles.size() > 1) {
            throw new UsageException("a service token carries the role service alone");
        }
        System.out.println(mint(privateKey(keys, service ? SERVICE_PRIVATE_KEY : PRIVATE_KEY),
                service ? SERVICE_KEY_ID : USER_KEY_ID, issuer, subject, tenant, roles, ttl));
        return 0;
    }

    static void init(Path keys) throws IOException, GeneralSecurityException {
        Files.createDirectories(keys);
        pair(keys, PRIVATE_KEY, PUBLIC_KEY);
        pair(keys, SERVICE_PRIVATE_KEY, SERVICE_PUBLIC_KEY);
        Path jwks = keys.resolve(JWKS);
        Files.writeString(jwks, "{\"keys\":[" + jwk(USER_KEY_ID, publicKey(keys.resolve(PUBLIC_KEY))) + ","
                + jwk(SERVICE_KEY_ID, publicKey(keys.resolve(SERVICE_PUBLIC_KEY))) + "]}\n", StandardCharsets.US_ASCII);
        System.err.println("mint-token: the services trust " + jwks.toAbsolutePath());
    }

    /** Writes a key pair unless it is there. */
    static void pair(Path keys, String privateName, String publicName) throws IOException, GeneralSecurityException {
        Path privatePem = keys.resolve(privateName);
        Path publicPem = keys.resolve(publicName);
        boolean hasPrivate = Files.exists(privatePem);
        boolean hasPublic = Files.exists(publicPem);
        if (hasPrivate && hasPublic) {
            System.err.println("mint-token: " + privateName + " already in " + keys.toAbsolutePath() + " (kept)");
            return;
        }
        if (hasPrivate || hasPublic) {
            throw new IOException("only one of " + privateName + " and " + publicName + " is in " + keys.toAbsolutePath()
                    + ": remove it and run init again");
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        System.err.println("mint-token: wrote " + privatePem.toAbsolutePath() + " and " + publicPem.toAbsolutePath());
    }

    static RSAPublicKey publicKey(Path file) throws IOException, GeneralSecurityException {
        String body = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    static String jwk(String keyId, RSAPublicKey key) {
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":" + json(keyId) + ",\"n\":\""
                + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}";
    }

    static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(bytes, start, bytes.length));
    }

    static String mint(PrivateKey key, String keyId, String issuer, String subject, String tenant, Set<String> roles, Duration ttl)
            throws GeneralSecurityException {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{");
        claims.append("\"iss\":").append(json(issuer));
        claims.append(",\"sub\":").append(json(subject));
        claims.append(",\"upn\":").append(json(subject));
        // every service accepts only tokens that name it (mp.jwt.verify.audiences)
        claims.append(",\"aud\":[\"klacht-service\",\"melding-service\",\"termijn-service\",\"notificatie-service\"]");
        List<String> groups = new ArrayList<>();
        roles.forEach(role -> groups.add(json(role)));
        claims.append(",\"groups\":[").append(String.join(",", groups)).append(']');
        if (tenant != null) {
            claims.append(",\"tenant\":").append(json(tenant));
        }
        claims.append(",\"iat\":").append(now.getEpochSecond());
        claims.append(",\"exp\":").append(now.plus(ttl).getEpochSecond());
        claims.append(",\"jti\":").append(json(UUID.randomUUID().toString()));
        claims.append('}');

        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = base64.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":" + json(keyId) + "}")
                .getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64.encodeToString(signature.sign());
    }

    static PrivateKey privateKey(Path keys, String name) throws IOException, GeneralSecurityException {
        Path file = keys.resolve(name);
        if (!Files.exists(file)) {
            throw new UsageException("no " + name + " in " + keys.toAbsolutePath() + ": run 'mint-token init"
                    + " --keys " + keys + "' first (deploy/local/start does)");
        }
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IOException(file + " is not a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)");
        }
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    static Duration ttl(String text) {
        Matcher m = TTL.matcher(text);
        if (!m.matches()) {
            throw new UsageException("--ttl '" + text + "' is not a duration such as 90s, 30m, 8h or 1d");
        }
        long amount = Long.parseLong(m.group(1));
        Duration ttl = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (ttl.isZero()) {
            throw new UsageException("--ttl must be positive");
        }
        return ttl;
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    static String usage() {
        return String.join("\n",
                "usage:",
                "  mint-token init [--keys DIR]",
                "      create the users' key pair (privateKey.pem, publicKey.pem) and the services' own",
                "      (service-privateKey.pem, service-publicKey.pem) in DIR unless they exist, and jwks.json,",
                "      the public keys the services trust",
                "  mint-token --role ROLE [--role ROLE ...] --sub SUBJECT [--tenant TENANT] [--ttl 8h]",
                "             [--keys DIR] [--issuer ISS]",
                "      print a signed RS256 JWT (claims iss, sub, upn, groups, tenant, iat, exp, jti)",
                "",
                "  ROLE     " + String.join(" | ", ROLES),
                "  TENANT   the caller's own tenant id; required unless every role serves several tenants",
                "           (" + String.join(", ", ROLES.stream().filter(SERVING_SEVERAL_TENANTS::contains).toList()) + ")",
                "  --ttl    validity: 90s, 30m, 8h (default), 1d",
                "  --keys   default deploy/local/.state/keys",
                "  --issuer default: the one in DIR/issuer (deploy/local/start writes it), else " + DEFAULT_ISSUER);
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
