package cn.netlaw.liability;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list that keeps the order of addition and ignores an element already present: the shape of every list of the
 * result (docs/result.md: "in order first cited, no duplicates"). The lists are a few elements long, so a linear search
 * is cheaper than a hash set, and the array is made at the first element, four long. A list that grows past
 * {@value #INDEXED_FROM} elements (a case of hundreds of notices: one assumption or duty per notice) also keeps a hash
 * set of its elements, so that adding n elements stays linear in n.
 *
 * <p>{@link #freeze()} hands the elements to the result without copying them: the frozen list reads the same array,
 * and a later addition here copies the array first, so a frozen list never changes.
 */
final class UniqueList<E> extends AbstractList<E> implements RandomAccess {

    /** The size from which {@link #index} is kept. */
    static final int INDEXED_FROM = 16;

    private Object[] elements;
    private int size;
    /** The elements as a set, once the list has grown past {@link #INDEXED_FROM}; null before. */
    private java.util.HashSet<Object> index;
    /** Whether {@link #elements} is read by a frozen list (copy before writing). */
    private boolean shared;

    @Override
    public boolean add(E element) {
        Objects.requireNonNull(element, "element");
        if (index != null) {
            if (!index.add(element)) {
                return false;
            }
        } else if (contains(element)) {
            return false;
        }
        if (elements == null) {
            elements = new Object[4];
        } else if (shared || size == elements.length) {
            elements = Arrays.copyOf(elements, size == elements.length ? size * 2 : elements.length);
            shared = false;
        }
        elements[size++] = element;
        if (index == null && size > INDEXED_FROM) {
            index = new java.util.HashSet<>(Arrays.asList(elements).subList(0, size));
        }
        return true;
    }

    @Override
    public boolean addAll(Collection<? extends E> more) {
        boolean changed = false;
        if (more instanceof List<? extends E> list && more instanceof RandomAccess) {
            for (int i = 0, n = list.size(); i < n; i++) {
                changed |= add(list.get(i));
            }
            return changed;
        }
        for (E element : more) {
            changed |= add(element);
        }
        return changed;
    }

    @Override
    public E get(int index) {
        return element(elements, size, index);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean contains(Object o) {
        return index != null ? index.contains(o) : containsIn(elements, size, o);
    }

    @Override
    public void clear() {
        index = null;
        if (shared) {
            elements = null;
            shared = false;
        } else if (elements != null) {
            Arrays.fill(elements, 0, size, null);
        }
        size = 0;
    }

    /** The elements as they are now, as an unmodifiable list that later additions do not change. */
    List<E> freeze() {
        if (size == 0) {
            return List.of();
        }
        shared = true;
        return new Frozen<>(elements, size);
    }

    /** The elements of an array that the caller no longer writes, as an unmodifiable list (no copy). */
    static <E> List<E> adopt(E[] elements) {
        return elements.length == 0 ? List.of() : new Frozen<>(elements, elements.length);
    }

    /** {@code list} itself when it is already unmodifiable (frozen or {@code List.of}), else an unmodifiable copy. */
    static <E> List<E> unmodifiable(List<E> list) {
        return list instanceof Frozen<E> ? list : List.copyOf(list);
    }

    /** An unmodifiable list over the first {@code size} elements of an array that is never written again. */
    private static final class Frozen<E> extends AbstractList<E> implements RandomAccess {
        private final Object[] elements;
        private final int size;

        Frozen(Object[] elements, int size) {
            this.elements = elements;
            this.size = size;
        }

        @Override
        public E get(int index) {
            return element(elements, size, index);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean contains(Object o) {
            return containsIn(elements, size, o);
        }
    }

    /** Element {@code index} of the first {@code size} elements of {@code elements} (both lists read their arrays so). */
    @SuppressWarnings("unchecked")
    private static <E> E element(Object[] elements, int size, int index) {
        Objects.checkIndex(index, size);
        return (E) elements[index];
    }

    /** Whether one of the first {@code size} elements (never null) equals {@code o}. */
    private static boolean containsIn(Object[] elements, int size, Object o) {
        for (int i = 0; i < size; i++) {
            if (elements[i].equals(o)) {
                return true;
            }
        }
        return false;
    }
}
