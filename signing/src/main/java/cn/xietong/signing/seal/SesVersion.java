package cn.xietong.signing.seal;

/** Which seal standard a structure follows. */
public enum SesVersion {
    /** GM/T 0031-2014 (version 1): read only. */
    V1,
    /** GB/T 38540-2020 (version 4): read and written. */
    V4
}
