package cn.xietong.document.layout;

/**
 * Where the sealing step (用印) puts one seal: the signing organ whose seal it is, the page (from 1)
 * and the square the round seal fills. The seal is centred over the organ's name (the last one also
 * over the date) so that they sit a little below its centre (GB/T 9704-2012, 7.3.5.1).
 */
public record SealPlacement(String signingOrgan, int page, MmRectangle area) {
}
