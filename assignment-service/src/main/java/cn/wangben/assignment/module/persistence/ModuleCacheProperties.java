package cn.wangben.assignment.module.persistence;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param countyModules county modules kept in memory per instance (a county schedules a few per term; each is a few
 *     hundred bytes). They never change once scheduled, so a kept one is never stale.
 */
@Validated
@ConfigurationProperties("wangben.modules.cache")
record ModuleCacheProperties(@DefaultValue("10000") @Min(1) int countyModules) {}
