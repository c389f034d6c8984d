package cn.xietong.document.model;

import cn.xietong.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentNumberTest {

    @Test
    void formatsWithHexagonalBracketsAndNoLeadingZeros() {
        assertEquals("南府办〔2026〕12号", new DocumentNumber("南府办", 2026, 12).format());
        assertEquals("南府办函〔2026〕1号", new DocumentNumber("南府办函", 2026, 1).toString());
    }

    @Test
    void parsesWhatItFormats() {
        DocumentNumber n = DocumentNumber.parse(" 粤府办〔2025〕108号 ");
        assertEquals(new DocumentNumber("粤府办", 2025, 108), n);
        assertEquals("粤府办〔2025〕108号", n.format());
    }

    @Test
    void refusesLeadingZerosTheCharacterDiAndOtherBrackets() {
        assertRefused("南府办〔2026〕012号", "前导零");
        assertRefused("南府办〔2026〕第12号", "第");
        assertRefused("南府办[2026]12号", "六角括号");
        assertRefused("南府办（2026）12号", "六角括号");
        assertRefused("南府办【2026】12号", "六角括号");
        assertRefused("南府办〔26〕12号", "组成");
        assertRefused("NF〔2026〕12号", "组成");
    }

    @Test
    void refusesAnOrganCodeThatIsNotChineseCharacters() {
        DomainException e = assertThrows(DomainException.class, () -> new DocumentNumber("南府办A", 2026, 1));
        assertEquals("document.number.organ-code-format", e.code());
        assertThrows(DomainException.class, () -> new DocumentNumber("南府办", 2026, 0));
    }

    private static void assertRefused(String text, String hint) {
        DomainException e = assertThrows(DomainException.class, () -> DocumentNumber.parse(text));
        assertEquals("document.number.malformed", e.code());
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }
}
