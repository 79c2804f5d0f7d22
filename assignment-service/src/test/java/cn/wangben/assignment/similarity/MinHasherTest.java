package cn.wangben.assignment.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {
    private final MinHasher hasher = new MinHasher(128, 42);

    @Test
    void identicalSetsHaveIdenticalSignatures() {
        long[] set = LongStream.range(0, 500).map(i -> i * 7919).toArray();

        assertThat(hasher.sign(set).similarity(hasher.sign(set.clone()))).isEqualTo(1.0);
    }

    @Test
    void estimatesTheJaccardSimilarityOfTwoSets() {
        // 0..999 and 500..1499 share 500 of 1500 elements: J = 1/3
        long[] a = LongStream.range(0, 1000).toArray();
        long[] b = LongStream.range(500, 1500).toArray();

        assertThat(hasher.sign(a).similarity(hasher.sign(b))).isCloseTo(1.0 / 3, within(0.1));
    }

    @Test
    void disjointSetsAreDissimilar() {
        long[] a = LongStream.range(0, 1000).toArray();
        long[] b = LongStream.range(1000, 2000).toArray();

        assertThat(hasher.sign(a).similarity(hasher.sign(b))).isLessThan(0.05);
    }

    @Test
    void theSameSeedSignsTheSameWaySoPersistedSignaturesStayComparable() {
        long[] set = LongStream.range(0, 300).toArray();

        assertThat(new MinHasher(128, 42).sign(set)).isEqualTo(hasher.sign(set));
        assertThat(new MinHasher(128, 43).sign(set)).isNotEqualTo(hasher.sign(set));
    }

    @Test
    void bandKeysAgreeExactlyWhereTheBandsRowsAgree() {
        long[] values = LongStream.range(0, 128).toArray();
        long[] changed = values.clone();
        changed[5] = -1; // row 5 lies in band 1 of 32 bands of 4 rows

        long[] keys = Signature.of(values).bandKeys(32);
        long[] other = Signature.of(changed).bandKeys(32);

        assertThat(keys[1]).isNotEqualTo(other[1]);
        assertThat(keys[0]).isEqualTo(other[0]);
        assertThat(keys[2]).isEqualTo(other[2]);
        assertThat(keys[0]).isNotEqualTo(keys[1]);
    }

    @Test
    void aSmallSetFillsEveryPositionSoEmptyBinsNeverAgreeByThemselves() {
        // 10 elements leave most of 128 bins empty: left empty, two disjoint sets would agree on all of those
        long[] a = LongStream.range(0, 10).toArray();
        long[] b = LongStream.range(10, 20).toArray();

        assertThat(hasher.sign(a).values()).doesNotContain(Long.MAX_VALUE);
        assertThat(hasher.sign(a).similarity(hasher.sign(b))).isZero();
        assertThat(hasher.sign(a).similarity(hasher.sign(a.clone()))).isEqualTo(1.0);
    }

    @Test
    void estimatesTheJaccardSimilarityOfSmallSetsToo() {
        // 40 and 40 elements sharing 20 (J = 20/60), averaged over seeds: densified bins keep the estimate unbiased
        long[] a = LongStream.range(0, 40).toArray();
        long[] b = LongStream.range(20, 60).toArray();
        double sum = 0;
        int seeds = 200;
        for (int seed = 0; seed < seeds; seed++) {
            MinHasher seeded = new MinHasher(128, seed);
            sum += seeded.sign(a).similarity(seeded.sign(b));
        }

        assertThat(sum / seeds).isCloseTo(1.0 / 3, within(0.03));
    }
}
