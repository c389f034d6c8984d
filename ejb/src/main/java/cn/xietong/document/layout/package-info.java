/**
 * Lays out an official document (公文) as the PDF of GB/T 9704-2012 — red header (套红), body on the
 * 28 × 22 grid, signature block with room for the seal, page numbers and imprint (版记) — and reports
 * where the seal goes; it neither applies the seal nor stores anything (plain Java, no container).
 */
package cn.xietong.document.layout;
