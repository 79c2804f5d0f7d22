package cn.wangben.identity.teachers;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

class InMemoryTeacherAccounts implements TeacherAccounts {
    final Map<String, TeacherAccount> byKey = new ConcurrentHashMap<>();

    @Override
    public Optional<TeacherAccount> find(CountyId county, String teacherKey) {
        return Optional.ofNullable(byKey.get(county.value() + ":" + teacherKey));
    }

    @Override
    public boolean insertPending(TeacherAccount account) {
        return byKey.putIfAbsent(account.county().value() + ":" + account.teacherKey(), account) == null;
    }

    @Override
    public void activate(CountyId county, String teacherKey, String accountId) {
        byKey.computeIfPresent(county.value() + ":" + teacherKey, (k, a) -> with(a, accountId, a.sealedPassword()));
    }

    @Override
    public List<TeacherAccount> ofSchool(CountyId county, SchoolId school) {
        return byKey.values().stream()
                .filter(a -> a.county().equals(county) && a.school().equals(school))
                .sorted(Comparator.comparing(TeacherAccount::username))
                .toList();
    }

    @Override
    public synchronized List<TeacherAccount> takeSlips(CountyId county, SchoolId school) {
        List<TeacherAccount> taken = new ArrayList<>();
        for (TeacherAccount a : ofSchool(county, school)) {
            if (!a.pending() && a.sealedPassword() != null) {
                taken.add(a);
                byKey.put(a.county().value() + ":" + a.teacherKey(), with(a, a.accountId(), null));
            }
        }
        return taken;
    }

    private static TeacherAccount with(TeacherAccount a, String accountId, String sealed) {
        return new TeacherAccount(
                a.county(),
                a.school(),
                a.teacherKey(),
                a.name(),
                a.username(),
                accountId,
                sealed,
                a.createdAt(),
                a.rosterId());
    }
}
