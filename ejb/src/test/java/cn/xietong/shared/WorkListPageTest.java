package cn.xietong.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkListPageTest {

    @Test
    void absentNumbersMeanTheFirstPageOfFifty() {
        WorkListPage p = WorkListPage.of(null, null);
        assertEquals(1, p.page());
        assertEquals(50, p.size());
        assertEquals(0, p.offset());
    }

    @Test
    void offsetsAndPagesFollowTheSize() {
        WorkListPage third = new WorkListPage(3, 200);
        assertEquals(400, third.offset());
        assertEquals(0, third.pages(0));
        assertEquals(1, third.pages(200));
        assertEquals(2, third.pages(201));
    }

    @Test
    void sizesAbove200AndPagesBelow1AreRefusedInChinese() {
        DomainException size = assertThrows(DomainException.class, () -> new WorkListPage(1, 201));
        assertEquals("paging.size", size.code());
        assertTrue(size.getMessage().contains("1到200"), size.getMessage());
        assertEquals("paging.size", assertThrows(DomainException.class, () -> new WorkListPage(1, 0)).code());
        DomainException page = assertThrows(DomainException.class, () -> new WorkListPage(-1, 50));
        assertEquals("paging.page", page.code());
        assertTrue(page.getMessage().contains("页码"), page.getMessage());
        assertEquals("paging.page", assertThrows(DomainException.class, () -> new WorkListPage(0, 50)).code());
    }
}
