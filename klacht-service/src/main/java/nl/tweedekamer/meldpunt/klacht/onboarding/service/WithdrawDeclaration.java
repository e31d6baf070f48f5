package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

public record WithdrawDeclaration(@NotNull LocalDate withdrawnFrom) {
}
