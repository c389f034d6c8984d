package cn.xietong.web.problem;

import cn.xietong.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API request into a problem detail: domain refusals with their own
 * status and message, framework errors (unknown path, wrong method, unreadable JSON) as 4xx with a
 * Chinese message, and anything unexpected as a 500 that shows an incident number and never a
 * stack trace (the trace goes to the log under that number).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        return toProblem(unwrap(thrown)).toResponse();
    }

    Problem toProblem(Throwable t) {
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        if (t instanceof DomainException e) {
            return Problem.of(e.kind().httpStatus(), e.code(), e.getMessage(), instance);
        }
        if (t instanceof NotFoundException) {
            return Problem.of(404, "http.not-found", "找不到请求的地址，请检查链接是否正确。", instance);
        }
        if (t instanceof NotAllowedException) {
            return Problem.of(405, "http.method-not-allowed", "此地址不支持该请求方法。", instance);
        }
        if (t instanceof NotSupportedException) {
            return Problem.of(415, "http.unsupported-media-type", "请求内容类型不受支持，请以 application/json 发送。", instance);
        }
        if (t instanceof NotAcceptableException) {
            return Problem.of(406, "http.not-acceptable", "无法按请求的格式返回，本接口返回 application/json。", instance);
        }
        if (t instanceof JsonbException || t instanceof ProcessingException || t instanceof BadRequestException) {
            return Problem.of(400, "http.malformed-request", "请求内容无法解析：请发送格式正确的 JSON，字段类型须符合接口说明。", instance);
        }
        if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) {
            return Problem.of(409, "http.concurrent-change", "该数据刚被其他人修改，请刷新后重试。", instance);
        }
        if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            return Problem.of(status, "http." + status, "请求未能完成（HTTP " + status + "）。", instance);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + instance, t);
        return Problem.of(500, "server.unexpected", "服务器处理时发生意外错误（事件编号 " + incident + "），请稍后重试或将编号告知管理员。", instance);
    }

    /** Peels container wrappers (EJBException, causes of processing errors) down to the meaningful one. */
    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        for (int depth = 0; depth < 10 && current != null; depth++) {
            if (current instanceof DomainException || current instanceof JsonbException
                    || current instanceof OptimisticLockException) {
                return current;
            }
            Throwable cause = current.getCause();
            if (cause == null || cause == current) {
                break;
            }
            if (current instanceof EJBException || current instanceof ProcessingException
                    || current.getClass().getName().startsWith("jakarta.persistence")
                    || current.getClass().getName().startsWith("org.hibernate")) {
                current = cause;
            } else {
                break;
            }
        }
        return t instanceof EJBException && current != null ? current : t;
    }
}
