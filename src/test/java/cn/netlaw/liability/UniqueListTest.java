package cn.netlaw.liability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueListTest {

    @Test
    void keepsTheOrderOfAdditionWithoutDuplicates() {
        UniqueList<Reason> list = new UniqueList<>();
        assertThat(list.add(Reason.NOTICE_VALID)).isTrue();
        assertThat(list.add(Reason.NOTICE_ACTED_ON_IN_TIME)).isTrue();
        assertThat(list.add(Reason.NOTICE_VALID)).isFalse();
        assertThat(list.addAll(List.of(Reason.DEADLINE_PENDING, Reason.NOTICE_ACTED_ON_IN_TIME))).isTrue();
        assertThat(list).containsExactly(Reason.NOTICE_VALID, Reason.NOTICE_ACTED_ON_IN_TIME,
                Reason.DEADLINE_PENDING);
        assertThat(list.contains(Reason.DEADLINE_PENDING)).isTrue();
        assertThat(list.contains(null)).isFalse();
    }

    @Test
    void growsBeyondItsFirstArray() {
        UniqueList<Integer> list = new UniqueList<>();
        for (int i = 0; i < 100; i++) {
            list.add(i);
            list.add(i);
        }
        assertThat(list).hasSize(100).startsWith(0, 1, 2).endsWith(98, 99);
    }

    @Test
    void aFrozenListNeverChangesAndCannotBeChanged() {
        UniqueList<String> list = new UniqueList<>();
        list.add("a");
        list.add("b");
        List<String> frozen = list.freeze();
        list.add("c");
        list.add("d");
        list.add("e");
        assertThat(frozen).containsExactly("a", "b");
        assertThat(list).containsExactly("a", "b", "c", "d", "e");
        list.clear();
        list.add("x");
        assertThat(frozen).containsExactly("a", "b");
        assertThat(frozen).isEqualTo(List.of("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
        assertThatThrownBy(() -> frozen.add("z")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.set(0, "z")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(UniqueList.unmodifiable(frozen)).isSameAs(frozen);
    }

    @Test
    void anEmptyListFreezesToTheSharedEmptyList() {
        assertThat(new UniqueList<String>().freeze()).isSameAs(List.of());
        assertThat(UniqueList.adopt(new String[0])).isSameAs(List.of());
        assertThat(UniqueList.adopt(new String[] {"a", "a"})).containsExactly("a", "a");
    }

    @Test
    void aModifiableListIsCopiedWhenMadeUnmodifiable() {
        List<String> source = new java.util.ArrayList<>(List.of("a"));
        List<String> copy = UniqueList.unmodifiable(source);
        source.add("b");
        assertThat(copy).containsExactly("a");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> new UniqueList<String>().add(null)).isInstanceOf(NullPointerException.class);
    }
}
