package cn.xietong.exchange.format;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.xietong.signing.ca.CertificateValidationResult;
import cn.xietong.signing.ca.Sm2Certificate;

/** {@link CertificateTrust#caching}: a bounded LRU map from (chain, instant) to the delegate's result. */
final class CachingCertificateTrust implements CertificateTrust {

    private record Key(List<Sm2Certificate> chain, Instant at) {
    }

    private final CertificateTrust delegate;
    private final Map<Key, CertificateValidationResult> results;

    CachingCertificateTrust(CertificateTrust delegate, int maxEntries) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a cache needs room for at least one entry");
        }
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CertificateValidationResult> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public CertificateValidationResult validate(List<Sm2Certificate> chain, Instant at) {
        Key key = new Key(List.copyOf(chain), at);
        synchronized (results) {
            CertificateValidationResult r = results.get(key);
            if (r != null) {
                return r;
            }
        }
        CertificateValidationResult r = delegate.validate(chain, at); // outside the lock: two threads may both compute
        synchronized (results) {
            results.put(key, r);
        }
        return r;
    }
}
