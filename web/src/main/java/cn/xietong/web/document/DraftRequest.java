package cn.xietong.web.document;

import cn.xietong.document.model.DraftData;

import java.util.List;

/**
 * A draft as the client sends it (create and save). Choices by code or Chinese name (kind NOTICE or
 * 通知, direction DOWNWARD or 下行, urgency URGENT or 加急, disclosure PROACTIVE or 主动公开), dates ISO
 * (2026-03-01), addressees as unit ids. {@code baseRevision}: the revision the edit started from.
 */
public record DraftRequest(String kind, String direction, String copyNumber, String classification, String urgency,
                           String issuingOrganMark, String signer, String title, List<String> mainAddressees,
                           String body, String attachmentNotes, String signatureOrgan, String writtenDate,
                           String notes, List<String> copiedAddressees, String printingOrgan, String printingDate,
                           String disclosure, String nonDisclosureReason, Boolean policyDocument, Boolean normative,
                           Integer baseRevision) {

    DraftData data() {
        return new DraftData(kind, direction, copyNumber, classification, urgency, issuingOrganMark, signer, title,
                Inputs.ids(mainAddressees, "主送机关编号"), body, attachmentNotes, signatureOrgan, writtenDate, notes,
                Inputs.ids(copiedAddressees, "抄送机关编号"), printingOrgan, printingDate, disclosure,
                nonDisclosureReason, policyDocument, normative);
    }
}
