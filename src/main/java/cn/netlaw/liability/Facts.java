package cn.netlaw.liability;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The facts of one finding or contested question as the engine records them: a few name/value pairs in the order
 * given (a null value left out; instants kept as {@link Instant}s, every other value as its text), unmodifiable. The
 * results ({@link ExplanationStep}, {@link ContestedPoint}) take it as it is instead of copying it into a map of their
 * own, and a finding holds two arrays instead of a hash table: a decision records several findings per notice.
 */
final class Facts extends AbstractMap<String, Object> {

    private final String[] names;
    private final Object[] values;
    private final int size;
    /** The hash code once computed (0: not yet); the facts never change. */
    private int hash;

    private Facts(String[] names, Object[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    /** The pairs {@code name, value, name, value, …} of {@code namesAndValues}. */
    static Facts of(Object... namesAndValues) {
        int pairs = namesAndValues.length / 2;
        String[] names = new String[pairs];
        Object[] values = new Object[pairs];
        int n = 0;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null) {
                continue;
            }
            String name = (String) namesAndValues[i];
            Object kept = value instanceof Instant ? value : value.toString();
            int at = indexOf(names, n, name);
            if (at >= 0) {
                values[at] = kept; // as a map would: the later value of a name, at the name's first place
            } else {
                names[n] = name;
                values[n] = kept;
                n++;
            }
        }
        return new Facts(names, values, n);
    }

    /**
     * The pairs of {@code names} (distinct, never written afterwards: the facts share the array) and {@code texts} (as
     * many, none null), without the look-ups of {@link #of}.
     */
    static Facts ofTexts(String[] names, String... texts) {
        if (names.length != texts.length) {
            throw new IllegalArgumentException(names.length + " names for " + texts.length + " values");
        }
        for (String text : texts) {
            java.util.Objects.requireNonNull(text, "text");
        }
        return new Facts(names, texts, names.length);
    }

    private static int indexOf(String[] names, int n, Object name) {
        // names are mostly the same literals: identity first, then by hash (cached by String) before the text
        for (int i = 0; i < n; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        int hash = name.hashCode();
        for (int i = 0; i < n; i++) {
            if (names[i].hashCode() == hash && names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(names, size, key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int at = indexOf(names, size, key);
        return at < 0 ? null : values[at];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < size; i++) {
            action.accept(names[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Facts f) {
            if (f.size != size) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                int at = indexOf(f.names, f.size, names[i]);
                if (at < 0 || !values[i].equals(f.values[at])) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int i = 0; i < size; i++) {
                h += names[i].hashCode() ^ values[i].hashCode();
            }
            hash = h; // as String does: recomputed only when the sum is 0
        }
        return h;
    }

    /** Whether {@code map} is already such an unmodifiable map of facts (so a result need not copy it). */
    static boolean frozen(Map<String, Object> map) {
        return map instanceof Facts;
    }
}
