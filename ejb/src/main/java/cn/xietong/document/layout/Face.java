package cn.xietong.document.layout;

/**
 * The typefaces GB/T 9704-2012 names, each with the free font that stands in for it
 * (docs/layout.md says why these), as a class-path resource. The regular faces come from
 * ejb/build/fetch-layout-fonts.sh; the bold serif is the one the signing library already ships for
 * seal pictures (one copy of its 15 MB in the EAR, not two).
 */
enum Face {
    /** 方正小标宋: the issuing-organ mark and the title. */
    XIAOBIAOSONG("/cn/xietong/signing/seal/picture/NotoSerifSC-Bold.ttf"),
    /** 仿宋_GB2312: the body and most elements. */
    FANGSONG("/cn/xietong/document/layout/fonts/NotoSerifSC-Regular.ttf"),
    /** 楷体_GB2312: second-level headings and signer names (no free TrueType KaiTi on npm yet). */
    KAITI("/cn/xietong/document/layout/fonts/NotoSerifSC-Regular.ttf"),
    /** 黑体: first-level headings and the urgency. */
    HEITI("/cn/xietong/document/layout/fonts/NotoSansSC-Regular.ttf"),
    /** 宋体: the page numbers. */
    SONG("/cn/xietong/document/layout/fonts/NotoSerifSC-Regular.ttf");

    private final String file;

    Face(String file) {
        this.file = file;
    }

    /** The font file's class-path resource name. */
    String file() {
        return file;
    }
}
