package cn.xietong.web.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail: {@code type} (urn:xietong:problem:&lt;code&gt;), {@code title},
 * {@code status}, {@code detail} (Chinese, telling a person what to do) and the stable {@code code}
 * that clients branch on.
 */
public record Problem(String type, String title, int status, String detail, String code, String instance) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json", "UTF-8");

    public static Problem of(int status, String code, String detail, String instance) {
        return new Problem("urn:xietong:problem:" + code, titleFor(status), status, detail, code, instance);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "未登录";
            case 403 -> "无权操作";
            case 404 -> "未找到";
            case 405 -> "不支持的操作";
            case 406 -> "不支持的响应格式";
            case 409 -> "状态冲突";
            case 413 -> "内容过大";
            case 415 -> "不支持的内容类型";
            case 429 -> "尝试次数过多";
            default -> status >= 500 ? "服务器内部错误" : "请求未能完成";
        };
    }
}
