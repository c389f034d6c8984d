package cn.xietong.exchange.application;

import java.util.UUID;

/**
 * A unit's inbox of exchange packages (待签收) changed: a package arrived, was accepted, returned or
 * recalled. Observed after the change committed; the web module then reads the number now waiting
 * ({@link InboxService#waitingNow}) and pushes it to the unit's clerks as a live badge. The number is
 * read after the commit, not carried here: counted inside the transaction, it would miss what other
 * transactions for the same unit committed meanwhile.
 */
public record InboxChanged(UUID unitId) {
}
