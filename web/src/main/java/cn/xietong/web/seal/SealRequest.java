package cn.xietong.web.seal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A new seal: purpose (e.g. 公文专用章), users (people of the unit), validity (optional). */
public record SealRequest(String purpose, List<UUID> users, Instant validFrom, Instant validTo) {
}
