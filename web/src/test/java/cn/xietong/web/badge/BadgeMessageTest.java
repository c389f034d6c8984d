package cn.xietong.web.badge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BadgeMessageTest {

    @Test
    void theCountIsSentAsJson() {
        assertEquals("{\"waitingPackages\":0}", BadgeMessage.waitingPackages(0));
        assertEquals("{\"waitingPackages\":18000}", BadgeMessage.waitingPackages(18000));
    }

    @Test
    void aNegativeCountIsABug() {
        assertThrows(IllegalArgumentException.class, () -> BadgeMessage.waitingPackages(-1));
    }
}
