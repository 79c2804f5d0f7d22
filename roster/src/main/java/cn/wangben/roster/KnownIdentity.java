package cn.wangben.roster;

import java.util.Optional;

/**
 * Port to the county's register of trainees: whether an ID number (as its keyed hash, see
 * {@link IdentityProtector#hashId}) is already enrolled by another school of the county. The
 * importer does not know where the register lives; plan-service answers it from its store.
 */
@FunctionalInterface
public interface KnownIdentity {

    /** Nobody is registered anywhere; for tests and for the first school of a county. */
    KnownIdentity NONE = idHash -> Optional.empty();

    /** @return the id of the other school that registered this person, or empty */
    Optional<String> registeredElsewhere(String idHash);
}
