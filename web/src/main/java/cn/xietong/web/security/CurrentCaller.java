package cn.xietong.web.security;

import cn.xietong.identity.Caller;
import cn.xietong.shared.DomainException;
import cn.xietong.shared.ErrorKind;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/** The signed-in caller of the current request, set by {@link AuthenticationFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;
    private String token;

    void signedIn(Caller caller, String token) {
        this.caller = caller;
        this.token = token;
    }

    /** The caller; 401 when nobody is signed in. */
    public Caller require() {
        if (caller == null) {
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "identity.sign-in.required", "请先登录。");
        }
        return caller;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    /** The session or bearer token of this request, for signing out. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }
}
