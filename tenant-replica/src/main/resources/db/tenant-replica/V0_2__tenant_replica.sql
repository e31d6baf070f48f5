-- The copy of the tenant snapshots (tenants.v1) a service keeps. A registry: no tenant discriminator.
-- One row per tenant, holding the newest snapshot received; an older revision never replaces a newer one.
CREATE TABLE tenant_replica (
    tenant_id  VARCHAR(64) PRIMARY KEY,
    revision   BIGINT      NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    status     VARCHAR(16) NOT NULL,
    snapshot   TEXT        NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
