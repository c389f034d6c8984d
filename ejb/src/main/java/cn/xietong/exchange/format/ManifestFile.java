package cn.xietong.exchange.format;

import java.util.regex.Pattern;

import cn.xietong.signing.crypto.Sm3Digest;

/**
 * One file of a package as the signed manifest lists it: the file is bound to the signature by its
 * SM3 digest and size.
 *
 * @param name      a plain file name (no {@code /} or {@code \}, not {@code .} or {@code ..}), at most 255 characters
 * @param mediaType {@code type/subtype} without parameters, e.g. {@code application/pdf}
 * @param size      bytes, not negative
 */
public record ManifestFile(String name, FileRole role, String mediaType, Sm3Digest sm3, long size) {

    public static final int NAME_MAX = 255;
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");

    public ManifestFile {
        Fields.line(name, NAME_MAX, "文件名");
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.equals(".") || name.equals("..")) {
            throw new ExchangeFormatException("文件名“" + name + "”不能含有“/”或“\\”，也不能是“.”或“..”。");
        }
        Fields.required(role, "文件“" + name + "”的类别（正文/附件）");
        Fields.required(mediaType, "文件“" + name + "”的媒体类型");
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new ExchangeFormatException("文件“" + name + "”的媒体类型“" + mediaType
                    + "”不合规定，应形如 application/pdf（不带参数）。");
        }
        Fields.required(sm3, "文件“" + name + "”的SM3摘要");
        if (size < 0) {
            throw new ExchangeFormatException("文件“" + name + "”的大小不能为负数：" + size + "。");
        }
    }
}
