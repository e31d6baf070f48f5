package nl.tweedekamer.meldpunt.melding.dossier;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** What a named melder chooses to tell about themselves at intake; all optional. Stored only as ciphertext. */
public record Identity(@Size(max = 200) String name, @Email @Size(max = 254) String email,
        @Size(max = 40) String phone) {
}
