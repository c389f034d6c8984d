package cn.xietong.web.organisation;

import cn.xietong.organisation.application.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the page number (from 1), its size, the total and the number of pages. */
public record PageView<T>(List<T> items, int page, int size, long total, long pages) {

    public static <E, T> PageView<T> of(Page<E> page, Function<? super E, ? extends T> map) {
        List<T> items = page.items().stream().<T>map(map).toList();
        return new PageView<>(items, page.page(), page.size(), page.total(),
                (page.total() + page.size() - 1) / page.size());
    }
}
