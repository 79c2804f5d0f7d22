package cn.wangben.platform.clock;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform clock. Production sets nothing and gets the system clock.
 *
 * @param offsetFile a file holding milliseconds to add to the system clock (tests that span a term move time by
 *     writing it); {@code null} means the plain system clock
 * @param adjustable must be {@code true} for {@code offsetFile} to be accepted: a guard against a stray property
 *     moving a production service's deadlines (only the devstack's test mode passes it)
 */
@ConfigurationProperties("wangben.clock")
public record ClockProperties(Path offsetFile, boolean adjustable) {}
