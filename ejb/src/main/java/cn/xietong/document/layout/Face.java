package cn.xietong.document.layout;

/**
 * The typefaces GB/T 9704-2012 names, each with the free font that stands in for it
 * (docs/layout.md says why these). The font files come from build/fetch-layout-fonts.sh.
 */
enum Face {
    /** 方正小标宋: the issuing-organ mark and the title. */
    XIAOBIAOSONG("NotoSerifSC-Bold.ttf"),
    /** 仿宋_GB2312: the body and most elements. */
    FANGSONG("NotoSerifSC-Regular.ttf"),
    /** 楷体_GB2312: second-level headings and signer names (no free TrueType KaiTi on npm yet). */
    KAITI("NotoSerifSC-Regular.ttf"),
    /** 黑体: first-level headings and the urgency. */
    HEITI("NotoSansSC-Regular.ttf"),
    /** 宋体: the page numbers. */
    SONG("NotoSerifSC-Regular.ttf");

    private final String file;

    Face(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }
}
