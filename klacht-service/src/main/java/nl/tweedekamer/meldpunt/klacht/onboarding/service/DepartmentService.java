package nl.tweedekamer.meldpunt.klacht.onboarding.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.tweedekamer.meldpunt.klacht.onboarding.Department;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * The organisation's list of departments: replaced as a whole by its fractie administrator and published on
 * tenants.v1, from where melding-service offers it to melders and checks the department of a melding against it.
 */
@ApplicationScoped
public class DepartmentService {

    public record Entry(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,63}",
                    message = "a department code: upper-case letters, digits, '_' and '-'") String code,
            @NotBlank @Size(max = 120) String name) {
    }

    public record DepartmentList(@NotNull @Size(max = 200) List<@Valid @NotNull Entry> departments) {
    }

    @Inject
    TenantService tenants;

    @Inject
    TenantSnapshotPublisher snapshots;

    @Transactional
    public List<Department> replace(String tenantId, DepartmentList list) {
        Set<String> codes = new HashSet<>();
        for (Entry entry : list.departments()) {
            if (!codes.add(entry.code())) {
                throw ProblemException.invalidField("departments", "the code " + entry.code() + " occurs twice");
            }
        }
        Tenant tenant = tenants.lockForChange(tenantId);
        tenant.departments.clear();
        list.departments().forEach(e -> tenant.departments.add(new Department(e.code(), e.name().strip())));
        tenant.changed();
        snapshots.publish(tenant);
        return List.copyOf(tenant.departments);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> of(String tenantId) {
        return List.copyOf(tenants.get(tenantId).departments);
    }
}
