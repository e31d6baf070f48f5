package nl.tweedekamer.meldpunt.melding.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The anonymous mailbox: how slowly a receipt secret is hashed and how often one may try. */
@ConfigMapping(prefix = "meldpunt.mailbox")
public interface MailboxConfig {

    Argon2 argon2();

    /** Opening a mailbox: failed attempts per client address within the window. */
    Limit attempts();

    /**
     * Opening a mailbox: failed attempts from all callers together within the window. Beyond it, a code whose
     * mailbox does not exist is refused without the slow hash; a code of an existing mailbox is still checked,
     * so the rightful melder is never locked out by other people's guesses.
     */
    Limit global();

    /** Anonymous intake: new meldingen per client address within the window. */
    Limit intake();

    interface Argon2 {
        @WithDefault("19456")
        int memoryKb();

        @WithDefault("2")
        int iterations();

        @WithDefault("1")
        int parallelism();
    }

    interface Limit {
        int max();

        Duration window();
    }
}
