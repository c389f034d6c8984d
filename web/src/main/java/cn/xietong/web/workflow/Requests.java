package cn.xietong.web.workflow;

import cn.xietong.shared.DomainException;
import cn.xietong.workflow.application.WorkflowService.SignerChoice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The JSON bodies of the workflow API, and reading their ids and times with a 400 that names the field. */
final class Requests {

    private Requests() {
    }

    /** Submit: the draft's id and the countersigners; title and kind, if sent, are ignored (the draft decides). */
    public record Start(String documentId, String title, String kind, List<Signer> signers) {
    }

    public record Signer(String departmentId, String personId, Integer step) {
    }

    /** An approval's opinion, and for 用印 optionally which seal (sealId) when one may use several. */
    public record Opinion(String opinion, String sealId) {
    }

    public record Return(Integer toStep, String reason) {
    }

    public record Transfer(String personId, String note) {
    }

    public record Withdraw(String reason) {
    }

    public record Urge(String message) {
    }

    public record AddSigner(String departmentId, String personId, String afterTaskId) {
    }

    public record NewDelegation(String delegateId, String from, String until) {
    }

    public record Created(UUID id) {
    }

    public record Urged(int notified) {
    }

    static UUID id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("workflow.id.malformed", field + " 须为编号（UUID），收到的是“" + shorten(value) + "”。");
        }
    }

    static UUID requiredId(String value, String field) {
        UUID id = id(value, field);
        if (id == null) {
            throw DomainException.invalid("workflow.id.missing", "请提供 " + field + "。");
        }
        return id;
    }

    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("workflow.time.malformed", field + " 须为带时区的时间，如 2026-05-01T09:00:00+08:00，收到的是“"
                    + shorten(value) + "”。");
        }
    }

    static SignerChoice signer(Signer s, String at) {
        if (s == null) {
            throw DomainException.invalid("workflow.signer.invalid", at + "：不能为空。");
        }
        return new SignerChoice(id(s.departmentId(), at + ".departmentId"), id(s.personId(), at + ".personId"), s.step());
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
