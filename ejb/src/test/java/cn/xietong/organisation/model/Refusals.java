package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;
import cn.xietong.shared.ErrorKind;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Asserts that the domain refuses something as invalid input, with a given code. */
final class Refusals {

    private Refusals() {
    }

    static DomainException refusedAsInvalid(String code, Executable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        assertEquals(code, e.code(), () -> "message was: " + e.getMessage());
        return e;
    }
}
