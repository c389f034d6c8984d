package cn.xietong.document.layout;

/**
 * The laid-out official document: the PDF, its page count and where the seal is to be applied.
 *
 * @param pdf the PDF bytes (A4, fonts embedded)
 * @param pageCount number of pages, always even when there is an imprint (版记), which sits on the last page
 * @param seal where the seal goes
 */
public record LaidOutDocument(byte[] pdf, int pageCount, SealPlacement seal) {
}
