package nl.tweedekamer.meldpunt.melding.intake.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.intake.AnoniemeMailbox;
import nl.tweedekamer.meldpunt.melding.intake.service.AttemptLimiter.Kind;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Opens an anonymous melder's mailbox by their receipt code: find by the public id, then verify the secret
 * against its Argon2id hash. Failed attempts count against the mailbox id and the client address; once either
 * reached its limit, every attempt — even with the right code — waits (429), so guessing stays hopeless.
 */
@ApplicationScoped
public class MailboxService {

    @Inject
    ReceiptCodes receipts;

    @Inject
    AttemptLimiter limiter;

    /** The melding a verified code opened, and the organisation it belongs to. */
    public record Opened(UUID meldingId, String tenantId) {
    }

    /** The melding the code opens; a wrong or unknown code opens nothing and answers like an unknown one. */
    public Opened open(String receiptCode, String clientAddress) {
        Optional<ReceiptCodes.Code> code = receipts.parse(receiptCode);
        refuseWhenBlocked(Kind.OPEN_BY_ADDRESS, clientAddress);
        code.ifPresent(c -> refuseWhenBlocked(Kind.OPEN_BY_MAILBOX, c.mailboxId()));
        if (code.isEmpty()) {
            limiter.record(Kind.OPEN_BY_ADDRESS, clientAddress);
            throw unknown();
        }
        AnoniemeMailbox mailbox = QuarkusTransaction.requiringNew()
                .call(() -> AnoniemeMailbox.<AnoniemeMailbox>findById(code.get().mailboxId()));
        boolean verified;
        if (mailbox == null) {
            receipts.verifyNothing(code.get().secret());
            verified = false;
        } else {
            verified = receipts.verify(code.get().secret(), mailbox.secretHash);
        }
        if (!verified) {
            limiter.record(Kind.OPEN_BY_ADDRESS, clientAddress);
            limiter.record(Kind.OPEN_BY_MAILBOX, code.get().mailboxId());
            throw unknown();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Melding m = Melding.findById(mailbox.meldingId);
            return new Opened(m.id, m.tenantId);
        });
    }

    /** Anonymous intake counts per client address, whatever the outcome. */
    public void countIntake(String clientAddress) {
        refuseWhenBlocked(Kind.INTAKE_BY_ADDRESS, clientAddress);
        limiter.record(Kind.INTAKE_BY_ADDRESS, clientAddress);
    }

    private void refuseWhenBlocked(Kind kind, String subject) {
        limiter.blocked(kind, subject).ifPresent(wait -> {
            throw new TooManyAttempts(wait);
        });
    }

    private static ProblemException unknown() {
        return ProblemException.notFound("Unknown receipt code",
                "No mailbox opens with this receipt code. Check the code you were given when you reported.");
    }
}
