package cn.xietong.web.badge;

import cn.xietong.exchange.application.InboxChanged;
import cn.xietong.exchange.application.InboxService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Pushes a unit's number of waiting packages to its open badge sockets when its inbox changed. Only
 * after the change committed: a rolled-back arrival or acceptance never moves a badge (and when the
 * event is fired outside a transaction, it is pushed at once).
 *
 * <p>The number is counted here, after the commit, and only for a unit whose clerks have a page open.
 * Counting and sending are done one change at a time per unit, so when two transactions for a unit
 * commit close together, the last number sent is counted after both: the badge never stays behind.
 */
@ApplicationScoped
public class InboxBadgePush {

    private static final int STRIPES = 64;

    @Inject
    private UnitSockets sockets;

    @Inject
    private InboxService inbox;

    private final Object[] stripes = new Object[STRIPES];

    public InboxBadgePush() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    void inboxChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxChanged change) {
        UUID unit = change.unitId();
        if (sockets.openFor(unit) == 0) {
            return; // nobody to tell; whoever opens the page is sent the number then
        }
        synchronized (stripes[Math.floorMod(unit.hashCode(), STRIPES)]) {
            sockets.send(unit, BadgeMessage.waitingPackages(inbox.waitingNow(unit)));
        }
    }
}
