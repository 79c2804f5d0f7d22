package cn.wangben.assignment.similarity;

/** MurmurHash3's 64-bit finaliser: a bijection that spreads every input bit over the whole word. */
final class Mix {
    private Mix() {}

    static long fmix64(long value) {
        long k = value;
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
