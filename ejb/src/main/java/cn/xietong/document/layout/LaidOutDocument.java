package cn.xietong.document.layout;

import java.util.List;

/**
 * The laid-out official document: the PDF, its page count and where the seals are to be applied.
 *
 * @param pdf the PDF bytes (A4, fonts embedded)
 * @param pageCount number of pages, always even when there is an imprint (版记), which sits on the last page
 * @param seals one seal per signing organ, in the organs' order; the last one covers the date
 */
public record LaidOutDocument(byte[] pdf, int pageCount, List<SealPlacement> seals) {

    public LaidOutDocument {
        seals = List.copyOf(seals);
    }

    /** The last seal: the one over the last signing organ and the date (the only one unless joint). */
    public SealPlacement seal() {
        return seals.get(seals.size() - 1);
    }
}
