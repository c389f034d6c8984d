package cn.xietong.document.model;

import java.util.List;
import java.util.UUID;

/**
 * A draft as a client sends it, before any check: codes or Chinese names for the choices, unit ids
 * for the addressees, ISO dates (2026-03-01). {@link DraftRules#content} turns it into a
 * {@link DraftContent} or refuses it.
 */
public record DraftData(
        String kind, String direction, String copyNumber, String classification, String urgency,
        String issuingOrganMark, String signer, String title, List<UUID> mainAddresseeIds, String body,
        String attachmentNotes, String signatureOrgan, String writtenDate, String notes,
        List<UUID> copiedAddresseeIds, String printingOrgan, String printingDate, String disclosure,
        String nonDisclosureReason, Boolean policyDocument, Boolean normative) {

    public List<UUID> mainAddresseeIds() {
        return mainAddresseeIds == null ? List.of() : mainAddresseeIds;
    }

    public List<UUID> copiedAddresseeIds() {
        return copiedAddresseeIds == null ? List.of() : copiedAddresseeIds;
    }
}
