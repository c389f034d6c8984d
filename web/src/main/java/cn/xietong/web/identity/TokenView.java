package cn.xietong.web.identity;

import java.time.Instant;

/** A bearer token for API and phone clients, with the person it belongs to. */
public record TokenView(String token, String tokenType, Instant expires, MeView me) {
}
