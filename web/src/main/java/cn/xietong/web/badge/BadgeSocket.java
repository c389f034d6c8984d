package cn.xietong.web.badge;

import cn.xietong.exchange.application.InboxService;
import cn.xietong.identity.Caller;
import cn.xietong.identity.application.SignInService;
import cn.xietong.organisation.model.Role;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /ws/badges}: a signed-in clerk's (文书/收发员) or unit administrator's live badge. The caller
 * is recognised once, when the socket opens, from the token {@link SessionTokenHandshake} took from
 * the handshake, by the same service as every API request; anyone else is refused with close code
 * 1008 (policy violation). The socket then joins its unit's sockets, hears the unit's number of
 * waiting packages at once (from {@link InboxService#waiting}, as {@code GET /api/exchange/inbox/count})
 * and {@code {"waitingPackages": n}} again whenever the unit's inbox changes. What the client sends (a
 * keep-alive "ping") is ignored.
 */
@ServerEndpoint(value = "/ws/badges", configurator = SessionTokenHandshake.class)
public class BadgeSocket {

    private static final Logger LOG = Logger.getLogger(BadgeSocket.class.getName());

    @Inject
    private SignInService signIn;

    @Inject
    private InboxService inbox;

    @Inject
    private UnitSockets sockets;

    @OnOpen
    public void open(Session session) throws IOException {
        Object token = session.getUserProperties().remove(SessionTokenHandshake.TOKEN);
        Optional<Caller> caller;
        try {
            caller = token instanceof String t ? signIn.recognise(t) : Optional.empty();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "badge socket: could not recognise the caller", e);
            session.close(new CloseReason(CloseCodes.UNEXPECTED_CONDITION, "暂时无法验证登录"));
            return;
        }
        if (caller.isEmpty()) {
            session.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "未登录或登录已过期"));
            return;
        }
        if (!caller.get().has(Role.CLERK) && !caller.get().has(Role.UNIT_ADMIN)) {
            session.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "无权查看本单位收文箱"));
            return;
        }
        // joined first, counted second: a change committed in between is then heard, not lost
        sockets.join(caller.get().unitId(), session);
        long waiting;
        try {
            waiting = inbox.waiting(caller.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "badge socket: could not count the waiting packages", e);
            sockets.leave(session);
            session.close(new CloseReason(CloseCodes.UNEXPECTED_CONDITION, "暂时无法读取收文箱"));
            return;
        }
        sockets.send(session, BadgeMessage.waitingPackages(waiting));
    }

    @OnMessage
    public void message(String text) {
        // keep-alive from the browser: nothing to answer
    }

    @OnClose
    public void close(Session session) {
        sockets.leave(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "badge socket " + session.getId() + " failed", failure);
        sockets.leave(session);
    }
}
