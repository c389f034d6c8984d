package cn.xietong.document.layout;

/**
 * The document cannot be laid out because an element the standard requires is missing or unusable.
 * The message is Chinese and meant for the drafter, e.g. "公文缺少正文：首页必须显示正文".
 */
public class IncompleteDocumentException extends IllegalArgumentException {

    private final DocumentElement element;

    public IncompleteDocumentException(DocumentElement element, String message) {
        super(message);
        this.element = element;
    }

    /** The element that is missing or wrong. */
    public DocumentElement element() {
        return element;
    }
}
