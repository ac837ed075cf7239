-- SPDX-FileCopyrightText: 2026 Keyward developers
-- SPDX-License-Identifier: Apache-2.0
-- Keyward schema 1. Written once for SQLite and PostgreSQL: {{ID}} is an
-- auto-incrementing 64-bit key (see SqlDialect), times are epoch milliseconds,
-- booleans are 0/1 integers, secrets are stored only as digests or sealed
-- (AES-256-GCM) text.

CREATE TABLE tenants (
    id {{ID}},
    name TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1,
    discoverable INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE users (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('SuperAdmin', 'Admin', 'User')),
    is_active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_email ON users (lower(email));

-- The status-envelope API's services: a service_id JWT names one row by its uuid.
CREATE TABLE services (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE api_keys (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    kind TEXT NOT NULL CHECK (kind IN ('tenant', 'secret', 'jwt')),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    display_prefix TEXT NOT NULL,
    digest TEXT,
    sealed_value TEXT,
    public_id TEXT,
    status TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED', 'DELETED')),
    permissions TEXT NOT NULL DEFAULT '',
    allowed_networks TEXT NOT NULL DEFAULT '',
    rate_limit INTEGER,
    lifetime BIGINT,
    not_before BIGINT,
    expires_at BIGINT,
    jti TEXT,
    service_id BIGINT REFERENCES services(id),
    rotated_from BIGINT REFERENCES api_keys(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    last_used_at BIGINT,
    use_count BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX api_keys_digest ON api_keys (digest);
CREATE UNIQUE INDEX api_keys_jti ON api_keys (jti);
CREATE UNIQUE INDEX api_keys_public_id ON api_keys (public_id);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id, status);
-- At most one current tenant key per tenant, enforced by the database so that
-- two instances sharing PostgreSQL cannot both create one. Tenant keys never
-- expire, except a rotated one during its grace period, which no longer
-- counts as current.
CREATE UNIQUE INDEX api_keys_one_active_tenant_key ON api_keys (tenant_id)
    WHERE kind = 'tenant' AND status = 'ACTIVE' AND expires_at IS NULL;

CREATE TABLE signing_keys (
    id {{ID}},
    kid TEXT NOT NULL UNIQUE,
    algorithm TEXT NOT NULL,
    sealed_private_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'retiring', 'retired')),
    created_at BIGINT NOT NULL,
    retired_at BIGINT
);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (algorithm)
    WHERE status = 'active';

CREATE TABLE audit_events (
    id {{ID}},
    occurred_at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    tenant_id BIGINT,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    source_ip TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_tenant ON audit_events (tenant_id, occurred_at);
