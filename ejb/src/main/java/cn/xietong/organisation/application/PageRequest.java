package cn.xietong.organisation.application;

import cn.xietong.shared.DomainException;

/** Which page of a list to show: pages count from 1, at most {@value #MAX_SIZE} items a page. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw DomainException.invalid("paging.page", "页码从1开始，收到的页码为" + page + "。");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("paging.size", "每页条数应在1到" + MAX_SIZE + "之间，收到的为" + size + "。");
        }
    }

    /** A request from optional numbers: page 1 and {@value #DEFAULT_SIZE} a page when absent. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
