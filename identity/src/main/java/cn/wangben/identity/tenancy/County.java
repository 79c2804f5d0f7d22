package cn.wangben.identity.tenancy;

import cn.wangben.contracts.ids.CountyId;
import java.time.Instant;

/** A county tenant: its Keycloak organization and the admin created with it. */
public record County(
        CountyId id, String name, String organizationId, String adminUsername, Instant registeredAt, String by) {}
