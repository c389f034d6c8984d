package cn.xietong.exchange.application;

import java.util.UUID;

/**
 * A unit's inbox of exchange packages (待签收) changed: a package arrived, was accepted, returned or
 * recalled. Fired after the change committed, with the number now waiting; the web module pushes it
 * to the unit's clerks as a live badge.
 */
public record InboxChanged(UUID unitId, long waiting) {
}
