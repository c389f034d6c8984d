package cn.xietong.shared;

/**
 * Which page of a work list to show (待办, 已办, 我发起的, 我的拟稿): pages count from 1,
 * {@value #DEFAULT_SIZE} items a page unless asked otherwise, at most {@value #MAX_SIZE}.
 */
public record WorkListPage(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public WorkListPage {
        if (page < 1) {
            throw DomainException.invalid("paging.page", "页码 page 从1开始，收到的是" + page + "。");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("paging.size", "每页条数 size 应在1到" + MAX_SIZE + "之间，收到的是" + size + "。");
        }
    }

    /** Page 1 of {@value #DEFAULT_SIZE} items when the numbers are absent. */
    public static WorkListPage of(Integer page, Integer size) {
        return new WorkListPage(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** How many pages {@code total} items fill (0 for none, as the other paged lists say). */
    public long pages(long total) {
        return (total + size - 1) / size;
    }
}
