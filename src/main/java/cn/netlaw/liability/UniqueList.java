package cn.netlaw.liability;

import java.util.ArrayList;
import java.util.Collection;

/**
 * A list that keeps the order of addition and ignores an element already present: the shape of every list of the
 * result (§4.6 "in order of addition, no duplicates"). The lists are a few elements long, so a linear search is
 * cheaper than a hash set.
 */
final class UniqueList<E> extends ArrayList<E> {
    private static final long serialVersionUID = 1L;


    UniqueList() {
        super();
    }

    @Override
    public boolean add(E element) {
        return !contains(element) && super.add(element);
    }

    @Override
    public boolean addAll(Collection<? extends E> elements) {
        boolean changed = false;
        for (E element : elements) {
            changed |= add(element);
        }
        return changed;
    }
}
