/**
 * Sealed PDFs: a GB/T 38540 seal or an SM2 certificate applied to a PDF as a visible stamp plus a PDF
 * signature in an incremental update (profiles in {@link cn.xietong.signing.pdf.SealProfile}), in one
 * step or in two (data to sign out, signature value in), and the verification of every signature of a
 * PDF into a readable {@link cn.xietong.signing.pdf.PdfVerificationReport}. SM2/SM3, certificates and
 * seals themselves live in {@code crypto}, {@code ca} and {@code seal}; nothing here talks to a server.
 */
package cn.xietong.signing.pdf;
