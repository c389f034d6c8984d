package cn.xietong.web.badge;

import cn.xietong.exchange.application.InboxChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Pushes a unit's new number of waiting packages to its open badge sockets when its inbox changed.
 * Only after the change committed: a rolled-back arrival or acceptance never moves a badge (and
 * when the event is fired outside a transaction, it is pushed at once).
 */
@ApplicationScoped
public class InboxBadgePush {

    @Inject
    private UnitSockets sockets;

    void inboxChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxChanged change) {
        sockets.send(change.unitId(), BadgeMessage.waitingPackages(change.waiting()));
    }
}
