package cn.xietong.document.layout;

/**
 * Where the sealing step (用印) puts the seal: the page (from 1) and the square the round seal fills,
 * centred over the signing organ and the date so that they sit a little below its centre
 * (GB/T 9704-2012, 7.3.5.1).
 */
public record SealPlacement(int page, MmRectangle area) {
}
