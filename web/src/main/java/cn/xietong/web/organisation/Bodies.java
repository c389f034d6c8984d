package cn.xietong.web.organisation;

import cn.xietong.shared.DomainException;

/** Refuses a missing JSON body with a 400 saying what was expected. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body, String expected) {
        if (body == null) {
            throw DomainException.invalid("http.body-missing", "请求缺少 JSON 内容：" + expected);
        }
        return body;
    }
}
