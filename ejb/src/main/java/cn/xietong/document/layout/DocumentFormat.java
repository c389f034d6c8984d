package cn.xietong.document.layout;

/** Which of the standard's formats a document is laid out in (GB/T 9704-2012, 7 and 10.1). */
public enum DocumentFormat {
    /** 文件格式 for downward and parallel documents (下行文、平行文): number centred under the mark. */
    ORDINARY("文件格式"),
    /** 上行文 (请示、报告): number on the left, 签发人 on the right of the same line (7.2.5, 7.2.6). */
    UPWARD("上行文格式"),
    /** 信函格式 (函): mark 30 mm from the page top, red double lines, no page number on page 1 (10.1). */
    LETTER("信函格式");

    private final String label;

    DocumentFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
