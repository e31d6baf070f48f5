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

    /**
     * The melding the code opens; a wrong or unknown code opens nothing and answers like an unknown one. Failed
     * attempts are limited per caller and for all callers together, never per mailbox: with a 160-bit secret,
     * guessing is hopeless, and a per-mailbox limit would let anyone lock the rightful melder out.
     */
    public Opened open(String receiptCode, String clientAddress) {
        refuseWhenBlocked(Kind.OPEN_BY_ADDRESS, clientAddress);
        Optional<ReceiptCodes.Code> code = receipts.parse(receiptCode);
        if (code.isEmpty()) {
            refuseWhenBlocked(Kind.OPEN_BY_ANYONE, null);
            failed(clientAddress);
            throw unknown();
        }
        AnoniemeMailbox mailbox = QuarkusTransaction.requiringNew()
                .call(() -> AnoniemeMailbox.<AnoniemeMailbox>findById(code.get().mailboxId()));
        boolean verified;
        if (mailbox == null) {
            // during a flood of guesses, codes of no mailbox are refused without the slow hash
            refuseWhenBlocked(Kind.OPEN_BY_ANYONE, null);
            receipts.verifyNothing(code.get().secret());
            verified = false;
        } else {
            verified = receipts.verify(code.get().secret(), mailbox.secretHash);
        }
        if (!verified) {
            failed(clientAddress);
            throw unknown();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Melding m = Melding.findById(mailbox.meldingId);
            return new Opened(m.id, m.tenantId);
        });
    }

    private void failed(String clientAddress) {
        limiter.record(Kind.OPEN_BY_ADDRESS, clientAddress);
        limiter.record(Kind.OPEN_BY_ANYONE, null);
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
