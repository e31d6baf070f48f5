package nl.tweedekamer.meldpunt.melding.config;

import java.util.Set;

import io.smallrye.config.ConfigMapping;

/** Attachments to a melding: how large, and which kinds of file. */
@ConfigMapping(prefix = "meldpunt.melding.attachment")
public interface AttachmentConfig {

    /** Below the HTTP body limit of 1 MB, so the answer is always this service's own 413. */
    int maxBytes();

    Set<String> contentTypes();
}
