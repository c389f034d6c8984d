package cn.xietong.document.application;

import cn.xietong.document.layout.DocumentFormat;
import cn.xietong.document.layout.OfficialDocument;
import cn.xietong.document.layout.Urgency;
import cn.xietong.document.model.Direction;
import cn.xietong.document.model.Draft;
import cn.xietong.document.model.DraftContent;
import cn.xietong.document.model.RichText;
import cn.xietong.document.model.UnitRef;
import cn.xietong.workflow.model.DocumentKind;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a numbered, signed-off draft into the elements the GB/T 9704 layout prints: the draft's
 * own elements, with the unit's name where the drafter left the organ blank, the leader who signed
 * off as 签发人 of an upward document, and the sign-off day as 成文日期 unless the draft sets one.
 */
final class OfficialDocumentComposer {

    private OfficialDocumentComposer() {
    }

    static OfficialDocument compose(Draft draft, String unitName, String signOffLeader, LocalDate signOffDay) {
        DraftContent c = draft.content();
        DocumentFormat format = c.kind() == DocumentKind.LETTER ? DocumentFormat.LETTER
                : c.direction() == Direction.UPWARD ? DocumentFormat.UPWARD : DocumentFormat.ORDINARY;
        String organ = blank(c.signatureOrgan()) ? unitName : c.signatureOrgan();
        OfficialDocument.Builder b = OfficialDocument.builder(format)
                .urgency(Urgency.valueOf(c.urgency().name()))
                .issuingOrganMark(blank(c.issuingOrganMark())
                        ? (format == DocumentFormat.LETTER ? unitName : unitName + "文件") : c.issuingOrganMark())
                .documentNumber(draft.getNumberText())
                .title(c.title())
                .mainAddressees(names(c.mainAddressees()))
                .body(RichText.paragraphs(c.body()))
                .signingOrgan(organ)
                .date(c.writtenDate() != null ? c.writtenDate() : signOffDay)
                .printing(blank(c.printingOrgan()) ? unitName : c.printingOrgan(),
                        c.printingDate() != null ? c.printingDate() : signOffDay);
        if (!blank(c.copyNumber())) {
            b.copyNumber(Integer.valueOf(c.copyNumber()));
        }
        if (format == DocumentFormat.UPWARD) {
            b.signers(blank(c.signer()) ? signOffLeader : c.signer());
        }
        if (!blank(c.attachmentNotes())) {
            b.attachments(Arrays.stream(c.attachmentNotes().split("[\\n；;]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toArray(String[]::new));
        }
        if (!blank(c.notes())) {
            b.notes(c.notes());
        }
        if (!c.copiedAddressees().isEmpty()) {
            b.copiedAddressees(c.copiedAddressees().stream().map(UnitRef::name).toArray(String[]::new));
        }
        return b.build();
    }

    private static String names(List<UnitRef> units) {
        return String.join("，", units.stream().map(UnitRef::name).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
