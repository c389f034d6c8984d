package cn.xietong.organisation.application;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total number of items in the whole list. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), page, size, total);
    }
}
