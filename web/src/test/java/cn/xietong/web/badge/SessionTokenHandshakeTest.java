package cn.xietong.web.badge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionTokenHandshakeTest {

    @Test
    void theSessionCookieIsFoundAmongOtherCookies() {
        var headers = Map.of("cookie", List.of("theme=dark; XIETONG_SESSION=abc123; lang=zh"));
        assertEquals(Optional.of("abc123"), SessionTokenHandshake.tokenFrom(headers));
    }

    @Test
    void aBearerTokenWinsOverTheCookie() {
        var headers = Map.of("Authorization", List.of("bearer tok-9"), "Cookie", List.of("XIETONG_SESSION=abc123"));
        assertEquals(Optional.of("tok-9"), SessionTokenHandshake.tokenFrom(headers));
    }

    @Test
    void aCookieWhoseNameOnlyEndsLikeOursIsNotTaken() {
        var headers = Map.of("Cookie", List.of("OLD_XIETONG_SESSION=abc; XIETONG_SESSION_X=def"));
        assertEquals(Optional.empty(), SessionTokenHandshake.tokenFrom(headers));
    }

    @Test
    void noTokenAtAllOrAnEmptyOneIsNone() {
        assertEquals(Optional.empty(), SessionTokenHandshake.tokenFrom(Map.of()));
        assertEquals(Optional.empty(), SessionTokenHandshake.tokenFrom(Map.of("Cookie", List.of("XIETONG_SESSION="))));
        assertEquals(Optional.empty(), SessionTokenHandshake.tokenFrom(Map.of("Authorization", List.of("Basic eDp5"))));
    }

    @Test
    void aQuotedCookieValueIsUnquoted() {
        var headers = Map.of("Cookie", List.of("XIETONG_SESSION=\"abc123\""));
        assertEquals(Optional.of("abc123"), SessionTokenHandshake.tokenFrom(headers));
    }
}
