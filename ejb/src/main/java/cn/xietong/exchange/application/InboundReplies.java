package cn.xietong.exchange.application;

import cn.xietong.audit.model.AuditEvent;
import cn.xietong.exchange.format.SignedDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What handling one transfer leaves to do at its end: receipts to send by platform, inboxes whose
 * waiting count changed, audit entries (appended last, to hold the audit chain's lock briefly).
 */
public final class InboundReplies {

    final Map<String, List<SignedDocument>> receipts = new LinkedHashMap<>();
    final Set<UUID> inboxesChanged = new HashSet<>();
    final List<AuditEvent> audits = new ArrayList<>();
    final Map<String, String> platforms = new HashMap<>();

    void receipt(String platform, SignedDocument r) {
        receipts.computeIfAbsent(platform, k -> new ArrayList<>()).add(r);
    }
}
